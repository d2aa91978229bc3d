// The stories list: #/stories?q=&lang=&country=&entity=&from=&to=&sort=

import { TYPE_NAMES, api, el, fail, go, show, storyHref } from './dom.js';
import { countryName, languageName } from './names.js';

const STORY_FILTERS = [['q', 'Words'], ['lang', 'Language'], ['country', 'Country'], ['entity', 'Entity'],
  ['from', 'From'], ['to', 'To']];

export async function storiesView(params) {
  const q = new URLSearchParams();
  for (const [name] of STORY_FILTERS) params.getAll(name).forEach((v) => q.append(name, v));
  q.set('sort', params.get('sort') === 'largest' ? 'largest' : 'newest');
  q.set('limit', '20');
  let result;
  try {
    result = await api('/api/stories?' + q.toString());
  } catch (e) {
    return fail('Cannot list stories: ' + e.message);
  }
  const list = el('div', { class: 'stories' });
  appendStories(list, result.stories || []);
  const more = el('button', { class: 'more', text: 'More stories' });
  let cursor = result.next_cursor;
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    const p = new URLSearchParams(q);
    p.set('cursor', cursor);
    try {
      const page = await api('/api/stories?' + p.toString());
      appendStories(list, page.stories || []);
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (e) { more.replaceWith(el('div', { class: 'error', text: e.message })); }
  });
  const total = result.total != null ? result.total : (result.stories || []).length;
  show(el('h1', { text: 'Stories' }),
    el('div', { class: 'layout' },
      el('aside', null, storyFilterForm(params)),
      el('section', null, storyFilterChips(params),
        el('p', { class: 'summary', text: total.toLocaleString() + ' stor' + (total === 1 ? 'y' : 'ies') + ', '
          + (q.get('sort') === 'largest' ? 'largest' : 'newest') + ' first' }), list, more)));
}

function storyFilterForm(params) {
  const fields = [
    ['q', 'Words in the story', 'search', 'Lavrov Rubio'],
    ['lang', 'Language code', 'text', 'id, vi, en…'],
    ['country', 'Country code', 'text', 'RUS, IDN…'],
    ['entity', 'Entity (knowledge-base id)', 'text', 'Q167542'],
    ['from', 'From', 'date', null], ['to', 'To', 'date', null]];
  const inputs = {};
  const rows = fields.map(([name, label, type, hint]) => {
    const id = 'story-filter-' + name;
    inputs[name] = el('input', { id: id, name: name, type: type, value: params.get(name) || null, placeholder: hint });
    return el('div', { class: 'field' }, el('label', { for: id, text: label }), inputs[name]);
  });
  const sort = el('select', { id: 'story-sort', name: 'sort' },
    el('option', { value: 'newest', text: 'Newest first', selected: params.get('sort') !== 'largest' }),
    el('option', { value: 'largest', text: 'Largest first', selected: params.get('sort') === 'largest' }));
  const form = el('form', { class: 'panel story-filters', 'aria-label': 'Filter stories', onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [name] of fields) if (inputs[name].value.trim()) p.set(name, inputs[name].value.trim());
    if (sort.value === 'largest') p.set('sort', 'largest');
    go('#/stories', p);
  } }, el('h3', { text: 'Filter' }), rows,
    el('div', { class: 'field' }, el('label', { for: 'story-sort', text: 'Order' }), sort),
    el('button', { type: 'submit', text: 'Show stories' }));
  return form;
}

function storyFilterChips(params) {
  const box = el('div', { class: 'filters' });
  for (const [name, label] of STORY_FILTERS) {
    for (const v of params.getAll(name)) {
      box.append(el('button', { class: 'chip', title: 'Remove this filter', text: label + ': ' + v + ' ✕', onclick: () => {
        const p = new URLSearchParams(params);
        p.delete(name);
        go('#/stories', p);
      } }));
    }
  }
  return box;
}

function appendStories(list, stories) {
  for (const s of stories) {
    const langs = s.languages || [];
    const ents = (s.entities || []).slice(0, 6);
    list.append(el('article', { class: 'hit story-hit', 'data-id': s.id },
      el('h2', null, el('a', { href: storyHref(s.id), text: s.title || '(untitled)', dir: 'auto' })),
      el('div', { class: 'meta' },
        el('span', { class: 'size', text: s.size + ' article' + (s.size === 1 ? '' : 's') }),
        el('span', { class: 'langs' }, ...langs.map((l) => el('a', { class: 'lang', href: storiesWith('lang', l),
          title: 'Stories in ' + languageName(l), text: l }))),
        dateRange(s.first_seen, s.last_seen),
        (s.countries || []).length ? el('span', { class: 'countries' }, ...s.countries.map((c) => el('a', {
          href: storiesWith('country', c), title: 'Stories about ' + countryName(c) + ' (' + c + ')', text: countryName(c) }))) : null),
      ents.length ? el('p', { class: 'story-entities' }, ...ents.map((e) => el('a', {
        class: 'ann ent-' + e.type, href: e.kb_id ? storiesWith('entity', e.kb_id) : '#/entity/' + encodeURIComponent(e.name),
        text: e.name, dir: 'auto',
        title: 'Stories about ' + e.name + ' (' + (TYPE_NAMES[e.type] || e.type || '') + (e.count ? ', in ' + e.count + ' articles of this one' : '') + ')' }))) : null));
  }
  if (!list.firstChild) list.append(el('p', { class: 'muted', text: 'No story matches. Remove a filter or ingest more articles.' }));
}

// The stories view narrowed to one more language, country or entity, keeping the filters and order it has.
function storiesWith(name, value) {
  const hash = location.hash || '';
  const p = new URLSearchParams(hash.startsWith('#/stories') ? hash.split('?')[1] || '' : '');
  p.set(name, value);
  return '#/stories?' + p.toString();
}

export function dateRange(first, last) {
  const a = first ? first.slice(0, 10) : null;
  const b = last ? last.slice(0, 10) : null;
  if (!a && !b) return el('span', { text: 'undated' });
  return el('span', { class: 'dates-seen' }, el('time', { text: a || b }),
    b && b !== a ? ' – ' : null, b && b !== a ? el('time', { text: b }) : null);
}
