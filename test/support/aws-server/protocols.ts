/**
 * Success and error bodies in each AWS wire protocol, shaped like the
 * examples in AWS's API references.
 */
import { AwsError, type ErrorCodeKind } from './aws-error-codes.js';
import {
  escapeXml,
  headerMembers,
  normalize,
  payloadMember,
  toJsonValue,
  writeXml,
  writeXmlMembers,
} from './serde.js';
import { RawBody, type ServiceDefinition } from './service.js';

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function successResponse(
  service: ServiceDefinition,
  operation: string,
  operationSchema: unknown,
  output: unknown,
  requestId: string,
): WireResponse {
  if (output instanceof RawBody) {
    return {
      status: 200,
      headers: { 'content-type': output.contentType, ...output.headers, 'x-amzn-requestid': requestId },
      body: output.body,
    };
  }
  const outputSchema = normalize((operationSchema as unknown[])[5]);
  const value = (output ?? {}) as Record<string, unknown>;
  switch (service.protocol) {
    case 'json':
      return {
        status: 200,
        headers: {
          'content-type': `application/x-amz-json-${service.jsonVersion ?? '1.1'}`,
          'x-amzn-requestid': requestId,
        },
        body: JSON.stringify(toJsonValue(outputSchema, value, false)),
      };
    case 'rest-json':
      return {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'x-amzn-requestid': requestId,
          ...headerMembers(outputSchema, value),
        },
        body: JSON.stringify(toJsonValue(outputSchema, value, true)),
      };
    case 'query': {
      const out = [`<${operation}Response xmlns="${service.xmlNamespace ?? ''}"><${operation}Result>`];
      writeXmlMembers(outputSchema, value, out);
      out.push(
        `</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
      );
      return xml(200, out.join(''), requestId);
    }
    case 'ec2': {
      const out = [
        `<${operation}Response xmlns="${service.xmlNamespace ?? ''}"><requestId>${requestId}</requestId>`,
      ];
      writeXmlMembers(outputSchema, value, out);
      out.push(`</${operation}Response>`);
      return xml(200, out.join(''), requestId);
    }
    case 'rest-xml': {
      const headers = headerMembers(outputSchema, value);
      const payload = payloadMember(outputSchema);
      const out: string[] = [];
      if (payload) {
        const payloadValue = value[payload.name];
        if (payloadValue !== undefined)
          writeXml(
            payload.schema,
            payloadValue,
            payload.schema.getMergedTraits().xmlName ?? payload.schema.getName() ?? payload.name,
            out,
          );
      } else {
        writeXml(
          outputSchema,
          value,
          outputSchema.getMergedTraits().xmlName ?? outputSchema.getName() ?? operation,
          out,
        );
      }
      return {
        ...xml(200, withNamespace(out.join(''), service.xmlNamespace), requestId),
        headers: { ...xml(200, '', requestId).headers, ...headers },
      };
    }
  }
}

function withNamespace(body: string, namespace: string | undefined): string {
  if (!namespace || body === '') return body;
  return body.replace(/^<([A-Za-z0-9]+)>/, `<$1 xmlns="${namespace}">`);
}

function xml(status: number, body: string, requestId: string): WireResponse {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId, 'x-amz-request-id': requestId },
    body: body === '' ? '' : `<?xml version="1.0" encoding="UTF-8"?>\n${body}`,
  };
}

export function errorResponse(
  service: ServiceDefinition | undefined,
  error: AwsError,
  requestId: string,
): WireResponse {
  const message = escapeXml(error.message);
  const code = escapeXml(error.code);
  switch (service?.protocol ?? 'query') {
    case 'json':
      return {
        status: error.status,
        headers: {
          'content-type': `application/x-amz-json-${service?.jsonVersion ?? '1.1'}`,
          'x-amzn-errortype': error.code,
          'x-amzn-requestid': requestId,
        },
        body: JSON.stringify({ __type: error.code, message: error.message }),
      };
    case 'rest-json':
      return {
        status: error.status,
        headers: {
          'content-type': 'application/json',
          'x-amzn-errortype': error.code,
          'x-amzn-requestid': requestId,
        },
        body: JSON.stringify({ message: error.message }),
      };
    case 'ec2':
      return xml(
        error.status,
        `<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
        requestId,
      );
    case 'rest-xml':
      if (service?.signingName === 's3') {
        return xml(
          error.status,
          `<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${requestId}</RequestId><HostId>fake-aws</HostId></Error>`,
          requestId,
        );
      }
      return xml(error.status, queryError(error, code, message, requestId, service?.xmlNamespace), requestId);
    case 'query':
      return xml(error.status, queryError(error, code, message, requestId, service?.xmlNamespace), requestId);
  }
}

