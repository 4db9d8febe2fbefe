/**
 * evidence.pdf: the HTML report printed by the Chrome or Chromium already on
 * the machine (puppeteer-core: nothing is downloaded) with JavaScript disabled
 * and every request refused except the report document itself (and inline
 * data: URLs).
 *
 * The browser never outlives the scanner: it talks over pipes (`pipe: true`),
 * so it exits when this process dies, even by SIGKILL; its profile lives in a
 * temporary folder named after this process, which a later run removes once
 * that process is gone.
 */
import { constants } from 'node:fs';
import { rmSync } from 'node:fs';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { groupsWithArgument, killGroupSync, onInterrupt, ownerIsGone, ownerTag } from './pack/cleanup.js';

/** Where Chrome/Chromium usually is, first match wins (after the environment variables). */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const;
export const BROWSER_ENV_VARS = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;
export const NO_BROWSER_HINT =
  'install Chromium or Chrome (Debian/Ubuntu: apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH or CHROME_PATH to its binary; --format without pdf skips the PDF';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser to use, or undefined when none is found: the explicit path,
 * else PUPPETEER_EXECUTABLE_PATH or CHROME_PATH (only that one when set),
 * else the first of BROWSER_CANDIDATES that exists.
 */
export async function findBrowser(
  explicitPath?: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string | undefined> {
  const fromEnv = BROWSER_ENV_VARS.map((name) => env[name]).find((value) => value);
  const chosen = explicitPath ?? fromEnv;
  if (chosen !== undefined) return (await isExecutable(chosen)) ? chosen : undefined;
  for (const candidate of BROWSER_CANDIDATES) {
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface PdfBrowser {
  browser: Browser;
  /** Process id of the browser, for memory measurements. */
  pid: number | undefined;
  close(): Promise<void>;
}

/** Profile folders: `soc2-chromium-<host>-<pid>-XXXXXX` in the temporary folder. */
export const PROFILE_PREFIX = 'soc2-chromium-';

/** Removes browser profiles left by scanner processes of this host that no longer run. */
export async function removeStaleProfiles(parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(PROFILE_PREFIX) || !ownerIsGone(name.slice(PROFILE_PREFIX.length))) continue;
    await rm(join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export async function launchPdfBrowser(executablePath: string): Promise<PdfBrowser> {
  const { default: puppeteer } = await import('puppeteer-core');
  await removeStaleProfiles();
  const userDataDir = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${ownerTag()}`));
  let browser: Browser | undefined;
  // Stopped by a signal: kill the browser's process group and remove its profile before exiting.
  const release = onInterrupt(() => {
    // Signalled during launch, `browser` is not set yet: find the browser by its profile argument.
    const pid = browser?.process()?.pid;
    const groups = new Set(groupsWithArgument(`--user-data-dir=${userDataDir}`));
    if (pid !== undefined) groups.add(pid);
    for (const group of groups) killGroupSync(group);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  });
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: LAUNCH_ARGS,
      userDataDir,
      // Pipes, not a WebSocket: the browser exits when this process dies, however it dies.
      pipe: true,
      // Signals are handled in onInterrupt above, which also removes the profile.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Printing a large report is one long protocol call.
      protocolTimeout: 15 * 60_000,
    });
  } catch (error) {
    release();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const launched = browser;
  return {
    browser: launched,
    pid: launched.process()?.pid,
    close: async () => {
      try {
        await launched.close();
      } finally {
        release();
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

/** Time allowed for one PDF: generous, growing with the report's size. */
export function pdfTimeoutMs(htmlBytes: number): number {
  return 60_000 + Math.ceil(htmlBytes / 1_000_000) * 20_000;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PdfResult {
  pdf: Uint8Array;
  /** URLs the page tried to load and was refused (expected: none). */
  refusedRequests: string[];
}

/** Prints an HTML file to PDF with page header (scope, timestamp) and footer (page numbers). */
export async function renderPdf(
  pdfBrowser: PdfBrowser,
  input: { htmlPath: string; scope: string; timestamp: string; timeoutMs: number },
): Promise<PdfResult> {
  const documentUrl = pathToFileURL(input.htmlPath).href;
  const page = await pdfBrowser.browser.newPage();
  const refusedRequests: string[] = [];
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // data: URLs (an inline logo) never touch the network; everything else but the document is refused.
      if ((url === documentUrl && request.isNavigationRequest()) || url.startsWith('data:')) {
        void request.continue();
      } else {
        refusedRequests.push(request.url());
        void request.abort('blockedbyclient');
      }
    });
    page.setDefaultTimeout(input.timeoutMs);
    await page.goto(documentUrl, { waitUntil: 'load', timeout: input.timeoutMs });
    await page.emulateMediaType('print');
    const style =
      'font-family: DejaVu Sans, Arial, sans-serif; font-size: 7.5px; color: #5f6b7a; width: 100%; margin: 0 12mm;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${style} display: flex; justify-content: space-between;"><span>SOC 2 evidence: ${escapeHtml(input.scope)}</span><span>${escapeHtml(input.timestamp)}</span></div>`,
      footerTemplate: `<div style="${style} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      outline: true,
      tagged: true,
      timeout: input.timeoutMs,
    });
    return { pdf, refusedRequests };
  } finally {
    await page.close();
  }
}
