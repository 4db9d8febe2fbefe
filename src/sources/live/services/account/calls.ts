import type { GetAlternateContactCommandOutput } from '@aws-sdk/client-account';
import { serviceCalls } from '../../service.js';

const account = serviceCalls('account', '@aws-sdk/client-account', 'account');

/** The caller's own account (no AccountId); ResourceNotFoundException: no security contact is registered. */
export const GET_SECURITY_CONTACT = account.call<GetAlternateContactCommandOutput>('GetAlternateContact', {
  params: () => ({ AlternateContactType: 'SECURITY' }),
});
