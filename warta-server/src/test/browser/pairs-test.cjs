// The country-pair view on an index of the bundled examples: countries picked by name, an event type by its CAMEO
// root name, a filled quad-class chart with the Goldstein average below it and the undated count beside it, and the
// event table a page at a time. Usage: node pairs-test.cjs BASE_URL OUT_DIR
'use strict';
const path = require('path');
const { checker, openPage, passed, failed } = require('./browser.cjs');

const [base, out] = process.argv.slice(2);
const { checks, check } = checker();

async function chartState(page) {
  return page.evaluate(() => ({
    bars: Array.from(document.querySelectorAll('svg.chart.pairs rect')).filter((r) => Number(r.getAttribute('height')) > 0).length,
    points: document.querySelectorAll('svg.chart.goldstein circle.point').length,
    undated: document.querySelector('.pair-charts .undated .undated-count') && document.querySelector('.pair-charts .undated .undated-count').textContent,
    rows: document.querySelectorAll('table.events tbody tr').length,
    dates: Array.from(document.querySelectorAll('table.events tbody tr td:first-child')).map((td) => td.textContent),
    heading: document.querySelector('h1').textContent
  }));
}

(async () => {
  const { context, page, problems } = await openPage(out);
  let step = 'start';
  try {
    step = 'rus-usa';
    await page.goto(base + '#/pairs?a=RUS&b=USA', { waitUntil: 'load' });
    await page.waitForSelector('svg.chart.pairs');
    let s = await chartState(page);
    check(s.heading.includes('Russia') && s.heading.includes('United States'), 'the pair by name: ' + s.heading);
    check(s.bars > 0, 'the chart has bars: ' + s.bars);
    check(s.points > 0, 'the Goldstein line has points: ' + s.points);
    check(s.undated === '0', 'the undated count stands beside the chart: ' + s.undated);
    check(s.rows > 0 && s.dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), 'events show resolved days: ' + s.dates.join(' '));
    check(await page.inputValue('input.country >> nth=0') === 'Russia', 'the picker shows the country by name');

    step = 'pick-by-name';
    await page.fill('input.country >> nth=0', 'China');
    await page.click('.pairform button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('a=CHN') && location.hash.includes('b=USA'));
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('China'));
    s = await chartState(page);
    check(s.bars > 0, 'China ↔ United States has a filled chart: ' + s.bars);
    check(Number(s.undated) > 0, 'and counts its undated events beside it, not instead of it: ' + s.undated);
    check(!s.dates.some((d) => /X/.test(d)), 'no partial dates in the table: ' + s.dates.join(' '));
    await page.screenshot({ path: path.join(out, 'pairs-undated.png'), fullPage: true });

    step = 'root-by-name';
    await page.fill('input.country >> nth=1', 'Vietnam');
    await page.click('.pairform button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('b=VNM'));
    await page.waitForFunction(() => document.querySelector('h1').textContent.includes('Vietnam'));
    await page.selectOption('select.root', { label: 'Consult' });
    await page.click('.pairform button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('root=04') && document.querySelector('h1').textContent.includes('Consult'));
    check(/both=true/.test(await page.evaluate(() => location.hash)), 'the view state is in the URL: ' + await page.evaluate(() => location.hash));
    s = await chartState(page);
    check(s.bars > 0 && s.points > 0, 'the filtered pair has bars and a Goldstein line: ' + s.bars + ' ' + s.points);
    const total = Number((await page.textContent('.summary')).split(' ')[0]);
    check(total > s.rows && s.rows === 10, 'the table shows a first page of ' + s.rows + ' of ' + total);

    step = 'paging';
    await page.click('button.more');
    await page.waitForFunction((n) => document.querySelectorAll('table.events tbody tr').length > n, s.rows);
    const after = await chartState(page);
    check(after.rows === Math.min(total, 20), '"More events" adds the next page: ' + after.rows);
    const shown = await page.textContent('.shown');
    check(shown.includes(after.rows + ' of ' + total), 'and says how many are shown: ' + shown);
    await page.screenshot({ path: path.join(out, 'pairs.png'), fullPage: true });

    step = 'reload';
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('svg.chart.pairs');
    check(await page.inputValue('select.root') === '04' && await page.inputValue('input.country >> nth=1') === 'Vietnam',
      'the URL alone brings the view back');

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
