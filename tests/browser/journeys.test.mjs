// A clerk's journeys through the meeting cycle in a real browser (Debian's chromium driven by playwright-core),
// against the built `boardroom serve --demo` on a fresh database: sign in, create a meeting, build its agenda,
// import the sample meeting pack through the upload page and its preview, record outcomes of recommendations,
// update an action until it is closed, and see an overdue action on the dashboard. Each journey is a test; they
// run in order on one signed-in page. Screenshots of the upload and preview pages go to the system's temporary
// folder (BOARDROOM_SCREENSHOTS to choose another).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACK, isoDay, launchBrowser, signIn, startServer } from './harness.mjs';

const BOARD = 'Wessex Vale Countywide Community Safety Board';
const SHOTS = process.env.BOARDROOM_SCREENSHOTS || tmpdir();

let server;
let browser;
let page;
const state = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20000);
  page = await context.newPage();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
});

// The texts of the items of the agenda on a manage page, as "number title".
async function agenda() {
  return page.$$eval('.br-agenda__item', (items) => items.map((li) =>
    `${li.querySelector('.br-agenda__number').textContent.trim()} ${li.querySelector('.br-agenda__title').textContent.trim()}`));
}

// Clicks `locator` and waits for the page it leads to (a form's answer, or the page it redirects to).
async function clickAndLoad(locator) {
  await Promise.all([page.waitForEvent('framenavigated'), locator.click()]);
  await page.waitForLoadState('load');
}

// Presses the move button `label` of the agenda item numbered `number`.
async function move(number, label) {
  const item = page.locator('.br-agenda__item', { has: page.locator('.br-agenda__number', { hasText: new RegExp(`^${number}$`) }) });
  await clickAndLoad(item.locator('button', { hasText: label }));
}

async function submit(buttonText) {
  await clickAndLoad(page.locator('button', { hasText: buttonText }));
}

test('sign in', async () => {
  await page.goto(`${server.base}/dashboard`);
  assert.match(page.url(), /\/sign-in\?next=\/dashboard$/);
  await signIn(page, server.base);
  assert.equal(await page.textContent('h1'), 'Your dashboard');
  assert.match(await page.textContent('header'), /Ada Admin/);
});

test('create a meeting', async () => {
  await page.goto(`${server.base}/dashboard`);
  await Promise.all([page.waitForURL(/\/meetings\/new$/), page.click('a:has-text("Create a meeting")')]);
  // A form with an error first: no date.
  await page.selectOption('#body_id', { label: BOARD });
  await submit('Create the meeting');
  assert.match(await page.textContent('.govuk-error-summary'), /date/i);
  state.meetingDate = isoDay(-30);
  await page.fill('#date', state.meetingDate);
  await page.fill('#time', '14:00');
  await page.fill('#venue', 'Browser Test Chamber');
  await Promise.all([page.waitForURL(/\/meetings\/\d+\/manage$/), page.click('button:has-text("Create the meeting")')]);
  state.manage = page.url();
  assert.match(await page.textContent('h1'), /Manage the meeting of/);
  assert.match(await page.textContent('main'), /Browser Test Chamber|The agenda has no items yet/);
});

test('build the agenda: standard items, an item, a nested item, a move', async () => {
  await page.goto(state.manage);
  await page.check('label:has-text("Welcome and apologies")');
  await page.check('label:has-text("Declarations of interest")');
  await submit('Add the chosen items at the top');
  assert.deepEqual(await agenda(), ['1 Welcome and apologies', '2 Declarations of interest']);
  await page.fill('#title', 'Budget monitoring');
  await submit('Add the item');
  await page.fill('#title', 'Capital programme');
  await submit('Add the item');
  await page.fill('#title', 'Revenue forecast');
  const parent = await page.$eval('#parent_item_id', (select) =>
    [...select.options].find((o) => o.textContent.includes('Budget monitoring')).value);
  await page.selectOption('#parent_item_id', parent);
  await submit('Add the item');
  let items = await agenda();
  assert.deepEqual(items, ['1 Welcome and apologies', '2 Declarations of interest', '3 Budget monitoring',
    '3.1 Revenue forecast', '4 Capital programme']);
  // Capital programme moves up above Budget monitoring, then nests under it.
  await move('4', 'Move up');
  items = await agenda();
  assert.equal(items[2], '3 Capital programme');
  assert.equal(items[3], '4 Budget monitoring');
  await move('3', 'Nest under 2');
  items = await agenda();
  assert.ok(items.includes('2.1 Capital programme'), items.join(' | '));
});

