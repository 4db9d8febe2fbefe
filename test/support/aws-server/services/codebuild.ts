import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './codebuild-data.js';

export const codebuild: ServiceDefinition = {
  signingName: 'codebuild',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-codebuild'),
  operations: {
    ListProjects: (ctx) => {
      const names = (regionOf(ctx).codebuild?.projects ?? []).map((project) => project.name ?? '');
      const page = paginate(
        names,
        ctx.body.nextToken,
        ctx.pageSize(undefined),
        ctx.action,
        'InvalidInputException',
      );
      return { projects: page.items, nextToken: page.next };
    },
    BatchGetProjects: (ctx) => {
      const names = ctx.body.names;
      if (!Array.isArray(names) || names.length === 0 || names.length > 100)
        throw new AwsError('InvalidInputException', 'names must hold 1 to 100 project names', 400);
      const all = regionOf(ctx).codebuild?.projects ?? [];
      const wanted = names.map(String);
      return {
        projects: all.filter(
          (project) => wanted.includes(project.name ?? '') || wanted.includes(project.arn ?? ''),
        ),
        projectsNotFound: wanted.filter((name) => !all.some((p) => p.name === name || p.arn === name)),
      };
    },
  },
};
