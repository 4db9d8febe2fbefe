/** The HTTP side: identify service, region and operation, apply faults and limits, answer. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwsError } from './aws-error.js';
import { FaultBook, RateLimiter } from './faults.js';
import { memberOfSession, scpDenialMessage, scpDenies } from './organization.js';
import { isLaterPage, pageSizeOf } from './paginate.js';
import { errorResponse, serviceError, successResponse, type WireResponse } from './protocols.js';
import { serviceFor } from './registry.js';
import type { CallContext, ServerState, ServiceDefinition } from './service.js';
import {
  isWireFault,
  type FakeAws,
  type FakeAwsOptions,
  type RecordedCall,
  type WireFaultKind,
} from './types.js';

const DEFAULT_PAGE_SIZE = 100;
const CREDENTIAL = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

interface ParsedRequest {
  service: ServiceDefinition;
  region: string;
  accessKeyId: string;
  operation: string | undefined;
  body: Record<string, unknown>;
  params: Record<string, string>;
  pathParams: Record<string, string>;
}

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const calls: RecordedCall[] = [];
  const faults = new FaultBook();
  const limiter = new RateLimiter(options.rateLimits ?? {});
  const state: ServerState = {
    sessions: new Map(),
    sessionExpiry: new Map(),
    sessionSeconds: options.sessionSeconds ?? 3600,
    organization: options.organization,
    managementAccountId: options.account.accountId,
  };
  const schemaModules = new Map<ServiceDefinition, Promise<object>>();
  const warned = new Set<string>();

  const loadSchemas = (service: ServiceDefinition): Promise<object> => {
    let loaded = schemaModules.get(service);
    if (!loaded) {
      loaded = service.load();
      schemaModules.set(service, loaded);
    }
    return loaded;
  };

  async function answer(
    request: IncomingMessage,
    rawBody: Buffer,
  ): Promise<{
    response: WireResponse | 'never';
    delayMs: number;
    call?: RecordedCall;
    truncate: boolean;
  }> {
    const requestId = randomUUID();
    const at = Date.now();
    const parsed = parseRequest(request, rawBody);
    if (parsed instanceof AwsError)
      return {
        response: errorResponse(undefined, parsed, requestId),
        delayMs: options.latencyMs ?? 0,
        truncate: false,
      };
    const { service, region, operation } = parsed;
    const member = memberOfSession(options.organization, state.sessions, parsed.accessKeyId);
    const account = member?.account ?? options.account;
    const action = `${service.signingName}:${operation ?? 'UnknownOperation'}`;
    const call: RecordedCall = { action, region, status: 0, at, account: account.accountId };
    calls.push(call);
    const reply = (response: WireResponse | 'never', delayMs = 0, truncate = false) => ({
      response,
      delayMs: (options.latencyMs ?? 0) + delayMs,
      call,
      truncate,
    });
    const fail = (error: AwsError, delayMs = 0) => reply(errorResponse(service, error, requestId), delayMs);

    const handler = operation === undefined ? undefined : service.operations[operation];
    if (!handler) {
      if (!warned.has(action)) {
        warned.add(action);
        console.warn(`[fake-aws] unsupported operation ${action} (${request.method} ${request.url})`);
      }
      return fail(serviceError(service, 'UnknownOperation', action, account.callerArn, region));
    }
    const laterPage = isLaterPage(action, parsed.body, parsed.params);
    if (laterPage) call.laterPage = true;
    const { latencyMs, fault } = faults.take(action, region, laterPage);
    if (at > (state.sessionExpiry.get(parsed.accessKeyId) ?? Infinity))
      return fail(new AwsError('ExpiredToken', 'The security token included in the request is expired', 403));
    if (!service.global && !account.enabledRegions.includes(region)) {
      return fail(serviceError(service, 'DisabledRegion', action, account.callerArn, region), latencyMs);
    }
    if (member && scpDenies(member, action)) {
      const { code, status } = serviceError(service, 'AccessDenied', action, account.callerArn, region);
      const message = scpDenialMessage(state.sessions.get(parsed.accessKeyId) ?? account.callerArn, action);
      return fail(new AwsError(code, message, status), latencyMs);
    }
    if (fault && isWireFault(fault.kind)) return reply(wireFault(fault.kind), latencyMs);
    if (fault && fault.kind !== 'Truncated' && fault.kind !== 'Latency' && !isWireFault(fault.kind))
      return fail(serviceError(service, fault.kind, action, account.callerArn, region), latencyMs);
    // AWS limits each account on its own: a member's calls fill their own buckets.
    if (!limiter.tryTake(action, member ? `${region}/${account.accountId}` : region, at))
      return fail(serviceError(service, 'Throttling', action, account.callerArn, region), latencyMs);

    const context: CallContext = {
      account,
      region,
      action,
      accessKeyId: parsed.accessKeyId,
      body: parsed.body,
      params: parsed.params,
      pathParams: parsed.pathParams,
      pageSize: (requested) => pageSizeOf(options.pageSize ?? DEFAULT_PAGE_SIZE, requested),
      state,
    };
    try {
      const output = handler(context);
      const schema = (await loadSchemas(service))[`${operation}$` as keyof object];
      if (!schema) throw new Error(`no schema ${operation}$ in the SDK client of ${service.signingName}`);
      return reply(
        successResponse(service, operation!, schema, output, requestId),
        latencyMs,
        fault?.kind === 'Truncated',
      );
    } catch (error) {
      if (error instanceof AwsError) return fail(error, latencyMs);
      console.error(`[fake-aws] ${action} failed inside the fake`, error);
      return fail(
        new AwsError('InternalFailure', `fake-aws bug: ${(error as Error).message}`, 500),
        latencyMs,
      );
    }
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      answer(request, Buffer.concat(chunks))
        .then(({ response: wire, delayMs, call, truncate }) => {
          if (wire === 'never') return; // close() ends the connection
          if (call) call.status = wire.status;
          const send = () => writeResponse(response, wire, truncate);
          if (delayMs > 0) setTimeout(send, delayMs);
          else send();
        })
        .catch((error: unknown) => {
          response.statusCode = 500;
          response.end(String(error));
        });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    setFaults: (rules) => faults.set(rules),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const PORTAL_PAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign in to the guest network</title></head><body><form>…</form></body></html>\n';

function wireFault(kind: WireFaultKind): WireResponse | 'never' {
  const html = { 'content-type': 'text/html; charset=utf-8' };
  switch (kind) {
    case 'Html200':
      return { status: 200, headers: html, body: PORTAL_PAGE };
    case 'Html404':
      return { status: 404, headers: html, body: '<html><body><h1>404 Not Found</h1></body></html>' };
    case 'Empty200':
      return { status: 200, headers: {}, body: '' };
    case 'ForeignXml200':
      return {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: '<?xml version="1.0" encoding="UTF-8"?>\n<status><proxy>ok</proxy></status>',
      };
    case 'NeverAnswer':
      return 'never';
  }
}

function writeResponse(response: ServerResponse, wire: WireResponse, truncate: boolean): void {
  let body = Buffer.from(wire.body, 'utf8');
  if (truncate) body = body.subarray(0, Math.floor(body.length / 2));
  response.writeHead(wire.status, { ...wire.headers, 'content-length': String(body.length) });
  response.end(body);
}

function parseRequest(request: IncomingMessage, rawBody: Buffer): ParsedRequest | AwsError {
  const match = CREDENTIAL.exec(request.headers.authorization ?? '');
  if (!match)
    return new AwsError('MissingAuthenticationToken', 'Request is missing a SigV4 Authorization header', 403);
  const [, accessKeyId, region, signingName] = match as unknown as [string, string, string, string];
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const text = rawBody.toString('utf8');
  const isForm = String(request.headers['content-type'] ?? '').startsWith(
    'application/x-www-form-urlencoded',
  );
  const service = serviceFor(signingName, {
    method: request.method ?? 'GET',
    path: url.pathname,
    form: isForm ? Object.fromEntries(new URLSearchParams(text)) : {},
  });
  if (!service)
    return new AwsError(
      'UnknownService',
      `The loopback AWS server does not emulate the service ${signingName}`,
      400,
    );
  const base = { service, region, accessKeyId, body: {}, params: {}, pathParams: {} };
  switch (service.protocol) {
    case 'json': {
      const target = String(request.headers['x-amz-target'] ?? '');
      return {
        ...base,
        operation: target.slice(target.indexOf('.') + 1) || undefined,
        body: parseJson(text),
      };
    }
    case 'query':
    case 'ec2': {
      const params = Object.fromEntries(new URLSearchParams(text));
      return { ...base, operation: params.Action, params };
    }
    case 'rest-xml':
    case 'rest-json': {
      const params = Object.fromEntries(url.searchParams);
      for (const route of service.routes ?? []) {
        if (route.method !== request.method) continue;
        const pathMatch = route.path.exec(url.pathname);
        if (!pathMatch || (route.subresource !== undefined && !url.searchParams.has(route.subresource)))
          continue;
        const pathParams: Record<string, string> = {};
        for (const [key, value] of Object.entries(pathMatch.groups ?? {}))
          pathParams[key] = decodeURIComponent(value);
        return { ...base, operation: route.operation, params, pathParams, body: parseJson(text) };
      }
      return { ...base, operation: undefined, params };
    }
  }
}

function parseJson(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
