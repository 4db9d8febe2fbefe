import {
  DescribeBackupPolicyCommand,
  DescribeFileSystemPolicyCommand,
  EFSClient,
  paginateDescribeFileSystems,
} from '@aws-sdk/client-efs';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_BACKUP_POLICY, DESCRIBE_FILE_SYSTEM_POLICY, DESCRIBE_FILE_SYSTEMS } from './calls.js';

export async function fetchEfs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(EFSClient, region);
  const listed = await sendPages(rec, DESCRIBE_FILE_SYSTEMS, region, undefined, () =>
    paginateDescribeFileSystems({ client }, {}),
  );
  const ids = listed.pages.flatMap((page) => page.FileSystems ?? []).map((fs) => fs.FileSystemId);
  await Promise.all(
    ids
      .filter(present)
      .flatMap((FileSystemId) => [
        send(rec, DESCRIBE_BACKUP_POLICY, region, FileSystemId, () =>
          client.send(new DescribeBackupPolicyCommand({ FileSystemId })),
        ),
        send(rec, DESCRIBE_FILE_SYSTEM_POLICY, region, FileSystemId, () =>
          client.send(new DescribeFileSystemPolicyCommand({ FileSystemId })),
        ),
      ]),
  );
}
