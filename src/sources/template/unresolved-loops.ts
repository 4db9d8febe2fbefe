/**
 * Templates whose Conditions section had an `Fn::ForEach` loop that could not
 * be expanded: a condition that is not declared may come from it, so it is
 * unknown rather than an error.
 */
const conditionLoops = new WeakMap<object, string>();

export function markUnresolvedConditionLoop(template: object, reason: string): void {
  conditionLoops.set(template, reason);
}

/** Why an undeclared condition may still exist in this template, if it may. */
export function conditionMayComeFromLoop(template: object): string | undefined {
  return conditionLoops.get(template);
}
