/**
 * A cloud assembly's asset manifests (`<stack>.assets.json`): which local file
 * each S3 object key is published from. Nested stack templates are found
 * through them when the assembly has no `aws:asset:path` metadata. Read only
 * when such a nested stack is met, so assemblies with the metadata pay nothing.
 */
import { readFileSync } from 'node:fs';
import { isRecord } from './read.js';

export class AssetManifests {
  private byObjectKey: Map<string, string> | undefined;

  /** `paths`: each manifest, already checked to be inside the assembly. */
  constructor(private readonly paths: readonly string[]) {}

  /** The source path (relative to the assembly folder) of the file asset published as `objectKey`. */
  sourceOf(objectKey: string): string | undefined {
    this.byObjectKey ??= this.read();
    return this.byObjectKey.get(objectKey);
  }

  private read(): Map<string, string> {
    const sources = new Map<string, string>();
    for (const path of this.paths) {
      let manifest: unknown;
      try {
        manifest = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        // An unreadable manifest finds nothing: the nested stack is then a gap, never a PASS.
        continue;
      }
      const files = isRecord(manifest) && isRecord(manifest.files) ? manifest.files : {};
      for (const asset of Object.values(files)) {
        if (!isRecord(asset) || !isRecord(asset.source) || typeof asset.source.path !== 'string') continue;
        if (!isRecord(asset.destinations)) continue;
        for (const destination of Object.values(asset.destinations)) {
          if (isRecord(destination) && typeof destination.objectKey === 'string') {
            sources.set(destination.objectKey, asset.source.path);
          }
        }
      }
    }
    return sources;
  }
}
