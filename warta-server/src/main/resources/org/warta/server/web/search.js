// The search view: #/search?q=&lang=&country=&entity=&event=&month=&from=&to=&collapse=

import { TYPE_NAMES, api, clear, countOf, el, fail, go, langAttr, show, storyHref } from './dom.js';
import { languageName, named, valueName } from './names.js';
import { searchTools } from './watch.js';

const queryInput = document.getElementById('q');

const FACETS = [
  ['lang', 'Language'], ['outlet', 'Outlet'], ['country', 'Country'],
  ['entity', 'Entity'], ['event', 'Event (CAMEO root)'], ['month', 'Month']
];

function currentSearchParams() {
  const hash = location.hash || '';
  if (!hash.startsWith('#/search')) return new URLSearchParams();
  return new URLSearchParams(hash.split('?')[1] || '');
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const params = currentSearchParams();
  params.set('q', queryInput.value.trim());
  if (!params.get('q')) params.delete('q');
  go('#/search', params);
});

export async function searchView(params) {
  queryInput.value = params.get('q') || '';
  const api_params = new URLSearchParams(params);
  api_params.set('limit', '20');
  // copies of one story show as one result unless every article is asked for
  const everyArticle = params.get('collapse') === 'none';
  if (everyArticle) api_params.delete('collapse'); else api_params.set('collapse', 'story');
  let result;
  try {
    result = await api('/api/articles?' + api_params.toString());
  } catch (e) {
    return fail('Search failed: ' + e.message);
  }
  const list = el('div', { class: 'results' });
  const summary = el('p', { class: 'summary', text: result.total.toLocaleString() + ' article' + (result.total === 1 ? '' : 's')
    + (everyArticle ? '' : ', each story once') + ' · ' + result.took_millis.toFixed(1) + ' ms' });
  const toggled = new URLSearchParams(params);
  if (everyArticle) toggled.delete('collapse'); else toggled.set('collapse', 'none');
  summary.append(' · ', el('a', { class: 'collapse-toggle', href: '#/search?' + toggled.toString(),
    text: everyArticle ? 'group copies of a story' : 'show every copy' }));
  appendHits(list, result.hits);
  const more = el('button', { class: 'more', text: 'More results' });
  let cursor = result.next_cursor;
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    const p = new URLSearchParams(api_params);
    p.set('cursor', cursor);
    p.set('facets', 'false');
    try {
      const page = await api('/api/articles?' + p.toString());
      appendHits(list, page.hits);
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (e) { more.replaceWith(el('div', { class: 'error', text: e.message })); }
  });
  // a heading for screen readers and for the focus after a view changes; the search box says what it is to others
  const heading = el('h1', { class: 'visually-hidden', text: params.get('q') ? 'Articles matching ' + params.get('q') : 'Articles' });
  show(heading, el('div', { class: 'layout' },
    el('aside', null, dateFilter(params), facetPanel(result.facets, params)),
    el('section', null, activeFilters(params, result.facets), summary, searchTools(params), list, more)));
}

export function appendHits(list, hits) {
  for (const h of hits) {
    const snippet = el('p', { class: 'snippet' });
    if (h.snippet && h.snippet.length) {
      for (const piece of h.snippet) snippet.append(piece.match ? el('mark', { text: piece.text }) : piece.text);
    } else {
      snippet.textContent = h.preview || '';
    }
    list.append(el('article', { class: 'hit', 'data-id': h.id },
      el('h2', null, el('a', { href: '#/article/' + encodeURIComponent(h.id), text: h.title || '(untitled)', dir: 'auto',
        lang: langAttr(h.language) })),
      el('div', { class: 'meta' },
        named('span', 'lang named', h.language || 'und', languageName(h.language)),
        h.outlet ? el('span', { class: 'outlet', text: h.outlet }) : null,
        hitDate(h),
        storyBadge(h.story)),
      snippet, similarLine(h)));
  }
  if (!list.firstChild) list.append(el('p', { class: 'muted', text: 'Nothing matches. Try fewer words or remove a filter.' }));
}

// The publication day, else the day the text states (marked so), else "undated".
function hitDate(h) {
  if (h.published) return el('time', { text: h.published.slice(0, 10) });
  if (h.day) return el('time', { class: 'from-text', text: '~' + h.day, title: 'not published with a date: the day its text states' });
  return el('span', { text: 'undated' });
}

// "and 11 similar articles in 6 languages": the hits of the same story folded into this one
function similarLine(h) {
  const sim = h.similar;
  if (!sim || !sim.count || !h.story) return null;
  const langs = countOf(sim.languages);
  const text = 'and ' + sim.count + ' similar article' + (sim.count === 1 ? '' : 's')
    + (langs ? ' in ' + langs + ' language' + (langs === 1 ? '' : 's') : '');
  const codes = Array.isArray(sim.languages) ? sim.languages.join(', ') : null;
  return el('p', { class: 'similar' }, el('a', { href: storyHref(h.story.id), text: text, title: codes ? 'Languages: ' + codes : null }));
}

function storyBadge(story) {
  if (!story || !story.id || !(story.size > 1)) return null;
  return el('a', { class: 'story-badge', href: storyHref(story.id), title: 'The story this article belongs to',
    text: 'story of ' + story.size + ' in ' + (story.languages || []).length + ' lang.' });
}

