import { flagEncryption } from '../../../../inventory/facts/flag-encryption.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { DESCRIBE_BACKUP_POLICY, DESCRIBE_FILE_SYSTEM_POLICY, DESCRIBE_FILE_SYSTEMS } from './calls.js';

function automaticBackups(out: Output, FileSystemId: string): Maybe<boolean> {
  const answer = out.one(DESCRIBE_BACKUP_POLICY, FileSystemId);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return false;
  const status = answer.value.BackupPolicy?.Status;
  if (status === 'ENABLED' || status === 'ENABLING') return true;
  if (status === 'DISABLED' || status === 'DISABLING') return false;
  return unknown(`file system ${FileSystemId}: backup policy status ${String(status)} not recognized`);
}

/** The policy document; PolicyNotFound: the file system has none. */
function fileSystemPolicy(out: Output, FileSystemId: string): Maybe<{ document: unknown } | 'none'> {
  const answer = out.one(DESCRIBE_FILE_SYSTEM_POLICY, FileSystemId);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return 'none';
  const text = answer.value.Policy;
  if (text === undefined) return unknown(`file system ${FileSystemId}: the policy was not returned`);
  try {
    return { document: JSON.parse(text) as unknown };
  } catch {
    return unknown(`file system ${FileSystemId}: the file system policy is not valid JSON`);
  }
}

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
      automaticBackups: automaticBackups(out, fs.FileSystemId),
      fileSystemPolicy: fileSystemPolicy(out, fs.FileSystemId),
    });
  }
}
