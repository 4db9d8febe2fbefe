import { unknown } from '../../../../inventory/maybe.js';
import { allPages, type Output } from '../../normalize/raw.js';
import { LIST_ANALYZERS } from './calls.js';

/** Analyzer types that report resources shared outside the account or organization (external access). */
const EXTERNAL_ACCESS = new Set(['ACCOUNT', 'ORGANIZATION']);
/** Types that watch something else: unused permissions, access from inside the zone of trust. */
const OTHER_FINDINGS = new Set([
  'ACCOUNT_UNUSED_ACCESS',
  'ORGANIZATION_UNUSED_ACCESS',
  'ACCOUNT_INTERNAL_ACCESS',
  'ORGANIZATION_INTERNAL_ACCESS',
]);

export function normalizeAccessAnalyzer(out: Output): void {
  const listed = allPages(out, LIST_ANALYZERS, undefined);
  const why =
    listed.unknown ??
    (listed.notFound ? unknown('access-analyzer:ListAnalyzers found nothing to list') : undefined);
  const analyzers = (listed.value ?? []).flatMap((page) => page.analyzers ?? []);
  type Analyzer = (typeof analyzers)[number];
  const label = (analyzer: Analyzer) =>
    `${analyzer.name ?? analyzer.arn} (${analyzer.type ?? 'type unknown'})`;
  const active = analyzers.filter((analyzer) => analyzer.status === 'ACTIVE');
  const external = active.filter((analyzer) => EXTERNAL_ACCESS.has(analyzer.type ?? ''));
  const otherFindings = active.filter((analyzer) => OTHER_FINDINGS.has(analyzer.type ?? ''));
  const untyped = active.find(
    (analyzer) => !EXTERNAL_ACCESS.has(analyzer.type ?? '') && !OTHER_FINDINGS.has(analyzer.type ?? ''),
  );
  // ListAnalyzers lists every type: only an external access analyzer watches policies that open resources up.
  const activeAnalyzers =
    external.length === 0 && untyped
      ? unknown(
          `IAM Access Analyzer in ${out.region}: analyzer ${label(untyped)} is ACTIVE, but whether its type reports external access is unknown`,
        )
      : external.map(label);
  out.add({
    type: 'accessanalyzer-region',
    id: `arn:aws:access-analyzer:${out.region}:${out.account}:region`,
    name: `IAM Access Analyzer in ${out.region}`,
    region: out.region,
    origin: out.origin,
    activeAnalyzers: why ?? activeAnalyzers,
    inactiveAnalyzers: why ?? [
      ...analyzers
        .filter((analyzer) => analyzer.status !== 'ACTIVE')
        .map((analyzer) => `${label(analyzer)}: ${analyzer.status ?? 'status unknown'}`),
      ...otherFindings.map((analyzer) => `${label(analyzer)}: reports no external access`),
    ],
  });
}
