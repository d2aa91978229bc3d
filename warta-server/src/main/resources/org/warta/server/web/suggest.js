// Entity suggestions under the search box as a name is typed, in the ARIA combobox pattern: the input keeps focus,
// arrow keys move through the listbox (aria-activedescendant), Enter opens the chosen entity's page (Shift+Enter
// adds it as a filter to the search instead), Escape closes the list.

import { TYPE_NAMES, api, clear, el, go } from './dom.js';

const input = document.getElementById('q');
const form = document.getElementById('search-form');
const list = el('ul', { id: 'suggestions', class: 'suggestions', role: 'listbox', 'aria-label': 'People, places and organisations', hidden: true });
const WAIT_MS = 120;
let items = [];
let active = -1;
let timer = null;
let asked = 0;

input.setAttribute('role', 'combobox');
input.setAttribute('aria-autocomplete', 'list');
input.setAttribute('aria-expanded', 'false');
input.setAttribute('aria-controls', list.id);
form.classList.add('has-suggestions');
form.append(list);

function close() {
  list.hidden = true;
  items = [];
  active = -1;
  clear(list);
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function mark(i) {
  active = i;
  Array.from(list.children).forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
  if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
  else input.removeAttribute('aria-activedescendant');
}

function render(suggestions) {
  clear(list);
  items = suggestions;
  active = -1;
  if (!items.length) return close();
  items.forEach((s, i) => {
    const li = el('li', { id: 'suggestion-' + i, role: 'option', 'aria-selected': 'false', class: 'suggestion', 'data-key': s.key },
      el('span', { class: 'ann ent-' + s.type, text: s.name }),
      s.matched && s.matched !== s.name ? el('span', { class: 'matched', text: s.matched, dir: 'auto' }) : null,
      el('span', { class: 'muted', text: (TYPE_NAMES[s.type] || 'entity') + ' · ' + s.articles + ' article' + (s.articles === 1 ? '' : 's') }));
    // mousedown would move focus off the input before the click; the choice is made on click
    li.addEventListener('mousedown', (e) => e.preventDefault());
    li.addEventListener('click', (e) => choose(i, e.shiftKey));
    list.append(li);
  });
  list.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

async function ask(text) {
  const mine = ++asked;
  try {
    const result = await api('/api/suggest?limit=8&q=' + encodeURIComponent(text));
    if (mine === asked && input.value.trim() === text) render(result.suggestions || []);
  } catch (e) {
    if (mine === asked) close();
  }
}

function choose(i, asFilter) {
  const s = items[i];
  if (!s) return;
  close();
  input.value = '';
  if (asFilter) {
    const hash = location.hash || '';
    const params = new URLSearchParams(hash.startsWith('#/search') ? hash.split('?')[1] || '' : '');
    params.delete('q');
    if (!params.getAll('entity').includes(s.key)) params.append('entity', s.key);
    go('#/search', params);
  } else {
    // with the box left, the entity page's heading takes the focus, as after following a link
    input.blur();
    go('#/entity/' + encodeURIComponent(s.key));
  }
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  const text = input.value.trim();
  // a query with operators or quotes is a search, not a name being typed
  if (text.length < 2 || /["():*]/.test(text)) { asked++; return close(); }
  timer = setTimeout(() => ask(text), WAIT_MS);
});

input.addEventListener('keydown', (e) => {
  if (list.hidden) {
    if (e.key === 'ArrowDown' && input.value.trim().length >= 2) { e.preventDefault(); ask(input.value.trim()); }
    return;
  }
  if (e.key === 'ArrowDown') { e.preventDefault(); mark((active + 1) % items.length); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); mark(active <= 0 ? items.length - 1 : active - 1); }
  else if (e.key === 'Escape') { e.preventDefault(); close(); }
  else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(active, e.shiftKey); }
});

input.addEventListener('blur', close);
window.addEventListener('hashchange', close);
