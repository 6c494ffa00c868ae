// Every page the application serves, checked with axe-core in a real browser (Debian's chromium driven by
// playwright-core): the public's pages, a signed-in administrator's pages (the clerk's pages included), and
// forms showing their errors. Pages are found by following the links of the pages already seen, one page per
// route (numbers in paths stand for any record), from a list of starting points; forms with errors are
// submitted by hand. Any violation of impact "serious" or "critical" fails the test, with its rule, the
// elements and the page named.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PACK, axeSource, launchBrowser, signIn, startServer } from './harness.mjs';

const BLOCKING = new Set(['serious', 'critical']);
const MAX_PAGES = 60;

let server;
let browser;
const AXE = axeSource();

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// axe-core's serious and critical violations on the page as it is now. The script is evaluated through the
// DevTools protocol, which the page's Content-Security-Policy (no inline scripts) does not govern.
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE);
  }
  assert.equal(await page.evaluate(() => typeof window.axe), 'object', 'axe-core did not load into the page');
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => BLOCKING.has(v.impact));
}

function describe(url, found) {
  return found.map((v) => `${url}: [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5)
    .map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
}

// A route's shape: the path with each number read as {id}, the query's names without their values.
function routeOf(url) {
  const u = new URL(url);
  const names = [...u.searchParams.keys()].sort().join('&');
  return u.pathname.replace(/\/\d+(?=\/|$)/g, '/{id}') + (names ? `?${names}` : '');
}

// Visits `starts`, then the same-site links of every page seen, one page per route; checks each with axe.
// Returns {checked: [routes], problems: [text]}.
async function crawl(page, starts) {
  const seen = new Set();
  const queue = starts.map((s) => new URL(s, server.base).href);
  const checked = [];
  const problems = [];
  while (queue.length > 0 && checked.length < MAX_PAGES) {
    const url = queue.shift();
    const route = routeOf(url);
    if (seen.has(route)) continue;
    seen.add(route);
    const response = await page.goto(url);
    if (!response) continue;
    const found = await violations(page);
    if (found.length > 0) problems.push(describe(url, found));
    checked.push(`${route} (${response.status()})`);
    // getAttribute, not .href: an SVG link's href is an object, not a string.
    const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href'), document.baseURI).href));
    for (const link of links) {
      const u = new URL(link);
      if (u.origin !== new URL(server.base).origin) continue;
      if (u.pathname.startsWith('/static/') || u.pathname.startsWith('/api/')) continue;
      u.hash = '';
      if (!seen.has(routeOf(u.href))) queue.push(u.href);
    }
  }
  return { checked, problems };
}

async function submitAndCheck(page, problems, checked, what, act) {
  await Promise.all([page.waitForEvent('framenavigated'), act()]);
  await page.waitForLoadState('load');
  assert.ok(await page.isVisible('.govuk-error-summary'), `${what} shows its error summary`);
  const found = await violations(page);
  if (found.length > 0) problems.push(describe(`${what} (${page.url()})`, found));
  checked.push(what);
}

test('the public pages have no serious or critical accessibility problems', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { checked, problems } = await crawl(page, ['/', '/search?q=budget', '/decisions', '/sign-in',
    '/no-such-page']);
  // The sign-in form with its error.
  await page.goto(`${server.base}/sign-in`);
  await page.fill('#email', 'nobody@example.org');
  await page.fill('#password', 'wrong password');
  await submitAndCheck(page, problems, checked, 'sign-in with a wrong password',
    () => page.click('button:has-text("Sign in")'));
  // The checker itself is live: the same page with its email field's label removed is a critical violation.
  await page.goto(`${server.base}/sign-in`);
  await page.evaluate(() => document.querySelector('label[for="email"]').remove());
  const broken = await violations(page);
  assert.ok(broken.some((v) => v.id === 'label'), 'axe-core finds a field without a label');
  await context.close();
  console.log(`checked ${checked.length} public pages:\n  ${checked.join('\n  ')}`);
  assert.ok(checked.length >= 8, `only ${checked.length} public pages were reached`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the signed-in pages and forms with errors have no serious or critical accessibility problems', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.base);
  const { checked, problems } = await crawl(page, ['/dashboard', '/account', '/meetings/new', '/imports/new',
    '/decisions', '/search?q=strategy']);
  // A meeting's manage page comes from the dashboard's links; the forms with errors follow.
  await page.goto(`${server.base}/meetings/new`);
  await submitAndCheck(page, problems, checked, 'create a meeting without a date',
    () => page.click('button:has-text("Create the meeting")'));
  await page.goto(`${server.base}/papers/new`);
  await submitAndCheck(page, problems, checked, 'write a paper without a title or text',
    () => page.click('button:has-text("Save the paper")'));
  await page.goto(`${server.base}/imports/new`);
  await submitAndCheck(page, problems, checked, 'import without a file',
    () => page.click('button:has-text("Preview the import")'));
  // The preview of the sample pack.
  await page.goto(`${server.base}/imports/new`);
  await page.setInputFiles('#file', PACK);
  await Promise.all([page.waitForEvent('framenavigated'), page.click('button:has-text("Preview the import")')]);
  await page.waitForLoadState('load');
  assert.equal(await page.textContent('h1'), 'Check the import');
  const preview = await violations(page);
  if (preview.length > 0) problems.push(describe('the import preview', preview));
  checked.push('/imports/preview');
  const manage = await page.evaluate(async (base) => {
    const html = await (await fetch(`${base}/dashboard`)).text();
    const m = /href="(\/meetings\/\d+\/manage)"/.exec(html);
    return m ? m[1] : null;
  }, server.base);
  assert.ok(manage, 'the dashboard links to a meeting to manage');
  await page.goto(`${server.base}${manage}`);
  await submitAndCheck(page, problems, checked, 'add an agenda item without a title',
    () => page.click('button:has-text("Add the item")'));
  const action = await page.$eval('#actions ~ ul a.govuk-link', (a) => a.href).catch(() => null);
  if (action) {
    await page.goto(action);
    await submitAndCheck(page, problems, checked, 'an action update without text',
      () => page.click('button:has-text("Add the update")'));
  }
  await context.close();
  console.log(`checked ${checked.length} signed-in pages:\n  ${checked.join('\n  ')}`);
  assert.ok(checked.length >= 15, `only ${checked.length} signed-in pages were reached`);
  assert.ok(action, 'a meeting to manage lists an action to open');
  assert.deepEqual(problems, [], problems.join('\n'));
});
