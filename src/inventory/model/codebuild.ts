/** CodeBuild projects: what their builds see in the environment, where their source comes from, where logs go. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/** An environment variable; its value is never kept (it may be a secret), only what it looks like. */
export interface CodeBuildVariable {
  name: string;
  /** PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER. */
  type: Maybe<string>;
  /** The value is an AWS access key id (AKIA/ASIA...); false also when the value is unresolved. */
  valueIsAccessKeyId: boolean;
}

export interface CodeBuildSource {
  /** GITHUB, BITBUCKET, CODECOMMIT, S3, NO_SOURCE ... */
  type: Maybe<string>;
  /** The location URL carries a user or token (`https://user:token@host/...`); the URL itself is never kept. */
  credentialsInUrl: Maybe<boolean>;
}

export interface CodeBuildProject extends ResourceBase<'codebuild-project'> {
  environmentVariables: Maybe<CodeBuildVariable[]>;
  /** The primary source, then the secondary ones. */
  sources: Maybe<CodeBuildSource[]>;
  cloudWatchLogs: Maybe<boolean>;
  s3Logs: Maybe<boolean>;
}
