/** One stack to load: its template and what is known about where it deploys. */
import type { TemplateFile } from './read.js';
import type { Value } from './values.js';

export interface StackDefinition {
  /** Unique name; resource ids are `<name>/<logicalId>`. */
  name: string;
  file: TemplateFile;
  region?: string;
  account?: string;
  /** The CloudFormation stack name when known (cdk.out manifest), for `AWS::StackName`. */
  deployedStackName?: string;
  /** Parameter values from outside: the user's strings, or a parent stack's expressions (evaluated lazily). */
  givenParameters: Map<string, () => Value>;
  /** Nested stacks: the parent stack's name and the logical id of the `AWS::CloudFormation::Stack`. */
  parent?: { stack: string; logicalId: string };
}
