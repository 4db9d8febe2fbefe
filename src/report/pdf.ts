/**
 * evidence.pdf: the HTML report printed by a headless Chromium (Debian's
 * /usr/bin/chromium or PUPPETEER_EXECUTABLE_PATH) with JavaScript disabled and
 * every request refused except the report document itself (and inline data: URLs).
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';

export const DEFAULT_BROWSER_PATH = '/usr/bin/chromium';
export const NO_BROWSER_HINT =
  'install Chromium (apt-get install chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary';

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

/** The browser to use, or undefined when none is installed where we look. */
export async function findBrowser(explicitPath?: string): Promise<string | undefined> {
  const candidate = explicitPath ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? DEFAULT_BROWSER_PATH;
  try {
    await access(candidate, constants.X_OK);
    return candidate;
  } catch {
    return undefined;
  }
}

export interface PdfBrowser {
  browser: Browser;
  /** Process id of the browser, for memory measurements. */
  pid: number | undefined;
  close(): Promise<void>;
}

export async function launchPdfBrowser(executablePath: string): Promise<PdfBrowser> {
  const { default: puppeteer } = await import('puppeteer');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: LAUNCH_ARGS,
    // Printing a large report is one long protocol call.
    protocolTimeout: 15 * 60_000,
  });
  return { browser, pid: browser.process()?.pid, close: () => browser.close() };
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
      margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
      outline: true,
      tagged: true,
      timeout: input.timeoutMs,
    });
    return { pdf, refusedRequests };
  } finally {
    await page.close();
  }
}
