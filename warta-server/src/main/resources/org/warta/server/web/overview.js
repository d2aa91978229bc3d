// The overview, the start page: #/ and #/overview?days=&from=&to=&lang=&map=events. Articles per day by language,
// the largest and fastest-growing stories, who and what is most mentioned against the period before, and a world
// map shaded by mentions or by events.

import { api, el, fail, show, storyHref, svg } from './dom.js';
import { countryName, countryOfNumeric, languageName } from './names.js';

const PERIODS = [['7', '7 days'], ['30', '30 days'], ['90', '90 days'], ['365', 'a year'], ['all', 'everything']];
const PALETTE = 8;       // language colours lang-c0 .. lang-c7; further languages share "other"
const STEPS = 5;         // map shades m1 .. m5
const MAP_W = 960, NORTH = 84, SOUTH = -57, K = MAP_W / 360;

let world = null;

export async function overviewView(params) {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'days', 'lang']) if (params.get(k)) q.set(k, params.get(k));
  let data, shapes;
  try {
    [data, shapes] = await Promise.all([api('/api/overview?' + q.toString()), worldShapes()]);
  } catch (e) {
    return fail('The overview could not be loaded: ' + e.message);
  }
  const byEvents = params.get('map') === 'events';
  show(el('div', { class: 'overview' },
    el('h1', { text: 'Overview' }),
    controls(data, params),
    volume(data),
    el('div', { class: 'overview-grid' },
      storyList('Largest stories', data.largest, false, 'largest'),
      storyList('Fastest-growing stories', data.growing, true, 'growing'),
      trendList('People', data.people, 'people', data, params),
      trendList('Organisations', data.organisations, 'organisations', data, params),
      trendList('Countries', data.countries, 'countries', data, params)),
    worldMap(data, shapes, byEvents, params)));
}

// ---- period and language

function periodText(d) {
  if (!d.from) return 'No article is dated yet.';
  return d.from + ' to ' + d.to + ', against ' + d.previous_from + ' to ' + d.previous_to + ' · '
    + d.articles + ' dated articles';
}

function overviewHref(params, changes) {
  const p = new URLSearchParams(params.toString());
  for (const [k, v] of Object.entries(changes)) { if (v === null) p.delete(k); else p.set(k, v); }
  const qs = p.toString();
  return '#/overview' + (qs ? '?' + qs : '');
}

function controls(d, params) {
  const current = params.get('from') || params.get('to') ? null : (params.get('days') || '30');
  const periods = el('nav', { class: 'overview-periods', 'aria-label': 'Period' },
    PERIODS.map(([v, text]) => el('a', { href: overviewHref(params, { days: v, from: null, to: null }), text: text,
      class: v === current ? 'chip on' : 'chip', 'aria-current': v === current ? 'true' : null })));
  const lang = params.get('lang');
  const langs = el('nav', { class: 'overview-langs', 'aria-label': 'Language' },
    el('a', { href: overviewHref(params, { lang: null }), text: 'all languages', class: lang ? 'chip' : 'chip on' }),
    d.languages.slice(0, 12).map((l) => el('a', { href: overviewHref(params, { lang: l.language }),
      text: languageName(l.language), title: l.language, class: l.language === lang ? 'chip on' : 'chip' })));
  return el('div', { class: 'overview-controls' }, el('p', { class: 'summary', text: periodText(d) }), periods, langs);
}

// ---- volume by language

function languageClasses(d) {
  const classes = new Map();
  d.languages.forEach((l, i) => classes.set(l.language, i < PALETTE ? 'lang-c' + i : 'lang-other'));
  return classes;
}

