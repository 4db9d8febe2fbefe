/**
 * CodeBuild facts read the same way from a template's Environment / Source /
 * LogsConfig and a BatchGetProjects answer. Values are looked at, never kept.
 */
import { isUnknown, type Maybe } from '../maybe.js';
import type { CodeBuildSource, CodeBuildVariable } from '../model/codebuild.js';
import { absent, required, type Place } from './place.js';
import { setting } from './setting.js';

const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
const TYPE_DEFAULT = {
  createDefault: 'PLAINTEXT',
  describeOmitted: 'PLAINTEXT',
  defaultSource: 'CodeBuild API reference, EnvironmentVariable.type: PLAINTEXT is the default value',
};

export function codeBuildVariable(
  raw: {
    name?: Maybe<string | undefined>;
    type?: Maybe<string | undefined>;
    value?: Maybe<string | undefined>;
  },
  place: Place,
): Maybe<CodeBuildVariable> {
  if (isUnknown(raw.name)) return raw.name;
  if (raw.name === undefined) return absent(place, 'Name');
  const value = raw.value;
  return {
    name: raw.name,
    type: setting(raw.type, place, `${raw.name} type`, TYPE_DEFAULT),
    valueIsAccessKeyId: typeof value === 'string' && ACCESS_KEY_ID.test(value.trim()),
  };
}

/** Whether an http(s) URL carries a user name or password before its host. */
export function urlHasCredentials(location: Maybe<string | undefined>): Maybe<boolean> {
  if (isUnknown(location)) return location;
  if (location === undefined) return false;
  return /^https?:\/\/[^/?#]*@/i.test(location.trim());
}

export function codeBuildSource(
  raw: { type?: Maybe<string | undefined>; location?: Maybe<string | undefined> },
  place: Place,
): CodeBuildSource {
  return {
    type: required(raw.type, place, 'Type'),
    credentialsInUrl: urlHasCredentials(raw.location),
  };
}

/** LogsConfig statuses: CloudWatch Logs are on unless disabled, S3 logs off unless enabled (CodeBuild API reference, LogsConfig). */
export function codeBuildLogs(
  raw: { cloudWatch: Maybe<string | undefined>; s3: Maybe<string | undefined> },
  place: Place,
): { cloudWatchLogs: Maybe<boolean>; s3Logs: Maybe<boolean> } {
  const source =
    'CodeBuild API reference, LogsConfig: CloudWatch Logs are enabled by default, S3 logs are not';
  const cloudWatch = setting(raw.cloudWatch, place, 'LogsConfig.CloudWatchLogs.Status', {
    createDefault: 'ENABLED',
    defaultSource: source,
  });
  const s3 = setting(raw.s3, place, 'LogsConfig.S3Logs.Status', {
    createDefault: 'DISABLED',
    describeOmitted: 'DISABLED',
    defaultSource: source,
  });
  return {
    cloudWatchLogs: isUnknown(cloudWatch) ? cloudWatch : cloudWatch === 'ENABLED',
    s3Logs: isUnknown(s3) ? s3 : s3 === 'ENABLED',
  };
}
