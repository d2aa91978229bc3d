// Events between two countries or actors: #/pairs?a=&b=&root=&both=
// Countries are picked by name and kept in the URL by code; events count by the day each is dated (its own, else
// its article's), and those with no day at all are counted beside the chart.

import { barChart } from './charts.js';
import { api, el, fail, go, show, svg } from './dom.js';
import { eventTable } from './events.js';
import { cameoName, countryName, namesOf, quadName } from './names.js';
import { eventTools } from './watch.js';

const PAGE = 10;
const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
// Chart geometry shared by the bars and the Goldstein line below them, so that months line up.
const W = 800, L = 36, R = 10;

// What a picker holds, as the API wants it: a country typed by its name ("Russia"), or a code as it is (RUS,
// RUSGOV, a kb id).
export function codeOf(value) {
  const v = (value || '').trim();
  if (!v) return '';
  const lower = v.toLowerCase();
  const byName = Object.entries(namesOf('countries')).find(([, name]) => name.toLowerCase() === lower);
  if (byName) return byName[0];
  return /^[A-Za-z]{3,}$/.test(v) ? v.toUpperCase() : v;
}

function pickerValue(code) {
  const name = countryName(code);
  return name && name !== code ? name : code;
}

function countryPicker(code, label) {
  return el('input', { type: 'text', class: 'country', list: 'pair-countries', value: pickerValue(code),
    placeholder: 'country name or code', 'aria-label': label, title: code || null, maxlength: 60 });
}

function countryList() {
  return el('datalist', { id: 'pair-countries' },
    Object.entries(namesOf('countries')).map(([code, name]) => el('option', { value: name, label: code })));
}

function rootPicker(root) {
  return el('select', { 'aria-label': 'Event type (CAMEO root)', class: 'root' },
    el('option', { value: '', text: 'any event type' }),
    ROOTS.map((r) => el('option', { value: r, selected: r === root, title: r, text: cameoName(r) })));
}

function pairForm(a, b, root, both) {
  const ia = countryPicker(a, 'First country');
  const ib = countryPicker(b, 'Second country');
  const ir = rootPicker(root);
  const ic = el('input', { type: 'checkbox', checked: both, id: 'both' });
  const submit = (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    const ca = codeOf(ia.value), cb = codeOf(ib.value);
    if (ca) p.set('a', ca);
    if (cb) p.set('b', cb);
    if (ir.value) p.set('root', ir.value);
    p.set('both', ic.checked ? 'true' : 'false');
    go('#/pairs', p);
  };
  return el('form', { class: 'pairform', onsubmit: submit }, 'Events between', ia, 'and', ib, ir,
    el('label', null, ic, ' both directions'), el('button', { type: 'submit', text: 'Show' }), countryList());
}

// Every month from the first to the last, so that the bars stand on a true time axis (gaps shown as gaps).
export function everyMonth(timeline) {
  if (!timeline.length) return [];
  const byMonth = new Map(timeline.map((m) => [m.month, m]));
  const [y0, m0] = timeline[0].month.split('-').map(Number);
  const [y1, m1] = timeline[timeline.length - 1].month.split('-').map(Number);
  const span = (y1 - y0) * 12 + (m1 - m0);
  if (span > 240) return timeline;
  const out = [];
  for (let i = 0; i <= span; i++) {
    const y = y0 + Math.floor((m0 - 1 + i) / 12), m = (m0 - 1 + i) % 12 + 1;
    const key = y + '-' + String(m).padStart(2, '0');
    out.push(byMonth.get(key) || { month: key, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, total: 0, goldstein_average: null });
  }
  return out;
}

