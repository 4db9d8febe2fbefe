import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function detectorOf(ctx: CallContext) {
  const id = ctx.pathParams.id ?? '';
  const detector = regionOf(ctx).guardduty?.detectors.find((entry) => entry.id === id);
  if (!detector)
    throw new AwsError(
      'BadRequestException',
      `The request is rejected because the input detectorId is not owned by the current account.`,
      400,
    );
  return detector;
}

/** The wire names of GuardDuty's Condition members (jsonName: `greaterThanOrEqual`, `gte`, `equals`, `eq`). */
interface Criterion {
  greaterThanOrEqual?: number;
  gte?: number;
  equals?: string[];
  eq?: string[];
}

export const guardduty: ServiceDefinition = {
  signingName: 'guardduty',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-guardduty'),
  routes: [
    { method: 'GET', path: /^\/detector\/?$/, operation: 'ListDetectors' },
    { method: 'GET', path: /^\/detector\/(?<id>[^/]+)\/?$/, operation: 'GetDetector' },
    { method: 'POST', path: /^\/detector\/(?<id>[^/]+)\/findings\/?$/, operation: 'ListFindings' },
  ],
  errorCodes: { Throttling: { code: 'TooManyRequestsException', status: 429 } },
  operations: {
    ListDetectors: (ctx) => {
      const page = paginate(
        (regionOf(ctx).guardduty?.detectors ?? []).map((entry) => entry.id),
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'BadRequestException',
      );
      return { DetectorIds: page.items, NextToken: page.next };
    },
    GetDetector: (ctx) => {
      const detector = detectorOf(ctx);
      return {
        Status: detector.status,
        ServiceRole: 'AWSServiceRoleForAmazonGuardDuty',
        CreatedAt: '2026-01-01T00:00:00Z',
      };
    },
    ListFindings: (ctx) => {
      const detector = detectorOf(ctx);
      const criteria =
        (ctx.body.findingCriteria as { criterion?: Record<string, Criterion> } | undefined)?.criterion ?? {};
      const minSeverity = criteria.severity?.greaterThanOrEqual ?? criteria.severity?.gte ?? 0;
      const archived = criteria['service.archived']?.equals ?? criteria['service.archived']?.eq;
      const matching = (detector.findings ?? []).filter(
        (finding) =>
          (finding.Severity ?? 0) >= minSeverity &&
          (archived === undefined || archived.includes(String(finding.Service?.Archived ?? false))),
      );
      const page = paginate(
        matching.map((finding) => finding.Id ?? ''),
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.maxResults),
        ctx.action,
        'BadRequestException',
      );
      return { FindingIds: page.items, NextToken: page.next };
    },
  },
};
