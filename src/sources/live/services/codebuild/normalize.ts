import { codeBuildLogs, codeBuildSource, codeBuildVariable } from '../../../../inventory/facts/codebuild.js';
import { below, describePlace } from '../../../../inventory/facts/place.js';
import { partition } from '../../../../inventory/maybe.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { BATCH_GET_PROJECTS, LIST_PROJECTS, batchesOf } from './calls.js';

export function normalizeCodeBuild(out: Output): void {
  const names = out.list(LIST_PROJECTS, ['codebuild-project']).flatMap((page) => page.projects ?? []);
  for (const batch of batchesOf(names)) {
    const projects = out
      .list(BATCH_GET_PROJECTS, ['codebuild-project'], batch)
      .flatMap((page) => page.projects ?? []);
    for (const project of projects) {
      if (!project.name) continue;
      const place = describePlace(`CodeBuild project ${project.name}`);
      const variables = (project.environment?.environmentVariables ?? []).map((variable, index) =>
        codeBuildVariable(variable, below(place, `environmentVariables.${index}`)),
      );
      const read = partition(variables);
      out.add({
        type: 'codebuild-project',
        id: project.arn ?? project.name,
        arn: project.arn,
        name: project.name,
        region: out.region,
        origin: out.origin,
        tags: tagsOf(project.tags?.map((tag) => ({ Key: tag.key, Value: tag.value }))),
        environmentVariables: read.unknowns[0] ?? read.known,
        sources: [project.source, ...(project.secondarySources ?? [])]
          .filter((source) => source !== undefined)
          .map((source, index) =>
            codeBuildSource(source, below(place, index === 0 ? 'source' : `secondarySources.${index - 1}`)),
          ),
        ...codeBuildLogs(
          { cloudWatch: project.logsConfig?.cloudWatchLogs?.status, s3: project.logsConfig?.s3Logs?.status },
          place,
        ),
      });
    }
  }
}
