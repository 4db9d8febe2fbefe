/** Text of each PDF page, through pdfjs (as a reader would extract it). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(data: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Titles of the PDF's bookmarks (outline), depth first. */
export async function pdfOutline(data: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const titles: string[] = [];
    const walk = (items: { title: string; items: unknown[] }[] | null): void => {
      for (const item of items ?? []) {
        titles.push(item.title);
        walk(item.items as { title: string; items: unknown[] }[]);
      }
    };
    walk(await document.getOutline());
    return titles;
  } finally {
    await document.destroy();
  }
}

/** The text runs of one page with where each starts, in points from the page's left edge. */
export async function pdfTextRuns(
  data: Uint8Array,
  pageNumber: number,
): Promise<{ text: string; x: number }[]> {
  const document = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  try {
    const content = await (await document.getPage(pageNumber)).getTextContent();
    return content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number }] : [],
    );
  } finally {
    await document.destroy();
  }
}
