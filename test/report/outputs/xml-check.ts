/**
 * A strict reader for the XML subset JUnit output uses (declaration, elements,
 * double-quoted attributes, escaped text; no CDATA, comments or DTDs). It throws
 * on anything not well-formed, so tests can parse reports back.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = '[A-Za-z_][\\w.-]*';
const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.replace(ENTITY, '').includes('&')) throw new Error(`bare & in ${where}: ${raw}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(raw)) throw new Error(`control character in ${where}`);
  return raw.replace(ENTITY, (_match, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(parseInt(entity.slice(1), 10))
        : NAMED[entity]!,
  );
}

function parseAttributes(source: string, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = new RegExp(`^\\s+(${NAME})="([^"<]*)"`);
  let rest = source;
  while (rest.trim() !== '') {
    const match = pattern.exec(rest);
    if (!match) throw new Error(`malformed attributes in <${tag}>: ${rest.slice(0, 60)}`);
    const [whole, key, value] = match as unknown as [string, string, string];
    if (key in attributes) throw new Error(`duplicate attribute ${key} in <${tag}>`);
    attributes[key] = decode(value, `attribute ${key} of <${tag}>`);
    rest = rest.slice(whole.length);
  }
  return attributes;
}

export function parseXml(xml: string): XmlElement {
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/;
  if (!declaration.test(xml)) throw new Error('missing XML declaration');
  let position = xml.match(declaration)![0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const tag = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}="[^"<]*")*)\\s*(/?)>`, 'y');
  while (position < xml.length) {
    const next = xml.indexOf('<', position);
    const text = xml.slice(position, next === -1 ? xml.length : next);
    if (text.includes('>')) throw new Error(`unescaped > in text: ${text.slice(0, 60)}`);
    stack.at(-1)!.text += decode(text, 'text');
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    if (!match) throw new Error(`malformed markup at ${next}: ${xml.slice(next, next + 60)}`);
    const [whole, closing, name, attributeSource, selfClosing] = match as unknown as string[];
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new Error(`unbalanced </${name}>`);
    } else {
      const element: XmlElement = {
        name: name!,
        attributes: parseAttributes(attributeSource!, name!),
        children: [],
        text: '',
      };
      stack.at(-1)!.children.push(element);
      if (!selfClosing) stack.push(element);
    }
    position = next + whole!.length;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '')
    throw new Error('expected exactly one root element');
  return root.children[0]!;
}
