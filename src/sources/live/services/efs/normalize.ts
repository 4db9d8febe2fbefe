import { unknown } from '../../../../inventory/maybe.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { DESCRIBE_FILE_SYSTEMS } from './calls.js';

export function normalizeEfs(out: Output): void {
  const systems = out
    .list(DESCRIBE_FILE_SYSTEMS, ['efs-file-system'])
    .flatMap((page) => page.FileSystems ?? []);
  for (const fs of systems) {
    if (!fs.FileSystemId) continue;
    out.add({
      type: 'efs-file-system',
      id: fs.FileSystemArn ?? fs.FileSystemId,
      arn: fs.FileSystemArn,
      name: fs.Name ?? fs.FileSystemId,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(fs.Tags),
      encryption:
        fs.Encrypted === undefined
          ? unknown(`file system ${fs.FileSystemId}: Encrypted was not returned`)
          : fs.Encrypted
            ? { state: 'kms', keyId: fs.KmsKeyId }
            : { state: 'unencrypted' },
    });
  }
}
