/**
 * Values that must never be written (NoEcho template parameters given on the
 * command line or in a parameter file): every string in the scan result that
 * contains one has it replaced, whatever field carries it (evidence, messages,
 * resource names), before any output is rendered.
 */
export const SECRET_MASK = '****';

/** Shorter secrets are masked only where a whole string equals them: masking inside words would garble the outputs. */
const MIN_SUBSTRING_LENGTH = 4;

export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const longestFirst = [...secrets].sort((a, b) => b.length - a.length);
  const mask = (text: string): string => {
    let masked = text;
    for (const secret of longestFirst) {
      if (masked === secret) return SECRET_MASK;
      if (secret.length >= MIN_SUBSTRING_LENGTH) masked = masked.split(secret).join(SECRET_MASK);
    }
    return masked;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return mask(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      // defineProperty: a key named __proto__ stays a key.
      Object.defineProperty(out, mask(key), {
        value: walk(child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return walk(value) as T;
}
