// Watchlists and exports on an index of the bundled examples: watch a search from the page, list it under
// #/watchlists, follow its Atom feed, export the search as CSV and delete the watchlist.
// Usage: node watch-test.cjs BASE_URL OUT_DIR TOKEN
'use strict';
const fs = require('fs');
const path = require('path');
const { checker, openPage, passed, failed } = require('./browser.cjs');

const [base, out, token] = process.argv.slice(2);
const { checks, check } = checker();

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'search';
    await page.goto(base + '#/search?q=Riyadh', { waitUntil: 'load' });
    await page.waitForSelector('.hit');
    const total = parseInt((await page.textContent('.summary')).replace(/[^0-9].*$/s, ''), 10);
    check(total > 0, 'the search finds articles: ' + total);
    const csvHref = await page.getAttribute('.tools .export-csv', 'href');
    check(csvHref === '/api/articles/export?q=Riyadh&format=csv', 'the CSV link carries the search: ' + csvHref);
    const jsonlHref = await page.getAttribute('.tools .export-jsonl', 'href');
    check(jsonlHref === '/api/articles/export?q=Riyadh&format=jsonl', 'and so does the JSON Lines link: ' + jsonlHref);

    step = 'watch';
    await page.click('.watch-open');
    await page.waitForSelector('.watch-form');
    check(await page.getAttribute('.watch-form input[name="token"]', 'type') === 'password', 'the token goes in a password field');
    await page.fill('.watch-form input[name="name"]', 'Riyadh talks');
    await page.fill('.watch-form input[name="token"]', 'wrong-token');
    await page.click('.watch-form button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('.watch-status').textContent.startsWith('Not saved'));
    check((await page.textContent('.watch-status')).includes('wrong bearer token'), 'a wrong token is refused with the reason');
    // the browser logs the refused request (401) as a console error: expected here, and only here
    const refused = problems.findIndex((p) => p.includes('status of 401'));
    check(refused >= 0, 'the refusal was a 401');
    problems.splice(refused, 1);
    await page.fill('.watch-form input[name="token"]', token);
    await page.click('.watch-form button[type="submit"]');
    await page.waitForSelector('.watch-status a[href^="/api/watchlists/"]');
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('warta.token'), local: localStorage.length, hash: location.hash }));
    check(stored.session === token && stored.local === 0 && !stored.hash.includes(token), 'the token is kept for this tab only, nowhere else');

    step = 'list';
    await page.click('nav a[href="#/watchlists"]');
    await page.waitForSelector('table.watchlists tbody tr');
    const row = await page.$eval('table.watchlists tbody tr', (tr) => ({ name: tr.querySelector('th').textContent,
      matches: tr.querySelector('td.num').textContent, feed: tr.querySelector('a.feed').getAttribute('href'),
      json: tr.querySelector('a.json').getAttribute('href'), open: tr.querySelector('a.open').getAttribute('href') }));
    check(row.name === 'Riyadh talks' && parseInt(row.matches, 10) === total, 'the watchlist is listed with its matches: ' + JSON.stringify(row));
    check(/^\/api\/watchlists\/[a-z0-9]+\/feed\.atom$/.test(row.feed) && row.json === row.feed.replace('/feed.atom', ''), 'with its feed and JSON links');
    await page.screenshot({ path: path.join(out, 'watchlists.png'), fullPage: true });

    step = 'feed';
    const feed = await page.evaluate(async (href) => {
      const res = await fetch(href);
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
      return { type: res.headers.get('content-type'), error: doc.getElementsByTagName('parsererror').length,
        title: doc.documentElement.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'title')[0].textContent,
        entries: entries.map((e) => ({ id: e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'id')[0].textContent,
          title: e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'title')[0].textContent,
          link: e.querySelector('link[rel="alternate"]').getAttribute('href') })) };
    }, row.feed);
    check(feed.type.startsWith('application/atom+xml') && feed.error === 0, 'the feed is well-formed Atom: ' + feed.type);
    check(feed.title === 'Warta watchlist: Riyadh talks', 'named after the watchlist: ' + feed.title);
    check(feed.entries.length === total && feed.entries.every((e) => e.id.startsWith('tag:warta,2025:article:') && e.title && e.link.startsWith(base + '#/article/')),
      'one entry per match, each with a tag id, a title and a link to the article view: ' + JSON.stringify(feed.entries[0]));
    await page.goto(feed.entries[0].link, { waitUntil: 'load' });
    await page.waitForSelector('.article h1');
    check((await page.textContent('.article h1')) === feed.entries[0].title, 'the entry opens its article on the page');

    step = 'open';
    await page.goto(base + '#/watchlists', { waitUntil: 'load' });
    await page.waitForSelector('table.watchlists tbody tr a.open');
    await page.click('table.watchlists tbody tr a.open');
    await page.waitForFunction(() => location.hash.startsWith('#/search') && document.querySelector('.hit'));
    check(await page.inputValue('#q') === 'Riyadh', 'open runs the watched search again');

    step = 'export';
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.tools .export-csv')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split('\n');
    check(lines[0] === 'id,published,language,outlet,title,url,story_id,countries,entities', 'the CSV starts with its header: ' + lines[0]);
    check(lines.length - 1 === total, 'and holds a row for every match: ' + (lines.length - 1) + ' of ' + total);
    check(/^warta-articles-\d{4}-\d\d-\d\d\.csv$/.test(download.suggestedFilename()), 'saved as ' + download.suggestedFilename());

    step = 'pairs';
    await page.goto(base + '#/pairs?a=RUS&b=USA', { waitUntil: 'load' });
    await page.waitForSelector('.tools .export-csv[href^="/api/events/"]');
    const events = await page.getAttribute('.tools .export-csv', 'href');
    check(events === '/api/events/export?actor1=RUS&actor2=USA&both=true&format=csv', 'the pairs view exports its events: ' + events);

    step = 'delete';
    await page.goto(base + '#/watchlists', { waitUntil: 'load' });
    await page.waitForSelector('table.watchlists tbody tr button.delete');
    await page.click('table.watchlists tbody tr button.delete');
    await page.waitForSelector('text=No watchlists yet');
    check(true, 'delete removes the watchlist');

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
