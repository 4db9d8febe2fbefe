import type { DescribeServerCommandOutput, ListServersCommandOutput } from '@aws-sdk/client-transfer';
import { serviceCalls } from '../../service.js';

const transfer = serviceCalls('transfer', '@aws-sdk/client-transfer', 'transfer');

export const LIST_SERVERS = transfer.call<ListServersCommandOutput>('ListServers');

/** ListServers does not carry the protocols: one DescribeServer per server. */
export const DESCRIBE_SERVER = transfer.call<DescribeServerCommandOutput, string>('DescribeServer', {
  params: (ServerId) => ({ ServerId }),
  after: [LIST_SERVERS],
});
