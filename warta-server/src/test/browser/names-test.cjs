// Names instead of codes, and facets past their first ten values, on an index of the bundled examples in twelve
// languages. Usage: node names-test.cjs BASE_URL OUT_DIR
'use strict';
const path = require('path');
const { checker, openPage, passed, failed, axeCheck, tabTo } = require('./browser.cjs');

const [base, out] = process.argv.slice(2);
const { checks, check } = checker();
const LANGS = '.facet-dim[data-dim="lang"]';

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'names';
    await page.goto(base + '#/search', { waitUntil: 'load' });
    await page.waitForSelector('.hit');
    const first = await page.$$eval(LANGS + ' li', (li) => li.map((x) => ({ code: x.dataset.value, text: x.querySelector('a').textContent, title: x.querySelector('a').title })));
    check(first.length === 10, 'the language facet shows its first ten values: ' + first.length);
    check(first.every((v) => v.text.length > 3 && v.title === v.code && /^[A-Z]/.test(v.text)),
      'each by its English name, the code on hover: ' + first.map((v) => v.code + '=' + v.text).join(', '));
    const countries = await page.$$eval('.facet-dim[data-dim="country"] li a', (a) => a.map((x) => ({ text: x.textContent, title: x.title })));
    check(countries.length > 0 && countries.every((c) => /^[A-Z]{3}$/.test(c.title) && c.text !== c.title),
      'countries show by name, the alpha-3 code on hover: ' + countries.map((c) => c.title + '=' + c.text).join(', '));
    const hitLang = await page.$eval('.hit .meta .lang', (s) => ({ text: s.textContent, title: s.title }));
    check(hitLang.text.length > 3 && /^[a-z]{2}$/.test(hitLang.title), 'a result names its language: ' + JSON.stringify(hitLang));

    step = 'more';
    check(await page.locator(LANGS + ' .facet-more').count() === 1, 'the language facet offers more');
    check(await tabTo(page, LANGS + ' .facet-more', check), 'Tab reaches the language facet\'s "more"');
    await page.keyboard.press('Enter');
    await page.waitForSelector(LANGS + ' .facet-filter');
    check(await page.evaluate((s) => document.activeElement === document.querySelector(s), LANGS + ' .facet-filter'),
      'Enter on it lists every value and puts the focus in the filter box');
    const all = await page.$$eval(LANGS + ' li', (li) => li.map((x) => x.dataset.value));
    check(all.length === 12 && ['ru', 'tr', 'zh'].every((c) => all.includes(c)), '"more" lists all twelve languages: ' + all.join(' '));
    check(await page.locator(LANGS + ' .facet-more').count() === 0, 'and goes away');
    await page.keyboard.type('turk');
    const visible = await page.$$eval(LANGS + ' li:not([hidden])', (li) => li.map((x) => x.textContent));
    check(visible.length === 1 && visible[0].startsWith('Turkish'), 'the filter box keeps Turkish alone: ' + visible.join(' | '));
    await page.fill(LANGS + ' .facet-filter', 'zh');
    const byCode = await page.$$eval(LANGS + ' li:not([hidden])', (li) => li.map((x) => x.textContent));
    check(byCode.length === 1 && byCode[0].startsWith('Chinese'), 'and finds a language by its code too: ' + byCode.join(' | '));
    await page.screenshot({ path: path.join(out, 'facet-more.png'), fullPage: true });
    await axeCheck(page, 'search with every language', checks);

    step = 'filter';
    check(await tabTo(page, LANGS + ' li[data-value="zh"] a', check, 1), 'Tab from the filter box goes to the one value left');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('lang=zh') && document.querySelectorAll('.hit').length === 1);
    const chip = await page.textContent('.filters .chip[data-value="zh"]');
    check(chip.includes('Language: Chinese'), 'the chip names the language, the URL keeps the code: ' + chip);

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
