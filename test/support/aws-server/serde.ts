/**
 * Writes SDK-shaped output objects as AWS wire bodies, driven by the SDK's
 * own operation schemas (the `DescribeDBInstances$` exports of each client):
 * element names (`xmlName`), list member names (`member`, `item`, `DBInstance`),
 * flattened lists, `jsonName` and timestamp formats all come from the model the
 * client deserializes with. Members not in the schema are dropped.
 */
import { NormalizedSchema } from '@smithy/core/schema';

type Schema = Parameters<typeof NormalizedSchema.of>[0];
type Traits = ReturnType<NormalizedSchema['getMergedTraits']>;

interface MemberInfo {
  name: string;
  schema: NormalizedSchema;
  traits: Traits;
}

const memberCache = new WeakMap<object, MemberInfo[]>();

function membersOf(ns: NormalizedSchema): MemberInfo[] {
  const key = ns.getSchema() as object;
  let members = memberCache.get(key);
  if (!members) {
    members = [...ns.structIterator()].map(([name, schema]) => ({
      name,
      schema,
      traits: schema.getMergedTraits(),
    }));
    memberCache.set(key, members);
  }
  return members;
}

export function normalize(schema: unknown): NormalizedSchema {
  return NormalizedSchema.of(schema as Schema);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const EPOCH_SECONDS = 7;
const HTTP_DATE = 6;
const DATE_TIME = 5;

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value * 1000);
  return new Date(String(value));
}

function timestampText(ns: NormalizedSchema, value: unknown, defaultFormat: number): string | number {
  const own = ns.getSchema();
  const format = own === EPOCH_SECONDS || own === HTTP_DATE || own === DATE_TIME ? own : defaultFormat;
  const date = toDate(value);
  if (format === EPOCH_SECONDS) return date.getTime() / 1000;
  if (format === HTTP_DATE) return date.toUTCString();
  return date.toISOString();
}

function base64(value: unknown): string {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return Buffer.from(String(value), 'utf8').toString('base64');
}

function simpleXml(ns: NormalizedSchema, value: unknown): string {
  if (ns.isTimestampSchema()) return String(timestampText(ns, value, DATE_TIME));
  if (ns.isBlobSchema()) return base64(value);
  if (ns.isDocumentSchema() && typeof value !== 'string') return escapeXml(JSON.stringify(value));
  return escapeXml(String(value));
}

/** Appends `<name>value</name>` for any schema kind. */
export function writeXml(ns: NormalizedSchema, value: unknown, name: string, out: string[]): void {
  if (ns.isListSchema()) {
    writeXmlList(ns, value as unknown[], name, false, out);
  } else if (ns.isMapSchema()) {
    writeXmlMap(ns, value as Record<string, unknown>, name, false, out);
  } else if (ns.isStructSchema() || ns.isUnionSchema()) {
    out.push(`<${name}>`);
    writeXmlMembers(ns, value as Record<string, unknown>, out);
    out.push(`</${name}>`);
  } else {
    out.push(`<${name}>${simpleXml(ns, value)}</${name}>`);
  }
}

/** Appends the members of a structure (without its own element). */
export function writeXmlMembers(ns: NormalizedSchema, value: Record<string, unknown>, out: string[]): void {
  for (const member of membersOf(ns)) {
    const memberValue = value[member.name];
    if (memberValue === undefined || memberValue === null) continue;
    const elementName = member.traits.xmlName ?? member.name;
    if (member.schema.isListSchema()) {
      writeXmlList(
        member.schema,
        memberValue as unknown[],
        elementName,
        Boolean(member.traits.xmlFlattened),
        out,
      );
    } else if (member.schema.isMapSchema()) {
      writeXmlMap(
        member.schema,
        memberValue as Record<string, unknown>,
        elementName,
        Boolean(member.traits.xmlFlattened),
        out,
      );
    } else {
      writeXml(member.schema, memberValue, elementName, out);
    }
  }
}

function writeXmlList(
  ns: NormalizedSchema,
  items: unknown[],
  name: string,
  flat: boolean,
  out: string[],
): void {
  const itemSchema = ns.getValueSchema();
  const itemName = flat ? name : (itemSchema.getMergedTraits().xmlName ?? 'member');
  if (!flat) out.push(`<${name}>`);
  for (const item of items)
    if (item !== undefined && item !== null) writeXml(itemSchema, item, itemName, out);
  if (!flat) out.push(`</${name}>`);
}

function writeXmlMap(
  ns: NormalizedSchema,
  map: Record<string, unknown>,
  name: string,
  flat: boolean,
  out: string[],
): void {
  const keyName = ns.getKeySchema().getMergedTraits().xmlName ?? 'key';
  const valueSchema = ns.getValueSchema();
  const valueName = valueSchema.getMergedTraits().xmlName ?? 'value';
  if (!flat) out.push(`<${name}>`);
  for (const [key, value] of Object.entries(map)) {
    out.push(flat ? `<${name}>` : '<entry>', `<${keyName}>${escapeXml(key)}</${keyName}>`);
    writeXml(valueSchema, value, valueName, out);
    out.push(flat ? `</${name}>` : '</entry>');
  }
  if (!flat) out.push(`</${name}>`);
}

/** The JSON value of an SDK-shaped object; `useJsonName` for rest-json (awsJson ignores jsonName). */
export function toJsonValue(ns: NormalizedSchema, value: unknown, useJsonName: boolean): unknown {
  if (value === undefined || value === null) return undefined;
  if (ns.isListSchema()) {
    const itemSchema = ns.getValueSchema();
    return (value as unknown[]).map((item) => toJsonValue(itemSchema, item, useJsonName));
  }
  if (ns.isMapSchema()) {
    const valueSchema = ns.getValueSchema();
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      out[key] = toJsonValue(valueSchema, item, useJsonName);
    return out;
  }
  if (ns.isStructSchema() || ns.isUnionSchema()) {
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const member of membersOf(ns)) {
      if (member.traits.httpHeader || member.traits.httpResponseCode) continue;
      const memberValue = toJsonValue(member.schema, record[member.name], useJsonName);
      if (memberValue !== undefined)
        out[(useJsonName && member.traits.jsonName) || member.name] = memberValue;
    }
    return out;
  }
  if (ns.isTimestampSchema()) return timestampText(ns, value, EPOCH_SECONDS);
  if (ns.isBlobSchema()) return base64(value);
  return value;
}

/** Output members bound to HTTP headers (rest protocols): ETag, x-amz-bucket-region ... */
export function headerMembers(ns: NormalizedSchema, value: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const member of membersOf(ns)) {
    const header = member.traits.httpHeader;
    const memberValue = value[member.name];
    if (typeof header === 'string' && memberValue !== undefined && memberValue !== null) {
      headers[header.toLowerCase()] = member.schema.isTimestampSchema()
        ? String(timestampText(member.schema, memberValue, HTTP_DATE))
        : String(memberValue);
    }
  }
  return headers;
}

/** The member carrying the HTTP payload of a rest output, if any. */
export function payloadMember(ns: NormalizedSchema): { name: string; schema: NormalizedSchema } | undefined {
  const member = membersOf(ns).find((m) => m.traits.httpPayload);
  return member && { name: member.name, schema: member.schema };
}

export function membersOfStruct(
  ns: NormalizedSchema,
): readonly { name: string; schema: NormalizedSchema; traits: Traits }[] {
  return membersOf(ns);
}
