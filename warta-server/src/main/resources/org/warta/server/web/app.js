// Warta's page: plain DOM, no framework and no build. Article text is untrusted: it only ever reaches the page
// through textContent and attribute values that the browser treats as data, never through HTML parsing.
'use strict';

(function () {
  const main = document.getElementById('main');
  const card = document.getElementById('card');
  const queryInput = document.getElementById('q');
  const SVG = 'http://www.w3.org/2000/svg';
  const FACETS = [
    ['lang', 'Language'], ['outlet', 'Outlet'], ['country', 'Country'],
    ['entity', 'Entity'], ['event', 'Event (CAMEO root)'], ['month', 'Month']
  ];
  const TYPE_NAMES = { PERSON: 'person', ORG: 'organisation', GPE: 'place (country, city)', LOC: 'place' };
  const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

  // ---- DOM helpers

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'href') node.setAttribute('href', safeHref(v));
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v; else node.setAttribute(k, String(v));
    }
    return node;
  }

  // Links are either the page's own routes, the API, or an article's web address when it is http(s).
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('#/') || s.startsWith('/api/')) return s;
    try {
      const u = new URL(s);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch (e) { /* not a URL */ }
    return '#/';
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // A link that opened a view is gone with the old view; keyboard and screen-reader users then start again at the
  // new view's heading rather than at the top of the document. Focus elsewhere (the search box) is left alone.
  function show(...nodes) {
    const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
    clear(main);
    main.append(...nodes);
    const heading = main.querySelector('h1');
    if (heading && (lost || document.activeElement === document.body)) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  function fail(message) { show(el('div', { class: 'error', text: message })); }

  async function api(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({ error: 'the server sent no JSON (' + res.status + ')' }));
    if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
    return body;
  }

  // ---- routing: #/search?..., #/article/ID, #/entity/KEY, #/pairs?..., #/stories?..., #/story/ID

  function route() {
    hideCard();
    const hash = location.hash || '#/';
    const [path, qs] = hash.slice(1).split('?');
    const params = new URLSearchParams(qs || '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] === 'article' && parts[1]) return articleView(parts[1]);
    if (parts[0] === 'entity' && parts[1]) return entityView(parts[1]);
    if (parts[0] === 'pairs') return pairView(params);
    if (parts[0] === 'stories') return storiesView(params);
    if (parts[0] === 'story' && parts[1]) return storyView(parts[1]);
    return searchView(params);
  }

  function go(path, params) {
    const qs = params ? params.toString() : '';
    location.hash = path + (qs ? '?' + qs : '');
  }

  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const params = currentSearchParams();
    params.set('q', queryInput.value.trim());
    if (!params.get('q')) params.delete('q');
    go('#/search', params);
  });

  function currentSearchParams() {
    const hash = location.hash || '';
    if (!hash.startsWith('#/search')) return new URLSearchParams();
    return new URLSearchParams(hash.split('?')[1] || '');
  }

  // ---- search

  async function searchView(params) {
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
    show(el('div', { class: 'layout' },
      el('aside', null, dateFilter(params), facetPanel(result.facets, params)),
      el('section', null, activeFilters(params, result.facets), summary, list, more)));
  }

  function appendHits(list, hits) {
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
          h.published ? el('time', { text: h.published.slice(0, 10) }) : el('span', { text: 'undated' }),
          storyBadge(h.story)),
        snippet, similarLine(h)));
    }
    if (!list.firstChild) list.append(el('p', { class: 'muted', text: 'Nothing matches. Try fewer words or remove a filter.' }));
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

  function countOf(v) {
    if (Array.isArray(v)) return v.length;
    if (v && typeof v === 'object') return Object.keys(v).length;
    return Number(v) || 0;
  }

  function storyHref(id) { return '#/story/' + encodeURIComponent(id); }

  function articleHref(id) { return '#/article/' + encodeURIComponent(id); }

  function langAttr(code) { return code && code !== 'und' ? code : null; }

  let languageNames = null;
  try { languageNames = new Intl.DisplayNames(['en'], { type: 'language' }); } catch (e) { /* codes only */ }

  // The names of codes (languages, countries, CAMEO events, QuadClasses), read once from /api/names before the first
  // view; a code the server has no name for shows as itself.
  let NAMES = { languages: {}, countries: {}, cameo: {}, quad_classes: {} };
  const namesLoaded = api('/api/names').then((n) => { NAMES = n; }).catch(() => { /* codes only */ });

  function languageName(code) {
    if (!code || code === 'und') return 'undetermined';
    if (NAMES.languages[code]) return NAMES.languages[code];
    try { return (languageNames && languageNames.of(code)) || code; } catch (e) { return code; }
  }

  function countryName(code) { return (code && NAMES.countries[code]) || code; }

  function cameoName(code) { return (code && NAMES.cameo[code]) || code; }

  function quadName(k) { return NAMES.quad_classes[k] || QUADS[k] || ''; }

  // The name of a filter or facet value: what a person reads, where the URL and the API keep the code.
  function valueName(dim, value) {
    if (dim === 'lang') return languageName(value);
    if (dim === 'country') return countryName(value);
    if (dim === 'event') return cameoName(value);
    return value;
  }

  // "United States (USA)" in text that has no hover of its own.
  function withCode(name, code) { return code && name !== code ? name + ' (' + code + ')' : code; }

  // A code shown by its name, the code on hover.
  function named(tag, cls, code, name) {
    return el(tag, { class: cls, text: name, title: name !== code ? code : null });
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
    const button = el('button', { type: 'button', class: 'facet-more', text: 'more…', 'aria-label': 'Show every ' + label.toLowerCase() });
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
        if (all.length > FACET_FEW) section.insertBefore(facetFilter(ul, label), ul);
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

  // ---- article

  async function articleView(id) {
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

  function hideCard() { card.hidden = true; }

  function eventRows(d) {
    return [['who', actorName(d.actor1) + arrow(d) + actorName(d.actor2)], ['code', d.cameo + ' ' + cameoName(d.cameo) + (d.root && d.root !== d.cameo ? ' (root ' + d.root + ' ' + cameoName(d.root) + ')' : '')],
      ['kind', quadName(d.quad_class)], ['Goldstein', d.goldstein], ['date', d.date], ['place', d.place],
      ['trigger', d.trigger], ['status', d.status], ['reported by', d.reported_by]];
  }

  /** A mutual event holds both ways. */
  function arrow(e) {
    return e && e.mutual ? ' ↔ ' : ' → ';
  }

  function actorName(a) {
    if (!a) return '?';
    return (a.name || countryName(a.code) || '?') + (a.code ? ' [' + a.code + ']' : '');
  }

  // An actor by its name, its CAMEO code on hover.
  function actorCell(a) {
    if (!a) return el('td', { text: '?' });
    if (typeof a === 'string') return el('td', { text: countryName(a), title: a });
    return el('td', { text: a.name || countryName(a.code) || '?', title: a.code || null });
  }

  // An event code by its name, the code on hover; the QuadClass colours its mark.
  function eventCell(e, extra) {
    const quad = e.quad_class ? el('i', { class: 'quad q' + e.quad_class, title: quadName(e.quad_class) }) : null;
    return el('td', { title: e.cameo ? e.cameo + (e.root && e.root !== e.cameo ? ' (root ' + e.root + ' ' + cameoName(e.root) + ')' : '') : null },
      quad, cameoName(e.cameo || e.root || '') + (extra || ''));
  }

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

  function eventTable(events, withArticle) {
    if (!events || !events.length) return el('p', { class: 'muted', text: 'No events coded.' });
    const head = el('tr', null, ...['date', 'actor 1', 'event', 'actor 2', 'kind', 'evidence'].concat(withArticle ? ['article'] : []).map((h) => el('th', { text: h })));
    const body = events.map((e) => el('tr', null,
      el('td', { text: e.day || e.date || '' }),
      actorCell(e.actor1),
      eventCell(e, (e.trigger ? ' · ' + e.trigger : '') + (e.mutual ? ' (mutual)' : '') + (e.status && e.status !== 'ASSERTED' ? ' (' + e.status.toLowerCase() + ')' : '')),
      actorCell(e.actor2),
      el('td', null, e.quad_class ? el('i', { class: 'quad q' + e.quad_class }) : null, quadName(e.quad_class)),
      el('td', { text: e.evidence || '' }),
      withArticle ? el('td', null, el('a', { href: '#/article/' + encodeURIComponent(e.article_id), text: (e.article && e.article.title) || e.article_id })) : null));
    return el('div', { class: 'panel' }, el('h3', { text: 'Events' }), el('table', { class: 'events' }, el('thead', null, head), el('tbody', null, body)));
  }

  // ---- entity

  async function entityView(key) {
    let ent, events;
    try {
      [ent, events] = await Promise.all([
        api('/api/entities/' + encodeURIComponent(key)),
        api('/api/events?actor=' + encodeURIComponent(key) + '&limit=50')]);
    } catch (e) {
      return fail('Cannot open the entity: ' + e.message);
    }
    const related = el('ul');
    (ent.cooccurring || []).forEach((v) => related.append(el('li', null,
      el('a', { href: '#/entity/' + encodeURIComponent(v.value), class: 'ann ent-' + v.type, text: v.label }), ' ',
      el('span', { class: 'count', text: v.count }))));
    const recent = el('div');
    appendHits(recent, ent.recent || []);
    show(el('div', { class: 'entity' },
      el('h1', { text: ent.name }),
      el('div', { class: 'meta' },
        el('span', { class: 'ann ent-' + ent.type, text: TYPE_NAMES[ent.type] || ent.type || 'entity' }),
        ent.role ? el('span', { text: ent.role }) : null, ent.country ? named('span', null, ent.country, countryName(ent.country)) : null,
        el('span', { text: ent.key }),
        el('a', { href: '#/search?entity=' + encodeURIComponent(ent.key), text: ent.articles + ' articles' })),
      el('h3', { text: 'Articles mentioning it per ' + (spanDays(ent.timeline) > 120 ? 'month' : 'day') }),
      timelineChart(ent.timeline),
      ent.undated ? el('p', { class: 'muted', text: ent.undated + ' undated articles are not in the chart.' }) : null,
      el('div', { class: 'cols' },
        el('div', null, eventTable(events.events, true), el('h3', { text: 'Newest articles' }), recent),
        el('aside', null, el('div', { class: 'panel facet' }, el('h3', { text: 'Mentioned with' }), related)))));
  }

  function spanDays(timeline) {
    if (!timeline || timeline.length < 2) return 0;
    return (Date.parse(timeline[timeline.length - 1].day) - Date.parse(timeline[0].day)) / 86400000;
  }

  function timelineChart(timeline) {
    let buckets = (timeline || []).map((d) => ({ label: d.day, values: [d.articles] }));
    if (spanDays(timeline) > 120) {
      const byMonth = new Map();
      timeline.forEach((d) => byMonth.set(d.day.slice(0, 7), (byMonth.get(d.day.slice(0, 7)) || 0) + d.articles));
      buckets = Array.from(byMonth, ([m, n]) => ({ label: m, values: [n] }));
    }
    return barChart(buckets, ['bar'], 'timeline');
  }

  // Bars (stacked when a bucket has several values), drawn as SVG elements with classes for colours.
  function barChart(buckets, classes, name) {
    const W = 800, H = 220, L = 36, B = 28, T = 10;
    const chart = svg('svg', { class: 'chart ' + name, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': name + ' chart' });
    if (!buckets.length) {
      chart.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'no dated data' }));
      return chart;
    }
    const max = Math.max(1, ...buckets.map((b) => b.values.reduce((s, v) => s + v, 0)));
    const step = (W - L - 10) / buckets.length;
    const barW = Math.max(1, Math.min(40, step * 0.8));
    chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - 5, y2: H - B }));
    chart.append(svg('text', { x: L - 6, y: T + 8, 'text-anchor': 'end', text: max }));
    chart.append(svg('text', { x: L - 6, y: H - B, 'text-anchor': 'end', text: 0 }));
    const every = Math.ceil(buckets.length / 10);
    buckets.forEach((b, i) => {
      let y = H - B;
      const x = L + i * step + (step - barW) / 2;
      b.values.forEach((v, k) => {
        if (!v) return;
        const h = (H - B - T) * v / max;
        y -= h;
        const rect = svg('rect', { class: classes[k] || 'bar', x: x, y: y, width: barW, height: h });
        rect.append(svg('title', { text: b.label + ': ' + v }));
        chart.append(rect);
      });
      if (i % every === 0) chart.append(svg('text', { x: x + barW / 2, y: H - 10, 'text-anchor': 'middle', text: b.label }));
    });
    return chart;
  }

  // ---- stories: #/stories?q=&lang=&country=&entity=&from=&to=&sort=

  const STORY_FILTERS = [['q', 'Words'], ['lang', 'Language'], ['country', 'Country'], ['entity', 'Entity'],
    ['from', 'From'], ['to', 'To']];

  async function storiesView(params) {
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

  function dateRange(first, last) {
    const a = first ? first.slice(0, 10) : null;
    const b = last ? last.slice(0, 10) : null;
    if (!a && !b) return el('span', { text: 'undated' });
    return el('span', { class: 'dates-seen' }, el('time', { text: a || b }),
      b && b !== a ? ' – ' : null, b && b !== a ? el('time', { text: b }) : null);
  }

  // ---- one story: #/story/ID

  async function storyView(id) {
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
    const chart = svg('svg', { class: 'chart story-timeline', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
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

  // The chain as a small graph: sources on the left, each copy one column to the right of what it names as its
  // source. Ties without a named source (translation, republication, same story found by likeness) are dashed,
  // and place an article only when nothing names its source: one column right of the nearest article tied to it.
  function chainGraph(chain, articles) {
    const nodes = (chain && chain.nodes) || [];
    const edges = ((chain && chain.edges) || []).filter((e) => e.from !== e.to);
    const box = el('div', { class: 'chain' });
    if (!edges.length) {
      box.append(el('p', { class: 'muted', text: 'No article in this story is a translation or copy of another.' }));
      return box;
    }
    const info = new Map(articles.map((a) => [a.id, a]));
    nodes.forEach((n) => info.set(n.id, Object.assign({}, info.get(n.id) || {}, n)));
    // an edge goes from the source to its copy, and is named by what the copy is to it (translated_from…)
    const arrows = edges.map((e) => ({ src: e.from, dst: e.to, e, named: /_from$/.test(String(e.relation)) }));
    const ids = [];
    const seen = new Set();
    const add = (id) => { if (!seen.has(id)) { seen.add(id); ids.push(id); } };
    nodes.forEach((n) => add(n.id));
    arrows.forEach((a) => { add(a.src); add(a.dst); });
    const published = (id) => (info.get(id) || {}).published || '9999';
    ids.sort((p, q) => published(p).localeCompare(published(q)));
    const drawn = treeOf(ids, arrows);
    const depth = layers(ids, drawn);
    const columns = [];
    ids.forEach((id) => { const d = depth.get(id); (columns[d] = columns[d] || []).push(id); });
    const NW = 170, NH = 44, GX = 130, GY = 30, PAD = 10, LOOP = 46;
    const pos = new Map();
    let rows = 0;
    columns.forEach((col, d) => {
      (col || []).forEach((id, i) => pos.set(id, { x: PAD + d * (NW + GX), y: PAD + i * (NH + GY) }));
      rows = Math.max(rows, (col || []).length);
    });
    const W = PAD * 2 + columns.length * NW + (columns.length - 1) * GX + LOOP + 90;
    const H = PAD * 2 + rows * NH + (rows - 1) * GY;
    const label = arrows.map((a) => nodeLabel(info.get(a.src), a.src) + ' → ' + nodeLabel(info.get(a.dst), a.dst) + ' (' + a.e.relation + ')').join('; ');
    const g = svg('svg', { class: 'chain-graph', viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'img', 'aria-label': 'Chain: ' + label });
    const defs = svg('defs');
    const marker = svg('marker', { id: 'chain-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }));
    defs.append(marker);
    g.append(defs);
    // named ties last, so that they are drawn over the dashed ones
    drawn.slice().sort((a, b) => a.named - b.named).forEach((a) => {
      const { d, lx, ly, anchor } = edgePath(pos.get(a.src), pos.get(a.dst), NW, NH, LOOP);
      g.append(svg('path', { class: 'edge rel-' + a.e.relation + (a.named ? '' : ' inferred'), d: d, 'marker-end': 'url(#chain-arrow)' }));
      g.append(svg('text', { class: 'edge-label' + (a.named ? '' : ' inferred'), x: lx, y: ly, 'text-anchor': anchor,
        text: a.e.relation + (a.e.score != null && !a.named ? ' ' + Number(a.e.score).toFixed(2) : '') }));
    });
    for (const id of ids) {
      const n = info.get(id) || { id };
      const p = pos.get(id);
      const link = svg('a', { href: articleHref(id), class: 'node', 'data-id': id });
      link.append(svg('title', { text: (n.title || id) + (n.published ? ' (' + n.published + ')' : '') }));
      link.append(svg('rect', { x: p.x, y: p.y, width: NW, height: NH, rx: 6 }));
      link.append(svg('text', { class: 'node-lang', x: p.x + 10, y: p.y + 18, text: (n.language || 'und').toUpperCase() + (n.published ? ' · ' + n.published.slice(0, 10) : '') }));
      link.append(svg('text', { class: 'node-outlet', x: p.x + 10, y: p.y + 35, text: truncate(n.outlet || n.title || id, 22) }));
      g.append(link);
    }
    const list = el('ul', { class: 'chain-edges' }, ...arrows.map((a) => el('li', { 'data-relation': a.e.relation },
      el('a', { href: articleHref(a.src), text: nodeLabel(info.get(a.src), a.src) }), ' → ',
      el('a', { href: articleHref(a.dst), text: nodeLabel(info.get(a.dst), a.dst) }), ' ',
      el('span', { class: 'relation', text: a.e.relation }),
      a.e.score != null ? el('span', { class: 'muted', text: ' ' + Number(a.e.score).toFixed(2) }) : null)));
    box.append(el('p', { class: 'muted', text: 'Each arrow points from an article to its translation or copy, labelled with '
      + 'what the copy is to it: solid when the copy names its source, dashed when only the likeness of the texts shows '
      + 'it (then the likeliest source is drawn; the list below has every tie). Nodes open the article.' }),
    el('div', { class: 'chain-scroll' }, g), list);
    return box;
  }

  // What the graph draws: every named source, and for an article whose source is not named its closest tie.
  function treeOf(ids, arrows) {
    const namedIn = new Set(arrows.filter((a) => a.named).map((a) => a.dst));
    const best = new Map();
    for (const a of arrows) {
      if (a.named || namedIn.has(a.dst)) continue;
      const got = best.get(a.dst);
      if (!got || (a.e.score || 0) > (got.e.score || 0)) best.set(a.dst, a);
    }
    return arrows.filter((a) => a.named || best.get(a.dst) === a);
  }

  // Columns: the longest chain of named sources above an article; an article whose source is not named goes one
  // column right of the nearest article tied to it. Bounded passes, so that a cycle cannot hang the page.
  function layers(ids, arrows) {
    const depth = new Map(ids.map((id) => [id, 0]));
    const namedIn = new Set(arrows.filter((a) => a.named).map((a) => a.dst));
    for (let round = 0; round < ids.length; round++) {
      let moved = false;
      for (const a of arrows) {
        const want = depth.get(a.src) + 1;
        if (want >= ids.length) continue;
        if (a.named && depth.get(a.dst) < want) { depth.set(a.dst, want); moved = true; }
      }
      for (const id of ids) {
        if (namedIn.has(id)) continue;
        const from = arrows.filter((a) => a.dst === id && a.src !== id).map((a) => depth.get(a.src) + 1);
        const want = from.length ? Math.min(...from) : 0;
        if (want !== depth.get(id) && want < ids.length) { depth.set(id, want); moved = true; }
      }
      if (!moved) break;
    }
    // close gaps left by columns that ended up empty
    const used = Array.from(new Set(depth.values())).sort((a, b) => a - b);
    const compact = new Map(used.map((d, i) => [d, i]));
    ids.forEach((id) => depth.set(id, compact.get(depth.get(id))));
    return depth;
  }

  // A forward edge is a curve from the source's right side to the copy's left side; within one column it loops out
  // to the right; backwards it runs from the source's left side to the copy's right side.
  function edgePath(p, q, NW, NH, LOOP) {
    const y1 = p.y + NH / 2, y2 = q.y + NH / 2;
    if (q.x > p.x) {
      const x1 = p.x + NW, x2 = q.x, mid = (x1 + x2) / 2;
      return { d: 'M' + x1 + ',' + y1 + ' C' + mid + ',' + y1 + ' ' + mid + ',' + y2 + ' ' + x2 + ',' + y2,
        lx: mid, ly: (y1 + y2) / 2 - 5, anchor: 'middle' };
    }
    if (q.x === p.x) {
      const x = p.x + NW;
      return { d: 'M' + x + ',' + y1 + ' C' + (x + LOOP) + ',' + y1 + ' ' + (x + LOOP) + ',' + y2 + ' ' + x + ',' + y2,
        lx: x + LOOP * 0.75 + 4, ly: (y1 + y2) / 2 + 4, anchor: 'start' };
    }
    const x1 = p.x, x2 = q.x + NW, mid = (x1 + x2) / 2;
    return { d: 'M' + x1 + ',' + y1 + ' C' + mid + ',' + y1 + ' ' + mid + ',' + y2 + ' ' + x2 + ',' + y2,
      lx: mid, ly: (y1 + y2) / 2 - 5, anchor: 'middle' };
  }

  function nodeLabel(n, id) {
    if (!n) return id;
    return (n.language || 'und') + ' · ' + (n.outlet || truncate(n.title || id, 40));
  }

  function truncate(s, max) { return s.length <= max ? s : s.slice(0, max - 1) + '…'; }

  // ---- country pairs

  async function pairView(params) {
    const a = (params.get('a') || '').toUpperCase();
    const b = (params.get('b') || '').toUpperCase();
    const both = params.get('both') !== 'false';
    const ia = el('input', { type: 'text', value: a, placeholder: 'RUS', 'aria-label': 'Actor 1 country', maxlength: 20 });
    const ib = el('input', { type: 'text', value: b, placeholder: 'USA', 'aria-label': 'Actor 2 country', maxlength: 20 });
    const ic = el('input', { type: 'checkbox', checked: both, id: 'both' });
    const form = el('form', { class: 'pairform', onsubmit: (e) => {
      e.preventDefault();
      const p = new URLSearchParams();
      if (ia.value.trim()) p.set('a', ia.value.trim().toUpperCase());
      if (ib.value.trim()) p.set('b', ib.value.trim().toUpperCase());
      if (!ic.checked) p.set('both', 'false');
      go('#/pairs', p);
    } }, 'Events between', ia, 'and', ib, el('label', null, ic, ' both directions'), el('button', { type: 'submit', text: 'Show' }));
    if (!a && !b) {
      return show(el('h1', { text: 'Country pairs' }), form,
        el('p', { class: 'muted', text: 'Give two CAMEO country codes (RUS, USA, IDN, VNM…) or actor codes (RUSGOV) to see their events over time.' }));
    }
    const q = new URLSearchParams({ limit: '100' });
    if (a) q.set('actor1', a);
    if (b) q.set('actor2', b);
    if (both) q.set('both', 'true');
    let res;
    try {
      res = await api('/api/events?' + q.toString());
    } catch (e) {
      return fail('Cannot load events: ' + e.message);
    }
    const buckets = res.timeline.map((m) => ({ label: m.month, values: [m.verbal_cooperation, m.material_cooperation, m.verbal_conflict, m.material_conflict] }));
    const key = el('div', { class: 'key' }, ...[1, 2, 3, 4].map((k) => el('span', null, el('i', { class: 'q' + k }), quadName(k))));
    show(el('h1', { text: (a ? countryName(a) : 'any') + (both ? ' ↔ ' : ' → ') + (b ? countryName(b) : 'any'), title: (a || 'any') + ' ' + (b || 'any') }), form,
      el('p', { class: 'summary', text: res.total + ' events' }),
      barChart(buckets, ['q1', 'q2', 'q3', 'q4'], 'pairs'), key,
      eventTable(res.events, true));
  }

  window.addEventListener('hashchange', route);
  window.addEventListener('scroll', hideCard, { passive: true });
  namesLoaded.then(route);
})();