function activeFilters(params, facets) {
  const box = el('div', { class: 'filters' });
  const entityNames = new Map(((facets && facets.entity) || []).map((v) => [v.value, v.label]));
  for (const [name, label] of FACETS.concat([['from', 'From'], ['to', 'To']])) {
    for (const v of params.getAll(name)) {
      const shown = name === 'entity' ? entityNames.get(v) || v : valueName(name, v);
      box.append(el('button', { class: 'chip', 'data-value': v, title: 'Remove this filter' + (shown !== v ? ' (' + v + ')' : ''),
        text: label + ': ' + shown + ' ✕', onclick: () => {
        const p = new URLSearchParams(params);
        const rest = p.getAll(name).filter((x) => x !== v);
        p.delete(name);
        rest.forEach((x) => p.append(name, x));
        go('#/search', p);
      } }));
    }
  }
  return box;
}

// The API lists ten values per facet unless asked for more; "more" asks for all of one facet's values.
const FACET_FEW = 10;

const FACET_ALL = 500;

function facetPanel(facets, params) {
  const panel = el('div', { class: 'panel facet' });
  for (const [dim, label] of FACETS) {
    const values = (facets && facets[dim]) || [];
    if (!values.length) continue;
    const ul = el('ul');
    fillFacet(ul, dim, dim === 'month' ? values.slice(-12).reverse() : values, params);
    const section = el('section', { class: 'facet-dim', 'data-dim': dim }, el('h3', { text: label }), ul);
    if (dim !== 'month' && values.length >= FACET_FEW) section.append(moreButton(section, ul, dim, label, params));
    panel.append(section);
  }
  if (!panel.firstChild) panel.append(el('p', { class: 'muted', text: 'No facets for these results.' }));
  return panel;
}

function fillFacet(ul, dim, values, params) {
  clear(ul);
  for (const v of values) {
    const on = params.getAll(dim).includes(v.value);
    const p = new URLSearchParams(params);
    if (on) {
      const rest = p.getAll(dim).filter((x) => x !== v.value);
      p.delete(dim);
      rest.forEach((x) => p.append(dim, x));
    } else if (dim === 'month') {
      p.set('from', v.value);
      p.set('to', v.value);
    } else {
      p.append(dim, v.value);
    }
    const text = dim === 'entity' ? v.label : valueName(dim, v.value);
    const title = dim === 'entity' ? (v.type ? TYPE_NAMES[v.type] || v.type : null) : (text !== v.value ? v.value : null);
    const link = el('a', { href: '#/search?' + p.toString(), text: text, title: title });
    const extra = dim === 'entity' ? el('a', { href: '#/entity/' + encodeURIComponent(v.value), title: 'Entity page', text: '↗' }) : null;
    ul.append(el('li', { class: on ? 'on' : null, 'data-value': v.value }, link, el('span', null, extra, ' ', el('span', { class: 'count', text: v.count }))));
  }
}

function moreButton(section, ul, dim, label, params) {
  const button = el('button', { type: 'button', class: 'facet-more', text: 'more…', title: 'Show every ' + label.toLowerCase() });
  button.addEventListener('click', async () => {
    const p = new URLSearchParams(params);
    p.delete('collapse');
    p.set('limit', '1');
    p.set('snippets', 'false');
    p.set('facet_limit', String(FACET_ALL));
    button.disabled = true;
    try {
      const all = ((await api('/api/articles?' + p.toString())).facets || {})[dim] || [];
      fillFacet(ul, dim, all, params);
      button.remove();
      const filter = all.length > FACET_FEW ? section.insertBefore(facetFilter(ul, label), ul) : null;
      // the button had the focus: it goes on to the filter box, or else to the first value
      (filter || ul.querySelector('a') || section).focus();
    } catch (e) { button.replaceWith(el('div', { class: 'error', text: e.message })); }
  });
  return button;
}

// A box that hides the values of a long facet whose name or code does not contain what is typed.
function facetFilter(ul, label) {
  const input = el('input', { type: 'search', class: 'facet-filter', placeholder: 'Filter…', 'aria-label': 'Filter ' + label.toLowerCase() });
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    for (const li of ul.children) {
      const text = (li.textContent + ' ' + (li.getAttribute('data-value') || '')).toLowerCase();
      li.hidden = q !== '' && !text.includes(q);
    }
  });
  return input;
}

function dateFilter(params) {
  const from = el('input', { type: 'date', value: params.get('from') && params.get('from').length === 10 ? params.get('from') : null, 'aria-label': 'From date' });
  const to = el('input', { type: 'date', value: params.get('to') && params.get('to').length === 10 ? params.get('to') : null, 'aria-label': 'To date' });
  const apply = el('button', { text: 'Apply', onclick: () => {
    const p = new URLSearchParams(params);
    from.value ? p.set('from', from.value) : p.delete('from');
    to.value ? p.set('to', to.value) : p.delete('to');
    go('#/search', p);
  } });
  return el('div', { class: 'panel' }, el('h3', { text: 'Published' }), el('div', { class: 'dates' }, from, '–', to, apply));
}
