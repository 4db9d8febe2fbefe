import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  paginateListAccessKeys,
  paginateListMFADevices,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FetchContext, Fetcher } from '../../fetch/types.js';
import { present } from '../../fetch/types.js';

const REPORT_POLLS = 10;

/**
 * GenerateCredentialReport writes nothing the account owner sees: it only
 * asks IAM to (re)build the report that GetCredentialReport then reads. Each
 * poll is recorded with its attempt number.
 */
async function credentialReport({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(IAMClient, region);
  for (let attempt = 1; attempt <= REPORT_POLLS; attempt += 1) {
    const generated = await rec.call('iam', 'GenerateCredentialReport', region, { attempt }, () =>
      client.send(new GenerateCredentialReportCommand({})),
    );
    if (generated.error || generated.value?.State === 'COMPLETE') break;
    await sleep(Math.min(250 * 2 ** (attempt - 1), 2_000));
  }
  await rec.call('iam', 'GetCredentialReport', region, undefined, () =>
    client.send(new GetCredentialReportCommand({})),
  );
}

export const iamFetcher: Fetcher = {
  service: 'iam',
  scope: 'global',
  async fetch(ctx, region) {
    const { rec, clients } = ctx;
    const client = clients.get(IAMClient, region);
    const [users] = await Promise.all([
      rec.paginate('iam', 'ListUsers', region, undefined, () => paginateListUsers({ client }, {})),
      credentialReport(ctx, region),
      rec.call('iam', 'GetAccountSummary', region, undefined, () =>
        client.send(new GetAccountSummaryCommand({})),
      ),
      rec.call('iam', 'GetAccountPasswordPolicy', region, undefined, () =>
        client.send(new GetAccountPasswordPolicyCommand({})),
      ),
    ]);
    const names = users.pages
      .flatMap((page) => page.Users ?? [])
      .map((user) => user.UserName)
      .filter(present);
    await Promise.all(
      names.flatMap((UserName) => [
        rec.paginate('iam', 'ListMFADevices', region, { UserName }, () =>
          paginateListMFADevices({ client }, { UserName }),
        ),
        rec.paginate('iam', 'ListAccessKeys', region, { UserName }, () =>
          paginateListAccessKeys({ client }, { UserName }),
        ),
      ]),
    );
  },
};
