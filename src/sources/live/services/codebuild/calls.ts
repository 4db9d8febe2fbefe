import type { BatchGetProjectsCommandOutput, ListProjectsCommandOutput } from '@aws-sdk/client-codebuild';
import { serviceCalls } from '../../service.js';

const codebuild = serviceCalls('codebuild', '@aws-sdk/client-codebuild', 'codebuild');

export const LIST_PROJECTS = codebuild.call<ListProjectsCommandOutput>('ListProjects');

/** BatchGetProjects takes up to 100 names: one call per hundred projects, not per project. */
export const BATCH_SIZE = 100;
export const BATCH_GET_PROJECTS = codebuild.call<BatchGetProjectsCommandOutput, string[]>(
  'BatchGetProjects',
  {
    params: (names) => ({ names }),
    after: [LIST_PROJECTS],
  },
);

/** The project names of each BatchGetProjects call. */
export function batchesOf(names: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < names.length; start += BATCH_SIZE)
    batches.push(names.slice(start, start + BATCH_SIZE));
  return batches;
}
