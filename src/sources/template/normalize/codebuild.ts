/** AWS::CodeBuild::Project: environment variables, sources and log destinations. */
import { codeBuildLogs, codeBuildSource, codeBuildVariable } from '../../../inventory/facts/codebuild.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { CodeBuildProject, CodeBuildSource, CodeBuildVariable } from '../../../inventory/model.js';
import { baseOf, stringFact, valueAt, type TemplateResource } from './context.js';

function listAt(resource: TemplateResource, path: string): Maybe<number> {
  const list = valueAt(resource, path);
  if (list === undefined || list === null) return 0;
  if (isUnknown(list)) return unknown(`${resource.logicalId}.${path}: ${list.reason}`);
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.${path} is not a list`);
  return list.length;
}

function variables(resource: TemplateResource): Maybe<CodeBuildVariable[]> {
  const count = listAt(resource, 'Environment.EnvironmentVariables');
  if (isUnknown(count)) return count;
  const found: CodeBuildVariable[] = [];
  for (let index = 0; index < count; index += 1) {
    const path = `Environment.EnvironmentVariables.${index}`;
    const variable = codeBuildVariable(
      {
        name: stringFact(resource, `${path}.Name`),
        type: stringFact(resource, `${path}.Type`),
        value: stringFact(resource, `${path}.Value`),
      },
      createPlace(`${resource.logicalId}.${path}`),
    );
    if (isUnknown(variable)) return variable;
    found.push(variable);
  }
  return found;
}

function sources(resource: TemplateResource): Maybe<CodeBuildSource[]> {
  const secondary = listAt(resource, 'SecondarySources');
  if (isUnknown(secondary)) return secondary;
  const paths = ['Source', ...Array.from({ length: secondary }, (_, index) => `SecondarySources.${index}`)];
  return paths.map((path) =>
    codeBuildSource(
      { type: stringFact(resource, `${path}.Type`), location: stringFact(resource, `${path}.Location`) },
      createPlace(`${resource.logicalId}.${path}`),
    ),
  );
}

export function codeBuildProject(resource: TemplateResource): CodeBuildProject {
  return {
    type: 'codebuild-project',
    ...baseOf(resource, 'Name'),
    environmentVariables: variables(resource),
    sources: sources(resource),
    ...codeBuildLogs(
      {
        cloudWatch: stringFact(resource, 'LogsConfig.CloudWatchLogs.Status'),
        s3: stringFact(resource, 'LogsConfig.S3Logs.Status'),
      },
      createPlace(resource.logicalId),
    ),
  };
}
