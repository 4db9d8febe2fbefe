/**
 * JSON documents written in pieces: a document is laid out as JSON.stringify
 * (value, null, 2) lays it out, but an array given as a StreamedArray is
 * written one item at a time as its iterable yields them. The pieces joined are
 * byte for byte that JSON.stringify of the same document with those arrays
 * whole, so a renderer has one implementation for a string and for a stream of
 * any size (an organization's findings read back from its spool).
 */
import { randomUUID } from 'node:crypto';

const INDENT = 2;

/** An array whose items are produced while it is written. */
export class StreamedArray<T = unknown> {
  constructor(
    readonly items: Iterable<T>,
    /** Leave the property out, as `...(list.length > 0 ? { key: list } : {})` does, when no item comes. */
    readonly omitIfEmpty = false,
  ) {}
}

/** A StreamedArray in a place typed as an array (a SARIF log's `results`): jsonChunks writes its items there. */
export function streamedArray<T>(items: Iterable<T>, options: { omitIfEmpty?: boolean } = {}): T[] {
  return new StreamedArray(items, options.omitIfEmpty ?? false) as unknown as T[];
}

interface Started {
  iterator: Iterator<unknown>;
  first: IteratorResult<unknown>;
}

function itemText(item: unknown, pad: string): string {
  // As in an array written whole: a value JSON cannot hold is written null.
  const text = JSON.stringify(item, null, INDENT) ?? 'null';
  return `${pad}${text.replace(/\n/g, `\n${pad}`)}`;
}

function* arrayChunks(started: Started, indent: number): Generator<string> {
  if (started.first.done) {
    yield '[]';
    return;
  }
  const pad = ' '.repeat(indent + INDENT);
  yield `[\n${itemText(started.first.value, pad)}`;
  for (let next = started.iterator.next(); !next.done; next = started.iterator.next())
    yield `,\n${itemText(next.value, pad)}`;
  yield `\n${' '.repeat(indent)}]`;
}

/**
 * `JSON.stringify(value, null, 2)` in pieces, each StreamedArray in `value`
 * written item by item (not nested in another StreamedArray's items). Each
 * array's first item is read while the frame around them is laid out (to know
 * whether an omitIfEmpty array is there at all); the others as they are written.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  const streams: Started[] = [];
  const nonce = randomUUID();
  const marker = (index: number) => `\u0000${nonce}:${index}\u0000`;
  try {
    const frame = JSON.stringify(
      value,
      (_key, node: unknown) => {
        if (!(node instanceof StreamedArray)) return node;
        const iterator = (node.items as Iterable<unknown>)[Symbol.iterator]();
        const first = iterator.next();
        if (first.done && node.omitIfEmpty) return undefined;
        streams.push({ iterator, first });
        return marker(streams.length - 1);
      },
      INDENT,
    );
    let from = 0;
    for (const [index, started] of streams.entries()) {
      const quoted = JSON.stringify(marker(index));
      const at = frame.indexOf(quoted, from);
      const lineStart = frame.lastIndexOf('\n', at) + 1;
      const indent = /^ */.exec(frame.slice(lineStart, at))![0].length;
      yield frame.slice(from, at);
      yield* arrayChunks(started, indent);
      from = at + quoted.length;
    }
    yield frame.slice(from);
  } finally {
    // Stopped early (a failed write): the spool readers behind the arrays close their files.
    for (const started of streams) started.iterator.return?.();
  }
}

/**
 * The whole document as one string, each StreamedArray read into an array:
 * what jsonChunks' pieces join to, in one JSON.stringify (a renderer's
 * in-memory path, where per-item pieces only cost time). The arrays are read
 * in before stringifying rather than in a replacer: any replacer function
 * takes JSON.stringify off its fast path for the whole document.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(withArraysRead(value), null, INDENT);
}

/** The frame copied down to its StreamedArrays (read into arrays); their items, and anything not plain data, as they are. */
function withArraysRead(node: unknown): unknown {
  if (node instanceof StreamedArray) {
    const items = [...(node.items as Iterable<unknown>)];
    return items.length === 0 && node.omitIfEmpty ? undefined : items;
  }
  if (Array.isArray(node)) return node.map(withArraysRead);
  if (typeof node !== 'object' || node === null) return node;
  const prototype: unknown = Object.getPrototypeOf(node);
  if (prototype !== Object.prototype && prototype !== null) return node;
  // No prototype: a key named __proto__ stays a key.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(node)) copy[key] = withArraysRead(item);
  return copy;
}

/** Lazily mapped, for the items of a StreamedArray. */
export function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}
