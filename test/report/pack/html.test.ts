import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFindings } from '../../../src/engine/changes.js';
import { SOC2_CRITERIA } from '../../../src/engine/rule.js';
import { countByStatus } from '../../../src/engine/finding.js';
import { DEFAULT_TEMPLATE_DIR, loadTemplates } from '../../../src/report/html/render.js';
import { barOf, buildReportView, donutOf, PASSING_LIST_LIMIT } from '../../../src/report/html/view-model.js';
import {
  exceptionRow,
  groupExceptionRows,
  PRINTED_MESSAGE_CHARS,
} from '../../../src/report/html/view-model/exceptions.js';
import { writePack } from '../../../src/report/pack/index.js';
import { buildFixture, HOSTILE_NAMES } from '../../fixtures/findings/builder.js';
import { logLines, tempDir } from './helpers.js';

const generatedAt = new Date('2026-11-25T10:00:00Z');

function escaped(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
  };
  return text.replace(/[&<>"'`=]/g, (char) => entities[char]!);
}

let dir: Awaited<ReturnType<typeof tempDir>>;
let html: string;
const hostile = buildFixture({ findings: 140, hostile: true });

beforeAll(async () => {
  dir = await tempDir();
  const templates = await loadTemplates();
  html = templates.render(buildReportView(hostile, { generatedAt, ruleHashes: [] }));
});

afterAll(async () => {
  await dir.remove();
});

describe('report view', () => {
  it('counts every status per control and in total', () => {
    const view = buildReportView(hostile, { generatedAt, ruleHashes: [] });
    const byStatus = countByStatus(hostile.findings);
    expect(view.totals).toEqual({
      population: 140,
      passed: byStatus.PASS,
      failed: byStatus.FAIL,
      unknown: byStatus.UNKNOWN,
      errors: byStatus.ERROR,
      suppressed: byStatus.SUPPRESSED,
      notApplicable: byStatus.NOT_APPLICABLE,
    });
    const kms = view.controls.find((control) => control.id === 'kms-key-rotation')!;
    const kmsFindings = hostile.findings.filter((finding) => finding.ruleId === 'kms-key-rotation');
    expect(kms.counts.population).toBe(kmsFindings.length);
    expect(kms.exceptions).toHaveLength(
      kmsFindings.filter((finding) => ['FAIL', 'UNKNOWN', 'ERROR'].includes(finding.status)).length,
    );
    expect(kms.exceptions.map((row) => row.status)).toEqual(
      [...kms.exceptions.map((row) => row.status)].sort(
        (a, b) => ['FAIL', 'ERROR', 'UNKNOWN'].indexOf(a) - ['FAIL', 'ERROR', 'UNKNOWN'].indexOf(b),
      ),
    );
  });

  it('lists every TSC criterion with the controls that support it, and prints each control once', () => {
    const view = buildReportView(hostile, { generatedAt, ruleHashes: [] });
    expect(view.criteria.map((criterion) => criterion.id)).toEqual([...SOC2_CRITERIA]);
    const cc67 = view.criteria.find((criterion) => criterion.id === 'CC6.7')!;
    expect(cc67.controls.map((control) => control.id)).toEqual([
      's3-bucket-encrypted',
      'rds-storage-encrypted',
      'tls-listener-tls13',
      'kms-key-rotation',
    ]);
    expect(cc67.controls.map((control) => control.anchor)).toContain('control--kms-key-rotation');
    for (const control of view.controls) {
      expect(html.split(`id="${control.anchor}"`), control.id).toHaveLength(2);
    }
    const { summary } = view.coverage;
    expect(html).toContain(
      `${summary.withAutomatedEvidence} of the ${SOC2_CRITERIA.length} criteria have automated evidence in this scan`,
    );
    expect(html).toContain(`${summary.byStatus['no-control']} that no automated control addresses`);
    expect(html.split('<dl class="remediation">')).toHaveLength(
      view.controls.filter((control) => control.counts.failed > 0).length + 1,
    );
  });

  it('never shows a criterion as clean when no control of it reached a verdict', async () => {
    const templateScan = buildFixture({ findings: 40, source: 'template', mix: { FAIL: 0 } });
    const withoutMfa = {
      ...templateScan,
      findings: templateScan.findings.filter((finding) => finding.ruleId !== 'iam-users-mfa'),
      notEvaluated: [
        {
          ruleId: 'iam-users-mfa',
          title: 'IAM users with a console password have MFA',
          severity: 'high' as const,
          criteria: ['CC6.1' as const, 'CC6.2' as const],
          family: 'identity' as const,
          reason: 'runs on live accounts and snapshots only, not on templates',
          required: false,
        },
      ],
    };
    const view = buildReportView(withoutMfa, { generatedAt, ruleHashes: [] });
    const page = (await loadTemplates()).render(view);
    const rowOf = (id: string): string => {
      const start = page.indexOf(`<tr id="criterion--${id.replace('.', '-')}"`);
      return page.slice(start, page.indexOf('</tr>', start));
    };
    expect(rowOf('CC6.2')).toContain('Not evaluated on templates: no automated evidence in this scan');
    expect(rowOf('CC6.2')).not.toMatch(/No exceptions/);
    expect(rowOf('CC6.1')).toContain('1 control not evaluated on templates');
    // A criterion without any control: manual evidence, however the series is printed.
    expect(page).toMatch(/id="criterion--CC1-1"><strong>CC1.1<\/strong>/);
    expect(page).toContain('No automated control: manual evidence needed');
    const mfa = view.noEvidenceControls.find((control) => control.id === 'iam-users-mfa')!;
    expect(mfa.reason).toBe(
      'Not evaluated in this scan: this control runs on live accounts and snapshots only, not on templates.',
    );
    expect(page).toContain('id="control--iam-users-mfa"');
    expect(view.controlGroups.flatMap((group) => group.held.map((control) => control.id))).not.toContain(
      'iam-users-mfa',
    );
  });

  it('lists passing resources in the CSV only when a control has too many to name', () => {
    const big = buildFixture({ findings: 5_500, mix: { FAIL: 0.3 } });
    const view = buildReportView(big, { generatedAt, ruleHashes: [] });
    expect(view.summarised).toBeUndefined();
    const s3 = view.controls.find((control) => control.id === 's3-bucket-encrypted')!;
    expect(s3.passingListed).toEqual([]);
    expect(s3.passingInCsvOnly).toBe(s3.counts.passed);
    expect(s3.counts.passed).toBeGreaterThan(PASSING_LIST_LIMIT);
  });

  it('prints account and region beside a resource only when its ARN does not already name them', () => {
    const base = hostile.findings.find((finding) => finding.status === 'FAIL')!;
    const row = (resource: typeof base.resource) => exceptionRow({ ...base, resource });
    const live = { type: 'kms-key', account: '123456789012', region: 'eu-west-1' };
    expect(
      row({ ...live, id: 'arn:aws:kms:eu-west-1:123456789012:key/1', name: 'alias/a' }).locationInId,
    ).toBe(true);
    // S3 bucket ARNs name neither: the row keeps "123456789012 / eu-west-1".
    const bucket = row({ ...live, type: 's3-bucket', id: 'arn:aws:s3:::logs', name: 'logs' });
    expect([bucket.locationInId, bucket.location]).toEqual([false, '123456789012 / eu-west-1']);
  });

  it('prints resources that failed the same way on one row, and cuts a long message at a word', () => {
    const base = hostile.findings.find((finding) => finding.status === 'FAIL')!;
    const failing = (name: string, message: string, evidence: Record<string, string> = {}) =>
      exceptionRow({
        ...base,
        message,
        evidence,
        resource: { type: 'sqs-queue', id: `q/${name}`, name, account: '123456789012', region: 'eu-west-1' },
      });
    const long = `${'word '.repeat(80)}end`;
    const groups = groupExceptionRows([
      failing('a', 'not encrypted at rest', { encryption: 'none' }),
      failing('b', 'not encrypted at rest', { encryption: 'none' }),
      failing('c', 'not encrypted at rest', { encryption: 'aws-owned' }),
      { ...failing('d', 'not encrypted at rest', { encryption: 'none' }), status: 'UNKNOWN' },
      failing('e', long),
    ]);
    expect(groups.map((group) => [group.status, group.resources.map((resource) => resource.name)])).toEqual([
      ['FAIL', ['a', 'b']],
      ['FAIL', ['c']],
      ['UNKNOWN', ['d']],
      ['FAIL', ['e']],
    ]);
    expect(groups[0]!.resources[0]).toEqual({
      name: 'a',
      type: 'sqs-queue',
      location: '123456789012 / eu-west-1',
    });
    const cut = groups[3]!;
    expect(cut.messageCut).toBe(true);
    expect(cut.message.length).toBeLessThanOrEqual(PRINTED_MESSAGE_CHARS + 1);
    expect(cut.message).toMatch(/word…$/);
    expect(groups[0]!.messageCut).toBe(false);
    // A template location drops "(LogicalId)" only where the printed name already ends with it.
    const inTemplate = (id: string, logicalId: string) =>
      groupExceptionRows([
        exceptionRow({
          ...base,
          resource: { type: 'kms-key', id, logicalId, file: 'app.template.json', line: 4 },
        }),
      ])[0]!.resources[0]!.location;
    expect(inTemplate('app/DataKey', 'DataKey')).toBe('app.template.json:4');
    expect(inTemplate('app/DataKey', 'OtherKey')).toBe('app.template.json:4 (OtherKey)');
  });

  it('lists the controls with nothing to check under one heading, each naming the types it found none of', () => {
    const view = buildReportView(
      { ...hostile, findings: hostile.findings.filter((finding) => finding.ruleId !== 'kms-key-rotation') },
      { generatedAt, ruleHashes: [] },
    );
    const kms = view.noEvidenceControls.find((control) => control.id === 'kms-key-rotation')!;
    expect(kms.reason).toBe('Nothing to check: no kms-key in scope.');
    expect(kms.detail).toBe('kms-key');
    const group = view.noEvidenceGroups.find((entry) => entry.controls.includes(kms))!;
    expect(group.reason).toMatch(/^Nothing to check: no resource of the types they check is in scope/);
  });

  it('computes chart geometry server-side', () => {
    const counts = {
      population: 4,
      passed: 2,
      failed: 1,
      unknown: 1,
      errors: 0,
      suppressed: 0,
      notApplicable: 0,
    };
    expect(barOf(counts).map((segment) => [segment.cssClass, segment.x, segment.width])).toEqual([
      ['pass', 0, 100],
      ['fail', 100, 50],
      ['unknown', 150, 50],
    ]);
    expect(donutOf(counts).map((segment) => [segment.dashArray, segment.dashOffset])).toEqual([
      ['50 50', 25],
      ['25 75', -25],
      ['25 75', -50],
    ]);
  });
});

describe('HTML report', () => {
  it('is self-contained: CSP meta, no scripts, no external URLs', () => {
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/(src|href)="(?!#|data:)/i);
    expect(html).toMatch(/<svg class="donut"/);
  });

  it('shows hostile names only as text', () => {
    for (const name of HOSTILE_NAMES) {
      expect(html).toContain(escaped(name));
    }
    expect(html).not.toContain('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('</script><script>alert(1)</script>');
    expect(html).not.toMatch(/<img/i);
    // Handlebars expressions inside data are not evaluated either.
    expect(html).toContain('{{constructor.constructor}}');
  });

  it('has a cover, contents, summary, the criteria coverage, the controls and the appendix', () => {
    for (const anchor of [
      'cover',
      'contents',
      'summary',
      'coverage',
      'controls',
      'family--other',
      'criterion--CC6-1',
      'criterion--CC7-2',
      'methodology',
      'data-sources',
      'gaps',
      'rule-hashes',
    ]) {
      expect(html).toContain(`id="${anchor}"`);
    }
    expect(html).toContain('arn:aws:sts::123456789012:assumed-role/SOC2Auditor/evidence');
    expect(html).toContain('2026-11-25T09:15:00.000Z');
    expect(html).toContain('s3:GetBucketEncryption');
    expect(html).toContain('iam:ListUsers');
    expect(html).toContain('Never a false PASS');
    expect(html).toContain('2027-03-31');
  });

  it('ships templates that never use unescaped output', async () => {
    for (const dirPath of [DEFAULT_TEMPLATE_DIR, join(DEFAULT_TEMPLATE_DIR, 'partials')]) {
      for (const name of await readdir(dirPath)) {
        if (!name.endsWith('.hbs')) continue;
        expect(await readFile(join(dirPath, name), 'utf8'), name).not.toMatch(/\{\{\{|\{\{~?\s*&/);
      }
    }
  });
});

describe('--template-dir', () => {
  it('overrides partials one by one and adds branding (company name, logo as a data: URI)', async () => {
    const custom = join(dir.path, 'brand');
    await mkdir(join(custom, 'partials'), { recursive: true });
    await writeFile(
      join(custom, 'partials', 'cover.hbs'),
      '<section id="cover"><h1>{{branding.companyName}} audit pack for {{scan.scope}}</h1><img src="{{branding.logoDataUri}}" alt=""></section>',
    );
    await writeFile(
      join(custom, 'logo.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    );
    await writeFile(
      join(custom, 'branding.json'),
      JSON.stringify({ companyName: 'Example <Corp>', logo: 'logo.svg', accentColor: '#aa0000' }),
    );
    const { log } = logLines();
    const pack = await writePack(buildFixture({ findings: 12 }), {
      outDir: join(dir.path, 'out'),
      formats: ['html'],
      templateDir: custom,
      log,
    });
    const page = await readFile(join(pack.dir, 'index.html'), 'utf8');
    expect(page).toContain('<h1>Example &lt;Corp&gt; audit pack for 123456789012</h1>');
    expect(page).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/]+(&#x3D;)*" alt="">/);
    expect(page).toContain('--accent: #aa0000;');
    expect(page).toContain('id="summary"');
  });

  it('refuses templates with unescaped output, and bad branding, naming the file', async () => {
    const custom = join(dir.path, 'unsafe');
    await mkdir(custom, { recursive: true });
    await writeFile(join(custom, 'findings.hbs'), '{{{message}}}');
    await expect(loadTemplates(custom)).rejects.toThrow(/unsafe\/findings.hbs: unescaped output/);
    const branding = join(dir.path, 'branding');
    await mkdir(branding, { recursive: true });
    await writeFile(
      join(branding, 'branding.json'),
      JSON.stringify({ accentColor: 'red; background: url(http://x)' }),
    );
    await expect(loadTemplates(branding)).rejects.toThrow(
      /branding.json: "accentColor" must be a hex colour/,
    );
    await expect(loadTemplates(join(dir.path, 'missing'))).rejects.toThrow(
      /--template-dir .*missing: not a directory/,
    );
  });
});

describe('changes since the previous run', () => {
  it('lists new failures and resolved findings when the scan was compared with a baseline', async () => {
    const current = buildFixture({ findings: 80, hostile: true, seed: 1 });
    const previous = buildFixture({ findings: 80, hostile: true, seed: 2 });
    const changes = compareFindings(previous.findings, current.findings, {
      startedAt: '2026-11-24T09:15:00.000Z',
      source: 'packs/123456789012/2026-11-24T091500Z/findings.json',
    });
    expect(changes.counts.newFailures).toBeGreaterThan(0);
    const templates = await loadTemplates();
    const page = templates.render(buildReportView({ ...current, changes }, { generatedAt, ruleHashes: [] }));
    expect(page).toContain('Changes since the previous run');
    expect(page).toContain(`<h4>New failures (${changes.counts.newFailures})</h4>`);
    expect(page).toContain('2026-11-24T09:15:00.000Z');
    const hostileFailure = changes.newFailures.find((change) => change.resourceLabel.startsWith('<'));
    if (hostileFailure) expect(page).toContain(escaped(hostileFailure.resourceLabel));
    expect(page).not.toMatch(/<img/i);
    expect(html).not.toContain('Changes since the previous run');
  });
});
