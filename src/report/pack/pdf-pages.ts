/**
 * Which page each linked section of a printed report starts on, read from the
 * PDF Chromium wrote: its named destinations (`/Dests`, one per `#anchor` the
 * contents link to) point at page objects, ordered by the `/Pages` tree.
 * Used to print page numbers in the table of contents; anything unexpected
 * gives an empty map, and the contents simply go without numbers.
 */

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Object number -> the body of `N 0 obj ... endobj` (uncompressed objects only). */
function objectBody(text: string, id: string): string | undefined {
  const start = text.indexOf(`\n${id} 0 obj`);
  if (start < 0) return undefined;
  const end = text.indexOf('endobj', start);
  return end < 0 ? undefined : text.slice(start, end);
}

function pageOrder(text: string): Map<string, number> {
  const nodes = new Map<string, string[]>();
  const parents = new Set<string>();
  for (const match of text.matchAll(/\n(\d+) 0 obj\s*<<\s*\/Type \/Pages\b([^>]*)>>/g)) {
    const kids = /\/Kids \[([^\]]*)\]/.exec(match[2]!)?.[1] ?? '';
    const ids = [...kids.matchAll(/(\d+) 0 R/g)].map((kid) => kid[1]!);
    nodes.set(match[1]!, ids);
    for (const id of ids) parents.add(id);
  }
  const root = [...nodes.keys()].find((id) => !parents.has(id));
  const order = new Map<string, number>();
  const walk = (id: string): void => {
    const kids = nodes.get(id);
    if (kids === undefined) order.set(id, order.size + 1);
    else for (const kid of kids) walk(kid);
  };
  if (root !== undefined) walk(root);
  return order;
}

export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const pages = new Map<string, number>();
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const destsId = /\/Dests (\d+) 0 R/.exec(text)?.[1];
  if (destsId === undefined) return pages;
  const body = objectBody(text, destsId);
  if (body === undefined) return pages;
  const order = pageOrder(text);
  for (const match of body.matchAll(/\/([^\s[\]/<>()]+)\s*\[(\d+) 0 R/g)) {
    const page = order.get(match[2]!);
    if (page !== undefined) pages.set(decodeName(match[1]!), page);
  }
  return pages;
}
