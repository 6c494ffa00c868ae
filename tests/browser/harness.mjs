// What every browser test needs: the built `boardroom serve` on a free port of 127.0.0.1 with a fresh temporary
// database holding the demo data and a first administrator, and Debian's chromium driven by playwright-core.
// Nothing here is skipped quietly: a missing executable, sample pack, npm package or browser is an error that
// says what to do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const ADMIN_EMAIL = 'ada.admin@example.org';
export const ADMIN_NAME = 'Ada Admin';
export const ADMIN_PASSWORD = 'browser tests correct horse';

// The value of environment variable `name` (set by tests/browser/CMakeLists.txt), naming a path that exists.
function requiredPath(name, what) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through ctest (make test)`);
  if (!existsSync(value)) throw new Error(`${what} is missing at ${value} (${name})`);
  return value;
}

export const BINARY = requiredPath('BOARDROOM_BINARY', 'the boardroom executable; build it first');
export const PAPERS = requiredPath('BOARDROOM_PAPERS', 'the folder of sample papers');
export const NODE_MODULES = requiredPath('BOARDROOM_NODE_MODULES',
  'node_modules; run `make setup` (npm ci installs playwright-core and axe-core from package-lock.json)');
export const PACK = path.join(PAPERS, 'bcb-pack-2019-09-18.txt');
if (!existsSync(PACK)) throw new Error(`the sample meeting pack is missing at ${PACK}`);

// playwright-core and axe-core from the project's node_modules; a clear error when either is absent.
export async function loadPlaywright() {
  const entry = path.join(NODE_MODULES, 'playwright-core', 'index.mjs');
  if (!existsSync(entry)) {
    throw new Error(`playwright-core is not installed (${entry}): run \`make setup\``);
  }
  return import(pathToFileURL(entry).href);
}

export function axeSource() {
  const file = path.join(NODE_MODULES, 'axe-core', 'axe.min.js');
  if (!existsSync(file)) throw new Error(`axe-core is not installed (${file}): run \`make setup\``);
  return readFileSync(file, 'utf8');
}

// Today, `days` from now, as ISO 8601 (the server reads the same system clock).
export function isoDay(days) {
  const d = new Date(Date.now() + days * 86400 * 1000);
  return d.toISOString().slice(0, 10);
}

// Starts `boardroom serve --demo` on a fresh database and adds the first administrator. Resolves to
// {base, stop}; stop() ends the server and removes the database.
export async function startServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'br-browser-'));
  const db = path.join(dir, 'boardroom.db');
  const env = { ...process.env, BOARDROOM_DB: '' };
  const child = spawn(BINARY, ['serve', '--demo', '--quiet', '--db', db, '--listen', '127.0.0.1:0'],
    { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`boardroom serve did not start in 60 s:\n${log}`)), 60000);
    const read = (chunk) => {
      log += chunk.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`boardroom serve exited with ${code}:\n${log}`));
    });
  });
  child.removeAllListeners('exit');
  const added = spawnSync(BINARY, ['user', 'add', ADMIN_EMAIL, '--name', ADMIN_NAME, '--role', 'admin',
    '--password-stdin', '--db', db], { input: `${ADMIN_PASSWORD}\n`, env, encoding: 'utf8' });
  if (added.status !== 0) {
    child.kill('SIGTERM');
    throw new Error(`boardroom user add failed (${added.status}): ${added.stderr}`);
  }
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, stop, log: () => log };
}

// Launches Debian's chromium headless; never downloads a browser.
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium is missing at ${CHROMIUM}: run \`make setup\` (scripts/setup installs Debian's chromium)`);
  }
  const { chromium } = await loadPlaywright();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Signs in through the sign-in page and waits for the dashboard.
export async function signIn(page, base) {
  await page.goto(`${base}/dashboard`);
  await page.fill('#email', ADMIN_EMAIL);
  await page.fill('#password', ADMIN_PASSWORD);
  await Promise.all([page.waitForURL(/\/dashboard$/), page.click('button:has-text("Sign in")')]);
}
