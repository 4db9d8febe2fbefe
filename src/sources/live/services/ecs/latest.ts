/** `arn:aws:ecs:us-east-1:111122223333:task-definition/web:7` -> the latest revision's ARN of each family. */
export function latestRevisions(arns: readonly string[]): string[] {
  const latest = new Map<string, { revision: number; arn: string }>();
  for (const arn of arns) {
    const match = /task-definition\/(?<family>[^:]+):(?<revision>\d+)$/.exec(arn);
    if (!match?.groups) continue;
    const family = match.groups.family as string;
    const revision = Number(match.groups.revision);
    const known = latest.get(family);
    if (!known || revision > known.revision) latest.set(family, { revision, arn });
  }
  return [...latest.values()].map((entry) => entry.arn);
}
