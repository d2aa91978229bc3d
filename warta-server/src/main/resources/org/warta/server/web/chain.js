// A story's translation and copy chain as a small graph.

import { articleHref, el, svg, truncate } from './dom.js';
import { arrow } from './events.js';
import { named } from './names.js';

// The chain as a small graph: sources on the left, each copy one column to the right of what it names as its
// source. Ties without a named source (translation, republication, same story found by likeness) are dashed,
// and place an article only when nothing names its source: one column right of the nearest article tied to it.
export function chainGraph(chain, articles) {
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
  const g = svg('svg', { class: 'chain-graph', viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, role: 'group', 'aria-label': 'Chain: ' + label });
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
