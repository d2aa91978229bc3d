// Warta's page: plain DOM, no framework and no build, one ES module per view. Article text is untrusted: it only
// ever reaches the page through textContent and attribute values that the browser treats as data, never through
// HTML parsing.

import { articleView, hideCard } from './article.js';
import { entityView } from './entity.js';
import { namesLoaded } from './names.js';
import { overviewView } from './overview.js';
import { pairView } from './pairs.js';
import { searchView } from './search.js';
import { storiesView } from './stories.js';
import { storyView } from './story.js';
import './suggest.js';
import { watchlistsView } from './watch.js';

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
  if (!parts.length || parts[0] === 'overview') return overviewView(params);
  if (parts[0] === 'watchlists') return watchlistsView(params);
  return searchView(params);
}

window.addEventListener('hashchange', route);
window.addEventListener('scroll', hideCard, { passive: true });

// The skip link moves the focus to the view's heading (or the main area) without touching the address, which
// holds the view.
document.querySelector('a.skip').addEventListener('click', (e) => {
  e.preventDefault();
  const main = document.getElementById('main');
  const target = main.querySelector('h1') || main;
  target.setAttribute('tabindex', '-1');
  target.focus();
});

namesLoaded.then(route);
