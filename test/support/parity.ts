/**
 * Parity cases (issue 7 item 8): a rule that runs on both sources must give
 * the same verdict for the same AWS shape written as a template resource and
 * served by the loopback AWS server. Each case names its expected status; the
 * test checks both pipelines against it, so a drift on either side fails.
 *
 *   parityCases('redshift-cluster-encrypted', [
 *     {
 *       name: 'unencrypted cluster',
 *       status: 'FAIL',
 *       template: { logicalId: 'Warehouse', resources: { Warehouse: { Type: 'AWS::Redshift::Cluster', Properties: { ... } } } },
 *       live: { id: 'warehouse', add: (account) => { ... } },
 *     },
 *   ]);
 *
 * All live cases of one call share one account and one scan (resources differ
 * by id), so a file of parity cases costs one live scan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Status } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run.js';
import { ruleById } from './rule-cases.js';
import { configureRule, type SettingValue } from '../../src/engine/rule-settings.js';
import { emptyAccount, type FakeAccount } from './aws-server/index.js';
import { inventoryFromTemplate } from './template.js';
import { SCANNED_AT, scanFake } from '../sources/live/helpers.js';

export const PARITY_ACCOUNT = '111122223333';
export const PARITY_REGION = 'us-east-1';

export interface ParityCase {
  name: string;
  status: Status;
  /** Text both findings' messages must contain. */
  message?: string;
  template: {
    /** The resource whose finding is compared (its logical id). */
    logicalId: string;
    /** The template's `Resources` (the compared one and what it references). */
    resources: Record<string, unknown>;
    parameters?: Record<string, string>;
  };
  live: {
    /** The inventory id of the live resource whose finding is compared (ARN or AWS id, as the normalizer sets it). */
    id: string;
    /** Puts the resource (and what it needs) into the shared fake account. */
    add: (account: FakeAccount) => void;
  };
}

function findingFor(
  findings: readonly Finding[],
  matches: (finding: Finding) => boolean,
  what: string,
): Finding {
  const found = findings.find(matches);
  if (!found) {
    throw new Error(
      `no finding for ${what}; findings: ${findings.map((f) => `${f.resource.id} ${f.status}`).join(', ')}`,
    );
  }
  return found;
}

export function parityCases(
  ruleId: string,
  cases: readonly ParityCase[],
  /** The rule's settings on both sides, as a settings file gives them. */
  settings?: Record<string, SettingValue>,
): void {
  const rule = configureRule(ruleById(ruleId), settings);
  describe(`${ruleId}: the same verdict from a template and from a live account`, () => {
    let liveFindings: Finding[] = [];
    beforeAll(async () => {
      const account = emptyAccount({ accountId: PARITY_ACCOUNT, enabledRegions: [PARITY_REGION] });
      for (const testCase of cases) testCase.live.add(account);
      const scan = await scanFake(account);
      liveFindings =
        settings === undefined
          ? scan.findings.filter((finding) => finding.ruleId === ruleId)
          : runRules(scan.result.inventory, [rule], { now: SCANNED_AT });
    }, 60_000);

    it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
      const template = JSON.stringify({ Resources: testCase.template.resources });
      const inventory = await inventoryFromTemplate(template, { parameters: testCase.template.parameters });
      const templateFindings = runRules(inventory, [rule], { now: SCANNED_AT });
      const fromTemplate = findingFor(
        templateFindings,
        (finding) => finding.resource.id.endsWith(`/${testCase.template.logicalId}`),
        `template resource ${testCase.template.logicalId}`,
      );
      const fromLive = findingFor(
        liveFindings,
        (finding) => finding.resource.id === testCase.live.id,
        `live resource ${testCase.live.id}`,
      );
      expect(
        { template: fromTemplate.status, live: fromLive.status },
        `${fromTemplate.message} | ${fromLive.message}`,
      ).toEqual({
        template: testCase.status,
        live: testCase.status,
      });
      if (testCase.message !== undefined) {
        expect(fromTemplate.message).toContain(testCase.message);
        expect(fromLive.message).toContain(testCase.message);
      }
    });
  });
}
