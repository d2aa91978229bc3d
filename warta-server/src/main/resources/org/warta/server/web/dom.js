// The page's building blocks: elements made from data (never from HTML), the API, and links between views.

const main = document.getElementById('main');

export const card = document.getElementById('card');

export const SVG = 'http://www.w3.org/2000/svg';

export function el(tag, props, ...children) {
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

export function svg(tag, attrs) {
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

export function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

// A link that opened a view is gone with the old view; keyboard and screen-reader users then start again at the
// new view's heading rather than at the top of the document. Focus elsewhere (the search box) is left alone.
export function show(...nodes) {
  const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
  clear(main);
  main.append(...nodes);
  // the address the view on show was drawn for: a view that answers late is told from the one before it
  main.setAttribute('data-drawn', location.hash || '#/');
  const heading = main.querySelector('h1');
  if (heading && (lost || document.activeElement === document.body)) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

export function fail(message) { show(el('div', { class: 'error', text: message })); }

export async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: 'the server sent no JSON (' + res.status + ')' }));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

export function go(path, params) {
  const qs = params ? params.toString() : '';
  location.hash = path + (qs ? '?' + qs : '');
}

export function storyHref(id) { return '#/story/' + encodeURIComponent(id); }

export function articleHref(id) { return '#/article/' + encodeURIComponent(id); }

export function langAttr(code) { return code && code !== 'und' ? code : null; }

export function countOf(v) {
  if (Array.isArray(v)) return v.length;
  if (v && typeof v === 'object') return Object.keys(v).length;
  return Number(v) || 0;
}

export function truncate(s, max) { return s.length <= max ? s : s.slice(0, max - 1) + '…'; }

export const TYPE_NAMES = { PERSON: 'person', ORG: 'organisation', GPE: 'place (country, city)', LOC: 'place' };
