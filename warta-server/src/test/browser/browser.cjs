// What the page tests share: a headless Debian chromium with a throw-away profile, a page that records its errors,
// and a list of named checks. A script for a new view calls, once the view is drawn:
//   await axeCheck(page, 'overview', checks);           // no serious or critical axe-core violation
//   await reloadCheck(page, 'overview', '.ready', check); // the address brings the same view back
//   check(await tabTo(page, 'button.more', check), '…');  // reachable by Tab, the focus visible on the way
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

/** A check list: check(ok, what) records the check and throws on the first that fails. */
function checker() {
  const checks = [];
  function check(ok, what) {
    checks.push({ ok: !!ok, what });
    if (!ok) throw new Error('failed: ' + what);
  }
  return { checks, check };
}

/** Opens chromium writing into OUT; `problems` collects page errors, console errors and dialogs. */
async function openPage(out) {
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 }
  });
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('dialog', (d) => { problems.push('dialog opened: ' + d.message()); d.dismiss(); });
  return { context, page, problems };
}

/** Ends a script that passed: no page errors, no check recorded as failed, the count of checks on stdout, exit 0. */
async function passed(context, problems, checks, check) {
  check(problems.length === 0, 'no page errors, CSP violations or dialogs: ' + problems.join(' | '));
  const failedChecks = checks.filter((c) => !c.ok);
  check(failedChecks.length === 0, 'every recorded check passed: ' + failedChecks.map((c) => c.what).join(' | '));
  console.log(JSON.stringify({ ok: true, checks: checks.length }));
  await context.close();
  process.exit(0);
}

/** Ends a script that failed at STEP: a screenshot of the page, what failed on stdout, exit 1. */
async function failed(e, context, page, out, step, problems, checks) {
  await page.screenshot({ path: path.join(out, 'failure.png'), fullPage: true }).catch(() => {});
  console.log(JSON.stringify({ ok: false, step, error: String(e && e.message || e), problems, checks }));
  await context.close().catch(() => {});
  process.exit(1);
}

// axe-core's own script, injected into the page under test by the driver (which the page's CSP does not govern).
const AXE_SOURCE = require('axe-core').source;

const SERIOUS = ['serious', 'critical'];

/**
 * Runs axe-core over the view now on the page and records one check named after the view: it fails listing every
 * violation of impact serious or critical (rule, the elements it found, what would fix it). The script goes on
 * after a failed one, so that one run reports every view; passed() then fails.
 */
async function axeCheck(page, viewName, checks) {
  if (!await page.evaluate(() => !!window.axe)) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (serious) => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => serious.includes(v.impact)).map((v) => ({
      rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 8) }));
  }, SERIOUS);
  const listed = violations.map((v) => v.rule + ' (' + v.impact + ', ' + v.help + '): ' + v.targets.join(', '));
  checks.push({ ok: violations.length === 0, what: 'axe-core finds no serious or critical violation in the ' + viewName
    + ' view' + (listed.length ? ': ' + listed.join(' ; ') : '') });
  return violations;
}

/**
 * Reloads the page at its address and checks that the same view comes back: `ready` is a selector that shows the
 * view is drawn; the address, the main area's text (less query times) and, in a search, the search box must be
 * what they were.
 */
async function reloadCheck(page, viewName, ready, check) {
  const state = () => page.evaluate(() => ({
    hash: location.hash,
    query: /^#\/(search)?(\?|$)/.test(location.hash || '#/') ? document.getElementById('q').value : null,
    text: document.getElementById('main').innerText.replace(/\d+(\.\d+)? ms\b/g, '')
  }));
  // parts of a view that load after it is drawn (the entity page's event tables) must have loaded both times
  await page.waitForLoadState('networkidle');
  const before = await state();
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  const after = await state();
  const same = after.hash === before.hash && after.query === before.query && after.text === before.text;
  check(same, 'reloading ' + before.hash + ' draws the same ' + viewName + ' view'
    + (same ? '' : ': before ' + JSON.stringify(before).slice(0, 300) + ', after ' + JSON.stringify(after).slice(0, 300)));
}

/** Whether the focused element shows where the focus is: an outline, or a box shadow standing for one. */
function focusVisible(page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return false;
    const s = getComputedStyle(a);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
}

/**
 * Presses Tab until the focus is on an element matching `selector` (at most `most` presses), checking that every
 * element the focus passes shows it; returns whether it got there.
 */
async function tabTo(page, selector, check, most = 80) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? a.tagName.toLowerCase() + (a.className && typeof a.className === 'string' ? '.' + a.className.split(' ').join('.') : '')
        + ' "' + (a.textContent || a.getAttribute('aria-label') || '').trim().slice(0, 40) + '"' : 'nothing';
    });
    check(await focusVisible(page), 'the focus shows on ' + where);
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return true;
  }
  return false;
}

/**
 * The first Tab from the top of a view lands on a "skip to main content" link, whose Enter moves the focus into
 * the main area (without leaving the view: the address stays as it was).
 */
async function skipLinkCheck(page, check) {
  const hash = await page.evaluate(() => location.hash);
  // the next Tab starts from the top of the document, as after a page load
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => ({ text: document.activeElement.textContent, cls: document.activeElement.className }));
  check(/skip to main content/i.test(skip.text), 'the first Tab lands on the skip link: ' + JSON.stringify(skip));
  check(await focusVisible(page), 'and the skip link shows when focused');
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => ({ hash: location.hash, inMain: document.getElementById('main').contains(document.activeElement) }));
  check(after.inMain && after.hash === hash, 'Enter on it puts the focus in the main area and keeps the view: ' + JSON.stringify(after));
}

/** Waits until the view on show is the one for the address now, not the one before it still on the screen. */
async function viewDrawn(page) {
  await page.waitForFunction(() => document.getElementById('main').getAttribute('data-drawn') === (location.hash || '#/'));
}

module.exports = { checker, openPage, passed, failed, axeCheck, reloadCheck, tabTo, skipLinkCheck, viewDrawn };
