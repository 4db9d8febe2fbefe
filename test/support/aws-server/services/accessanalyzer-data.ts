/** What the fake account holds for IAM Access Analyzer, merged into FakeRegion from here so account.ts stays small. */
import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';

declare module '../account.js' {
  interface FakeRegion {
    accessanalyzer?: { analyzers: AnalyzerSummary[] };
  }
}
