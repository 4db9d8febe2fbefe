import { flagEncryption } from '../../../../inventory/facts/flag-encryption.js';
import { describePlace } from '../../../../inventory/facts/place.js';
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
      encryption: flagEncryption(
        { encrypted: fs.Encrypted, keyId: fs.KmsKeyId },
        describePlace(`file system ${fs.FileSystemId}`),
        { flag: 'Encrypted', key: 'KmsKeyId' },
      ),
    });
  }
}
