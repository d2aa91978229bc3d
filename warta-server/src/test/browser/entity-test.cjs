// Entity suggestions under the search box and an entity's page, on an index of the bundled examples: typing "Lav"
// offers Sergei Lavrov, the keyboard picks him, and his page shows the graph of entities mentioned with him, his
// events as source, the roles the knowledge base records and his articles by language.
// Usage: node entity-test.cjs BASE_URL OUT_DIR
'use strict';
const path = require('path');
const { checker, openPage, passed, failed } = require('./browser.cjs');

const [base, out] = process.argv.slice(2);
const { checks, check } = checker();
const LAVROV = 'person/sergei-lavrov';

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'suggest';
    await page.goto(base + '#/search', { waitUntil: 'load' });
    await page.waitForSelector('.hit');
    await page.focus('#q');
    await page.keyboard.type('Lav', { delay: 60 });
    await page.waitForSelector('#suggestions [role=option]');
    const options = await page.$$eval('#suggestions [role=option]', (o) => o.map((x) => ({ key: x.dataset.key, text: x.textContent })));
    check(options[0].key === LAVROV && options[0].text.includes('Sergei Lavrov'), 'typing "Lav" suggests Sergei Lavrov first: ' + JSON.stringify(options));
    check(await page.getAttribute('#q', 'aria-expanded') === 'true' && await page.getAttribute('#q', 'role') === 'combobox',
      'the search box is a combobox with its list open');
    await page.keyboard.press('ArrowDown');
    check(await page.getAttribute('#q', 'aria-activedescendant') === 'suggestion-0'
      && await page.getAttribute('#suggestion-0', 'aria-selected') === 'true', 'ArrowDown makes the first suggestion active');
    check(await page.evaluate(() => document.activeElement.id) === 'q', 'focus stays in the search box');
    await page.screenshot({ path: path.join(out, 'suggest.png') });

    step = 'choose';
    await page.keyboard.press('Enter');
    await page.waitForFunction((key) => decodeURIComponent(location.hash) === '#/entity/' + key, LAVROV);
    await page.waitForSelector('svg.cograph a.co-node');
    check(await page.isHidden('#suggestions'), 'the list closes once a suggestion is chosen');
    check((await page.textContent('main h1')) === 'Sergei Lavrov', 'Enter opens Lavrov\'s page');
    check(await page.evaluate(() => document.activeElement.matches('main h1')), 'the page\'s heading takes the focus');

    step = 'graph';
    const nodes = await page.$$eval('svg.cograph a.co-node', (a) => a.map((x) => ({
      href: x.getAttribute('href'), title: x.querySelector('title').textContent, r: Number(x.querySelector('circle').getAttribute('r')) })));
    check(nodes.length >= 5, 'the graph draws the entities mentioned with him: ' + nodes.length);
    check(nodes.every((n) => n.href.startsWith('#/entity/') && n.title.length > 0 && n.r > 0), 'each node links to its page and has a title');
    check(nodes.some((n) => n.href === '#/entity/' + encodeURIComponent('person/marco-rubio')), 'Marco Rubio is one of them');
    check(await page.$$eval('svg.cograph .co-edge', (l) => l.length) > 0, 'pairs of neighbours mentioned together are joined');
    await page.focus('svg.cograph a.co-node');
    check(await page.evaluate(() => document.activeElement.matches('svg.cograph a.co-node')), 'a node takes keyboard focus');
    check(await page.$$eval('.co-fallback li a', (a) => a.length) === nodes.length, 'the same neighbours are listed for screen readers');

    step = 'events';
    await page.waitForSelector('#events-source table.events tbody tr');
    const source = await page.textContent('#events-source');
    check(source.includes('Sergei Lavrov') && source.includes('Marco Rubio'), 'events as source list his events with their actors');
    check((await page.textContent('#events-target h2')).includes('target'), 'events as target have a table of their own');

    step = 'roles';
    const roles = await page.textContent('.roles');
    check(roles.includes('foreign minister') && roles.includes('RUSGOV') && roles.includes('2004-03-09') && roles.includes('now'),
      'the roles the knowledge base records, with their dates: ' + roles.slice(0, 200));

    step = 'languages';
    const langs = await page.$$eval('.languages li a', (a) => a.map((x) => ({ text: x.textContent, href: x.getAttribute('href') })));
    check(langs.some((l) => l.text === 'Russian' && l.href.includes('entity=' + encodeURIComponent(LAVROV)) && l.href.includes('lang=ru')),
      'articles by language, each a link to the search: ' + JSON.stringify(langs));
    check((await page.textContent('.timeline-row .undated')).includes('undated'), 'the undated count stands beside the chart');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    check(height < 4000, 'the page stays short: ' + height + ' px');
    await page.screenshot({ path: path.join(out, 'entity.png'), fullPage: true });

    step = 'filter';
    await page.focus('#q');
    await page.keyboard.type('Руб', { delay: 60 });
    await page.waitForSelector('#suggestions [data-key="person/marco-rubio"]');
    await page.keyboard.press('Escape');
    check(await page.isHidden('#suggestions') && await page.getAttribute('#q', 'aria-expanded') === 'false', 'Escape closes the list');
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#suggestions [role=option]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/search') && location.hash.includes('entity=person%2Fmarco-rubio'));
    await page.waitForSelector('.hit');
    check(await page.$$eval('.hit', (h) => h.length) >= 1, 'Shift+Enter adds the entity as a filter to the search');

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
