/**
 * A response that is not an API answer is a failed call, never "no
 * resources". Captive portals, proxies' sign-in pages and a wrong
 * AWS_ENDPOINT_URL answer with an HTML page or an empty body, which the SDK's
 * XML parsers would read as an empty list. This middleware runs between the
 * HTTP handler and the SDK's deserializer, reads the raw body once (handing
 * the same bytes on), and throws `MalformedResponseError` unless the body has
 * the shape of the protocol's answer:
 * - query and EC2 protocols (`Action=` in the request): XML whose root element is `<ActionResponse>`;
 * - JSON protocols (`X-Amz-Target`): a JSON object;
 * - REST protocols: the operation's root element where REST_XML_ROOTS knows it, else an XML document
 *   or a JSON object (S3 GetBucketPolicy answers the policy's JSON).
 * Every operation the scanner sends is a read that returns a document, so an empty 2xx body is never an answer.
 */
import type {
  DeserializeHandler,
  DeserializeHandlerArguments,
  DeserializeHandlerOutput,
  DeserializeMiddleware,
  HandlerExecutionContext,
  Pluggable,
} from '@smithy/types';
import { callsOf, LIVE_SERVICES } from './catalog.js';

/** Bytes of the body looked at: enough for an XML declaration, comments and the root element. */
const HEAD_BYTES = 4096;
/** Raw text kept as evidence of what the endpoint answered. */
const DETAIL_CHARS = 300;

export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponse';
  readonly $fault = 'client';
  readonly $metadata: { httpStatusCode: number };

  constructor(
    message: string,
    httpStatusCode: number,
    /** What the endpoint sent (start of the body, content type). */
    readonly detail: string,
  ) {
    super(message);
    this.$metadata = { httpStatusCode };
  }
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

interface RawRequest {
  headers?: Record<string, string | undefined>;
  body?: unknown;
}

function header(headers: Record<string, string | undefined> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

async function readBody(body: unknown, timeoutMs: number): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const chunks: Buffer[] = [];
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      (body as { destroy?: () => void }).destroy?.();
      reject(
        Object.assign(new Error(`the answer's body stalled for ${timeoutMs} ms`), { name: 'TimeoutError' }),
      );
    }, timeoutMs);
  });
  try {
    const collect = (async () => {
      for await (const chunk of body as AsyncIterable<Uint8Array | string>)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    })();
    await Promise.race([collect, stalled]);
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks);
}

/** The `Action` of a query or EC2 protocol request, if it is one. */
function queryAction(request: RawRequest): string | undefined {
  if (typeof request.body !== 'string') return undefined;
  return new URLSearchParams(request.body).get('Action') ?? undefined;
}

/** The first element name of an XML document (after the declaration, comments and doctype). */
function rootElement(text: string): string | undefined {
  const stripped = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  if (/^<!doctype\s+html/i.test(stripped)) return 'html';
  return /^<([A-Za-z_][\w.:-]*)/.exec(stripped)?.[1];
}

function looksLikeHtml(contentType: string | undefined, text: string): boolean {
  return (
    /text\/html|application\/xhtml/i.test(contentType ?? '') || rootElement(text)?.toLowerCase() === 'html'
  );
}

/**
 * REST-XML operations the scanner sends, by command, with the root element of
 * their answer (their names vary, unlike the query protocols' `<ActionResponse>`),
 * as the services declare them.
 */
const REST_XML_ROOTS: ReadonlyMap<string, string> = new Map(
  callsOf(LIVE_SERVICES).flatMap((call) =>
    call.responseRoot === undefined ? [] : [[`${call.action}Command`, call.responseRoot] as const],
  ),
);

/** Why the answer is not one, or undefined when it has the protocol's shape. */
function problem(
  status: number,
  contentType: string | undefined,
  text: string,
  request: RawRequest,
  commandName: string | undefined,
): string | undefined {
  const html = looksLikeHtml(contentType, text);
  if (status < 200 || status >= 300) {
    // AWS errors come as XML or JSON, which the SDK reads; an HTML page is a proxy's or a web server's.
    return html
      ? `the endpoint answered HTTP ${status} with an HTML page instead of an API response; check AWS_ENDPOINT_URL or the proxy`
      : undefined;
  }
  if (html)
    return `the endpoint answered HTTP ${status} with an HTML page instead of an API response (a captive portal or proxy sign-in page?); check AWS_ENDPOINT_URL or the proxy`;
  if (text.trim() === '')
    return `the endpoint answered HTTP ${status} with an empty body instead of an API response; check AWS_ENDPOINT_URL or the proxy`;
  // Smithy RPC v2 services answer binary CBOR; its shape is the SDK's to check.
  if (/cbor/i.test(contentType ?? '')) return undefined;
  const action = queryAction(request);
  if (action !== undefined) {
    const root = rootElement(text);
    return root === `${action}Response`
      ? undefined
      : `the endpoint answered HTTP ${status} with ${root ? `<${root}>` : 'a body'} instead of <${action}Response>; check AWS_ENDPOINT_URL or the proxy`;
  }
  const trimmed = text.trimStart();
  if (header(request.headers, 'x-amz-target') !== undefined) {
    return trimmed.startsWith('{')
      ? undefined
      : `the endpoint answered HTTP ${status} with a body that is not JSON; check AWS_ENDPOINT_URL or the proxy`;
  }
  const root = rootElement(text);
  const expected = commandName === undefined ? undefined : REST_XML_ROOTS.get(commandName);
  if (expected !== undefined && root !== expected)
    return `the endpoint answered HTTP ${status} with ${root ? `<${root}>` : 'a body'} instead of <${expected}>; check AWS_ENDPOINT_URL or the proxy`;
  return trimmed.startsWith('{') || root !== undefined
    ? undefined
    : `the endpoint answered HTTP ${status} with a body that is neither XML nor JSON; check AWS_ENDPOINT_URL or the proxy`;
}

function responseCheck(bodyTimeoutMs: number): DeserializeMiddleware<object, object> {
  return (next: DeserializeHandler<object, object>, context: HandlerExecutionContext) =>
    async (args: DeserializeHandlerArguments<object>): Promise<DeserializeHandlerOutput<object>> => {
      const result = await next(args);
      const response = result.response as RawResponse | undefined;
      if (!response || typeof response.statusCode !== 'number') return result;
      const bytes = await readBody(response.body, bodyTimeoutMs);
      response.body = bytes;
      // The shape shows in the first bytes; large answers are not decoded twice.
      const text = Buffer.from(
        bytes.buffer,
        bytes.byteOffset,
        Math.min(bytes.byteLength, HEAD_BYTES),
      ).toString('utf8');
      const contentType = header(response.headers, 'content-type');
      const why = problem(
        response.statusCode,
        contentType,
        text,
        args.request as RawRequest,
        context.commandName,
      );
      if (why === undefined) return result;
      const detail = `HTTP ${response.statusCode}${contentType ? ` ${contentType}` : ''}: ${text.replace(/\s+/g, ' ').trim().slice(0, DETAIL_CHARS) || '(empty body)'}`;
      throw new MalformedResponseError(why, response.statusCode, detail);
    };
}

/** Added to every client of a live scan (see ClientPool). */
export function responseCheckPlugin(bodyTimeoutMs: number): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add(responseCheck(bodyTimeoutMs), {
        step: 'deserialize',
        priority: 'low',
        name: 'soc2ResponseCheck',
        override: true,
      });
    },
  };
}
