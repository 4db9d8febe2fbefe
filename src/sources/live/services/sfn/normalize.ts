import { describePlace, required } from '../../../../inventory/facts/place.js';
import { isUnknown, unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_STATE_MACHINE, LIST_STATE_MACHINES } from './calls.js';

/** LogLevel values; the rule passes anything but OFF, so a level it does not know is not read as logging. */
const LOGGING_LEVELS = new Set(['ALL', 'ERROR', 'FATAL', 'OFF']);

function knownLevel(level: Maybe<string>, where: string): Maybe<string> {
  if (isUnknown(level) || LOGGING_LEVELS.has(level)) return level;
  return unknown(`${where}: loggingConfiguration.level is ${level}, not ALL, ERROR, FATAL or OFF`);
}

export function normalizeSfn(out: Output): void {
  const machines = out
    .list(LIST_STATE_MACHINES, ['sfn-state-machine'])
    .flatMap((page) => page.stateMachines ?? []);
  for (const machine of machines) {
    const arn = machine.stateMachineArn;
    if (!arn) continue;
    const described = out.one(DESCRIBE_STATE_MACHINE, arn);
    const where = `state machine ${machine.name ?? arn}`;
    const place = describePlace(where);
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
          : knownLevel(
              required(described.value.loggingConfiguration?.level, place, 'loggingConfiguration.level'),
              where,
            )),
    });
  }
}
