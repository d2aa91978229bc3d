// Charts drawn as SVG elements, classes for colours.

import { SVG, svg } from './dom.js';

export function spanDays(timeline) {
  if (!timeline || timeline.length < 2) return 0;
  return (Date.parse(timeline[timeline.length - 1].day) - Date.parse(timeline[0].day)) / 86400000;
}

export function timelineChart(timeline) {
  let buckets = (timeline || []).map((d) => ({ label: d.day, values: [d.articles] }));
  if (spanDays(timeline) > 120) {
    const byMonth = new Map();
    timeline.forEach((d) => byMonth.set(d.day.slice(0, 7), (byMonth.get(d.day.slice(0, 7)) || 0) + d.articles));
    buckets = Array.from(byMonth, ([m, n]) => ({ label: m, values: [n] }));
  }
  return barChart(buckets, ['bar'], 'timeline');
}

// Bars (stacked when a bucket has several values), drawn as SVG elements with classes for colours.
export function barChart(buckets, classes, name) {
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
