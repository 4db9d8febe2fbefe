/**
 * What every source hands the engine: one normalized inventory plus what the
 * evidence needs to say about where it came from.
 */
import type { BrokenInput, CallerIdentity, EvidenceDates, SourceLocation } from '../engine/finding.js';
import type { Inventory } from '../inventory/inventory.js';

export type { BrokenInput };

export interface SourceResult {
  inventory: Inventory;
  /** Account id for live scans; a name for template scans. */
  scope: string;
  callerIdentity?: CallerIdentity;
  accounts?: string[];
  regions?: string[];
  /** API actions called (live) or files read (templates). */
  dataSources: string[];
  /** Live and snapshot: when the facts were recorded (a replay evaluates them later). */
  evidenceDates?: EvidenceDates;
  /**
   * Raw evidence kept in the pack as `snapshot.json` (live: every API response
   * the rules used, secrets redacted). `soc2 scan --snapshot` replays it.
   */
  snapshot?: unknown;
  /** Raw evidence already on disk (an organization's per-account snapshots): copied into the pack under these names. */
  evidenceFiles?: { name: string; path: string }[];
  /** Removes what the source left on disk for the pack (temporary files); called once the outputs are written. */
  dispose?: () => Promise<void>;
  /** Source-specific parameters recorded in the results (paths, regions, template parameters). */
  parameters: Record<string, unknown>;
  /** Templates: files that were broken and left out; the run exits 2 after writing every output. */
  brokenInputs?: BrokenInput[];
  /**
   * cdk.out: the app line that created each construct (construct path -> line), for findings'
   * `resource.source`; read only for the stacks asked for (names or parts of names of stacks).
   */
  constructSources?: (stacks: ReadonlySet<string>) => Promise<ReadonlyMap<string, SourceLocation>>;
  /** Values that must never be written (NoEcho parameter values): every output redacts them. */
  secrets?: string[];
}