// The mean Goldstein value per month (-10 conflict to +10 cooperation), on the bars' month positions.
function goldsteinChart(months) {
  const H = 110, T = 8, B = 8;
  const chart = svg('svg', { class: 'chart goldstein', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'Goldstein average per month' });
  const y = (g) => T + (H - T - B) * (10 - g) / 20;
  const step = (W - L - R) / Math.max(1, months.length);
  chart.append(svg('line', { class: 'axis', x1: L, y1: y(0), x2: W - 5, y2: y(0) }));
  [10, 0, -10].forEach((g) => chart.append(svg('text', { x: L - 6, y: y(g) + 4, 'text-anchor': 'end', text: (g > 0 ? '+' : '') + g })));
  const points = [];
  months.forEach((m, i) => {
    if (m.goldstein_average === null || m.goldstein_average === undefined) return;
    const p = { x: L + i * step + step / 2, y: y(m.goldstein_average) };
    points.push(p);
    const dot = svg('circle', { class: 'point', cx: p.x, cy: p.y, r: 3.5 });
    dot.append(svg('title', { text: m.month + ': Goldstein ' + m.goldstein_average + ' over ' + m.total + ' events' }));
    chart.append(dot);
    if (months.length <= 24) chart.append(svg('text', { class: 'value', x: p.x, y: p.y - 7, 'text-anchor': 'middle', text: m.goldstein_average }));
  });
  if (points.length) {
    chart.prepend(svg('polyline', { class: 'line', points: points.map((p) => p.x + ',' + p.y).join(' ') }));
  }
  return chart;
}

function undatedNote(res) {
  return el('aside', { class: 'undated', 'aria-label': 'Undated events' },
    el('strong', { class: 'undated-count', text: String(res.undated || 0) }),
    (res.undated === 1 ? ' event' : ' events') + ' with no date',
    el('p', { class: 'muted', text: 'Neither the event nor its article gives a day; counted in the total, not in the chart.' }));
}

function eventsQuery(a, b, root, both, cursor) {
  const q = new URLSearchParams({ limit: String(PAGE) });
  if (a) q.set('actor1', a);
  if (b) q.set('actor2', b);
  if (root) q.set('root', root);
  if (both) q.set('both', 'true');
  if (cursor) q.set('cursor', cursor);
  return '/api/events?' + q.toString();
}

// The event table a page at a time: "More events" adds the next page below.
function pagedTable(res, query) {
  const panel = eventTable(res.events, true);
  const body = panel.querySelector('tbody');
  const status = el('p', { class: 'muted shown' });
  let next = res.next_cursor;
  const more = el('button', { type: 'button', class: 'more', text: 'More events' });
  const update = () => {
    status.textContent = 'Showing ' + (body ? body.children.length : 0) + ' of ' + res.total + ' events';
    more.hidden = !next;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await api(query(next));
      const rows = eventTable(page.events, true).querySelector('tbody');
      if (rows && body) body.append(...Array.from(rows.children));
      next = page.next_cursor;
    } catch (e) {
      status.textContent = 'Cannot load more events: ' + e.message;
      return;
    } finally {
      more.disabled = false;
    }
    update();
  });
  update();
  return el('div', { class: 'paged' }, panel, status, more);
}

export async function pairView(params) {
  const a = (params.get('a') || '').trim();
  const b = (params.get('b') || '').trim();
  const root = params.get('root') || '';
  const both = params.get('both') !== 'false';
  const form = pairForm(a, b, root, both);
  if (!a && !b) {
    return show(el('h1', { text: 'Country pairs' }), form,
      el('p', { class: 'muted', text: 'Pick two countries by name (or give CAMEO actor codes such as RUSGOV) to see their events over time.' }));
  }
  const query = (cursor) => eventsQuery(a, b, root, both, cursor);
  let res;
  try {
    res = await api(query(null));
  } catch (e) {
    return fail('Cannot load events: ' + e.message);
  }
  const months = everyMonth(res.timeline);
  const buckets = months.map((m) => ({ label: m.month, values: [m.verbal_cooperation, m.material_cooperation, m.verbal_conflict, m.material_conflict] }));
  const key = el('div', { class: 'key' }, ...[1, 2, 3, 4].map((k) => el('span', null, el('i', { class: 'q' + k }), quadName(k))));
  const title = (a ? countryName(a) : 'any') + (both ? ' ↔ ' : ' → ') + (b ? countryName(b) : 'any') + (root ? ': ' + cameoName(root) : '');
  show(el('h1', { text: title, title: (a || 'any') + ' ' + (b || 'any') + (root ? ' ' + root : '') }), form,
    el('p', { class: 'summary', text: res.total + ' events' }),
    eventTools(new URLSearchParams(query(null).split('?')[1]), title),
    el('div', { class: 'pair-charts' },
      el('div', { class: 'pair-plots' }, barChart(buckets, ['q1', 'q2', 'q3', 'q4'], 'pairs'), key,
        el('h3', { class: 'plot-title', text: 'Goldstein average per month' }), goldsteinChart(months)),
      undatedNote(res)),
    pagedTable(res, query));
}
