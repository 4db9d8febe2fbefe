/**
 * The committed examples/cdk-app/cdk.out is what the app synthesizes today:
 * re-synthesize into a temp dir and compare every template and manifest.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CDK_OUT, synthExampleApp } from '../../examples/cdk-app/app.js';

function jsonFiles(root: string, dir: string = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(root, path);
    return entry.name.endsWith('.json') ? [relative(root, path)] : [];
  });
}

describe('examples/cdk-app/cdk.out', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'soc2-cdk-synth-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is up to date with the app (run `npm run synth:example` when this fails)', () => {
    synthExampleApp(fresh);
    const committed = jsonFiles(EXAMPLE_CDK_OUT).sort();
    expect(jsonFiles(fresh).sort()).toEqual(committed);
    expect(committed.filter((file) => file.endsWith('.template.json')).length).toBe(10);
    for (const file of committed) {
      const read = (root: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));
      expect(read(fresh), file).toEqual(read(EXAMPLE_CDK_OUT));
    }
  });

  it('carries construct paths and asset paths for the scanner', () => {
    const data = readFileSync(
      join(EXAMPLE_CDK_OUT, 'assembly-Prod', 'ProdData90A795AA.template.json'),
      'utf8',
    );
    expect(data).toContain('"aws:cdk:path": "Prod/Data/PaymentsDb/Resource"');
    expect(data).toContain('"aws:asset:path": "ProdDataLedger4E047D6D.nested.template.json"');
  });
});
