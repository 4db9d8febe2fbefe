import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_BROKER, LIST_BROKERS } from './calls.js';

export function normalizeMq(out: Output): void {
  const brokers = out.list(LIST_BROKERS, ['mq-broker']).flatMap((page) => page.BrokerSummaries ?? []);
  for (const summary of brokers) {
    if (!summary.BrokerId) continue;
    const where = `broker ${summary.BrokerName ?? summary.BrokerId}`;
    const described = out.one(DESCRIBE_BROKER, summary.BrokerId);
    const engine = described.value?.EngineType ?? summary.EngineType;
    const logs = described.value?.Logs;
    const unread = described.unknown ?? unknown(`${where}: DescribeBroker found no broker`);
    const place = describePlace(where);
    out.add({
      type: 'mq-broker',
      id: summary.BrokerArn ?? summary.BrokerId,
      arn: summary.BrokerArn,
      name: summary.BrokerName,
      region: out.region,
      origin: out.origin,
      engineType: engine ? engine.toUpperCase() : unknown(`${where}: EngineType missing`),
      generalLogging: described.value ? setting(logs?.General, place, 'Logs.General') : unread,
      // Audit is ActiveMQ-only; a broker without it returned does not publish it.
      auditLogging: described.value
        ? setting(logs?.Audit, place, 'Logs.Audit', { describeOmitted: false })
        : unread,
    });
  }
}
