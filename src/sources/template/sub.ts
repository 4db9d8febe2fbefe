/** `Fn::Sub` strings: literal text and `${Name}` / `${Resource.Attribute}` variables; `${!x}` is a literal `${x}`. */
export type SubPart = { literal: string } | { variable: string };

export function parseSub(text: string): SubPart[] {
  const parts: SubPart[] = [];
  let literal = '';
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('${', at);
    if (open < 0) break;
    const close = text.indexOf('}', open + 2);
    if (close < 0) break;
    literal += text.slice(at, open);
    const inner = text.slice(open + 2, close);
    if (inner.startsWith('!')) {
      literal += `\${${inner.slice(1)}}`;
    } else {
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ variable: inner.trim() });
    }
    at = close + 1;
  }
  literal += text.slice(at);
  if (literal) parts.push({ literal });
  return parts;
}
