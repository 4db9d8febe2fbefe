import { describePlace, required } from '../../../../inventory/facts/place.js';
import { isUnknown, unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_SERVER, LIST_SERVERS } from './calls.js';

/** Protocol values; the rule fails on FTP only, so a protocol it does not know (or spelled otherwise) is not read as safe. */
const PROTOCOLS = new Set(['SFTP', 'FTP', 'FTPS', 'AS2']);

function knownProtocols(protocols: Maybe<string[]>, id: string): Maybe<string[]> {
  if (isUnknown(protocols)) return protocols;
  const other = protocols.filter((protocol) => !PROTOCOLS.has(protocol));
  if (other.length === 0) return protocols;
  return unknown(`Transfer server ${id}: Protocols holds ${other.join(', ')}, not SFTP, FTP, FTPS or AS2`);
}

export function normalizeTransfer(out: Output): void {
  for (const summary of out.list(LIST_SERVERS, ['transfer-server']).flatMap((page) => page.Servers ?? [])) {
    const id = summary.ServerId;
    if (!id) continue;
    const answer = out.one(DESCRIBE_SERVER, id);
    const server = answer.value?.Server;
    out.add({
      type: 'transfer-server',
      id: summary.Arn ?? id,
      arn: summary.Arn,
      name: id,
      region: out.region,
      origin: out.origin,
      protocols: server
        ? knownProtocols(required(server.Protocols, describePlace(`Transfer server ${id}`), 'Protocols'), id)
        : (answer.unknown ?? unknown(`Transfer server ${id}: DescribeServer returned no server`)),
    });
  }
}
