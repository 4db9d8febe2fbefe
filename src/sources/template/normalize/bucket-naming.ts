/**
 * Whether a bucket policy whose `Bucket` the template leaves unresolved
 * (`!Sub '${AppName}-content-${AWS::Region}'`) names a given bucket of its
 * stack: for certain, certainly not, or perhaps.
 *
 * Each name expression is read as a sequence of literal text and unresolved
 * pieces. A piece that is a `Ref` or `Fn::GetAtt` keeps what it refers to:
 * within one stack evaluator it stands for the same text wherever it appears,
 * so `${AWS::Region}` in both names cancels out. Any other unresolved piece is
 * a wildcard that may be any text. Two names whose pieces line up entirely are
 * the same name; two whose literal text cannot line up are different names;
 * anything else may be either.
 */
import { Unknown } from '../../../inventory/maybe.js';
import { isRecord } from '../read.js';
import { ownValue, singleKey } from '../records.js';
import type { StackEvaluator } from '../evaluate.js';
import { parseSub } from '../sub.js';
import type { TemplateResource } from './context.js';

/** Literal text, or an unresolved piece: `same` names what it refers to; undefined when it may be anything. */
type NamePiece = { text: string } | { same: string | undefined };

/** The pieces of a name, each literal text non-empty. */
export type NamePieces = readonly NamePiece[];

export type NameRelation = 'same' | 'different' | 'perhaps';

const ANY_NAME: NamePieces = [{ same: undefined }];

/** Longer names are not worth comparing: no bucket name is longer than 63 characters. */
const MAX_COMPARED_LENGTH = 1024;

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** What a `Ref`/`Fn::GetAtt` refers to, as the key its value is the same under; undefined for any other expression. */
function referenceKey(raw: unknown): string | undefined {
  if (!isRecord(raw) || Object.keys(raw).length !== 1) return undefined;
  const ref = ownValue(raw, 'Ref');
  if (typeof ref === 'string') return `Ref ${ref}`;
  const getAtt = ownValue(raw, 'Fn::GetAtt');
  if (typeof getAtt === 'string' && getAtt.includes('.')) return `GetAtt ${getAtt}`;
  if (Array.isArray(getAtt) && getAtt.length === 2) {
    const [logicalId, attribute] = getAtt as unknown[];
    if (typeof logicalId === 'string' && typeof attribute === 'string')
      return `GetAtt ${logicalId}.${attribute}`;
  }
  return undefined;
}

/** One `${...}` of an `Fn::Sub`, as the evaluator reads it. */
function subVariable(evaluator: StackEvaluator, name: string, locals: Record<string, unknown>): NamePiece {
  if (Object.hasOwn(locals, name)) {
    const raw = locals[name];
    const text = scalarText(evaluator.evaluate(raw));
    return text !== undefined ? { text } : { same: referenceKey(raw) };
  }
  const dot = name.indexOf('.');
  const raw =
    dot > 0 && !name.startsWith('AWS::')
      ? singleKey('Fn::GetAtt', [name.slice(0, dot), name.slice(dot + 1)])
      : singleKey('Ref', name);
  const text = scalarText(evaluator.evaluate(raw));
  return text !== undefined ? { text } : { same: referenceKey(raw) };
}

function subPieces(evaluator: StackEvaluator, argument: unknown): NamePieces {
  const [template, variables] = Array.isArray(argument) ? (argument as unknown[]) : [argument, undefined];
  if (typeof template !== 'string') return ANY_NAME;
  const locals = isRecord(variables) ? variables : {};
  return parseSub(template).map((part) =>
    'literal' in part ? { text: part.literal } : subVariable(evaluator, part.variable, locals),
  );
}

function joinPieces(evaluator: StackEvaluator, argument: unknown): NamePieces {
  if (!Array.isArray(argument) || argument.length !== 2) return ANY_NAME;
  const separator = evaluator.evaluate(argument[0]);
  const items: unknown = argument[1];
  if (typeof separator !== 'string' || !Array.isArray(items)) return ANY_NAME;
  const pieces: NamePiece[] = [];
  let first = true;
  for (const item of items) {
    const value = evaluator.evaluate(item);
    // AWS::NoValue drops the item, separator included, as the evaluator does.
    if (value === undefined) continue;
    if (!first) pieces.push({ text: separator });
    first = false;
    const text = scalarText(value);
    if (text !== undefined) {
      pieces.push({ text });
      continue;
    }
    // Any other unresolved item (an Fn::If with an AWS::NoValue branch) may also drop its separator.
    if (!isRecord(item) || !['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Join'].includes(Object.keys(item)[0] ?? ''))
      return ANY_NAME;
    pieces.push(...piecesOf(evaluator, item));
  }
  return pieces;
}

