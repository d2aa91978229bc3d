// Drives the story views of the web page in Debian's chromium: the stories list, the story page of a Vietnamese
// article and its Indonesian translation (both articles, both languages, the chain edge), each article's story and
// related article, and search results folded by story.
// Usage: node story-test.cjs BASE_URL OUT_DIR TRANSLATION_ID SOURCE_ID
'use strict';
const path = require('path');
const { checker, openPage, passed, failed, axeCheck, reloadCheck } = require('./browser.cjs');

const [base, out, translationId, sourceId] = process.argv.slice(2);
const { checks, check } = checker();

(async () => {
  const { context, page, problems } = await openPage(out);
  const shot = (name) => page.screenshot({ path: path.join(out, name), fullPage: true });
  let step = 'start';
  try {
    step = 'stories list';
    await page.goto(base + '#/stories');
    await page.waitForSelector('.story-hit');
    const storyId = await page.evaluate(async (id) => (await (await fetch('/api/articles/' + encodeURIComponent(id))).json()).story.id, translationId);
    const card = page.locator('.story-hit[data-id="' + storyId + '"]');
    check(await card.count() === 1, 'the stories list shows the story of the pair: ' + storyId);
    const size = await card.locator('.size').textContent();
    const langs = (await card.locator('.lang').allTextContents()).sort().join(' ');
    check(size === '2 articles' && langs === 'id vi', 'its card says two articles in Indonesian and Vietnamese: ' + size + ', ' + langs);
    await page.selectOption('#story-sort', 'largest');
    await page.click('.story-filters button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('sort=largest')
      && (document.querySelector('.summary') || {}).textContent.includes('largest first'));
    const first = await page.getAttribute('.story-hit', 'data-id');
    check(first === storyId, 'largest first puts the two-article story on top: ' + first);
    await shot('stories.png');
    await axeCheck(page, 'stories', checks);

    step = 'story filters';
    await page.click('.story-hit[data-id="' + storyId + '"] .langs a >> text=vi');
    await page.waitForFunction(() => location.hash.includes('lang=vi') && location.hash.includes('sort=largest'));
    await page.waitForFunction((id) => document.querySelector('.story-hit[data-id="' + id + '"]')
      && document.querySelector('.filters .chip'), storyId);
    const inVietnamese = await page.$$eval('.story-hit .size', (xs) => xs.length);
    check(inVietnamese === 1, 'a language of a story narrows the list to the stories in it: ' + inVietnamese);
    check((await page.inputValue('#story-filter-lang')) === 'vi', 'and the filter form shows it');
    await reloadCheck(page, 'stories', '.story-hit', check);

    step = 'story page';
    await page.click('.story-hit[data-id="' + storyId + '"] h2 a');
    await page.waitForSelector('.chain-graph');
    check(await page.locator('.story-articles li[data-id="' + translationId + '"]').count() === 1
      && await page.locator('.story-articles li[data-id="' + sourceId + '"]').count() === 1, 'both articles are listed');
    check(await page.locator('.lang-group[data-lang="id"]').count() === 1 && await page.locator('.lang-group[data-lang="vi"]').count() === 1,
      'the articles are grouped under Indonesian and Vietnamese');
    const edge = page.locator('.chain-edges li[data-relation="translated_from"]');
    check(await edge.count() === 1, 'the chain lists one translated_from edge');
    const edgeLinks = await edge.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    check(edgeLinks[0].endsWith('/' + encodeURIComponent(sourceId)) && edgeLinks[1].endsWith('/' + encodeURIComponent(translationId)),
      'the arrow goes from the Vietnamese source to the Indonesian copy: ' + edgeLinks.join(' → '));
    const graph = await page.evaluate(() => ({
      nodes: document.querySelectorAll('.chain-graph a.node').length,
      arrows: document.querySelectorAll('.chain-graph path.edge').length,
      labels: Array.from(document.querySelectorAll('.chain-graph .edge-label')).map((t) => t.textContent).join('|'),
      aria: document.querySelector('.chain-graph').getAttribute('aria-label')
    }));
    check(graph.nodes >= 2 && graph.arrows >= 1 && graph.labels.includes('translated_from') && graph.aria.includes('translated_from'),
      'the graph draws the nodes and a labelled arrow, and names them for screen readers: ' + JSON.stringify(graph));
    const dots = await page.locator('svg.story-timeline a circle').count();
    check(dots === 2, 'the timeline has a dot per article: ' + dots);
    const people = await page.textContent('.story-people');
    check(people.includes('Sergei Lavrov') && people.includes('Marco Rubio'), 'the story lists its people: ' + people);
    const titleDir = await page.getAttribute('.story h1', 'dir');
    check(titleDir === 'auto', 'the title is laid out by its own script (dir=auto)');
    await shot('story.png');
    await axeCheck(page, 'story', checks);
    await reloadCheck(page, 'story', '.chain-graph', check);

    step = 'keyboard';
    await page.focus('.chain-graph a.node[data-id="' + sourceId + '"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === '#/article/' + encodeURIComponent(id), sourceId);
    check(true, 'a chain node opens its article from the keyboard');

    step = 'source article';
    await page.waitForSelector('ul.related li');
    check(await page.evaluate(() => document.activeElement === document.querySelector('main h1')),
      'the keyboard focus goes on to the opened article\'s heading');
    const back = page.locator('ul.related li[data-id="' + translationId + '"]');
    check(await back.count() === 1, 'the source article lists its translation');
    check((await back.getAttribute('data-relation')) === 'translated_as', 'as translated_as: ' + await back.getAttribute('data-relation'));
    check((await page.getAttribute('.story-box a', 'href')) === '#/story/' + encodeURIComponent(storyId), 'and links its story');

    step = 'translation article';
    // the source's page stays until the translation's is drawn: wait for the title to change
    const sourceHeading = await page.textContent('h1');
    await page.click('ul.related li[data-id="' + translationId + '"] a');
    await page.waitForFunction(([id, before]) => location.hash === '#/article/' + encodeURIComponent(id)
      && document.querySelector('h1').textContent !== before && document.querySelector('.text'), [translationId, sourceHeading]);
    const related = page.locator('ul.related li[data-id="' + sourceId + '"]');
    check(await related.count() === 1, 'the translation lists its source');
    check((await related.getAttribute('data-relation')) === 'translated_from', 'as translated_from');
    await page.waitForFunction(() => !document.querySelector('ul.related li .lang').textContent.includes('…'));
    const relatedText = await related.textContent();
    const sourceTitle = await page.evaluate(async (id) => (await (await fetch('/api/articles/' + encodeURIComponent(id))).json()).title, sourceId);
    check(relatedText.includes('translated from') && relatedText.includes(sourceTitle) && /\bvi\b/i.test(relatedText),
      'with its relation, title and language: ' + relatedText);
    const storyBox = await page.textContent('.story-box');
    check(storyBox.includes('2 articles in 2 languages'), 'the story box sums up the story: ' + storyBox);
    await shot('related.png');
    await axeCheck(page, 'article with related articles', checks);

    step = 'search folded by story';
    await page.goto(base + '#/search?q=Lavrov');
    await page.waitForFunction(() => location.hash.includes('q=Lavrov') && document.querySelector('.hit'));
    const folded = await page.evaluate((ids) => ids.filter((id) => document.querySelector('.hit[data-id="' + id + '"]')).length,
      [translationId, sourceId]);
    check(folded === 1, 'one result stands for the pair: ' + folded);
    const similar = await page.textContent('.similar');
    check(/and 1 similar article in \d languages?/.test(similar), 'and it says how many it stands for: ' + similar);
    await shot('search-folded.png');
    await axeCheck(page, 'search folded by story', checks);
    await page.click('.similar a');
    await page.waitForSelector('.chain-graph');
    check(page.url().endsWith('#/story/' + encodeURIComponent(storyId)), 'that line opens the story');

    step = 'search every copy';
    await page.goto(base + '#/search?q=Lavrov');
    await page.waitForSelector('.collapse-toggle');
    await page.click('.collapse-toggle');
    await page.waitForFunction(() => location.hash.includes('collapse=none'));
    await page.waitForFunction((ids) => ids.every((id) => document.querySelector('.hit[data-id="' + id + '"]')), [translationId, sourceId]);
    check(await page.locator('.similar').count() === 0, 'asked for every copy, both articles show and nothing is folded');

    await passed(context, problems, checks, check);
  } catch (e) {
    await failed(e, context, page, out, step, problems, checks);
  }
})();
