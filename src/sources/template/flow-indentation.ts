/**
 * YAML 1.2 wants every line of a flow collection (`[...]`, `{...}`) inside a
 * block collection indented deeper than its parent node, and js-yaml 5 holds to
 * it ("deficient indentation"; nodeca/js-yaml#768, yaml-test-suite VJP3).
 * PyYAML, which SAM CLI and cfn-lint read templates with, ignores indentation
 * inside flow collections, CloudFormation accepts them, and AWS's own SAM
 * examples close `CustomStatements: [{ ... }]` at the key's column. Inside a
 * flow collection a line's leading spaces mean nothing (folding drops them from
 * plain and quoted scalars alike), so the collection's lines may be indented to
 * its opening bracket's column and the text parsed again. Only spaces at line
 * starts are added: every line keeps its number. The collection is found by
 * counting brackets outside quotes and comments, and kept only where js-yaml
 * then reads a flow collection from that bracket to that bracket: a `[` in a
 * block scalar must not move the lines after it.
 *
 * A quoted scalar outside any flow collection may also go on at column 0 (a
 * long Description or a JSON snippet in "..." broken over lines): js-yaml
 * stops there with the same error, PyYAML reads it, and folding drops a
 * continuation line's leading spaces from quoted scalars too. Its continuation
 * lines are indented to its opening quote's column, and the result is kept only
 * where js-yaml then reads a quoted scalar from that quote to its closing one.
 */
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, YAMLException, parseEvents, type Event } from 'js-yaml';
import { LineIndex, MAX_DEPTH, MAX_YAML_CHARS } from './limits.js';

interface IndentedFlowCollection {
  text: string;
  /** What was indented: a flow collection, or a quoted scalar's continuation lines. */
  kind: 'flow' | 'quoted';
  /** Offsets in `text` of the collection's opening and closing brackets (or quotes). */
  opener: number;
  closer: number;
  /** Where an offset of the text before lands in `text`. */
  moved: (offset: number) => number;
}

/** How many times the text the search for a collection's opening bracket may read. */
const LEXING_BUDGET = 4;
const CLOSER_OF: Record<string, string> = { '[': ']', '{': '}' };
const FLOW_INDICATOR = /[,[\]{}]/;
const WHITESPACE = /[ \t\r\n]/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/;
/**
 * A flow collection that is a line's first node, the only place the outermost
 * one (or one nested on a line of its own) opens: after list dashes, an
 * explicit-key `?`, a key and its colon, tags and anchors.
 */
