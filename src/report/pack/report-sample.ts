/**
 * What the report of a streamed organization scan keeps in memory: every
 * count exact, but only the findings the report and the console can print.
 *
 * The report (buildReportView, criteria coverage, the console summary and the
 * verdict) reads findings only to count them by rule, status and severity, to
 * group UNKNOWN/ERROR messages, and to print a bounded number of rows per
 * control: when there are more than DETAIL_ROW_LIMIT exception rows, the first
 * DETAIL_ROWS_PER_CONTROL exceptions by rank and suppressions in arrival order;
 * passing resources by name only while a control has at most
 * PASSING_LIST_LIMIT. This keeps exactly those findings, and stands for every
 * other one with a shared stand-in that counts, groups and ranks like it
 * (never before a kept row), so the report built from `findings()` is the
 * report of the whole population. The population itself is in the spool.
 */
import type { Finding, Status } from '../../engine/finding.js';
import { DETAIL_ROW_LIMIT, DETAIL_ROWS_PER_CONTROL } from '../html/view-model.js';
import { PASSING_LIST_LIMIT } from '../html/view-model/controls.js';
import { compareExceptions, EXCEPTION_RANK } from '../html/view-model/exceptions.js';

interface StandIn {
  status: Status;
  severity: string;
  message: string;
  count: number;
}

interface RuleSample {
  /** Exceptions (FAIL, ERROR, UNKNOWN): all, until the report summarises; then the best-ranked few, sorted. */
  exceptions: Finding[];
  droppedExceptions: Map<string, StandIn>;
  /** Suppressed findings that carry their suppression, in arrival order. */
  suppressions: Finding[];
  droppedSuppressions: number;
  /** Passing findings while the control has at most PASSING_LIST_LIMIT + 1 of them; then one. */
  passes: Finding[];
  passCount: number;
  /** Everything only counted (NOT_APPLICABLE, a SUPPRESSED without its suppression): one finding per status. */
  counted: Map<Status, { finding: Finding; count: number }>;
}

const isException = (status: Status): boolean => EXCEPTION_RANK[status] !== undefined;

const groupKey = (finding: Pick<Finding, 'ruleId' | 'status' | 'message'>): string =>
  `${finding.ruleId}\u0000${finding.status}\u0000${finding.message}`;

export class ReportSample {
  private readonly rules = new Map<string, RuleSample>();
  /** Rule order as the findings came, so `findings()` keeps each rule's rows together in a stable order. */
  private detailRows = 0;
  private summarising = false;
  private total = 0;
  /** When each UNKNOWN/ERROR message of a control first came: the report lists equal counts in that order. */
  private readonly firstSeen = new Map<string, number>();

  /** How many findings went in. */
  get count(): number {
    return this.total;
  }

  /** Findings held right now (kept rows and one stand-in per kind): bounded by the catalogue, not the population. */
  get held(): number {
    let held = 0;
    for (const rule of this.rules.values())
      held += rule.exceptions.length + rule.suppressions.length + rule.passes.length + rule.counted.size;
    return held;
  }

  /** `copy` gives the finding to keep (a copy detached from the account's inventory); called only when kept. */
  add(finding: Finding, copy: () => Finding): void {
    this.total += 1;
    let rule = this.rules.get(finding.ruleId);
    if (rule === undefined) {
      rule = {
        exceptions: [],
        droppedExceptions: new Map(),
        suppressions: [],
        droppedSuppressions: 0,
        passes: [],
        passCount: 0,
        counted: new Map(),
      };
      this.rules.set(finding.ruleId, rule);
    }
    const { status } = finding;
    if (status === 'UNKNOWN' || status === 'ERROR') {
      const key = groupKey(finding);
      if (!this.firstSeen.has(key)) this.firstSeen.set(key, this.firstSeen.size);
    }
    if (isException(status) || status === 'SUPPRESSED') this.detailRows += 1;
    if (isException(status)) this.addException(rule, finding, copy);
    else if (status === 'SUPPRESSED' && finding.suppression) {
      if (this.summarising && rule.suppressions.length >= DETAIL_ROWS_PER_CONTROL)
        rule.droppedSuppressions += 1;
      else rule.suppressions.push(copy());
    } else if (status === 'PASS') {
      rule.passCount += 1;
      // Names are printed only while a control has at most PASSING_LIST_LIMIT passes: beyond, one stands for all.
      if (rule.passCount <= PASSING_LIST_LIMIT + 1) rule.passes.push(copy());
      else if (rule.passes.length > 1) rule.passes.length = 1;
    } else {
      const entry = rule.counted.get(status);
      if (entry) entry.count += 1;
      else rule.counted.set(status, { finding: copy(), count: 1 });
    }
    if (!this.summarising && this.detailRows > DETAIL_ROW_LIMIT) this.startSummarising();
  }

