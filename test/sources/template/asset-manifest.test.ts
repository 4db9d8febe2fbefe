/**
 * A cloud assembly synthesized without asset metadata (`cdk synth
 * --no-asset-metadata`, or `app.synth()` in a script): nested stack
 * templates are found through the stacks' `*.assets.json`, by the S3 object
 * key in `TemplateURL`, and scan exactly as with the metadata.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { loadTemplateSource } from '../../../src/sources/template/index.js';

const load = (cwd: string) => loadTemplateSource(['cdk.out'], { parameters: {}, parameterFiles: [], cwd });
const WITH_METADATA = join(PACKAGE_ROOT, 'examples', 'cdk-app');
const WITHOUT_METADATA = join(import.meta.dirname, '../../fixtures/templates/no-asset-metadata');

describe('nested stacks without aws:asset:path', async () => {
  const [withMetadata, withoutMetadata] = await Promise.all([load(WITH_METADATA), load(WITHOUT_METADATA)]);

  it('the fixture really has no asset metadata, and the example has some', async () => {
    const { readFile } = await import('node:fs/promises');
    const nesting = 'cdk.out/assembly-Prod/ProdData90A795AA.template.json';
    expect(await readFile(join(WITHOUT_METADATA, nesting), 'utf8')).not.toContain('aws:asset:path');
    expect(await readFile(join(WITH_METADATA, nesting), 'utf8')).toContain('aws:asset:path');
  });

  it('reads every nested template through the asset manifest: the same stacks, resources and no gaps', () => {
    expect(withoutMetadata.parameters.stacks).toEqual(withMetadata.parameters.stacks);
    expect(
      (withoutMetadata.parameters.stacks as string[]).filter((name) => name.includes('Ledger')),
    ).toHaveLength(2);
    const ids = (source: typeof withMetadata) =>
      source.inventory.resources.map((resource) => resource.id).sort();
    expect(ids(withoutMetadata)).toEqual(ids(withMetadata));
    expect(withoutMetadata.inventory.gaps).toEqual(withMetadata.inventory.gaps);
    expect(withoutMetadata.dataSources).toContain(
      'cdk.out/assembly-Prod/ProdDataLedger4E047D6D.nested.template.json',
    );
  });
});
