// The overview, the start page, on an index of the bundled examples: volume by language, stories, people and the
// world map, shaded by mentions and by events, whose countries lead to the search.
// Usage: node overview-test.cjs BASE_URL OUT_DIR
'use strict';
const path = require('path');
const { checker, openPage, passed, failed, viewDrawn } = require('./browser.cjs');

const [base, out] = process.argv.slice(2);
const { checks, check } = checker();

async function shadeOf(page, code) {
  return page.$eval('svg.world path[data-country="' + code + '"]', (p) => p.getAttribute('class'));
}

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'start page';
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForSelector('.overview svg.world path');
    const nav = await page.$$eval('.top nav a', (a) => a.map((x) => x.textContent));
    check(nav[0] === 'Overview' && nav.includes('Articles'), 'the navigation starts with the overview: ' + nav.join(', '));
    step = 'a month';
    // the month of the bundled story told in Vietnamese, Indonesian and English
    await page.goto(base + '#/overview?from=2025-03-20&to=2025-04-20');
    await page.waitForFunction(() => location.hash.includes('from=2025-03-20'));
    await viewDrawn(page);
    const bars = await page.$$eval('svg.volume rect.bar', (r) => r.map((x) => x.querySelector('title').textContent));
    check(bars.length > 0, 'the volume chart has bars: ' + bars.join(' | '));
    check(bars.every((t) => /· [A-Z][\p{L} ]+: \d+$/u.test(t)), 'each bar names its language: ' + bars.join(' | '));
    const legend = await page.$$eval('.overview-key li', (li) => li.map((x) => x.textContent));
    check(legend.length >= 2 && legend.every((t) => /^[A-Z][a-z]+ \d+$/.test(t)), 'the legend names the languages: ' + legend.join(', '));
    const undated = await page.textContent('.undated-count');
    check(/^\d+ articles with no publication date/.test(undated) && parseInt(undated, 10) > 0, 'undated articles are counted beside the chart: ' + undated);
    const largest = await page.$$eval('.overview-stories.largest li a', (a) => a.map((x) => ({ text: x.textContent, href: x.getAttribute('href') })));
    check(largest.length > 0 && largest.every((s) => s.href.startsWith('#/story/')), 'the largest stories link to their pages: ' + JSON.stringify(largest));
    check(await page.locator('.overview-stories.growing li').count() > 0, 'the growing stories are listed');
    check(await page.locator('svg.world path.country').count() > 150, 'the map draws the countries');
    check(/\bm[1-5]\b/.test(await shadeOf(page, 'CHN')), 'China, in the Vietnamese story, is shaded');

    step = 'everything';
    await page.click('.overview-periods a:has-text("everything")');
    await page.waitForFunction(() => location.hash.includes('days=all'));
    await viewDrawn(page);
    const people = await page.$$eval('.overview-trends.people li > a:first-child', (a) => a.map((x) => x.textContent));
    check(people.length >= 5 && people.includes('Xi Jinping'), 'the top people of every article: ' + people.join(', '));
    const changes = await page.$$eval('.overview-trends .change', (c) => c.map((x) => x.textContent));
    check(changes.length > 0 && changes.every((t) => /^(new|=|▲ \+\d+|▼ −\d+)$/.test(t)), 'each count shows its change: ' + changes.join(' '));
    const russia = await shadeOf(page, 'RUS');
    check(/\bm[1-5]\b/.test(russia), 'Russia is shaded by mentions: ' + russia);
    const title = await page.$eval('svg.world path[data-country="RUS"] title', (t) => t.textContent);
    check(/^Russia: \d+ articles$/.test(title), 'its title names it with its count: ' + title);
    check(/\bm0\b/.test(await shadeOf(page, 'AUS')), 'a country no article is about is not shaded');
    await page.screenshot({ path: path.join(out, 'overview.png'), fullPage: true });

    step = 'language';
    await page.click('.overview-langs a:has-text("Russian")');
    await page.waitForFunction(() => location.hash.includes('lang=ru') && location.hash.includes('days=all')
      && document.querySelector('.overview-langs a.on') && document.querySelector('.overview-langs a.on').textContent === 'Russian');
    await viewDrawn(page);
    const russian = await page.$$eval('.overview-trends.people li > a:first-child', (a) => a.map((x) => x.textContent));
    check(russian.includes('Sergei Lavrov') && russian.includes('Marco Rubio'), 'the Russian article\'s people are Lavrov and Rubio: ' + russian.join(', '));
    const lavrov = await page.getAttribute('.overview-trends.people li a:has-text("Sergei Lavrov")', 'href');
    check(lavrov.startsWith('#/entity/'), 'a person links to the entity page: ' + lavrov);
    const ruBars = await page.$$eval('svg.volume rect.bar title', (t) => t.map((x) => x.textContent));
    check(ruBars.length === 1 && ruBars[0].includes('Russian: 1'), 'the chart holds the Russian article alone: ' + ruBars.join(' | '));
    check(/\bm0\b/.test(await shadeOf(page, 'CHN')), 'China is no longer shaded');

    step = 'events';
    await page.click('.map-toggle a:has-text("Events")');
    await page.waitForFunction(() => location.hash.includes('map=events') && location.hash.includes('lang=ru')
      && document.querySelector('svg.world.by-events path'));
    await viewDrawn(page);
    const byEvents = await page.$eval('svg.world path[data-country="RUS"] title', (t) => t.textContent);
    check(/^Russia: \d+ events$/.test(byEvents), 'the map counts events now: ' + byEvents);
    check(await page.locator('.map-key li').count() >= 2, 'the scale has a legend');
    await page.screenshot({ path: path.join(out, 'overview-map-events.png'), fullPage: true });

    step = 'country';
    await page.goto(base + '#/overview?days=all');
    await page.waitForSelector('svg.world.by-mentions a path[data-country="RUS"]');
    await page.focus('svg.world a[aria-label^="Russia"]');
    check(await page.evaluate(() => document.activeElement.getAttribute('aria-label')).then((l) => /^Russia/.test(l)),
      'a shaded country can be reached with the keyboard');
    // a click in the middle of European Russia (60°N 45°E on the equirectangular map, 960 units wide)
    const box = await page.locator('svg.world').boundingBox();
    const unit = box.width / 960;
    await page.mouse.click(box.x + (45 + 180) * 960 / 360 * unit, box.y + (84 - 60) * 960 / 360 * unit);
    await page.waitForFunction(() => location.hash.startsWith('#/search?') && location.hash.includes('country=RUS')
      && document.querySelectorAll('.hit').length > 0);
    const chip = await page.textContent('.filters');
    check(chip.includes('Russia'), 'the search is filtered to Russia: ' + chip);

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