function piecesOf(evaluator: StackEvaluator, raw: unknown): NamePieces {
  const text = scalarText(evaluator.evaluate(raw));
  if (text !== undefined) return [{ text }];
  if (!isRecord(raw) || raw instanceof Unknown || Object.keys(raw).length !== 1) return ANY_NAME;
  if (Object.hasOwn(raw, 'Fn::Sub')) return subPieces(evaluator, raw['Fn::Sub']);
  if (Object.hasOwn(raw, 'Fn::Join')) return joinPieces(evaluator, raw['Fn::Join']);
  return [{ same: referenceKey(raw) }];
}

/** Adjacent texts merged, empty ones dropped; any name holding a brace (a dynamic reference) or too long to compare is any name. */
function normalized(pieces: NamePieces): NamePieces {
  const merged: NamePiece[] = [];
  let length = 0;
  for (const piece of pieces) {
    if ('same' in piece) {
      merged.push(piece);
      continue;
    }
    if (/[{}]/.test(piece.text)) return ANY_NAME;
    length += piece.text.length;
    const last = merged.at(-1);
    if (last && 'text' in last) merged[merged.length - 1] = { text: last.text + piece.text };
    else if (piece.text !== '') merged.push(piece);
  }
  return length > MAX_COMPARED_LENGTH ? ANY_NAME : merged;
}

/**
 * The name a resource's property gives, as pieces: read from the raw
 * template, since the evaluated value of an unresolved name is only its
 * reason. An absent name is one CloudFormation generates: any name.
 */
export function namePieces(resource: TemplateResource, property: string): NamePieces {
  if (resource.unresolvedProperties) return ANY_NAME;
  const rawResource = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  const rawProperties = isRecord(rawResource) ? ownValue(rawResource, 'Properties') : undefined;
  const raw = isRecord(rawProperties) ? ownValue(rawProperties, property) : undefined;
  if (raw === undefined) return ANY_NAME;
  return normalized(piecesOf(resource.evaluator, raw));
}

