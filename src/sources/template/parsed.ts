/** A template file parsed to plain data, with the line of each resource's logical id. */
export interface ParsedText {
  value: unknown;
  /** Logical id -> 1-based line of its key under `Resources`. */
  resourceLines: Map<string, number>;
}
