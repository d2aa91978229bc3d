// Drives the web page in Debian's chromium: search, facets, an article with highlights and hover cards, an entity
// page, the country-pair view, and an article that tries to run script. Usage: node page-test.cjs BASE_URL OUT_DIR
'use strict';
const path = require('path');
const { checker, openPage, passed, failed, axeCheck, reloadCheck, tabTo, skipLinkCheck } = require('./browser.cjs');

const [base, out] = process.argv.slice(2);
const { checks, check } = checker();

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'search';
    await page.goto(base + '#/search', { waitUntil: 'load' });
    await page.waitForSelector('.hit');
    await languageNames(page, check);
    await page.fill('#q', 'Lavrov');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => location.hash.includes('q=Lavrov') && document.querySelectorAll('.hit').length === 3);
    const summary = await page.textContent('.summary');
    check(summary.startsWith('3 articles'), 'three articles match Lavrov: ' + summary);
    const facetText = await page.textContent('.facet');
    check(facetText.includes('Sergei Lavrov') && facetText.includes('Language'), 'facets list the entity and languages');
    const hitMeta = await page.textContent('.hit .meta');
    check(/English|Indonesian/.test(hitMeta) && /2025-02-/.test(hitMeta), 'results show language and date: ' + hitMeta);
    await page.screenshot({ path: path.join(out, 'search.png'), fullPage: true });
    await axeCheck(page, 'search', checks);

    step = 'facet by keyboard';
    await skipLinkCheck(page, check);
    check(await tabTo(page, '.facet li[data-value="en"] a', check), 'Tab reaches the English value of the language facet');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('lang=en') && document.querySelectorAll('.hit').length === 2);
    check(true, 'Enter on a language facet narrows the results to two');
    const chip = await page.textContent('.filters .chip[data-value="en"]');
    check(chip.includes('Language: English'), 'the filter chip names the language, the URL keeps its code: ' + chip);
    await reloadCheck(page, 'search', '.hit', check);

    step = 'article';
    await page.click('.hit h2 a >> text=Rubio and Lavrov meet in Riyadh');
    await page.waitForSelector('.text .ann');
    const counts = await page.evaluate(() => ({
      person: document.querySelectorAll('.text .ent-PERSON').length,
      gpe: document.querySelectorAll('.text .ent-GPE').length,
      time: document.querySelectorAll('.text .time').length,
      event: document.querySelectorAll('.text .event').length
    }));
    check(counts.person >= 2 && counts.gpe >= 3 && counts.time >= 2 && counts.event >= 2,
      'people, places, times and events are highlighted: ' + JSON.stringify(counts));
    const colours = await page.evaluate(() => ['.ent-PERSON', '.ent-GPE', '.time'].map(
      (s) => getComputedStyle(document.querySelector('.text ' + s)).backgroundColor));
    check(new Set(colours).size === 3, 'each kind has its own colour: ' + colours.join(' '));
    await page.hover('.text .ent-PERSON >> text=Marco Rubio');
    await page.waitForSelector('#card:not([hidden])');
    const cardText = await page.textContent('#card');
    check(cardText.includes('Marco Rubio') && cardText.includes('secretary of state') && cardText.includes('USA'),
      'the hover card shows canonical name, role and country: ' + cardText);
    await page.screenshot({ path: path.join(out, 'article.png'), fullPage: true });
    await axeCheck(page, 'article', checks);
    await reloadCheck(page, 'article', '.text .ann', check);

    step = 'seed article';
    // the previous article's text is still on the page until the new one is drawn: wait for its title to change
    const previousTitle = await page.textContent('h1');
    await page.goto(base + '#/article/seed-lavrov-rubio');
    await page.waitForFunction((t) => {
      const h = document.querySelector('h1');
      return h && h.textContent !== t && document.querySelector('.text .ann');
    }, previousTitle);
    const sideText = await page.textContent('.article aside');
    check(sideText.includes('Kementerian Luar Negeri Rusia') && sideText.includes('baotinmau.vn')
      && sideText.includes('ad-placeholder'), 'captions, attribution and removed boilerplate are shown');
    await page.screenshot({ path: path.join(out, 'article-seed.png'), fullPage: true });
    await axeCheck(page, 'seed article', checks);

    step = 'hostile article';
    await page.goto(base + '#/article/xss-test');
    await page.waitForSelector('.text');
    await page.waitForTimeout(300);
    const hostile = await page.evaluate(() => ({
      flag: window.__pwned === undefined ? null : window.__pwned,
      title: document.title,
      text: document.querySelector('.text').textContent,
      h1: document.querySelector('h1').textContent,
      images: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('main script').length
    }));
    check(hostile.flag === null, 'no script from the article ran (window flag unset)');
    check(hostile.title === 'Warta', 'document.title unchanged: ' + hostile.title);
    check(hostile.text.includes("<script>window.__pwned = 1; document.title = 'pwned';</script>"), 'the script tag shows as text');
    check(hostile.text.includes('<img src=x onerror='), 'the img tag shows as text');
    check(hostile.h1.includes('<script>'), 'the title shows its markup as text');
    check(hostile.images === 0 && hostile.scripts === 0, 'no element was made from article text');
    await page.hover('.text .ent-PERSON');
    await page.waitForSelector('#card:not([hidden])');
    check((await page.textContent('#card')).includes('foreign minister <i>x</i>'), 'a role with markup shows as text');
    await page.screenshot({ path: path.join(out, 'hostile.png'), fullPage: true });
    await axeCheck(page, 'hostile article', checks);

    step = 'entity';
    await page.goto(base + '#/entity/Q167542');
    await page.waitForSelector('svg.chart rect');
    const bars = await page.$$eval('svg.timeline rect', (r) => r.length);
    check(bars === 3, 'the timeline has a bar for each of three days: ' + bars);
    const entityText = await page.textContent('main');
    check(entityText.includes('Mentioned with') && entityText.includes('Marco Rubio') && entityText.includes('Events'),
      'the entity page lists co-occurring entities and events');
    await page.screenshot({ path: path.join(out, 'entity.png'), fullPage: true });
    await axeCheck(page, 'entity', checks);
    await reloadCheck(page, 'entity', 'svg.chart rect', check);

    step = 'pairs';
    await page.goto(base + '#/pairs?a=RUS&b=USA');
    await page.waitForSelector('svg.pairs rect');
    const pairText = await page.textContent('main');
    check(pairText.includes('4 events'), 'four events between RUS and USA');
    const pairHeading = await page.textContent('h1');
    check(pairHeading === 'Russia ↔ United States', 'the pair is named by its countries: ' + pairHeading);
    const eventCells = await page.$$eval('table.events tbody tr', (rows) => rows.map((r) => ({
      event: r.cells[2].textContent, code: r.cells[2].getAttribute('title'), actor: r.cells[1].getAttribute('title'),
      quad: !!r.cells[2].querySelector('i.quad') })));
    check(eventCells.length > 0 && eventCells.every((c) => /^[A-Z][a-z]/.test(c.event) && /^\d{2,4}\b/.test(c.code || '') && c.quad),
      'events show CAMEO names, coloured by QuadClass, the codes on hover: ' + JSON.stringify(eventCells[0]));
    check(eventCells.some((c) => /^(RUS|USA)/.test(c.actor || '')), 'actors show their CAMEO codes on hover: ' + JSON.stringify(eventCells.map((c) => c.actor)));
    await page.screenshot({ path: path.join(out, 'pairs.png'), fullPage: true });
    await axeCheck(page, 'pairs', checks);
    await reloadCheck(page, 'pairs', 'svg.pairs rect', check);
    await page.goto(base + '#/pairs');
    await page.waitForSelector('.pairform');
    await axeCheck(page, 'empty pairs', checks);

    check(window_flag_untouched(await page.evaluate(() => window.__pwned)), 'still no flag after every view');
    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();

// Languages show by name, the code on hover.
async function languageNames(page, check) {
  const lang = await page.$eval('.facet-dim[data-dim="lang"] li[data-value="vi"] a', (a) => ({ text: a.textContent, title: a.title }));
  check(lang.text === 'Vietnamese' && lang.title === 'vi', 'the language facet names Vietnamese, "vi" on hover: ' + JSON.stringify(lang));
}

function window_flag_untouched(v) { return v === undefined || v === null; }
