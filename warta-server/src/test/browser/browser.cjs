// What the page tests share: a headless Debian chromium with a throw-away profile, a page that records its errors,
// and a list of named checks.
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

/** Ends a script that passed: no page errors, the count of checks on stdout, exit 0. */
async function passed(context, problems, checks, check) {
  check(problems.length === 0, 'no page errors, CSP violations or dialogs: ' + problems.join(' | '));
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

module.exports = { checker, openPage, passed, failed };
