/**
 * A resource whose Condition is false with the default parameter values may
 * still exist when a deployment passes other values. It is checked as it
 * would be where its condition holds: an evaluator in which that condition is
 * true and every parameter the condition reads is Unknown (it could be any
 * value that makes the condition true). When the user pinned all of those
 * parameters, the condition is decided exactly and the resource is dropped.
 */
import { unknown } from '../../inventory/maybe.js';
import { StackEvaluator, type ConditionValue, type StackLinks } from './evaluate.js';
import { isRecord } from './read.js';
import { parseSub } from './sub.js';
import type { Value } from './values.js';

class ConditionHoldsEvaluator extends StackEvaluator {
  constructor(
    base: StackEvaluator,
    links: StackLinks,
    private readonly held: string,
    parameters: readonly string[],
  ) {
    const given = new Map<string, () => Value>(base.stack.givenParameters);
    for (const name of parameters) {
      given.set(name, () =>
        unknown(`parameter ${name} is any value for which condition ${held} holds (checked as if it does)`),
      );
    }
    super({ ...base.stack, givenParameters: given }, links);
  }

  override condition(name: string): ConditionValue {
    return name === this.held ? true : super.condition(name);
  }
}

/** The parameters a condition reads, through the conditions it names. */
export function parametersOfCondition(evaluator: StackEvaluator, name: string): string[] {
  const template = evaluator.stack.file.template;
  const conditions = isRecord(template.Conditions) ? template.Conditions : {};
  const declared = isRecord(template.Parameters) ? template.Parameters : {};
  const found = new Set<string>();
  const visited = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node === 'string') return;
    if (!isRecord(node)) return;
    if (typeof node.Ref === 'string' && Object.hasOwn(declared, node.Ref)) found.add(node.Ref);
    if (typeof node.Condition === 'string') visit(node.Condition);
    const sub = node['Fn::Sub'];
    const text = Array.isArray(sub) ? sub[0] : sub;
    if (typeof text === 'string') {
      for (const part of parseSub(text))
        if ('variable' in part && Object.hasOwn(declared, part.variable)) found.add(part.variable);
    }
    for (const value of Object.values(node)) walk(value);
  };
  const visit = (condition: string): void => {
    if (visited.has(condition)) return;
    visited.add(condition);
    walk(conditions[condition]);
  };
  visit(name);
  return [...found];
}

export interface AssumedCondition {
  evaluator: StackEvaluator;
  /** Why the resource is checked at all, for finding messages. */
  reason: string;
}

/** Evaluators in which one condition of a stack holds, made once per condition. */
export class AssumedConditions {
  private readonly made = new Map<string, AssumedCondition | undefined>();

  constructor(
    private readonly base: StackEvaluator,
    private readonly links: StackLinks,
  ) {}

  /** undefined: every parameter the condition reads was pinned by the user, so it is false for certain. */
  holding(condition: string): AssumedCondition | undefined {
    if (this.made.has(condition)) return this.made.get(condition);
    const parameters = parametersOfCondition(this.base, condition);
    const open = parameters.filter((name) => !this.base.stack.givenParameters.has(name));
    const assumed =
      open.length === 0
        ? undefined
        : {
            evaluator: new ConditionHoldsEvaluator(this.base, this.links, condition, open),
            reason: `condition ${condition} is false with the default value of ${open.join(', ')}; checked as if it holds`,
          };
    this.made.set(condition, assumed);
    return assumed;
  }
}
