import { describePlace, required } from '../../../../inventory/facts/place.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_STATE_MACHINE, LIST_STATE_MACHINES } from './calls.js';

export function normalizeSfn(out: Output): void {
  const machines = out
    .list(LIST_STATE_MACHINES, ['sfn-state-machine'])
    .flatMap((page) => page.stateMachines ?? []);
  for (const machine of machines) {
    const arn = machine.stateMachineArn;
    if (!arn) continue;
    const described = out.one(DESCRIBE_STATE_MACHINE, arn);
    const place = describePlace(`state machine ${machine.name ?? arn}`);
    out.add({
      type: 'sfn-state-machine',
      id: arn,
      arn,
      name: machine.name,
      region: out.region,
      origin: out.origin,
      loggingLevel:
        described.unknown ??
        (described.notFound
          ? unknown(`state machine ${arn} was not found when described`)
          : required(described.value.loggingConfiguration?.level, place, 'loggingConfiguration.level')),
    });
  }
}
