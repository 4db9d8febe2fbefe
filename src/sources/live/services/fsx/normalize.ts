import { describePlace, required } from '../../../../inventory/facts/place.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { DESCRIBE_FILE_SYSTEMS } from './calls.js';

export function normalizeFsx(out: Output): void {
  const systems = out
    .list(DESCRIBE_FILE_SYSTEMS, ['fsx-file-system'])
    .flatMap((page) => page.FileSystems ?? []);
  for (const fs of systems) {
    if (!fs.FileSystemId) continue;
    out.add({
      type: 'fsx-file-system',
      id: fs.ResourceARN ?? fs.FileSystemId,
      arn: fs.ResourceARN,
      name: fs.Tags?.find((tag) => tag.Key === 'Name')?.Value ?? fs.FileSystemId,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(fs.Tags),
      fileSystemType: required(
        fs.FileSystemType,
        describePlace(`FSx file system ${fs.FileSystemId}`),
        'FileSystemType',
      ),
    });
  }
}