const samePiece = (a: NamePiece | undefined, b: NamePiece | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  'same' in a &&
  'same' in b &&
  a.same !== undefined &&
  a.same === b.same;

/**
 * Strips the pieces both names start with (`fromEnd`: end with); 'different'
 * when their literal text parts there differ.
 */
function stripCommon(a: NamePiece[], b: NamePiece[], fromEnd: boolean): 'different' | undefined {
  const at = (pieces: NamePiece[]) => (fromEnd ? pieces.at(-1) : pieces[0]);
  const replace = (pieces: NamePiece[], piece: NamePiece | undefined) => {
    if (fromEnd) pieces.pop();
    else pieces.shift();
    if (piece === undefined) return;
    if (fromEnd) pieces.push(piece);
    else pieces.unshift(piece);
  };
  for (;;) {
    const x = at(a);
    const y = at(b);
    if (samePiece(x, y)) {
      replace(a, undefined);
      replace(b, undefined);
      continue;
    }
    if (x === undefined || y === undefined || !('text' in x) || !('text' in y)) return undefined;
    const shorter = Math.min(x.text.length, y.text.length);
    const xPart = fromEnd ? x.text.slice(x.text.length - shorter) : x.text.slice(0, shorter);
    const yPart = fromEnd ? y.text.slice(y.text.length - shorter) : y.text.slice(0, shorter);
    if (xPart !== yPart) return 'different';
    const rest = (text: string) => {
      const left = fromEnd ? text.slice(0, text.length - shorter) : text.slice(shorter);
      return left === '' ? undefined : { text: left };
    };
    replace(a, rest(x.text));
    replace(b, rest(y.text));
  }
}

/** Whether literal text matches pieces read with each unresolved piece as any text. */
function textMatches(text: string, pieces: NamePieces): boolean {
  const segments: string[] = [''];
  for (const piece of pieces) {
    if ('text' in piece) segments[segments.length - 1] += piece.text;
    else segments.push('');
  }
  const head = segments[0] as string;
  const tail = segments.at(-1) as string;
  if (segments.length === 1) return text === head;
  if (head.length + tail.length > text.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
  let from = head.length;
  const end = text.length - tail.length;
  for (const segment of segments.slice(1, -1)) {
    const found = text.indexOf(segment, from);
    if (found < 0 || found + segment.length > end) return false;
    from = found + segment.length;
  }
  return true;
}

/** How two names read in the same stack evaluator relate. */
export function compareNames(first: NamePieces, second: NamePieces): NameRelation {
  const a = [...first];
  const b = [...second];
  if (stripCommon(a, b, false) === 'different' || stripCommon(a, b, true) === 'different') return 'different';
  if (a.length === 0 && b.length === 0) return 'same';
  const literalText = (pieces: NamePiece[]): string | undefined =>
    pieces.every((piece) => 'text' in piece) ? pieces.map((piece) => piece.text).join('') : undefined;
  const literal = literalText(a) ?? literalText(b);
  if (literal === undefined) return 'perhaps';
  return textMatches(literal, literalText(a) === undefined ? a : b) ? 'perhaps' : 'different';
}

/** `arn:<partition>:s3:::` before a bucket name. */
const S3_ARN_PREFIX = /^arn:[a-z-]+:s3:::/;

/**
 * A Resource item read as an S3 ARN: the bucket name's pieces and the literal
 * text after it (`/*`, `/Logs/*`); undefined when it is not read that way.
 * A name with IAM wildcards is not one name, so it is not read.
 */
function s3ArnParts(
  evaluator: StackEvaluator,
  raw: unknown,
): { name: NamePieces; suffix: string } | undefined {
  const pieces = normalized(piecesOf(evaluator, raw));
  const first = pieces[0];
  if (first === undefined || !('text' in first)) return undefined;
  const prefix = S3_ARN_PREFIX.exec(first.text)?.[0];
  if (prefix === undefined) return undefined;
  const rest: NamePiece[] = [{ text: first.text.slice(prefix.length) }, ...pieces.slice(1)];
  const name: NamePiece[] = [];
  let suffix = '';
  for (const [position, piece] of rest.entries()) {
    const slash = 'text' in piece ? piece.text.indexOf('/') : -1;
    if (!('text' in piece) || slash < 0) {
      name.push(piece);
      continue;
    }
    const after = rest.slice(position + 1);
    if (!after.every((later) => 'text' in later)) return undefined;
    name.push({ text: piece.text.slice(0, slash) });
    suffix = [piece.text.slice(slash), ...after.map((later) => ('text' in later ? later.text : ''))].join('');
    break;
  }
  if (name.some((piece) => 'text' in piece && /[*?]/.test(piece.text))) return undefined;
  return { name: normalized(name), suffix };
}

/**
 * The bucket policy's PolicyDocument as `bucket` reads it: each statement's
 * Resource item that spells an ARN of the bucket with the bucket's own name
 * expression (`!Sub 'arn:${AWS::Partition}:s3:::${AppName}-content-${AWS::Region}'`)
 * is read as `!GetAtt Bucket.Arn` followed by the same text, so rules that
 * recognise the bucket's own ARN judge it. Undefined when no item does.
 */
export function policyDocumentForBucket(policy: TemplateResource, bucket: TemplateResource): unknown {
  if (policy.unresolvedProperties || policy.evaluator !== bucket.evaluator) return undefined;
  const bucketName = namePieces(bucket, 'BucketName');
  const rawPolicy = policy.evaluator.stack.file.template.Resources[policy.logicalId];
  const rawProperties = isRecord(rawPolicy) ? ownValue(rawPolicy, 'Properties') : undefined;
  const document = isRecord(rawProperties) ? ownValue(rawProperties, 'PolicyDocument') : undefined;
  if (!isRecord(document) || document instanceof Unknown) return undefined;
  let renamed = false;
  const ownArn = (item: unknown): unknown => {
    if (!(policy.evaluator.evaluate(item) instanceof Unknown)) return item;
    const arn = s3ArnParts(policy.evaluator, item);
    if (arn === undefined || compareNames(arn.name, bucketName) !== 'same') return item;
    renamed = true;
    const getAtt = singleKey('Fn::GetAtt', [bucket.logicalId, 'Arn']);
    return arn.suffix === '' ? getAtt : singleKey('Fn::Join', ['', [getAtt, arn.suffix]]);
  };
  const withOwnArns = (statement: unknown): unknown => {
    if (!isRecord(statement) || statement instanceof Unknown || !Object.hasOwn(statement, 'Resource'))
      return statement;
    const resource = statement.Resource;
    return {
      ...statement,
      Resource: Array.isArray(resource) ? (resource as unknown[]).map(ownArn) : ownArn(resource),
    };
  };
  const statements = ownValue(document, 'Statement');
  const rewritten = {
    ...document,
    Statement: Array.isArray(statements)
      ? (statements as unknown[]).map(withOwnArns)
      : withOwnArns(statements),
  };
  return renamed ? policy.evaluator.evaluate(rewritten) : undefined;
}
