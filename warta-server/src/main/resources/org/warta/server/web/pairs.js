// Events between two countries or actors: #/pairs?a=&b=&both=

import { barChart } from './charts.js';
import { api, el, fail, go, show } from './dom.js';
import { eventTable } from './events.js';
import { countryName, quadName } from './names.js';
import { eventTools } from './watch.js';

export async function pairView(params) {
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
    el('p', { class: 'summary', text: res.total + ' events' }), eventTools(q, (a || 'any') + (both ? ' ↔ ' : ' → ') + (b || 'any')),
    barChart(buckets, ['q1', 'q2', 'q3', 'q4'], 'pairs'), key,
    eventTable(res.events, true));
}
