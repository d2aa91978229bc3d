// One article: #/article/ID, its text with what was found in it highlighted.

import { TYPE_NAMES, api, articleHref, card, clear, el, fail, langAttr, show, storyHref } from './dom.js';
import { actorName, arrow, eventRows, eventTable } from './events.js';
import { cameoName, countryName, languageName, named, withCode } from './names.js';

export async function articleView(id) {
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    return fail('Cannot open the article: ' + e.message);
  }
  const meta = el('div', { class: 'meta' },
    named('span', 'lang named', a.language || 'und', languageName(a.language)),
    el('span', { text: 'confidence ' + Number(a.language_confidence).toFixed(2) }),
    a.site_name ? el('span', { text: a.site_name }) : null,
    a.published ? el('time', { text: a.published }) : el('span', { text: 'undated' }),
    a.author ? el('span', { text: 'by ' + a.author }) : null,
    a.url ? el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: 'source page' }) : null,
    el('a', { href: '/api/articles/' + encodeURIComponent(a.id), text: 'JSON' }));
  const legend = el('div', { class: 'legend' },
    el('span', { class: 'ent-PERSON', text: 'person' }), el('span', { class: 'ent-ORG', text: 'organisation' }),
    el('span', { class: 'ent-GPE', text: 'country / city' }), el('span', { class: 'ent-LOC', text: 'place' }),
    el('span', { class: 'time', text: 'time' }), el('span', { class: 'event', text: 'event evidence' }));
  const side = el('aside', null, storyBox(a), relatedList(a),
    entityList(a), timeList(a), captionList(a), attributionBox(a), removedList(a), warningList(a));
  show(el('div', { class: 'article' },
    el('h1', { text: a.title || '(untitled)', dir: 'auto', lang: langAttr(a.language) }),
    a.title_derived ? el('p', { class: 'muted', text: 'Title made up from the text (the source gave none).' }) : null,
    meta, legend,
    el('div', { class: 'cols' }, el('div', null, highlightedText(a), eventTable(a.events)), side)));
}

function storyBox(a) {
  const st = a.story;
  if (!st || !st.id) return null;
  const langs = st.languages || [];
  return el('div', { class: 'panel story-box' }, el('h3', { text: 'Story' }),
    el('p', null, el('a', { href: storyHref(st.id), text: st.title || st.id, dir: 'auto' })),
    el('p', { class: 'muted', text: (st.size || 1) + ' article' + (st.size === 1 ? '' : 's') + ' in ' + langs.length
      + ' language' + (langs.length === 1 ? '' : 's') + (langs.length ? ' (' + langs.join(', ') + ')' : '') }));
}

const RELATIONS = {
  duplicate: 'duplicate (same text)', republication: 'republication (same text, another outlet)',
  translation: 'translation (same article, another language)', same_story: 'same story',
  translated_from: 'translated from', republished_from: 'republished from',
  translated_as: 'translated as', republished_as: 'republished as'
};

// Related articles come as ids; their titles are looked up once the list is on the page.
function relatedList(a) {
  const related = a.related || [];
  if (!related.length) return null;
  const ul = el('ul', { class: 'related' });
  for (const r of related) {
    const link = el('a', { href: articleHref(r.id), text: r.title || r.id, dir: 'auto' });
    const lang = el('span', { class: 'lang', text: r.language || '…' });
    ul.append(el('li', { 'data-id': r.id, 'data-relation': r.relation },
      el('span', { class: 'relation rel-' + r.relation, text: RELATIONS[r.relation] || r.relation }), ' ', lang, ' ', link,
      r.score != null ? el('span', { class: 'muted', text: ' · score ' + Number(r.score).toFixed(2) }) : null,
      r.evidence ? el('div', { class: 'evidence', text: r.evidence }) : null));
    if (!r.title || !r.language) {
      api('/api/articles/' + encodeURIComponent(r.id)).then((other) => {
        link.textContent = other.title || r.id;
        if (langAttr(other.language)) link.setAttribute('lang', other.language);
        lang.textContent = other.language || 'und';
      }).catch(() => { lang.textContent = '?'; });
    } else {
      lang.textContent = r.language;
    }
  }
  return el('div', { class: 'panel' }, el('h3', { text: 'Related articles' }), ul);
}

// Splits the text at every annotation boundary; each piece carries the classes of what covers it, and the
// hover card shows the narrowest entity or time over it, else the event.
function highlightedText(a) {
  const text = a.text || '';
  const anns = [];
  (a.entities || []).forEach((e) => anns.push({ start: e.start, end: e.end, kind: 'entity', cls: 'ent ent-' + e.type, data: e }));
  (a.times || []).forEach((t) => anns.push({ start: t.start, end: t.end, kind: 'time', cls: 'time', data: t }));
  (a.events || []).forEach((ev) => anns.push({ start: ev.start, end: ev.end, kind: 'event', cls: 'event', data: ev }));
  const valid = anns.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.start >= 0 && x.end <= text.length && x.start < x.end);
  const cuts = new Set([0, text.length]);
  valid.forEach((x) => { cuts.add(x.start); cuts.add(x.end); });
  const points = Array.from(cuts).sort((p, q) => p - q);
  const box = el('div', { class: 'text', lang: a.language !== 'und' ? a.language : null });
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const piece = text.slice(s, e);
    const over = valid.filter((x) => x.start <= s && x.end >= e);
    if (!over.length) { box.append(piece); continue; }
    const span = el('span', { class: 'ann ' + over.map((x) => x.cls).join(' '), tabindex: 0, text: piece });
    const narrow = over.filter((x) => x.kind !== 'event').sort((p, q) => (p.end - p.start) - (q.end - q.start))[0] || over[0];
    span.addEventListener('mouseenter', () => showCard(span, narrow, over));
    span.addEventListener('focus', () => showCard(span, narrow, over));
    span.addEventListener('mouseleave', hideCard);
    span.addEventListener('blur', hideCard);
    box.append(span);
  }
  return box;
}