function volume(d) {
  const classes = languageClasses(d);
  const order = d.languages.map((l) => l.language);
  const W = 800, H = 220, L = 40, B = 28, T = 10;
  const chart = svg('svg', { class: 'chart volume', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
    'aria-label': 'Articles per ' + d.bucket + ' by language' });
  const max = Math.max(1, ...d.volume.map((b) => b.total));
  const step = (W - L - 10) / Math.max(1, d.volume.length);
  const barW = Math.max(1, Math.min(40, step * 0.8));
  chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - 5, y2: H - B }));
  chart.append(svg('text', { x: L - 6, y: T + 8, 'text-anchor': 'end', text: max }));
  chart.append(svg('text', { x: L - 6, y: H - B, 'text-anchor': 'end', text: 0 }));
  const every = Math.ceil(d.volume.length / 8);
  d.volume.forEach((b, i) => {
    const x = L + i * step + (step - barW) / 2;
    let y = H - B;
    for (const code of order) {
      const n = b.counts[code];
      if (!n) continue;
      const h = (H - B - T) * n / max;
      y -= h;
      const rect = svg('rect', { class: 'bar ' + classes.get(code), x: x, y: y, width: barW, height: h });
      rect.append(svg('title', { text: b.label + ' · ' + languageName(code) + ': ' + n }));
      chart.append(rect);
    }
    if (i % every === 0) chart.append(svg('text', { x: x + barW / 2, y: H - 10, 'text-anchor': 'middle', text: b.label }));
  });
  if (!d.volume.length) chart.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'no dated articles' }));
  const legend = el('ul', { class: 'key overview-key', 'aria-label': 'Languages' },
    d.languages.map((l) => el('li', null, el('i', { class: classes.get(l.language) }),
      el('a', { href: '#/search?lang=' + encodeURIComponent(l.language), text: languageName(l.language) }),
      ' ', el('span', { class: 'count', text: l.articles }))));
  const side = el('aside', { class: 'panel undated' },
    el('h3', { text: 'Undated' }),
    el('p', { class: 'undated-count' }, el('strong', { text: d.undated }), ' articles with no publication date'),
    el('p', { class: 'muted', text: 'They belong to no period, so they are counted here rather than in the chart.' }));
  return el('section', { class: 'overview-volume', 'aria-label': 'Volume' },
    el('div', { class: 'volume-chart' }, chart, legend), side);
}

// ---- stories and trends

function storyList(title, stories, growing, name) {
  const list = el('ol', { class: 'overview-stories ' + name });
  for (const s of stories) {
    const gain = s.articles - s.before;
    list.append(el('li', null,
      el('a', { href: storyHref(s.id), text: s.title || s.id }),
      el('span', { class: 'count', text: growing ? ' +' + gain + ' (' + s.before + ' → ' + s.articles + ')'
        : ' ' + s.articles + (s.articles === 1 ? ' article' : ' articles') })));
  }
  if (!stories.length) list.append(el('li', { class: 'muted', text: growing ? 'no story grew' : 'no story' }));
  return el('section', { class: 'panel' }, el('h3', { text: title }), list);
}

function change(t) {
  const diff = t.articles - t.before;
  if (t.before === 0) return el('span', { class: 'change up', title: 'none in the period before', text: 'new' });
  if (diff === 0) return el('span', { class: 'change same', title: t.before + ' in the period before', text: '=' });
  return el('span', { class: 'change ' + (diff > 0 ? 'up' : 'down'), title: t.before + ' in the period before',
    text: (diff > 0 ? '▲ +' : '▼ −') + Math.abs(diff) });
}

// The search filters that keep a link to the search within what the overview counted.
function scope(d, params) {
  return (d.from ? '&from=' + d.from + '&to=' + d.to : '')
    + (params.get('lang') ? '&lang=' + encodeURIComponent(params.get('lang')) : '');
}

function trendList(title, trends, name, d, params) {
  const list = el('ol', { class: 'overview-trends ' + name });
  const period = scope(d, params);
  for (const t of trends) {
    const isCountry = t.type === 'COUNTRY';
    const label = isCountry ? countryName(t.key) : t.name;
    const href = isCountry ? '#/search?country=' + encodeURIComponent(t.key) + period
      : '#/entity/' + encodeURIComponent(t.key);
    const articles = isCountry ? null
      : el('a', { class: 'count', href: '#/search?entity=' + encodeURIComponent(t.key) + period, text: t.articles,
        title: 'articles of the period that mention ' + label });
    list.append(el('li', { 'data-key': t.key },
      el('a', { href: href, text: label, title: isCountry ? t.key : null }),
      articles || el('span', { class: 'count', text: t.articles }), change(t)));
  }
  if (!trends.length) list.append(el('li', { class: 'muted', text: 'none' }));
  return el('section', { class: 'panel' }, el('h3', { text: title }), list);
}

// ---- the world map

function worldShapes() {
  if (!world) world = fetch('/countries-110m.json').then((r) => r.json()).then(decode);
  return world;
}

