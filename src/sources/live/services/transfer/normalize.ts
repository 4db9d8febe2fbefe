import { describePlace, required } from '../../../../inventory/facts/place.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_SERVER, LIST_SERVERS } from './calls.js';

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
        ? required(server.Protocols, describePlace(`Transfer server ${id}`), 'Protocols')
        : (answer.unknown ?? unknown(`Transfer server ${id}: DescribeServer returned no server`)),
    });
  }
}