const LINE_OPENING_FLOW =
  /^[ \t]*(?:-[ \t]+)*(?:\?[ \t]+)?(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:[ \t]*|[^ \t#'"[\]{},][^#]*?:[ \t]+)?(?:[!&][^ \t]*[ \t]+)*([[{])/;

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

/**
 * Where the flow collection opened at `opener` closes: brackets are counted
 * outside quoted scalars and comments. Undefined when it never closes, closes
 * with the wrong bracket, a document marker cuts it, or it runs past `end`.
 */
function flowCollectionEnd(text: string, opener: number, end = text.length): number | undefined {
  const closers: string[] = [];
  /** Expecting a node (a quote opens a quoted scalar), inside a plain scalar, or after a node. */
  let state: 'node' | 'plain' | 'after' = 'node';
  let at = opener;
  while (at < end) {
    const char = text[at]!;
    const previous = text[at - 1];
    if (isLineBreak(previous) && DOCUMENT_MARKER.test(text.slice(at, at + 4))) return undefined;
    if (char === '[' || char === '{') {
      closers.push(CLOSER_OF[char]!);
      state = 'node';
    } else if (char === ']' || char === '}') {
      if (closers.pop() !== char) return undefined;
      if (closers.length === 0) return at;
      state = 'after';
    } else if (char === ',') {
      state = 'node';
    } else if (char === '#' && (previous === undefined || WHITESPACE.test(previous))) {
      while (at < text.length && !isLineBreak(text[at])) at += 1;
      if (state === 'plain') state = 'after';
      continue;
    } else if (WHITESPACE.test(char)) {
      // A plain scalar goes on across spaces and line breaks.
    } else if (char === ':') {
      const next = text[at + 1];
      const indicator = next === undefined || WHITESPACE.test(next) || FLOW_INDICATOR.test(next);
      // After a quoted key the value may follow the colon at once (`"a":"b"`).
      state = indicator || state === 'after' ? 'node' : 'plain';
    } else if (state === 'node' && (char === "'" || char === '"')) {
      const closingQuote = quotedScalarEnd(text, at);
      if (closingQuote === undefined) return undefined;
      at = closingQuote;
      state = 'after';
    } else if (state === 'node' && (char === '!' || char === '&' || char === '*')) {
      while (at + 1 < text.length && !WHITESPACE.test(text[at + 1]!) && !FLOW_INDICATOR.test(text[at + 1]!)) {
        at += 1;
      }
      if (char === '*') state = 'after';
    } else if (state === 'node' && char === '?' && WHITESPACE.test(text[at + 1] ?? ' ')) {
      // An explicit key's indicator: the node comes after it.
    } else {
      state = 'plain';
    }
    at += 1;
  }
  return undefined;
}

/** Offset of the quote that closes the quoted scalar opened at `quote`. */
function quotedScalarEnd(text: string, quote: number, end = text.length): number | undefined {
  const mark = text[quote];
  for (let at = quote + 1; at < end; at += 1) {
    const char = text[at];
    if (isLineBreak(text[at - 1]) && DOCUMENT_MARKER.test(text.slice(at, at + 4))) return undefined;
    if (mark === '"' && char === '\\') at += 1;
    else if (char === mark && mark === "'" && text[at + 1] === "'") at += 1;
    else if (char === mark) return at;
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The nearest flow collection opening on a line before `errorOffset`'s and
 * closing at or after it, with the lines after its opening line indented to
 * at least its opening bracket's column. Undefined when there is none or its
 * lines need no more indentation.
 */
function indentFlowCollectionAround(text: string, errorOffset: number): IndentedFlowCollection | undefined {
  const starts = lineStarts(text);
  const lines = new LineIndex(text);
  // Candidates that never close each read to the end: together they read a few times the text at most.
  let budget = LEXING_BUDGET * text.length;
  for (let line = lines.line(errorOffset) - 2; line >= 0 && budget > 0; line -= 1) {
    const lineText = text.slice(starts[line], starts[line + 1] ?? text.length);
    const match = LINE_OPENING_FLOW.exec(lineText);
    if (!match) continue;
    const column = match[0].length - 1;
    const opener = starts[line]! + column;
    const closer = flowCollectionEnd(text, opener, Math.min(text.length, opener + budget));
    budget -= (closer ?? text.length) - opener;
    if (closer === undefined || closer < errorOffset) continue;
    return indentLines(text, starts, line + 1, lines.line(closer) - 1, column, opener, closer);
  }
  return undefined;
}

/**
 * A quoted scalar that is a line's first node, as a flow collection is in
 * LINE_OPENING_FLOW: after list dashes, a key and its colon, tags and anchors.
 */
const LINE_OPENING_QUOTE =
  /^[ \t]*(?:-[ \t]+)*(?:\?[ \t]+)?(?:(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:[ \t]*|[^ \t#'"[\]{},][^#]*?:[ \t]+)?(?:[!&][^ \t]*[ \t]+)*(["'])/;

/**
 * The nearest quoted scalar opening on a line before `errorOffset`'s and
 * closing at or after it, with its continuation lines indented to at least its
 * opening quote's column. Undefined when there is none or its lines need no
 * more indentation.
 */
function indentQuotedScalarAround(text: string, errorOffset: number): IndentedFlowCollection | undefined {
  const starts = lineStarts(text);
  const lines = new LineIndex(text);
  let budget = LEXING_BUDGET * text.length;
  for (let line = lines.line(errorOffset) - 2; line >= 0 && budget > 0; line -= 1) {
    const lineText = text.slice(starts[line], starts[line + 1] ?? text.length);
    const match = LINE_OPENING_QUOTE.exec(lineText);
    if (!match) continue;
    const column = match[0].length - 1;
    const opener = starts[line]! + column;
    const closer = quotedScalarEnd(text, opener, Math.min(text.length, opener + budget));
    budget -= (closer ?? text.length) - opener;
    if (closer === undefined || closer < errorOffset) continue;
    return indentLines(text, starts, line + 1, lines.line(closer) - 1, column, opener, closer, 'quoted');
  }
  return undefined;
}

function indentLines(
  text: string,
  starts: readonly number[],
  firstLine: number,
  lastLine: number,
  column: number,
  opener: number,
  closer: number,
  kind: IndentedFlowCollection['kind'] = 'flow',
): IndentedFlowCollection | undefined {
  /** Line starts (of the text before) and the spaces added there. */
  const added: [number, number][] = [];
  let result = text.slice(0, starts[firstLine]);
  for (let line = firstLine; line <= lastLine; line += 1) {
    const lineText = text.slice(starts[line], starts[line + 1] ?? text.length);
    const spaces = /^ */.exec(lineText)![0].length;
    const blank = /^[ \t]*\r?\n?$/.test(lineText);
    if (!blank && spaces < column) {
      added.push([starts[line]!, column - spaces]);
      result += ' '.repeat(column - spaces);
    }
    result += lineText;
  }
  if (added.length === 0) return undefined;
  // Deep brackets over many lines could add far more spaces than the text holds.
  if (text.length + added.reduce((sum, [, spaces]) => sum + spaces, 0) > MAX_YAML_CHARS) return undefined;
  result += text.slice(starts[lastLine + 1] ?? text.length);
  const moved = (offset: number): number => {
    let shift = 0;
    for (const [start, spaces] of added) if (start <= offset) shift += spaces;
    return offset + shift;
  };
  return { text: result, kind, opener: moved(opener), closer: moved(closer), moved };
}

interface Span {
  kind: IndentedFlowCollection['kind'];
  start: number;
  end: number;
}

const NO_RANGE = -1;

/** Offsets an event names in the text: of its tag, anchor, value or opening bracket. */
function offsetsOf(event: Event): number[] {
  const offsets: number[] = [];
  if ('tagStart' in event) offsets.push(event.tagStart);
  if ('anchorStart' in event) offsets.push(event.anchorStart);
  if ('start' in event) offsets.push(event.start);
  if ('valueStart' in event) offsets.push(event.valueStart, event.valueEnd);
  return offsets.filter((offset) => offset !== NO_RANGE);
}

/** js-yaml read a flow collection from `span.start` to `span.end`, no further and no shorter. */
function readAsFlowCollection(events: readonly Event[], span: Span): boolean {
  const first = events.findIndex(
    (event) =>
      (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) &&
      event.style === COLLECTION_STYLE.FLOW &&
      event.start === span.start,
  );
  if (first < 0) return false;
  let depth = 1;
  for (let index = first + 1; index < events.length; index += 1) {
    const event = events[index]!;
    if (event.type === EVENT_ID.DOCUMENT) return depth <= 0;
    if (event.type === EVENT_ID.POP) {
      depth -= 1;
      continue;
    }
    const offsets = offsetsOf(event);
    if (depth <= 0 && offsets.length > 0) return offsets.every((offset) => offset > span.end);
    if (offsets.some((offset) => offset > span.end)) return false;
    if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING) depth += 1;
  }
  return depth <= 0;
}

/** js-yaml read a quoted scalar whose opening quote is at `span.start` and closing one at `span.end`. */
function readAsQuotedScalar(events: readonly Event[], span: Span): boolean {
  return events.some(
    (event) =>
      event.type === EVENT_ID.SCALAR &&
      (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED) &&
      event.valueStart === span.start + 1 &&
      event.valueEnd === span.end,
  );
}

/**
 * The text's events. Where js-yaml stops at a flow collection indented no
 * deeper than its parent, or at a quoted scalar's continuation line indented
 * so, they are those of the text with those lines indented, and `text` is that
 * text: the same lines, each with the same content. The retries together parse
 * at most MAX_YAML_CHARS more.
 */
export function parseTemplateEvents(text: string, file: string): { text: string; events: Event[] } {
  const indented: Span[] = [];
  let current = text;
  let firstError: YAMLException | undefined;
  let retried = 0;
  for (;;) {
    let events: Event[];
    try {
      events = parseEvents(current, { filename: file, maxDepth: MAX_DEPTH });
    } catch (error) {
      if (!(error instanceof YAMLException) || error.reason !== 'deficient indentation' || !error.mark) {
        throw error;
      }
      if (retried + current.length > MAX_YAML_CHARS) {
        if (indented.length === 0) throw error;
        throw new YAMLException(
          `${error.reason} (${indented.length} flow collections indented no deeper than their parent were re-read before, the most for a template this size)`,
          error.mark,
        );
      }
      const indentedText =
        indentFlowCollectionAround(current, error.mark.position) ??
        indentQuotedScalarAround(current, error.mark.position);
      if (!indentedText) throw error;
      firstError ??= error;
      for (const span of indented) {
        span.start = indentedText.moved(span.start);
        span.end = indentedText.moved(span.end);
      }
      indented.push({ kind: indentedText.kind, start: indentedText.opener, end: indentedText.closer });
      retried += current.length;
      current = indentedText.text;
      continue;
    }
    // Lines indented outside a flow collection or quoted scalar could change what the template says.
    const readAsIndented = (span: Span): boolean =>
      span.kind === 'flow' ? readAsFlowCollection(events, span) : readAsQuotedScalar(events, span);
    if (firstError && !indented.every(readAsIndented)) throw firstError;
    return { text: current, events };
  }
}
