/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = CreateTrail) || ... }`),
 * parsed and run against sample CloudTrail records. A metric filter counts for a
 * control when it matches every event the control is about and none of the
 * ordinary events: what it does, not how it is spelled (order, spacing, quotes,
 * extra conditions and wildcards all vary between hand-written filters).
 *
 * Where CloudWatch's behaviour is not certain to us, both readings are tried and
 * a sample whose verdict differs between them is undecided: `&&` and `||` mixed
 * without parentheses (precedence or left to right), and `!=` on a field the
 * record lacks.
 */

export type CloudTrailRecord = { readonly [key: string]: RecordValue };
type RecordValue = string | number | boolean | null | CloudTrailRecord | readonly RecordValue[];

type Comparison =
  | { kind: 'compare'; path: (string | number)[]; op: '=' | '!=' | '<' | '>' | '<=' | '>='; value: string }
  | { kind: 'is'; path: (string | number)[]; test: 'NULL' | 'TRUE' | 'FALSE' | 'NOT EXISTS' | 'EXISTS' };

interface Group {
  kind: 'group';
  operands: (Group | Comparison)[];
  operators: ('&&' | '||')[];
}

export class UnsupportedPattern extends Error {}

class Parser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): Group {
    this.skipSpace();
    this.expect('{');
    const group = this.expression();
    this.expect('}');
    this.skipSpace();
    if (this.at < this.text.length) throw new UnsupportedPattern(`unexpected text after '}' at ${this.at}`);
    return group;
  }

  private expression(): Group {
    const group: Group = { kind: 'group', operands: [this.operand()], operators: [] };
    for (;;) {
      this.skipSpace();
      const next = this.text.slice(this.at, this.at + 2);
      if (next !== '&&' && next !== '||') return group;
      this.at += 2;
      group.operators.push(next);
      group.operands.push(this.operand());
    }
  }

  private operand(): Group | Comparison {
    this.skipSpace();
    if (this.text[this.at] === '(') {
      this.at++;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    return this.comparison();
  }

  private comparison(): Comparison {
    const path = this.selector();
    this.skipSpace();
    const op = /^(!=|<=|>=|=|<|>)/.exec(this.text.slice(this.at))?.[1];
    if (op) {
      this.at += op.length;
      return { kind: 'compare', path, op: op as '=', value: this.value() };
    }
    const keyword = /^(IS\s+NULL|IS\s+TRUE|IS\s+FALSE|NOT\s+EXISTS|EXISTS)\b/i.exec(this.text.slice(this.at));
    if (!keyword?.[1])
      throw new UnsupportedPattern(`no operator this scanner knows after ${this.describe(path)}`);
    this.at += keyword[1].length;
    const test = keyword[1]
      .toUpperCase()
      .replace(/^IS\s+/, '')
      .replace(/\s+/, ' ');
    return { kind: 'is', path, test: test as 'NULL' };
  }

  private selector(): (string | number)[] {
    this.skipSpace();
    this.expect('$');
    const path: (string | number)[] = [];
    for (;;) {
      const rest = this.text.slice(this.at);
      const field = /^\.([A-Za-z0-9_-]+)/.exec(rest);
      const index = /^\[(\d+)\]/.exec(rest);
      if (field?.[1]) {
        path.push(field[1]);
        this.at += field[0].length;
      } else if (index?.[1]) {
        path.push(Number(index[1]));
        this.at += index[0].length;
      } else if (/^(\.\*|\[\*\])/.test(rest)) {
        throw new UnsupportedPattern('wildcard selectors are not evaluated');
      } else break;
    }
    if (path.length === 0) throw new UnsupportedPattern('a selector without a field');
    return path;
  }

  private value(): string {
    this.skipSpace();
    const quote = this.text[this.at];
    if (quote === '"') {
      const end = this.text.indexOf('"', this.at + 1);
      if (end < 0) throw new UnsupportedPattern('an unterminated string');
      const value = this.text.slice(this.at + 1, end);
      this.at = end + 1;
      return value;
    }
    const token = /^[^\s()&|{}"]+/.exec(this.text.slice(this.at))?.[0];
    if (!token) throw new UnsupportedPattern(`a comparison without a value at ${this.at}`);
    if (token.startsWith('%')) throw new UnsupportedPattern('regular-expression values are not evaluated');
    this.at += token.length;
    return token;
  }

  private expect(char: string): void {
    this.skipSpace();
    if (this.text[this.at] !== char) throw new UnsupportedPattern(`expected '${char}' at ${this.at}`);
    this.at++;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private describe(path: (string | number)[]): string {
    return `$.${path.join('.')}`;
  }
}

interface Reading {
  /** true: AND binds tighter than OR; false: left to right. */
  andFirst: boolean;
  /** What `!=` says of a field the record does not have. */
  missingDiffers: boolean;
}

const READINGS: readonly Reading[] = [
  { andFirst: true, missingDiffers: true },
  { andFirst: true, missingDiffers: false },
  { andFirst: false, missingDiffers: true },
  { andFirst: false, missingDiffers: false },
];

function lookup(record: CloudTrailRecord, path: (string | number)[]): RecordValue | undefined {
  let current: RecordValue | undefined = record;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current)
      ? (current as readonly RecordValue[])[Number(key)]
      : (current as CloudTrailRecord)[String(key)];
  }
  return current;
}

function globMatches(pattern: string, text: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(text);
}

function compare(comparison: Comparison, record: CloudTrailRecord, reading: Reading): boolean {
  const found = lookup(record, comparison.path);
  if (comparison.kind === 'is') {
    switch (comparison.test) {
      case 'NULL':
        return found === null;
      case 'TRUE':
        return found === true;
      case 'FALSE':
        return found === false;
      case 'EXISTS':
        return found !== undefined;
      case 'NOT EXISTS':
        return found === undefined;
    }
  }
  const { op, value } = comparison;
  if (found === undefined || found === null || typeof found === 'object')
    return op === '!=' ? reading.missingDiffers : false;
  const asNumber = Number(value);
  if (op !== '=' && op !== '!=') {
    return (
      typeof found === 'number' &&
      Number.isFinite(asNumber) &&
      (op === '<'
        ? found < asNumber
        : op === '>'
          ? found > asNumber
          : op === '<='
            ? found <= asNumber
            : found >= asNumber)
    );
  }
  const equal =
    typeof found === 'number' && Number.isFinite(asNumber)
      ? found === asNumber
      : globMatches(value, String(found));
  return op === '=' ? equal : !equal;
}

function evaluate(node: Group | Comparison, record: CloudTrailRecord, reading: Reading): boolean {
  if (node.kind !== 'group') return compare(node, record, reading);
  const values = node.operands.map((operand) => evaluate(operand, record, reading));
  if (!reading.andFirst) {
    return values
      .slice(1)
      .reduce<boolean>(
        (acc, value, i) => (node.operators[i] === '&&' ? acc && value : acc || value),
        values[0] ?? false,
      );
  }
  // AND binds tighter: split into OR-separated runs of ANDed operands.
  let any = false;
  let run = values[0] ?? false;
  node.operators.forEach((operator, i) => {
    const value = values[i + 1] ?? false;
    if (operator === '&&') run = run && value;
    else {
      any = any || run;
      run = value;
    }
  });
  return any || run;
}

export type PatternVerdict =
  { matches: true } | { matches: false; why: string } | { matches: 'undecided'; why: string };

/** Whether a filter pattern matches every record of `wanted` and none of `unwanted`. */
export function patternCovers(
  pattern: string,
  wanted: readonly { label: string; record: CloudTrailRecord }[],
  unwanted: readonly { label: string; record: CloudTrailRecord }[],
): PatternVerdict {
  let parsed: Group;
  try {
    parsed = new Parser(pattern).parse();
  } catch (error) {
    if (error instanceof UnsupportedPattern)
      return { matches: 'undecided', why: `its pattern could not be evaluated (${error.message})` };
    throw error;
  }
  const verdicts = (record: CloudTrailRecord): boolean | 'undecided' => {
    const results = new Set(READINGS.map((reading) => evaluate(parsed, record, reading)));
    return results.size === 1 ? [...results][0] === true : 'undecided';
  };
  let undecided: string | undefined;
  for (const { label, record } of wanted) {
    const verdict = verdicts(record);
    if (verdict === false) return { matches: false, why: `it does not match ${label}` };
    if (verdict === 'undecided')
      undecided ??= `whether it matches ${label} depends on how CloudWatch reads it`;
  }
  for (const { label, record } of unwanted) {
    const verdict = verdicts(record);
    if (verdict === true)
      return { matches: false, why: `it also matches ${label}, so its alarm says nothing` };
    if (verdict === 'undecided')
      undecided ??= `whether it matches ${label} depends on how CloudWatch reads it`;
  }
  return undecided ? { matches: 'undecided', why: undecided } : { matches: true };
}
