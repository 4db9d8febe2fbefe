/**
 * A cloud assembly's asset manifest (`<stack>.assets.json`): which local file
 * each S3 object key is published from. Nested stack templates are found
 * through it when the assembly has no `aws:asset:path` metadata.
 */
import { isRecord, parseTemplateText, readTextFile } from './read.js';

/** Adds `objectKey -> source path (relative to the assembly folder)` for every file asset to `assets`. */
export async function readAssetManifest(
  path: string,
  displayPath: string,
  assets: Map<string, string>,
): Promise<void> {
  const manifest = parseTemplateText(await readTextFile(path, displayPath), displayPath).value;
  const files = isRecord(manifest) && isRecord(manifest.files) ? manifest.files : {};
  for (const asset of Object.values(files)) {
    if (!isRecord(asset) || !isRecord(asset.source) || typeof asset.source.path !== 'string') continue;
    if (!isRecord(asset.destinations)) continue;
    for (const destination of Object.values(asset.destinations)) {
      if (isRecord(destination) && typeof destination.objectKey === 'string') {
        assets.set(destination.objectKey, asset.source.path);
      }
    }
  }
}
