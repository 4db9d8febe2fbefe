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
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  GENERATE_CREDENTIAL_REPORT,
  GET_ACCOUNT_PASSWORD_POLICY,
  GET_ACCOUNT_SUMMARY,
  GET_CREDENTIAL_REPORT,
  LIST_ACCESS_KEYS,
  LIST_MFA_DEVICES,
  LIST_USERS,
} from './calls.js';

const REPORT_POLLS = 10;

async function credentialReport({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(IAMClient, region);
  for (let attempt = 1; attempt <= REPORT_POLLS; attempt += 1) {
    const generated = await send(rec, GENERATE_CREDENTIAL_REPORT, region, attempt, () =>
      client.send(new GenerateCredentialReportCommand({})),
    );
    if (generated.error || generated.value?.State === 'COMPLETE') break;
    await sleep(Math.min(250 * 2 ** (attempt - 1), 2_000));
  }
  await send(rec, GET_CREDENTIAL_REPORT, region, undefined, () =>
    client.send(new GetCredentialReportCommand({})),
  );
}

export async function fetchIam(ctx: FetchContext, region: string): Promise<void> {
  const { rec, clients } = ctx;
  const client = clients.get(IAMClient, region);
  const [users] = await Promise.all([
    sendPages(rec, LIST_USERS, region, undefined, () => paginateListUsers({ client }, {})),
    credentialReport(ctx, region),
    send(rec, GET_ACCOUNT_SUMMARY, region, undefined, () => client.send(new GetAccountSummaryCommand({}))),
    send(rec, GET_ACCOUNT_PASSWORD_POLICY, region, undefined, () =>
      client.send(new GetAccountPasswordPolicyCommand({})),
    ),
  ]);
  const names = users.pages
    .flatMap((page) => page.Users ?? [])
    .map((user) => user.UserName)
    .filter(present);
  await Promise.all(
    names.flatMap((UserName) => [
      sendPages(rec, LIST_MFA_DEVICES, region, UserName, () =>
        paginateListMFADevices({ client }, { UserName }),
      ),
      sendPages(rec, LIST_ACCESS_KEYS, region, UserName, () =>
        paginateListAccessKeys({ client }, { UserName }),
      ),
    ]),
  );
}