function showCard(anchor, ann, over) {
  clear(card);
  const rows = [];
  const d = ann.data;
  if (ann.kind === 'entity') {
    card.append(el('h4', { text: d.canonical || d.text }));
    rows.push(['type', TYPE_NAMES[d.type] || d.type], ['as written', d.text], ['role', d.role], ['country', withCode(countryName(d.country), d.country)], ['kb id', d.kb_id],
      ['confidence', d.confidence != null ? Number(d.confidence).toFixed(2) : null]);
  } else if (ann.kind === 'time') {
    card.append(el('h4', { text: d.text }));
    rows.push(['value', d.value], ['type', d.type]);
  } else {
    card.append(el('h4', { text: 'Event: ' + cameoName(d.cameo), title: d.cameo }));
    rows.push(...eventRows(d));
  }
  const events = over.filter((x) => x.kind === 'event' && x !== ann);
  if (events.length) rows.push(['in event', events.map((x) => cameoName(x.data.cameo) + ': ' + actorName(x.data.actor1) + arrow(x.data) + actorName(x.data.actor2)).join('; ')]);
  const dl = el('dl');
  for (const [k, v] of rows) if (v !== null && v !== undefined && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: v }));
  card.append(dl);
  if (ann.kind === 'entity' && d.kb_id) card.append(el('a', { href: '#/entity/' + encodeURIComponent(d.kb_id), text: 'Entity page →' }));
  card.hidden = false;
  const r = anchor.getBoundingClientRect();
  card.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 350)) + 'px';
  card.style.top = (window.scrollY + r.bottom + 6) + 'px';
}

export function hideCard() { card.hidden = true; }

function entityList(a) {
  const panel = el('div', { class: 'panel' }, el('h3', { text: 'People, organisations, places' }));
  const byKey = new Map();
  for (const e of a.entities || []) {
    const key = e.kb_id || ('name:' + (e.canonical || e.text).toLowerCase());
    const got = byKey.get(key) || { e: e, n: 0 };
    got.n++;
    byKey.set(key, got);
  }
  if (!byKey.size) return panel.append(el('p', { class: 'muted', text: 'None found.' })), panel;
  const ul = el('ul');
  for (const [key, { e, n }] of byKey) {
    ul.append(el('li', null, el('span', { class: 'ann ent-' + e.type, text: e.canonical || e.text }), ' ',
      el('span', { class: 'muted', title: e.country || null, text: [e.role, countryName(e.country), n > 1 ? '×' + n : null].filter(Boolean).join(' · ') }), ' ',
      el('a', { href: '#/entity/' + encodeURIComponent(key), text: '↗', title: 'Entity page' })));
  }
  panel.append(ul);
  return panel;
}

function timeList(a) {
  if (!(a.times || []).length) return null;
  const ul = el('ul');
  a.times.forEach((t) => ul.append(el('li', null, el('span', { class: 'ann time', text: t.text }), ' = ' + t.value)));
  return el('div', { class: 'panel' }, el('h3', { text: 'Times' }), ul);
}

function captionList(a) {
  if (!(a.captions || []).length) return null;
  const ul = el('ul');
  a.captions.forEach((c) => ul.append(el('li', null, c.text || '', c.credit ? el('span', { class: 'muted', text: ' (credit: ' + c.credit + ')' }) : null)));
  return el('div', { class: 'panel' }, el('h3', { text: 'Captions' }), ul);
}

function attributionBox(a) {
  const at = a.attribution || {};
  if (!at.source_url && !at.source_outlet) return null;
  return el('div', { class: 'panel' }, el('h3', { text: 'Attribution' }),
    el('p', null, 'Source: ', at.source_outlet || '', ' ',
      at.source_url ? el('a', { href: at.source_url, rel: 'noopener noreferrer', target: '_blank', text: at.source_url }) : null,
      at.source_language_hint ? el('span', { class: 'muted', text: ' (probably first written in ' + at.source_language_hint + ')' }) : null));
}

function removedList(a) {
  if (!(a.removed || []).length) return null;
  const ul = el('ul', { class: 'removed' });
  a.removed.forEach((r) => ul.append(el('li', null, el('span', { class: 'reason', text: r.reason }), r.text)));
  return el('div', { class: 'panel' }, el('h3', { text: 'Removed boilerplate' }), ul);
}

function warningList(a) {
  if (!(a.warnings || []).length) return null;
  const ul = el('ul', { class: 'removed' });
  a.warnings.forEach((w) => ul.append(el('li', null, el('span', { class: 'reason', text: w.stage + '/' + w.code }), w.message)));
  return el('div', { class: 'panel' }, el('h3', { text: 'Warnings' }), ul);
}
