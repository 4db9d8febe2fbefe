import type { Project as SdkProject } from '@aws-sdk/client-codebuild';
import { codeBuildLogs, codeBuildSource, codeBuildVariable } from '../../../../inventory/facts/codebuild.js';
import { absent, below, describePlace } from '../../../../inventory/facts/place.js';
import { partition, unknown, type Unknown } from '../../../../inventory/maybe.js';
import { tagsOf, type Json, type Output } from '../../normalize/raw.js';
import { BATCH_GET_PROJECTS, LIST_PROJECTS, batchesOf } from './calls.js';

type Project = Json<SdkProject>;

export function normalizeCodeBuild(out: Output): void {
  const names = out.list(LIST_PROJECTS, ['codebuild-project']).flatMap((page) => page.projects ?? []);
  for (const batch of batchesOf(names)) {
    const pages = out.list(BATCH_GET_PROJECTS, ['codebuild-project'], batch);
    const projects = pages.flatMap((page) => page.projects ?? []);
    for (const project of projects) if (project.name) addProject(out, project, project.name);
    // A failed call is already a gap; an answer that leaves a listed project out says nothing about it.
    if (out.one(BATCH_GET_PROJECTS, batch).value === undefined) continue;
    const returned = new Set(projects.map((project) => project.name));
    const notFound = new Set(pages.flatMap((page) => page.projectsNotFound ?? []));
    for (const name of batch.filter((listed) => !returned.has(listed))) {
      addUnread(
        out,
        name,
        unknown(
          notFound.has(name)
            ? `CodeBuild project ${name} was listed but not found when BatchGetProjects described it`
            : `CodeBuild project ${name} was listed but BatchGetProjects did not return it`,
        ),
      );
    }
  }
}

function addProject(out: Output, project: Project, name: string): void {
  const place = describePlace(`CodeBuild project ${name}`);
  // CreateProject requires an environment: an answer without one was not read as expected.
  const environment = project.environment;
  const variables = (environment?.environmentVariables ?? []).map((variable, index) =>
    codeBuildVariable(variable, below(place, `environmentVariables.${index}`)),
  );
  const read = partition(variables);
  out.add({
    type: 'codebuild-project',
    id: project.arn ?? name,
    arn: project.arn,
    name,
    region: out.region,
    origin: out.origin,
    tags: tagsOf(project.tags?.map((tag) => ({ Key: tag.key, Value: tag.value }))),
    environmentVariables:
      environment === undefined ? absent(place, 'environment') : (read.unknowns[0] ?? read.known),
    // CreateProject requires a source too (NO_SOURCE and CODEPIPELINE are source types).
    sources:
      project.source === undefined
        ? absent(place, 'source')
        : [project.source, ...(project.secondarySources ?? [])].map((source, index) =>
            codeBuildSource(source, below(place, index === 0 ? 'source' : `secondarySources.${index - 1}`)),
          ),
    ...codeBuildLogs(
      { cloudWatch: project.logsConfig?.cloudWatchLogs?.status, s3: project.logsConfig?.s3Logs?.status },
      place,
    ),
  });
}

function addUnread(out: Output, name: string, why: Unknown): void {
  const arn = `arn:${out.partition}:codebuild:${out.region}:${out.account}:project/${name}`;
  out.add({
    type: 'codebuild-project',
    id: arn,
    arn,
    name,
    region: out.region,
    origin: out.origin,
    environmentVariables: why,
    sources: why,
    cloudWatchLogs: why,
    s3Logs: why,
  });
}
