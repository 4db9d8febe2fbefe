/**
 * A document with StreamedArrays is written the same three ways: in pieces
 * (jsonChunks, for a spool of any size), whole (jsonText, the in-memory
 * path), and as JSON.stringify lays out the same document with plain arrays.
 */
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonText, streamedArray } from '../../../src/report/json-stream.js';

const CASES: { name: string; build: () => unknown; plain: unknown }[] = [
  {
    name: 'a top-level array',
    build: () => streamedArray([{ id: 1 }, { id: 2, tags: ['a', 'b'] }]),
    plain: [{ id: 1 }, { id: 2, tags: ['a', 'b'] }],
  },
  {
    name: 'an empty top-level array',
    build: () => streamedArray([]),
    plain: [],
  },
  {
    name: 'arrays inside objects, one empty and left out',
    build: () => ({
      runs: [{ results: streamedArray(['x', 'y']), notes: streamedArray([], { omitIfEmpty: true }) }],
      after: true,
    }),
    plain: { runs: [{ results: ['x', 'y'] }], after: true },
  },
  {
    name: 'an empty array that stays',
    build: () => ({ results: streamedArray([]), n: 0 }),
    plain: { results: [], n: 0 },
  },
  {
    name: 'values JSON cannot hold, and text with line breaks and the marker characters',
    build: () => ({ items: streamedArray([undefined, 'a\nb', '\u0000x\u0000', { f: () => 1 }]) }),
    plain: { items: [undefined, 'a\nb', '\u0000x\u0000', { f: () => 1 }] },
  },
  {
    name: 'a frame with a Date, a Map, undefined and a key named __proto__',
    build: () => ({
      at: new Date(0),
      map: new Map([['k', 1]]),
      gone: undefined,
      ['__proto__']: { results: streamedArray([1]) },
      list: [undefined, streamedArray([2])],
    }),
    plain: {
      at: new Date(0),
      map: new Map([['k', 1]]),
      gone: undefined,
      ['__proto__']: { results: [1] },
      list: [undefined, [2]],
    },
  },
];

describe('JSON written in pieces or whole', () => {
  it.each(CASES)('$name: both are JSON.stringify of the plain document', ({ build, plain }) => {
    const expected = JSON.stringify(plain, null, 2);
    expect([...jsonChunks(build())].join('')).toBe(expected);
    expect(jsonText(build())).toBe(expected);
  });

  it('reads each streamed array once, lazily in pieces', () => {
    let read = 0;
    function* counted(): Generator<number> {
      for (let item = 0; item < 3; item++) {
        read++;
        yield item;
      }
    }
    const chunks = jsonChunks({ results: streamedArray(counted()) });
    chunks.next();
    expect(read).toBeLessThan(3);
    expect([...chunks].length).toBeGreaterThan(0);
    expect(read).toBe(3);
    read = 0;
    expect(JSON.parse(jsonText({ results: streamedArray(counted()) }))).toEqual({ results: [0, 1, 2] });
    expect(read).toBe(3);
  });
});
