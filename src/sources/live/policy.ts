/**
 * The least-privilege IAM policy of a live scan (`soc2 policy`, and
 * policy/soc2-scanner-policy.json): exactly the read actions the catalog's calls declare.
 */
import { LIVE_SERVICES } from './catalog.js';
import { operationsOf } from './operations.js';
import type { LiveService } from './service.js';

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export function scannerPolicy(services: readonly LiveService[] = LIVE_SERVICES): PolicyDocument {
  const anyResource = new Set<string>();
  const scoped = new Map<string, Set<string>>();
  for (const operations of Object.values(operationsOf(services))) {
    for (const operation of Object.values(operations)) {
      if (!operation.resources) {
        anyResource.add(operation.iam);
        continue;
      }
      const resources = scoped.get(operation.iam) ?? new Set<string>();
      for (const resource of operation.resources) resources.add(resource);
      scoped.set(operation.iam, resources);
    }
  }
  const statements: PolicyStatement[] = [
    { Sid: 'Soc2ScannerReadOnly', Effect: 'Allow', Action: [...anyResource].sort(), Resource: '*' },
  ];
  for (const [action, resources] of [...scoped].sort(([a], [b]) => a.localeCompare(b))) {
    const service = action.split(':')[0] ?? action;
    statements.push({
      Sid: `Soc2ScannerRead${service.charAt(0).toUpperCase()}${service.slice(1)}`,
      Effect: 'Allow',
      Action: [action],
      Resource: [...resources].sort(),
    });
  }
  return { Version: '2012-10-17', Statement: statements };
}