function queryError(
  error: AwsError,
  code: string,
  message: string,
  requestId: string,
  namespace: string | undefined,
): string {
  const xmlns = namespace ? ` xmlns="${namespace}"` : '';
  return `<ErrorResponse${xmlns}><Error><Type>${error.type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}

const DEFAULT_CODES: Record<
  ServiceDefinition['protocol'],
  Record<ErrorCodeKind, { code: string; status: number }>
> = {
  json: {
    AccessDenied: { code: 'AccessDeniedException', status: 400 },
    Throttling: { code: 'ThrottlingException', status: 400 },
    ServerError: { code: 'InternalFailure', status: 500 },
    OptInRequired: { code: 'UnrecognizedClientException', status: 400 },
    DisabledRegion: { code: 'UnrecognizedClientException', status: 400 },
    UnknownOperation: { code: 'UnknownOperationException', status: 400 },
  },
  'rest-json': {
    AccessDenied: { code: 'AccessDeniedException', status: 403 },
    Throttling: { code: 'TooManyRequestsException', status: 429 },
    ServerError: { code: 'InternalFailure', status: 500 },
    OptInRequired: { code: 'UnrecognizedClientException', status: 403 },
    DisabledRegion: { code: 'UnrecognizedClientException', status: 403 },
    UnknownOperation: { code: 'UnknownOperationException', status: 400 },
  },
  query: {
    AccessDenied: { code: 'AccessDenied', status: 403 },
    Throttling: { code: 'Throttling', status: 400 },
    ServerError: { code: 'InternalFailure', status: 500 },
    OptInRequired: { code: 'InvalidClientTokenId', status: 403 },
    DisabledRegion: { code: 'InvalidClientTokenId', status: 403 },
    UnknownOperation: { code: 'InvalidAction', status: 400 },
  },
  ec2: {
    AccessDenied: { code: 'UnauthorizedOperation', status: 403 },
    Throttling: { code: 'RequestLimitExceeded', status: 503 },
    ServerError: { code: 'InternalError', status: 500 },
    OptInRequired: { code: 'OptInRequired', status: 401 },
    DisabledRegion: { code: 'AuthFailure', status: 401 },
    UnknownOperation: { code: 'InvalidAction', status: 400 },
  },
  'rest-xml': {
    AccessDenied: { code: 'AccessDenied', status: 403 },
    Throttling: { code: 'Throttling', status: 400 },
    ServerError: { code: 'InternalError', status: 500 },
    OptInRequired: { code: 'InvalidClientTokenId', status: 403 },
    DisabledRegion: { code: 'InvalidClientTokenId', status: 403 },
    UnknownOperation: { code: 'InvalidAction', status: 400 },
  },
};

const MESSAGES: Record<ErrorCodeKind, string> = {
  AccessDenied: 'is not authorized to perform',
  Throttling: 'Rate exceeded',
  ServerError: 'We encountered an internal error. Please try again.',
  OptInRequired: 'The security token included in the request is invalid.',
  DisabledRegion: 'The security token included in the request is invalid.',
  UnknownOperation: 'is not a supported operation of the loopback AWS server',
};

/** The error a service really answers for a denied, throttled, failed or region-blocked call. */
export function serviceError(
  service: ServiceDefinition,
  kind: ErrorCodeKind,
  action: string,
  callerArn: string,
  region: string,
): AwsError {
  const { code, status, message } = {
    ...DEFAULT_CODES[service.protocol][kind],
    ...service.errorCodes?.[kind],
  };
  const text =
    message ??
    (kind === 'AccessDenied'
      ? `User: ${callerArn} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`
      : kind === 'UnknownOperation'
        ? `${action} ${MESSAGES[kind]}`
        : kind === 'DisabledRegion' || kind === 'OptInRequired'
          ? `${MESSAGES[kind]} (region ${region} is not enabled for this account)`
          : MESSAGES[kind]);
  return new AwsError(code, text, status);
}
