// Following and taking away what the page shows: "Watch this search" (a watchlist with its Atom feed), the
// #/watchlists view, and export links (CSV, JSON Lines) built from the address of the current view.

import { el, fail, go, show } from './dom.js';

const SEARCH_PARAMS = ['q', 'lang', 'country', 'entity', 'event', 'outlet', 'from', 'to'];
const TOKEN_KEY = 'warta.token';

// The search parameters of a view's address, in the form the API reads them.
function searchParams(params) {
  const out = new URLSearchParams();
  for (const name of SEARCH_PARAMS) for (const v of params.getAll(name)) if (v) out.append(name, v);
  return out;
}

// The events parameters of the country-pairs view (#/pairs?a=&b=&both=) as /api/events reads them.
export function pairParams(params) {
  const out = new URLSearchParams();
  if (params.get('a')) out.set('actor1', params.get('a').toUpperCase());
  if (params.get('b')) out.set('actor2', params.get('b').toUpperCase());
  if (params.get('both') !== 'false') out.set('both', 'true');
  return out;
}

function exportLinks(path, apiParams, prefix) {
  const csv = new URLSearchParams(apiParams);
  csv.set('format', 'csv');
  const jsonl = new URLSearchParams(apiParams);
  jsonl.set('format', 'jsonl');
  return el('span', { class: 'exports' }, 'Export: ',
    el('a', { class: 'export-csv', href: path + '?' + csv.toString(), download: prefix + '.csv', text: 'Export CSV' }), ' · ',
    el('a', { class: 'export-jsonl', href: path + '?' + jsonl.toString(), download: prefix + '.jsonl', text: 'Export JSON Lines' }));
}

// The tools under a search's summary: watch it, export it.
export function searchTools(params) {
  const p = searchParams(params);
  // an export keeps the order the view shows; a watchlist has its own (newest stored first)
  const exported = new URLSearchParams(p);
  if (params.get('sort')) exported.set('sort', params.get('sort'));
  return el('div', { class: 'tools' }, watchButton(p, params.get('q') || 'Every article'),
    exportLinks('/api/articles/export', exported, 'warta-articles'));
}

// The tools of an events view: watch its events query, export its events.
export function eventTools(apiParams, name) {
  const p = new URLSearchParams();
  for (const k of ['actor1', 'actor2', 'actor', 'both', 'root', 'from', 'to']) for (const v of apiParams.getAll(k)) p.append(k, v);
  return el('div', { class: 'tools' }, watchButton(p, name), exportLinks('/api/events/export', p, 'warta-events'));
}

function watchButton(apiParams, suggested) {
  const box = el('span', { class: 'watch' });
  const button = el('button', { type: 'button', class: 'watch-open', text: 'Watch this search', 'aria-expanded': 'false' });
  button.addEventListener('click', () => {
    if (box.querySelector('form')) return;
    button.setAttribute('aria-expanded', 'true');
    box.append(watchForm(apiParams, suggested, () => { button.setAttribute('aria-expanded', 'false'); }));
    box.querySelector('input').focus();
  });
  box.append(button);
  return box;
}

function watchForm(apiParams, suggested, closed) {
  const name = el('input', { type: 'text', name: 'name', value: suggested, maxlength: 200, required: true, 'aria-label': 'Watchlist name' });
  const token = el('input', { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': 'API token',
    placeholder: 'API token', value: sessionStorage.getItem(TOKEN_KEY) || '' });
  const status = el('span', { class: 'watch-status', role: 'status' });
  const form = el('form', { class: 'watch-form' },
    el('label', null, 'Name ', name), el('label', null, 'Token ', token),
    el('button', { type: 'submit', text: 'Save watchlist' }),
    el('button', { type: 'button', class: 'watch-cancel', text: 'Cancel', onclick: () => { form.remove(); closed(); } }),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const params = {};
    for (const [k, v] of apiParams) (params[k] = params[k] || []).push(v);
    status.textContent = 'Saving…';
    try {
      const created = await send('POST', '/api/watchlists', token.value, { name: name.value.trim(), params });
      // the token lives only as long as this tab, never in the address or in localStorage
      sessionStorage.setItem(TOKEN_KEY, token.value);
      status.textContent = '';
      status.append('Saved. ', el('a', { href: created.feed_url, text: 'Atom feed' }), ' · ',
        el('a', { href: '#/watchlists', text: 'all watchlists' }));
    } catch (err) {
      status.textContent = 'Not saved: ' + err.message;
    }
  });
  return form;
}

