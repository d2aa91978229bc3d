// The page as an analyst goes through it, on an index of every bundled example: the overview, a search for "Lavrov"
// that finds the Russian article written with Лавров, a story told in three languages, Lavrov's entity page with
// its graph, the Russia–United States events with a filled chart, and a watchlist followed through its Atom feed.
// axe-core checks each view; each is saved as a numbered screenshot. Usage: node tour-test.cjs BASE_URL OUT_DIR TOKEN
'use strict';
const path = require('path');
const { checker, openPage, passed, failed, axeCheck, viewDrawn } = require('./browser.cjs');

const [base, out, token] = process.argv.slice(2);
const { checks, check } = checker();
const ATOM = 'http://www.w3.org/2005/Atom';

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'overview';
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForSelector('.overview svg.world path.country');
    await page.waitForSelector('svg.volume rect.bar');
    check(await page.locator('svg.volume rect.bar').count() > 0, 'the overview draws the volume of articles');
    check(await page.locator('svg.world path.country').count() > 150, 'and the world map');
    await axeCheck(page, 'overview', checks);
    await page.screenshot({ path: path.join(out, '1-overview.png'), fullPage: true });

    step = 'search';
    await page.fill('#q', 'Lavrov');
    await page.click('#search-form button[type=submit]');
    await page.waitForFunction(() => location.hash.startsWith('#/search'));
    await viewDrawn(page);
    await page.waitForSelector('.hit');
    const hits = await page.$$eval('.hit', (h) => h.map((x) => ({
      title: x.querySelector('h2 a').textContent, lang: x.querySelector('.meta .lang').getAttribute('title') })));
    const russian = hits.find((h) => h.lang === 'ru');
    check(russian && russian.title.includes('Лавров'), 'the search for Lavrov finds the Russian article: '
      + hits.map((h) => h.lang + ' ' + h.title).join(' | '));
    await axeCheck(page, 'search', checks);
    await page.screenshot({ path: path.join(out, '2-search.png'), fullPage: true });

    step = 'story';
    await page.goto(base + '#/stories?sort=largest', { waitUntil: 'load' });
    await page.waitForSelector('.story-hit h2 a');
    await page.click('.story-hit h2 a');
    await page.waitForFunction(() => location.hash.startsWith('#/story/'));
    await viewDrawn(page);
    await page.waitForSelector('.story .lang-group');
    const languages = await page.$$eval('.story .lang-group', (g) => g.map((x) => x.getAttribute('data-lang')));
    check(languages.length >= 3, 'the largest story is told in several languages: ' + languages.join(' '));
    await axeCheck(page, 'story', checks);
    await page.screenshot({ path: path.join(out, '3-story.png'), fullPage: true });

    step = 'entity';
    await page.goto(base + '#/search?q=Lavrov', { waitUntil: 'load' });
    await page.waitForSelector('.hit');
    await page.click('.hit:has(.meta .lang[title="ru"]) h2 a');
    await page.waitForSelector('.article h1');
    await page.click('a[href="#/entity/person%2Fsergei-lavrov"]');
    await page.waitForFunction(() => location.hash.startsWith('#/entity/'));
    await viewDrawn(page);
    await page.waitForSelector('svg.cograph a.co-node');
    const nodes = await page.locator('svg.cograph a.co-node').count();
    check((await page.textContent('h1')) === 'Sergei Lavrov' && nodes >= 5,
      'the article leads to Lavrov\'s entity page and its graph of ' + nodes + ' entities mentioned with him');
    await axeCheck(page, 'entity', checks);
    await page.screenshot({ path: path.join(out, '4-entity.png'), fullPage: true });

    step = 'pairs';
    await page.goto(base + '#/pairs?a=RUS&b=USA', { waitUntil: 'load' });
    await page.waitForSelector('svg.chart.pairs');
    const bars = await page.$$eval('svg.chart.pairs rect', (r) => r.filter((x) => Number(x.getAttribute('height')) > 0).length);
    const rows = await page.locator('table.events tbody tr').count();
    check(bars > 0 && rows > 0, 'the Russia–United States chart is filled (' + bars + ' bars) over its events (' + rows + ')');
    await axeCheck(page, 'country pair', checks);
    await page.screenshot({ path: path.join(out, '5-pairs.png'), fullPage: true });

    step = 'watchlist';
    const created = await page.evaluate(async (bearer) => {
      const res = await fetch('/api/watchlists', { method: 'POST', headers: { Authorization: 'Bearer ' + bearer,
        'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Lavrov', params: { q: 'Lavrov' } }) });
      return { status: res.status, body: await res.json() };
    }, token);
    check(created.status === 201, 'a watchlist for Lavrov is saved: ' + JSON.stringify(created));
    await page.goto(base + '#/watchlists', { waitUntil: 'load' });
    await page.waitForSelector('table.watchlists tbody tr a.feed');
    const feedHref = await page.getAttribute('table.watchlists tbody tr a.feed', 'href');
    await axeCheck(page, 'watchlists', checks);
    await page.screenshot({ path: path.join(out, '6-watchlists.png'), fullPage: true });
    const feed = await page.evaluate(async ([href, ns]) => {
      const res = await fetch(href);
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      return [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        title: e.getElementsByTagNameNS(ns, 'title')[0].textContent,
        link: e.querySelector('link[rel="alternate"]').getAttribute('href') }));
    }, [feedHref, ATOM]);
    const entry = feed.find((e) => e.title === russian.title);
    check(entry, 'the watchlist\'s feed holds the Russian article: ' + feed.map((e) => e.title).join(' | '));
    await page.goto(entry.link, { waitUntil: 'load' });
    await page.waitForSelector('.article h1');
    check((await page.textContent('.article h1')) === russian.title, 'and its entry opens the article on the page');

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
