/** EFS file system settings beyond encryption: the backup policy (automatic backups). */
import { isUnknown, unknown } from '../../../inventory/maybe.js';
import type { EfsFileSystem } from '../../../inventory/model.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { stringFact, valueAt, type TemplateResource } from './context.js';

/** EFS User Guide, "Automatic backups": on by default only for file systems created in the console. */
const API_DEFAULT =
  'EFS User Guide, Automatic backups: off unless BackupPolicy is set when created through the API';

export function efsSettings(
  resource: TemplateResource,
): Pick<EfsFileSystem, 'automaticBackups' | 'fileSystemPolicy'> {
  const status = stringFact(resource, 'BackupPolicy.Status');
  const raw = isUnknown(status) || status === undefined ? status : backupStatus(resource, status);
  const policy = valueAt(resource, 'FileSystemPolicy');
  return {
    // The policy document as evaluated: an unresolved part stays Unknown inside it for the rule to see.
    fileSystemPolicy: policy === undefined || policy === null ? 'none' : { document: policy },
    automaticBackups: setting(raw, createPlace(resource.logicalId), 'BackupPolicy', {
      createDefault: false,
      defaultSource: API_DEFAULT,
    }),
  };
}

function backupStatus(resource: TemplateResource, status: string) {
  if (status === 'ENABLED' || status === 'ENABLING') return true;
  if (status === 'DISABLED' || status === 'DISABLING') return false;
  return unknown(`${resource.logicalId}.BackupPolicy.Status: unrecognized value ${status}`);
}
