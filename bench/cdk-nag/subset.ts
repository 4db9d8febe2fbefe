/**
 * cdk-nag packs narrowed to named rules, for the comparison at equal rule
 * counts: each pack still walks the tree and dispatches every resource as
 * usual, but runs only the rules whose ids were asked for (the ids our rules
 * list as `equivalents.cdkNag`). The pack's other rules are seen, not run.
 */
import {
  AwsSolutionsChecks,
  HIPAASecurityChecks,
  type IApplyRule,
  type NagPack,
  NIST80053R4Checks,
  NIST80053R5Checks,
  PCIDSS321Checks,
  ServerlessChecks,
} from 'cdk-nag';
import type { IConstruct } from 'constructs';

type PackClass = new (scope?: IConstruct) => NagPack;

const PACKS: Record<string, PackClass> = {
  AwsSolutions: AwsSolutionsChecks,
  'HIPAA.Security': HIPAASecurityChecks,
  'NIST.800.53.R4': NIST80053R4Checks,
  'NIST.800.53.R5': NIST80053R5Checks,
  'PCI.DSS.321': PCIDSS321Checks,
  Serverless: ServerlessChecks,
};

export interface RuleSubset {
  packs: NagPack[];
  /** Every rule id the packs dispatched, run or not. */
  seen: Set<string>;
  /** The asked-for ids that ran on at least one resource. */
  ran: Set<string>;
}

function packOf(ruleId: string): string {
  const pack = Object.keys(PACKS).find((name) => ruleId.startsWith(`${name}-`));
  if (pack === undefined) throw new Error(`${ruleId}: not a rule of a cdk-nag pack this bench knows`);
  return pack;
}

function narrowed(Base: PackClass, wanted: ReadonlySet<string>, subset: RuleSubset): PackClass {
  // Typed as one concrete pack so TypeScript lets the class extend it; every pack has its shape.
  const Concrete = Base as typeof NIST80053R5Checks;
  return class extends Concrete {
    protected override applyRule(params: IApplyRule): void {
      // cdk-nag's own id: the pack name, then the override or the rule function's name.
      const suffix = params.ruleSuffixOverride ? params.ruleSuffixOverride : params.rule.name;
      const id = `${this.readPackName}-${suffix}`;
      subset.seen.add(id);
      if (!wanted.has(id)) return;
      subset.ran.add(id);
      super.applyRule(params);
    }
  };
}

/** The packs these rule ids belong to, each narrowed to them. */
export function packsFor(ruleIds: readonly string[], scope?: IConstruct): RuleSubset {
  const subset: RuleSubset = { packs: [], seen: new Set(), ran: new Set() };
  const byPack = new Map<string, Set<string>>();
  for (const id of ruleIds) {
    const pack = packOf(id);
    byPack.set(pack, (byPack.get(pack) ?? new Set()).add(id));
  }
  for (const [pack, wanted] of byPack) {
    subset.packs.push(new (narrowed(PACKS[pack]!, wanted, subset))(scope));
  }
  return subset;
}
