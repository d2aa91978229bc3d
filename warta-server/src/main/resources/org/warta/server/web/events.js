// Events in tables and hover cards: actors and event codes by name, codes on hover.

import { el } from './dom.js';
import { cameoName, countryName, quadName } from './names.js';

export function eventRows(d) {
  return [['who', actorName(d.actor1) + arrow(d) + actorName(d.actor2)], ['code', d.cameo + ' ' + cameoName(d.cameo) + (d.root && d.root !== d.cameo ? ' (root ' + d.root + ' ' + cameoName(d.root) + ')' : '')],
    ['kind', quadName(d.quad_class)], ['Goldstein', d.goldstein], ['date', d.date], ['place', d.place],
    ['trigger', d.trigger], ['status', d.status], ['reported by', d.reported_by]];
}

/** A mutual event holds both ways. */
export function arrow(e) {
  return e && e.mutual ? ' ↔ ' : ' → ';
}

export const UNKNOWN_ACTOR = 'unknown actor';

export function actorName(a) {
  if (!a) return UNKNOWN_ACTOR;
  return (a.name || countryName(a.code) || UNKNOWN_ACTOR) + (a.code ? ' [' + a.code + ']' : '');
}

// An actor by its name, its CAMEO code on hover.
export function actorCell(a) {
  if (!a) return el('td', { class: 'unknown', text: UNKNOWN_ACTOR });
  if (typeof a === 'string') return el('td', { text: countryName(a), title: a });
  return el('td', { text: a.name || countryName(a.code) || UNKNOWN_ACTOR, title: a.code || null });
}

// An event code by its name, the code on hover; the QuadClass colours its mark.
export function eventCell(e, extra) {
  const quad = e.quad_class ? el('i', { class: 'quad q' + e.quad_class, title: quadName(e.quad_class) }) : null;
  return el('td', { title: e.cameo ? e.cameo + (e.root && e.root !== e.cameo ? ' (root ' + e.root + ' ' + cameoName(e.root) + ')' : '') : null },
    quad, cameoName(e.cameo || e.root || '') + (extra || ''));
}

const DAY_FROM = { event: 'its own date', event_month: 'its month (the text gives no day)',
  event_year_from_article: "the day the text gives, in its article's year", article: "its article's date" };

// The day an event counts by (from the index), where it came from on hover; an article's own events show their date.
function dayCell(e) {
  if (!('day' in e)) return el('td', { text: e.date || '' });
  if (!e.day) return el('td', { class: 'undated', text: 'no date', title: e.date ? 'the text says ' + e.date : null });
  return el('td', { text: e.day, title: (DAY_FROM[e.day_from] || '') + (e.date && e.date !== e.day ? '; the text says ' + e.date : '') });
}

export function eventTable(events, withArticle) {
  if (!events || !events.length) return el('p', { class: 'muted', text: 'No events coded.' });
  const head = el('tr', null, ...['date', 'actor 1', 'event', 'actor 2', 'kind', 'evidence'].concat(withArticle ? ['article'] : []).map((h) => el('th', { text: h })));
  const body = events.map((e) => el('tr', null,
    dayCell(e),
    actorCell(e.actor1),
    eventCell(e, (e.trigger ? ' · ' + e.trigger : '') + (e.mutual ? ' (mutual)' : '') + (e.status && e.status !== 'ASSERTED' ? ' (' + e.status.toLowerCase() + ')' : '')),
    actorCell(e.actor2),
    el('td', null, e.quad_class ? el('i', { class: 'quad q' + e.quad_class }) : null, quadName(e.quad_class)),
    el('td', { text: e.evidence || '' }),
    withArticle ? el('td', null, el('a', { href: '#/article/' + encodeURIComponent(e.article_id), text: (e.article && e.article.title) || e.article_id })) : null));
  return el('div', { class: 'panel' }, el('h3', { text: 'Events' }), el('table', { class: 'events' }, el('thead', null, head), el('tbody', null, body)));
}
