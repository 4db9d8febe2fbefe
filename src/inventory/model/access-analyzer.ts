/** IAM Access Analyzer, per region (live only). */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface AccessAnalyzerRegion extends ResourceBase<'accessanalyzer-region'> {
  /** Names of the analyzers whose status is ACTIVE, with their type (`org-analyzer (ORGANIZATION)`). */
  activeAnalyzers: Maybe<string[]>;
  /** Analyzers in any other status (CREATING, DISABLED, FAILED). */
  inactiveAnalyzers: Maybe<string[]>;
}
