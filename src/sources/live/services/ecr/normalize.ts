import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_REPOSITORIES, GET_REPOSITORY_POLICY } from './calls.js';

function policyOf(out: Output, name: string): Maybe<PolicyStatement[]> {
  const record = out.raw.get(
    GET_REPOSITORY_POLICY.service,
    GET_REPOSITORY_POLICY.action,
    out.region,
    GET_REPOSITORY_POLICY.params(name),
  );
  // "This repository has no policy" is an answer.
  if (record?.error?.code === 'RepositoryPolicyNotFoundException') return [];
  const answer = out.one(GET_REPOSITORY_POLICY, name);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return [];
  // GetRepositoryPolicy always carries the document: an answer without it was not read, not "no policy".
  if (answer.value.policyText === undefined)
    return unknown(`ECR repository ${name}: GetRepositoryPolicy returned no policyText`);
  return policyStatements(answer.value.policyText, `ECR repository ${name}: policy`);
}

export function normalizeEcr(out: Output): void {
  for (const repo of out
    .list(DESCRIBE_REPOSITORIES, ['ecr-repository'])
    .flatMap((page) => page.repositories ?? [])) {
    const name = repo.repositoryName;
    if (!name) continue;
    out.add({
      type: 'ecr-repository',
      id: repo.repositoryArn ?? `arn:${out.partition}:ecr:${out.region}:${out.account}:repository/${name}`,
      arn: repo.repositoryArn,
      name,
      region: out.region,
      origin: out.origin,
      policyStatements: policyOf(out, name),
    });
  }
}
