// One story: #/story/ID

import { chainGraph } from './chain.js';
import { api, articleHref, el, fail, langAttr, show, svg } from './dom.js';
import { actorCell, eventCell } from './events.js';
import { languageName, named } from './names.js';
import { dateRange } from './stories.js';

export async function storyView(id) {
  let s;
  try {
    s = await api('/api/stories/' + encodeURIComponent(id));
  } catch (e) {
    return fail('Cannot open the story: ' + e.message);
  }
  const articles = (s.articles || []).slice().sort(byPublished);
  const langs = s.languages || Object.keys(s.by_language || {});
  show(el('div', { class: 'story' },
    el('p', { class: 'crumbs' }, el('a', { href: '#/stories', text: '← Stories' })),
    el('h1', { text: s.title || '(untitled)', dir: 'auto', lang: langAttr((articles.find((a) => a.title === s.title) || {}).language) }),
    el('div', { class: 'meta' },
      el('span', { text: (s.size || articles.length) + ' articles in ' + langs.length + ' language' + (langs.length === 1 ? '' : 's') }),
      el('span', { class: 'langs' }, ...langs.map((l) => named('span', 'lang named', l, languageName(l)))),
      dateRange(s.first_seen, s.last_seen),
      el('a', { href: '/api/stories/' + encodeURIComponent(s.id), text: 'JSON' })),
    el('div', { class: 'cols' },
      el('div', null,
        el('h2', { text: 'Timeline' }), storyTimeline(articles),
        el('h2', { text: 'Translation and copy chain' }), chainGraph(s.chain, articles),
        el('h2', { text: 'Articles by language' }), articlesByLanguage(articles),
        storyEvents(s.events)),
      el('aside', null, storyEntities(s.entities), outletList(s.by_outlet, articles)))));
}

function byPublished(a, b) {
  return (a.published || '9999').localeCompare(b.published || '9999') || String(a.id).localeCompare(String(b.id));
}

function articlesByLanguage(articles) {
  const byLang = new Map();
  for (const a of articles) {
    const l = a.language || 'und';
    if (!byLang.has(l)) byLang.set(l, new Map());
    const outlets = byLang.get(l);
    const o = a.outlet || 'outlet unknown';
    if (!outlets.has(o)) outlets.set(o, []);
    outlets.get(o).push(a);
  }
  const box = el('div', { class: 'by-language' });
  for (const [lang, outlets] of byLang) {
    const count = Array.from(outlets.values()).reduce((n, xs) => n + xs.length, 0);
    const section = el('section', { class: 'panel lang-group', 'data-lang': lang },
      el('h3', null, el('span', { class: 'lang', text: lang }), ' ', languageName(lang), ' · ' + count));
    for (const [outlet, xs] of outlets) {
      section.append(el('h4', { class: 'outlet', text: outlet }),
        el('ul', { class: 'story-articles' }, ...xs.map((a) => el('li', { 'data-id': a.id },
          a.published ? el('time', { text: a.published.slice(0, 16).replace('T', ' ') }) : el('span', { class: 'muted', text: 'undated' }),
          ' ', el('a', { href: articleHref(a.id), text: a.title || a.id, dir: 'auto', lang: langAttr(a.language) })))));
    }
    box.append(section);
  }
  if (!box.firstChild) box.append(el('p', { class: 'muted', text: 'No articles.' }));
  return box;
}

function outletList(byOutlet, articles) {
  const counts = byOutlet ? Object.entries(byOutlet).map(([o, ids]) => [o, ids.length])
    : Array.from(articles.reduce((m, a) => m.set(a.outlet || '?', (m.get(a.outlet || '?') || 0) + 1), new Map()));
  if (!counts.length) return null;
  counts.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return el('div', { class: 'panel facet' }, el('h3', { text: 'Outlets' }),
    el('ul', null, ...counts.map(([o, n]) => el('li', null, el('span', { text: o || 'unknown' }), el('span', { class: 'count', text: n })))));
}

