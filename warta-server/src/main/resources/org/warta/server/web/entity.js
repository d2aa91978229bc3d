// One entity: #/entity/KEY. Who it is (with the positions the knowledge base records), its articles over time and
// by language, the entities mentioned with it as a graph, and its events as source and as target, paged.

import { spanDays, timelineChart } from './charts.js';
import { TYPE_NAMES, api, el, fail, show } from './dom.js';
import { eventTable } from './events.js';
import { cooccurrenceGraph } from './graph.js';
import { countryName, languageName, named } from './names.js';
import { appendHits } from './search.js';

const EVENT_PAGE = 10;
const LIST_CAP = 8;
const RECENT = 5;
const EVIDENCE_CHARS = 110;

export async function entityView(key) {
  let ent;
  try {
    ent = await api('/api/entities/' + encodeURIComponent(key));
  } catch (e) {
    return fail('Cannot open the entity: ' + e.message);
  }
  const searchHref = '#/search?entity=' + encodeURIComponent(ent.key);
  const recent = el('div');
  appendHits(recent, (ent.recent || []).slice(0, RECENT));
  show(el('div', { class: 'entity' },
    el('h1', { text: ent.name }),
    el('div', { class: 'meta' },
      el('span', { class: 'ann ent-' + ent.type, text: TYPE_NAMES[ent.type] || ent.type || 'entity' }),
      ent.role ? el('span', { text: ent.role }) : null,
      ent.country ? named('span', null, ent.country, countryName(ent.country)) : null,
      el('span', { text: ent.key }),
      el('a', { href: searchHref, text: ent.articles + (ent.articles === 1 ? ' article' : ' articles') })),
    el('div', { class: 'cols' },
      el('div', null,
        el('h2', { text: 'Articles mentioning it per ' + (spanDays(ent.timeline) > 120 ? 'month' : 'day') }),
        el('div', { class: 'timeline-row' }, timelineChart(ent.timeline), undatedNote(ent)),
        el('h2', { text: 'Mentioned with' }),
        cooccurrenceGraph(ent, ent.graph),
        eventPager('events-source', 'Events as source (actor 1)', 'actor1', ent.actor),
        eventPager('events-target', 'Events as target (actor 2)', 'actor2', ent.actor),
        el('h2', { text: 'Newest articles' }), recent,
        ent.articles > RECENT ? el('p', null, el('a', { href: searchHref, text: 'All ' + ent.articles + ' articles' })) : null),
      el('aside', null, rolesPanel(ent), languagesPanel(ent)))));
}

// Undated articles are counted beside the chart, not left out of sight.
function undatedNote(ent) {
  const dated = (ent.timeline || []).reduce((s, d) => s + d.articles, 0);
  return el('div', { class: 'panel undated' },
    el('div', { class: 'big', text: String(dated) }), el('div', { class: 'muted', text: 'dated, in the chart' }),
    el('div', { class: 'big', text: String(ent.undated || 0) }), el('div', { class: 'muted', text: 'undated (no date known)' }));
}

// What the knowledge base records: the role, and the positions held with their dates.
function rolesPanel(ent) {
  const kb = ent.kb;
  const box = el('div', { class: 'panel roles' }, el('h3', { text: 'Roles held (knowledge base)' }));
  if (!kb) {
    box.append(el('p', { class: 'muted', text: 'Not linked to the knowledge base.' }));
    return box;
  }
  if (kb.role) box.append(el('p', null, (kb.former ? 'former ' : '') + kb.role + (kb.country ? ', ' + countryName(kb.country) : '')));
  if (kb.roles && kb.roles.length) {
    box.append(el('table', { class: 'roles-table' },
      el('thead', null, el('tr', null, ['position', 'code', 'from', 'until'].map((h) => el('th', { text: h })))),
      el('tbody', null, kb.roles.map((r) => el('tr', null,
        el('td', { text: [r.role, r.country ? countryName(r.country) : null].filter(Boolean).join(', ') || r.code }),
        el('td', { text: r.code }),
        el('td', { text: r.from || (r.until ? '…' : 'undated') }),
        el('td', { text: r.until || (r.from ? 'now' : '') }))))));
  } else if (!kb.role) {
    box.append(el('p', { class: 'muted', text: 'The knowledge base records no position for it.' }));
  }
  const names = [];
  for (const [lang, list] of Object.entries(kb.names || {})) {
    for (const n of list) if (n !== ent.name && !names.some((x) => x.name === n)) names.push({ lang: lang, name: n });
  }
  if (names.length) {
    box.append(el('h3', { text: 'Also named' }), capped(names.map((n) => el('li', null,
      el('span', { text: n.name, lang: n.lang === '*' ? null : n.lang, dir: 'auto' }), ' ',
      el('span', { class: 'count', text: n.lang === '*' ? '' : languageName(n.lang) }))), 'names'));
  }
  return box;
}

