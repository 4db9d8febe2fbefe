/** What the fake account holds for CodeBuild, merged into FakeRegion from here so account.ts stays small. */
import type { Project } from '@aws-sdk/client-codebuild';

declare module '../account.js' {
  interface FakeRegion {
    /** Projects as BatchGetProjects returns them. */
    codebuild?: { projects: Project[] };
  }
}
