/**
 * Input limits of the template parsers. A template beyond one of them is bad
 * input (exit 2, one line naming the file and the limit), never a crash or an
 * exhausted memory. CloudFormation itself accepts 1 MB templates; these leave
 * ample room for CDK output while keeping hostile input bounded.
 */

/** Largest JSON template, in characters (about MiB for ASCII text). */
export const MAX_JSON_CHARS = 128 * 1024 * 1024;
/** Largest YAML template, in characters: YAML parsing costs about ten times JSON's. */
export const MAX_YAML_CHARS = 32 * 1024 * 1024;
/** Deepest nesting of mappings and lists, also through YAML aliases. */
export const MAX_DEPTH = 200;
/** Most nodes that YAML aliases may add to a document once expanded (billion laughs). */
export const MAX_ALIAS_NODES = 1_000_000;

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** 1-based line and column of offsets, by binary search over line starts computed once (linear in the text). */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Binary-search steps taken so far: at most log2(lines) + 1 per lookup (the linearity test reads it). */
  steps = 0;

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }

  /** How many lines the text has. */
  get lineCount(): number {
    return this.starts.length;
  }

  line(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      this.steps += 1;
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1;
  }
}