test('import the sample meeting pack through the upload page and its preview', async () => {
  await page.goto(`${server.base}/dashboard`);
  await Promise.all([page.waitForURL(/\/imports\/new$/), page.click('a:has-text("Import a meeting pack")')]);
  // Without a file: the error summary links to the file input.
  await submit('Preview the import');
  assert.match(await page.textContent('.govuk-error-summary'), /Choose a file to import/);
  assert.equal(await page.getAttribute('.govuk-error-summary a', 'href'), '#file');
  await page.screenshot({ path: path.join(SHOTS, 'boardroom-import-error.png'), fullPage: true });
  await page.selectOption('#body', { label: 'The body the file names' });
  await page.setInputFiles('#file', PACK);
  await page.screenshot({ path: path.join(SHOTS, 'boardroom-import-new.png'), fullPage: true });
  await submit('Preview the import');
  assert.equal(await page.textContent('h1'), 'Check the import');
  const preview = await page.textContent('main');
  assert.match(preview, /Business Coordination Board/);
  assert.match(preview, /HQ, Conference Room 3/);
  assert.match(preview, /Strategic Direction for OPCC Investment in Prevention/);
  assert.ok((await page.$$('.br-preview-paper')).length > 3, 'papers listed');
  assert.ok((await page.$$('#actions ~ table tbody tr')).length > 0, 'actions listed');
  await page.screenshot({ path: path.join(SHOTS, 'boardroom-import-preview.png'), fullPage: true });
  await Promise.all([page.waitForURL(/\/meetings\/\d+$/), page.click('#confirm-import')]);
  state.imported = page.url();
  assert.match(await page.textContent('main'), /Strategic Direction for OPCC Investment in Prevention/);
});

test('record outcomes of recommendations', async () => {
  await page.goto(`${state.imported}/manage`);
  const first = page.locator('.br-recommendation').first();
  const id = await first.getAttribute('id');
  await first.locator('select').selectOption('agreed');
  await clickAndLoad(first.locator('button'));
  assert.match(await page.textContent(`#${id}`), /Recorded outcome: Agreed/);
  // Agreed with amendments needs a note: the error is shown against the field, nothing recorded.
  const second = page.locator('.br-recommendation').nth(1);
  const secondId = await second.getAttribute('id');
  await second.locator('select').selectOption('agreed_with_amendments');
  await clickAndLoad(second.locator('button'));
  assert.ok(await page.isVisible('.govuk-error-summary'));
  const again = page.locator(`#${secondId}`);
  await again.locator('textarea').fill('Amended to report quarterly.');
  await again.locator('select').selectOption('agreed_with_amendments');
  await clickAndLoad(again.locator('button'));
  assert.match(await page.textContent(`#${secondId}`), /Recorded outcome: Agreed with amendments/);
});

test('update an action until it is closed', async () => {
  await page.goto(state.manage);
  await page.selectOption('#action-agenda_item_id', { index: 1 });
  await page.fill('#action-text', 'Circulate the revised budget timetable');
  await page.fill('#action-owner', 'Treasurer');
  await page.fill('#action-target_date', isoDay(20));
  await submit('Raise the action');
  await Promise.all([page.waitForURL(/\/actions\/\d+$/),
    page.click('li:has-text("Circulate the revised budget timetable") a:has-text("Action")')]);
  await page.fill('#update-text', 'Draft timetable shared with the finance team.');
  await submit('Add the update');
  assert.match(await page.textContent('#updates ~ ol'), /Draft timetable shared with the finance team/);
  await page.selectOption('#status', 'ongoing');
  await submit('Change the status');
  assert.match(await page.textContent('main'), /Ongoing/);
  await page.selectOption('#status', 'closed');
  await page.fill('#status-note', 'Timetable circulated to all members.');
  await submit('Change the status');
  assert.match(await page.textContent('main'), /Closed/);
  assert.match(await page.textContent('#updates ~ ol'), /Timetable circulated to all members/);
});

test('an overdue action shows on the dashboard', async () => {
  await page.goto(state.manage);
  await page.selectOption('#action-agenda_item_id', { index: 1 });
  await page.fill('#action-text', 'Publish the overdue browser-test report');
  await page.fill('#action-owner', 'Chief Executive');
  await page.fill('#action-target_date', isoDay(-5));
  await submit('Raise the action');
  await page.goto(`${server.base}/dashboard`);
  const entry = page.locator('#actions ~ ul li', { hasText: 'Publish the overdue browser-test report' });
  assert.equal(await entry.count(), 1);
  assert.match(await entry.textContent(), /Overdue/);
});
