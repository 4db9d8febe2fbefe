/** IAM Access Analyzer, per region (live only). */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

export interface AccessAnalyzerRegion extends ResourceBase<'accessanalyzer-region'> {
  /** Names of the external access analyzers (ACCOUNT, ORGANIZATION) whose status is ACTIVE, with their type (`org-analyzer (ORGANIZATION)`). */
  activeAnalyzers: Maybe<string[]>;
  /** Analyzers in any other status (`x (ACCOUNT): FAILED`), and active ones that report no external access (unused or internal access). */
  inactiveAnalyzers: Maybe<string[]>;
}