async function send(method, path, token, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  if (body) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  if (res.status === 204) return null;
  const out = await res.json().catch(() => ({ error: 'the server sent no JSON (' + res.status + ')' }));
  if (!res.ok) throw new Error(out.error || ('HTTP ' + res.status));
  return out;
}

// #/watchlists: every watchlist with its feed, its JSON, how many articles match, and a way to open or delete it.
export async function watchlistsView() {
  let lists;
  try {
    lists = (await send('GET', '/api/watchlists')).watchlists;
  } catch (e) {
    return fail('Cannot load the watchlists: ' + e.message);
  }
  const rows = lists.map((w) => el('tr', { 'data-id': w.id },
    el('th', { scope: 'row' }, w.name),
    el('td', { class: 'params', text: describe(w.params) }),
    el('td', { class: 'num', text: w.matches.toLocaleString() }),
    el('td', null, el('a', { class: 'feed', href: w.feed_url, text: 'Atom feed' }), ' · ',
      el('a', { class: 'json', href: w.url, text: 'JSON' }), ' · ',
      el('a', { class: 'open', href: openHref(w), text: 'open' }), ' · ',
      el('button', { type: 'button', class: 'delete', text: 'delete', onclick: () => remove(w, token.value) }))));
  const token = el('input', { type: 'password', class: 'token', autocomplete: 'off', 'aria-label': 'API token (to delete)',
    placeholder: 'API token (to delete)', value: sessionStorage.getItem(TOKEN_KEY) || '' });
  const table = lists.length
    ? el('table', { class: 'watchlists' }, el('thead', null, el('tr', null, el('th', { scope: 'col', text: 'Name' }),
      el('th', { scope: 'col', text: 'Search' }), el('th', { scope: 'col', text: 'Matches' }), el('th', { scope: 'col', text: 'Follow' }))),
    el('tbody', null, rows))
    : el('p', { class: 'muted', text: 'No watchlists yet. Search, then press "Watch this search".' });
  show(el('h1', { text: 'Watchlists' }),
    el('p', { class: 'summary', text: 'Each watchlist is a saved search; its Atom feed lists the newest stored matches first, for any feed reader.' }),
    el('p', null, el('label', null, 'Token ', token)), table);
}

function describe(params) {
  return Object.entries(params).map(([k, v]) => k + '=' + v.join(',')).join(' ') || 'every article';
}

// The view that runs a watchlist's search: the search view, or the pairs view for an events query.
function openHref(w) {
  const p = new URLSearchParams();
  for (const [k, vs] of Object.entries(w.params)) for (const v of vs) p.append(k, v);
  if (w.kind === 'events') {
    const q = new URLSearchParams();
    if (p.get('actor1')) q.set('a', p.get('actor1'));
    if (p.get('actor2')) q.set('b', p.get('actor2'));
    // "either actor" reads on the pairs view as one side, both directions
    if (p.get('actor') && !q.get('a') && !q.get('b')) q.set('a', p.get('actor'));
    else if (p.get('both') !== 'true') q.set('both', 'false');
    return '#/pairs?' + q.toString();
  }
  return '#/search?' + p.toString();
}

async function remove(w, token) {
  if (!token) return fail('Give the API token to delete "' + w.name + '".');
  try {
    await send('DELETE', w.url, token);
    sessionStorage.setItem(TOKEN_KEY, token);
    watchlistsView();
  } catch (e) {
    fail('Not deleted: ' + e.message);
  }
}
