import { unknown } from '../../../../inventory/maybe.js';
import { allPages, type Output } from '../../normalize/raw.js';
import { LIST_ANALYZERS } from './calls.js';

export function normalizeAccessAnalyzer(out: Output): void {
  const listed = allPages(out, LIST_ANALYZERS, undefined);
  const why =
    listed.unknown ??
    (listed.notFound ? unknown('access-analyzer:ListAnalyzers found nothing to list') : undefined);
  const analyzers = (listed.value ?? []).flatMap((page) => page.analyzers ?? []);
  const label = (analyzer: (typeof analyzers)[number]) =>
    `${analyzer.name ?? analyzer.arn} (${analyzer.type ?? 'type unknown'})`;
  out.add({
    type: 'accessanalyzer-region',
    id: `arn:aws:access-analyzer:${out.region}:${out.account}:region`,
    name: `IAM Access Analyzer in ${out.region}`,
    region: out.region,
    origin: out.origin,
    activeAnalyzers: why ?? analyzers.filter((analyzer) => analyzer.status === 'ACTIVE').map(label),
    inactiveAnalyzers: why ?? analyzers.filter((analyzer) => analyzer.status !== 'ACTIVE').map(label),
  });
}