// TopoJSON: arcs are delta-encoded integer positions, turned into degrees by the transform; a polygon's rings list
// arc indexes, a negative index ~i meaning arc i reversed. Each ring becomes one closed SVG subpath.
function decode(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indexes) => {
    const points = [];
    for (const i of indexes) {
      const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      arc.forEach((p, k) => { if (k > 0 || !points.length) points.push(p); });
    }
    // A ring that crosses the antimeridian (Chukotka, Fiji) is kept in one piece past the map's edge, which the
    // view clips, rather than drawn across the whole map.
    let previous = null;
    const unwrapped = points.map(([lon, lat]) => {
      while (previous !== null && lon - previous > 180) lon -= 360;
      while (previous !== null && previous - lon > 180) lon += 360;
      previous = lon;
      return [lon, lat];
    });
    return 'M' + unwrapped.map(([lon, lat]) => project(lon, lat)).join('L') + 'Z';
  };
  return topo.objects.countries.geometries
    .filter((g) => g.arcs && g.id !== '010')           // Antarctica would take a third of the height
    .map((g) => {
      const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
      return { id: g.id || null, name: g.properties && g.properties.name, d: polygons.map((rings) => rings.map(ring).join('')).join('') };
    });
}

// Equirectangular, the far north and south cut off.
function project(lon, lat) {
  const y = Math.max(SOUTH, Math.min(NORTH, lat));
  return ((lon + 180) * K).toFixed(1) + ',' + ((NORTH - y) * K).toFixed(1);
}

// Shade 1..5 on a logarithmic scale, so a country with a few articles still shows beside one with hundreds.
function shade(n, max) {
  if (!n) return 0;
  return Math.max(1, Math.min(STEPS, Math.ceil(STEPS * Math.log(1 + n) / Math.log(1 + max) - 1e-9)));
}

// The counts a shade stands for, [lo, hi]; lo > hi when no count falls on it.
function bounds(step, max) {
  const at = (k) => Math.floor(Math.exp(Math.log(1 + max) * k / STEPS) - 1 + 1e-9);
  return [at(step - 1) + 1, at(step)];
}

function worldMap(d, shapes, byEvents, params) {
  const counts = byEvents ? d.country_events : d.country_mentions;
  const unit = byEvents ? 'events' : 'articles';
  const max = Math.max(1, ...Object.values(counts));
  const period = scope(d, params);
  const map = svg('svg', { class: 'world ' + (byEvents ? 'by-events' : 'by-mentions'),
    viewBox: '0 0 ' + MAP_W + ' ' + ((NORTH - SOUTH) * K).toFixed(0), role: 'group',
    'aria-label': 'World map of ' + unit + ' per country' });
  const drawn = new Set();
  for (const s of shapes) {
    const code = s.id ? countryOfNumeric(s.id) : null;
    const n = code ? counts[code] || 0 : 0;
    const path = svg('path', { d: s.d, class: 'country m' + shade(n, max), 'data-country': code || '' });
    const name = code ? countryName(code) : s.name;
    path.append(svg('title', { text: name + ': ' + n + ' ' + unit }));
    if (code) drawn.add(code);
    if (n > 0) {
      const link = svg('a', { href: '#/search?country=' + encodeURIComponent(code) + period, 'aria-label': name + ': ' + n + ' ' + unit });
      link.append(path);
      map.append(link);
    } else {
      map.append(path);
    }
  }
  const toggle = el('div', { class: 'map-toggle', role: 'group', 'aria-label': 'Shade by' },
    el('a', { href: overviewHref(params, { map: null }), text: 'Mentions', class: byEvents ? 'chip' : 'chip on', 'aria-current': byEvents ? null : 'true' }),
    el('a', { href: overviewHref(params, { map: 'events' }), text: 'Events', class: byEvents ? 'chip on' : 'chip', 'aria-current': byEvents ? 'true' : null }));
  const legend = el('ul', { class: 'key map-key', 'aria-label': 'Scale' },
    el('li', null, el('i', { class: 'm0' }), 'none'),
    Array.from({ length: STEPS }, (_, k) => k + 1).filter((k) => bounds(k, max)[0] <= bounds(k, max)[1]).map((k) => {
      const [lo, hi] = bounds(k, max);
      return el('li', null, el('i', { class: 'm' + k }), lo === hi ? String(lo) : lo + '–' + hi);
    }));
  const missing = Object.entries(counts).filter(([code, n]) => n > 0 && !drawn.has(code));
  const elsewhere = missing.length ? el('p', { class: 'map-missing' }, 'Not on the map: ',
    missing.map(([code, n], i) => [i ? ', ' : '', el('a', { href: '#/search?country=' + encodeURIComponent(code) + period,
      text: countryName(code) }), ' ' + n])) : null;
  return el('section', { class: 'panel overview-map', 'aria-label': 'Map' },
    el('h3', { text: byEvents ? 'Events per actor country' : 'Articles per country' }),
    toggle, map, legend, elsewhere,
    el('p', { class: 'muted credit', text: 'Country shapes: Natural Earth (public domain), via world-atlas.' }));
}