  private addException(rule: RuleSample, finding: Finding, copy: () => Finding): void {
    if (!this.summarising) {
      rule.exceptions.push(copy());
      return;
    }
    const kept = rule.exceptions;
    const worst = kept[kept.length - 1];
    // A tie goes to the finding that came first, as the report's stable sort would place it.
    if (kept.length < DETAIL_ROWS_PER_CONTROL || (worst && compareExceptions(finding, worst) < 0)) {
      const item = copy();
      let at = kept.length;
      while (at > 0 && compareExceptions(item, kept[at - 1]!) < 0) at -= 1;
      kept.splice(at, 0, item);
      if (kept.length > DETAIL_ROWS_PER_CONTROL) this.drop(rule, kept.pop()!);
    } else this.drop(rule, finding);
  }

  private drop(rule: RuleSample, finding: Finding): void {
    // UNKNOWN/ERROR rows are grouped by message in the appendix; a FAIL's message is never counted.
    const message = finding.status === 'FAIL' ? '' : finding.message;
    const key = `${finding.status}\u0000${finding.severity}\u0000${message}`;
    const standIn = rule.droppedExceptions.get(key);
    if (standIn) standIn.count += 1;
    else
      rule.droppedExceptions.set(key, {
        status: finding.status,
        severity: finding.severity,
        message,
        count: 1,
      });
  }

  private startSummarising(): void {
    this.summarising = true;
    for (const rule of this.rules.values()) {
      const sorted = rule.exceptions.sort(compareExceptions);
      for (const finding of sorted.splice(DETAIL_ROWS_PER_CONTROL)) this.drop(rule, finding);
      for (const _ of rule.suppressions.splice(DETAIL_ROWS_PER_CONTROL)) rule.droppedSuppressions += 1;
    }
  }

  /**
   * One entry per finding that went in: the kept ones, then stand-ins. A
   * dropped exception's stand-in ranks just after the last kept row of its
   * control (its resource id extends that row's), so no report row changes.
   * The first finding of each UNKNOWN/ERROR message comes first, in the order
   * the messages first came, as the report's grouping of them expects.
   */
  findings(): Finding[] {
    const out: Finding[] = [];
    const repeat = (finding: Finding, count: number) => {
      for (let index = 0; index < count; index += 1) out.push(finding);
    };
    for (const rule of this.rules.values()) {
      out.push(...rule.exceptions);
      // Dropped only after DETAIL_ROWS_PER_CONTROL were kept, so there is a last kept row.
      const last = rule.exceptions[rule.exceptions.length - 1]!;
      for (const standIn of rule.droppedExceptions.values()) {
        const finding: Finding = {
          ...last,
          resource: { ...last.resource, id: `${last.resource.id}~` },
          status: standIn.status,
          severity: standIn.severity as Finding['severity'],
          message: standIn.message,
        };
        repeat(finding, standIn.count);
      }
      out.push(...rule.suppressions);
      if (rule.droppedSuppressions > 0)
        repeat(rule.suppressions[rule.suppressions.length - 1]!, rule.droppedSuppressions);
      out.push(...rule.passes);
      if (rule.passCount > rule.passes.length) repeat(rule.passes[0]!, rule.passCount - rule.passes.length);
      for (const entry of rule.counted.values()) repeat(entry.finding, entry.count);
    }
    const leaders: { at: number; order: number }[] = [];
    const led = new Set<string>();
    out.forEach((finding, at) => {
      if (finding.status !== 'UNKNOWN' && finding.status !== 'ERROR') return;
      const key = groupKey(finding);
      if (led.has(key)) return;
      led.add(key);
      leaders.push({ at, order: this.firstSeen.get(key) ?? 0 });
    });
    leaders.sort((a, b) => a.order - b.order);
    const leading = new Set(leaders.map((leader) => leader.at));
    return [...leaders.map((leader) => out[leader.at]!), ...out.filter((_, at) => !leading.has(at))];
  }
}
