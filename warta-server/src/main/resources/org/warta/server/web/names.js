// The names of codes (languages, countries, CAMEO events, QuadClasses), read once from /api/names before the first
// view; a code the server has no name for shows as itself.

import { api, el } from './dom.js';

const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

let languageNames = null;
try { languageNames = new Intl.DisplayNames(['en'], { type: 'language' }); } catch (e) { /* codes only */ }

let NAMES = { languages: {}, countries: {}, cameo: {}, quad_classes: {} };

export const namesLoaded = api('/api/names').then((n) => { NAMES = n; }).catch(() => { /* codes only */ });

export function languageName(code) {
  if (!code || code === 'und') return 'undetermined';
  if (NAMES.languages[code]) return NAMES.languages[code];
  try { return (languageNames && languageNames.of(code)) || code; } catch (e) { return code; }
}

export function countryName(code) { return (code && NAMES.countries[code]) || code; }

export function cameoName(code) { return (code && NAMES.cameo[code]) || code; }

export function quadName(k) { return NAMES.quad_classes[k] || QUADS[k] || ''; }

// The name of a filter or facet value: what a person reads, where the URL and the API keep the code.
export function valueName(dim, value) {
  if (dim === 'lang') return languageName(value);
  if (dim === 'country') return countryName(value);
  if (dim === 'event') return cameoName(value);
  return value;
}

// "United States (USA)" in text that has no hover of its own.
export function withCode(name, code) { return code && name !== code ? name + ' (' + code + ')' : code; }

// A code shown by its name, the code on hover.
export function named(tag, cls, code, name) {
  return el(tag, { class: cls, text: name, title: name !== code ? code : null });
}

// The country code ("RUS") of an ISO 3166-1 numeric code ("643"), as the world map's shapes carry them.
export function countryOfNumeric(id) { return (NAMES.numeric_countries || {})[id] || null; }

// Every code of a kind ('countries', 'cameo', ...) with its name, for pickers.
export function namesOf(kind) { return NAMES[kind] || {}; }