function languagesPanel(ent) {
  const langs = ent.languages || [];
  return el('div', { class: 'panel facet languages' }, el('h3', { text: 'Articles by language' }),
    langs.length ? capped(langs.map((l) => el('li', null,
      el('a', { href: '#/search?entity=' + encodeURIComponent(ent.key) + '&lang=' + encodeURIComponent(l.language),
        text: languageName(l.language), title: l.language }),
      el('span', { class: 'count', text: l.articles })))) : el('p', { class: 'muted', text: 'None.' }));
}

// A list that shows its first few items and a button for the rest.
function capped(items, what) {
  const list = el('ul', null, items.slice(0, LIST_CAP));
  if (items.length <= LIST_CAP) return list;
  const more = el('button', { class: 'more', type: 'button', 'aria-expanded': 'false',
    text: 'More ' + (what || '') + ' (' + (items.length - LIST_CAP) + ')' });
  more.addEventListener('click', () => {
    list.append(...items.slice(LIST_CAP));
    more.remove();
  });
  return el('div', null, list, more);
}

// A table of events paged with the API's cursor: the cursors of the pages seen so far make "previous" possible.
function eventPager(id, title, role, actor) {
  const box = el('section', { class: 'event-pager', id: id }, el('h2', { text: title }), el('p', { class: 'muted', text: 'Loading…' }));
  const cursors = [null];
  let page = 0;
  async function load() {
    const p = new URLSearchParams({ limit: String(EVENT_PAGE) });
    p.set(role, actor);
    if (cursors[page]) p.set('cursor', cursors[page]);
    let result;
    try {
      result = await api('/api/events?' + p.toString());
    } catch (e) {
      box.replaceChildren(el('h2', { text: title }), el('div', { class: 'error', text: e.message }));
      return;
    }
    if (result.next_cursor) cursors[page + 1] = result.next_cursor;
    const table = eventTable(result.events, true);
    const heading = table.querySelector && table.querySelector('h3');
    if (heading) heading.remove();
    shortenEvidence(table);
    const prev = el('button', { type: 'button', text: '‹ Newer', disabled: page === 0 });
    const next = el('button', { type: 'button', text: 'Older ›', disabled: !result.next_cursor });
    prev.addEventListener('click', () => { page--; load(); });
    next.addEventListener('click', () => { page++; load(); });
    const from = page * EVENT_PAGE + 1, to = page * EVENT_PAGE + result.events.length;
    box.replaceChildren(el('h2', { text: title }), table);
    if (result.total > EVENT_PAGE || page > 0) {
      box.append(el('div', { class: 'pager' }, prev, el('span', { class: 'muted', text: from + '–' + to + ' of ' + result.total }), next));
    }
  }
  load();
  return box;
}

// Long evidence sentences would make a page of ten events several screens tall: each is cut, whole on hover.
function shortenEvidence(table) {
  if (!table.querySelectorAll) return;
  for (const td of table.querySelectorAll('tbody td:nth-child(6)')) {
    const text = td.textContent;
    if (text.length > EVIDENCE_CHARS) {
      td.title = text;
      td.textContent = text.slice(0, EVIDENCE_CHARS - 1) + '…';
    }
  }
}
