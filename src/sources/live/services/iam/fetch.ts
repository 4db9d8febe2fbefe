import {
  type EntityType,
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetPolicyVersionCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListAccessKeys,
  paginateListMFADevices,
  paginateListPolicies,
  paginateListVirtualMFADevices,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import { setTimeout as sleep } from 'node:timers/promises';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  AUTHORIZATION_DETAILS_FILTER,
  GENERATE_CREDENTIAL_REPORT,
  GET_ACCOUNT_AUTHORIZATION_DETAILS,
  GET_POLICY_VERSION,
  LIST_ATTACHED_AWS_POLICIES,
  LIST_VIRTUAL_MFA_DEVICES,
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

/** Principals and customer policies in one paginated call; attached AWS-managed policies' documents one by one. */
async function fetchPolicies({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(IAMClient, region);
  const [, awsPolicies] = await Promise.all([
    sendPages(rec, GET_ACCOUNT_AUTHORIZATION_DETAILS, region, undefined, () =>
      paginateGetAccountAuthorizationDetails(
        { client, pageSize: 1000 },
        { Filter: [...AUTHORIZATION_DETAILS_FILTER] as EntityType[] },
      ),
    ),
    sendPages(rec, LIST_ATTACHED_AWS_POLICIES, region, undefined, () =>
      paginateListPolicies({ client, pageSize: 1000 }, { Scope: 'AWS', OnlyAttached: true }),
    ),
  ]);
  const versions = awsPolicies.pages
    .flatMap((page) => page.Policies ?? [])
    .flatMap((policy) =>
      policy.Arn && policy.DefaultVersionId
        ? [{ PolicyArn: policy.Arn, VersionId: policy.DefaultVersionId }]
        : [],
    );
  await Promise.all(
    versions.map((input) =>
      send(rec, GET_POLICY_VERSION, region, input, () => client.send(new GetPolicyVersionCommand(input))),
    ),
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
    fetchPolicies(ctx, region),
    sendPages(rec, LIST_VIRTUAL_MFA_DEVICES, region, undefined, () =>
      paginateListVirtualMFADevices({ client, pageSize: 1000 }, { AssignmentStatus: 'Assigned' }),
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
