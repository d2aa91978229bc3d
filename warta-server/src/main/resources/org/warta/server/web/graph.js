// The entities mentioned with one entity, drawn around it: a radial layout (the more articles a neighbour shares,
// the nearer the centre and the larger its circle) relaxed by a few hundred steps of forces (neighbours push each
// other apart, pairs mentioned together pull together), the same drawing for the same data.

import { TYPE_NAMES, el, svg } from './dom.js';

const W = 860, H = 500, CX = W / 2, CY = H / 2;
const R_NEAR = 80, R_FAR = 200;
// the rings' stretch across and down
const RX = 1.5, RY = 0.95;
const STEPS = 300;

export function entityHref(key) { return '#/entity/' + encodeURIComponent(key); }

function typeClass(type) { return 'g-' + (type || 'OTHER'); }

// Positions of the nodes: start on rings by weight, grouped by type so colours sit together, then relax.
export function layout(nodes, edges) {
  const max = Math.max(1, ...nodes.map((n) => n.articles));
  const order = nodes.map((n, i) => i).sort((a, b) => String(nodes[a].type).localeCompare(String(nodes[b].type)) || a - b);
  const pos = new Array(nodes.length);
  const target = nodes.map((n) => R_NEAR + (R_FAR - R_NEAR) * (1 - Math.sqrt(n.articles / max)));
  order.forEach((i, k) => {
    const angle = 2 * Math.PI * k / Math.max(1, nodes.length) - Math.PI / 2;
    pos[i] = { x: CX + RX * target[i] * Math.cos(angle), y: CY + RY * target[i] * Math.sin(angle) };
  });
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.articles]).filter((l) => l[0] !== undefined && l[1] !== undefined);
  const maxLink = Math.max(1, ...links.map((l) => l[2]));
  for (let step = 0; step < STEPS; step++) {
    const cool = 1 - step / STEPS;
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let a = 0; a < pos.length; a++) {
      for (let b = a + 1; b < pos.length; b++) {
        const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
        const d2 = Math.max(25, dx * dx + dy * dy);
        const f = 900 / d2;
        move[a].x += dx * f; move[a].y += dy * f; move[b].x -= dx * f; move[b].y -= dy * f;
      }
    }
    for (const [a, b, w] of links) {
      const f = 0.004 * w / maxLink;
      const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
      move[a].x += dx * f; move[a].y += dy * f; move[b].x -= dx * f; move[b].y -= dy * f;
    }
    pos.forEach((p, i) => {
      // each node keeps to its ring (an ellipse, as wide as the drawing): its distance from the centre says how
      // much it shares with the entity
      const dx = p.x - CX, dy = p.y - CY, d = Math.max(1, Math.hypot(dx / RX, dy / RY));
      const pull = (target[i] / d - 1) * 0.3;
      let mx = move[i].x + dx * pull, my = move[i].y + dy * pull;
      // no step longer than a few pixels, so that a close pair does not fling a node against the border
      const len = Math.hypot(mx, my), most = 0.5 + 8 * cool;
      if (len > most) { mx *= most / len; my *= most / len; }
      p.x += mx;
      p.y += my;
      p.x = Math.min(W - 20, Math.max(20, p.x));
      p.y = Math.min(H - 20, Math.max(20, p.y));
    });
  }
  return pos;
}

// The graph as SVG, each neighbour a link to its page (reachable with Tab, named by its <title>), and the same
// neighbours as a list for readers that do not see the drawing.
export function cooccurrenceGraph(entity, graph) {
  const nodes = (graph && graph.nodes) || [];
  const edges = (graph && graph.edges) || [];
  if (!nodes.length) return el('p', { class: 'muted', text: 'No other entity is mentioned with it.' });
  const pos = layout(nodes, edges);
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  const max = Math.max(1, ...nodes.map((n) => n.articles));
  const maxEdge = Math.max(1, ...edges.map((e) => e.articles));
  const drawing = svg('svg', { class: 'cograph', viewBox: '0 0 ' + W + ' ' + H, 'aria-labelledby': 'cograph-title' });
  drawing.append(svg('title', { id: 'cograph-title', text: entity.name + ' and the ' + nodes.length + ' entities most often mentioned with it' }));
  for (const e of edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    if (!a || !b) continue;
    drawing.append(svg('line', { class: 'co-edge', x1: a.x, y1: a.y, x2: b.x, y2: b.y,
      'stroke-width': (0.5 + 2.5 * e.articles / maxEdge).toFixed(2) }));
  }
  nodes.forEach((n, i) => drawing.append(svg('line', { class: 'spoke', x1: CX, y1: CY, x2: pos[i].x, y2: pos[i].y,
    'stroke-width': (0.5 + 3 * n.articles / max).toFixed(2) })));
  const centre = svg('g', { class: 'centre ' + typeClass(entity.type) });
  centre.append(svg('circle', { cx: CX, cy: CY, r: 22 }), svg('text', { x: CX, y: CY + 38, 'text-anchor': 'middle', text: short(entity.name) }));
  drawing.append(centre);
  nodes.forEach((n, i) => {
    const r = 5 + 13 * Math.sqrt(n.articles / max);
    const p = pos[i];
    const link = svg('a', { href: entityHref(n.key), class: 'co-node ' + typeClass(n.type), 'data-key': n.key });
    link.append(svg('title', { text: n.name + ': in ' + n.articles + ' of its articles' }),
      svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      // labels go on the side away from the centre, so that the lower ones stay inside the drawing
      svg('text', { x: p.x.toFixed(1), y: (p.y > CY ? p.y - r - 4 : p.y + r + 11).toFixed(1), 'text-anchor': 'middle', text: short(n.name) }));
    drawing.append(link);
  });
  const list = el('ul', { class: 'co-list' }, nodes.map((n) => el('li', null,
    el('a', { href: entityHref(n.key), class: 'ann ent-' + n.type, text: n.name }), ' ',
    el('span', { class: 'count', text: n.articles + ' shared' }))));
  const types = Array.from(new Set(nodes.map((n) => n.type || 'OTHER')));
  const legend = el('div', { class: 'legend co-legend' }, types.map((t) => el('span', { class: 'ann ent-' + t, text: TYPE_NAMES[t] || 'other' })),
    el('span', { class: 'muted', text: 'larger and nearer: more articles shared; lines: mentioned together' }));
  return el('div', { class: 'cograph-box' }, drawing, legend,
    el('details', { class: 'co-fallback' }, el('summary', { text: 'The same as a list' }), list));
}

function short(name) { return name.length > 16 ? name.slice(0, 15) + '…' : name; }