function storyEntities(entities) {
  const panel = el('div', { class: 'panel story-people' }, el('h3', { text: 'People, organisations, places' }));
  const list = entities || [];
  if (!list.length) return panel.append(el('p', { class: 'muted', text: 'None found.' })), panel;
  const groups = [['PERSON', 'People'], ['ORG', 'Organisations'], ['GPE', 'Places'], ['LOC', 'Places']];
  const done = new Set();
  for (const [type, label] of groups) {
    if (done.has(label)) continue;
    const xs = list.filter((e) => groups.filter((g) => g[1] === label).some((g) => g[0] === e.type));
    done.add(label);
    if (!xs.length) continue;
    panel.append(el('h4', { text: label }), el('ul', null, ...xs.map((e) => el('li', null,
      el('a', { class: 'ann ent-' + e.type, href: '#/entity/' + encodeURIComponent(e.kb_id || e.name), text: e.name, dir: 'auto' }), ' ',
      el('span', { class: 'muted', text: '×' + (e.count || 1) + ((e.languages || []).length ? ' · ' + e.languages.join(' ') : '') })))));
  }
  const rest = list.filter((e) => !groups.some((g) => g[0] === e.type));
  if (rest.length) panel.append(el('h4', { text: 'Other' }), el('ul', null, ...rest.map((e) => el('li', { text: e.name + ' ×' + (e.count || 1) }))));
  return panel;
}

function storyEvents(events) {
  if (!events || !events.length) return null;
  const head = el('tr', null, ...['actor 1', 'event', 'actor 2', 'articles'].map((h) => el('th', { text: h })));
  const rows = events.map((e) => el('tr', null,
    actorCell(e.actor1),
    eventCell(e),
    actorCell(e.actor2),
    el('td', { text: e.count || 1 })));
  return el('div', { class: 'panel' }, el('h3', { text: 'Events' }),
    el('table', { class: 'events' }, el('thead', null, head), el('tbody', null, rows)));
}

// Articles as dots on a time axis, one row per language; each dot links to its article.
function storyTimeline(articles) {
  const dated = articles.filter((a) => a.published && !isNaN(Date.parse(a.published)));
  const langs = Array.from(new Set(articles.map((a) => a.language || 'und')));
  const W = 800, L = 60, R = 20, ROW = 28, T = 10, B = 24;
  const H = T + B + Math.max(1, langs.length) * ROW;
  const chart = svg('svg', { class: 'chart story-timeline', viewBox: '0 0 ' + W + ' ' + H, role: 'group',
    'aria-label': 'When each article was published, one row per language' });
  chart.style.height = H + 'px';
  if (!dated.length) {
    chart.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'no dated articles' }));
    return chart;
  }
  const times = dated.map((a) => Date.parse(a.published));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const span = Math.max(1, t1 - t0);
  const x = (t) => t1 === t0 ? (L + W - R) / 2 : L + (W - L - R) * (t - t0) / span;
  langs.forEach((l, i) => {
    const y = T + i * ROW + ROW / 2;
    chart.append(svg('text', { x: L - 8, y: y + 4, 'text-anchor': 'end', text: l }));
    chart.append(svg('line', { class: 'axis faint', x1: L, y1: y, x2: W - R, y2: y }));
  });
  chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }));
  chart.append(svg('text', { x: L, y: H - 6, 'text-anchor': 'start', text: new Date(t0).toISOString().slice(0, 16).replace('T', ' ') }));
  if (t1 !== t0) chart.append(svg('text', { x: W - R, y: H - 6, 'text-anchor': 'end', text: new Date(t1).toISOString().slice(0, 16).replace('T', ' ') }));
  for (const a of dated) {
    const y = T + langs.indexOf(a.language || 'und') * ROW + ROW / 2;
    const link = svg('a', { href: articleHref(a.id) });
    const dot = svg('circle', { class: 'dot', cx: x(Date.parse(a.published)), cy: y, r: 6 });
    dot.append(svg('title', { text: (a.outlet ? a.outlet + ': ' : '') + (a.title || a.id) + ' (' + a.published + ')' }));
    link.append(dot);
    chart.append(link);
  }
  return chart;
}
