// One entity: #/entity/KEY

import { spanDays, timelineChart } from './charts.js';
import { TYPE_NAMES, api, el, fail, show } from './dom.js';
import { eventTable } from './events.js';
import { countryName, named } from './names.js';
import { appendHits } from './search.js';

export async function entityView(key) {
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
