/** DMS task logging as Prowler reads it: logging on, and each component at default severity or more verbose. */
import { fail, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { DmsReplicationTask } from '../../src/inventory/model.js';

const ENOUGH = new Set([
  'LOGGER_SEVERITY_DEFAULT',
  'LOGGER_SEVERITY_DEBUG',
  'LOGGER_SEVERITY_DETAILED_DEBUG',
]);

export function componentsLogged(task: DmsReplicationTask, components: readonly string[]): Outcome {
  if (isUnknown(task.logging)) return undetermined(task.logging);
  const { enabled, severities } = task.logging;
  if (!enabled)
    return fail('task logging is off (Logging.EnableLogging is not true)', { enableLogging: false });
  const short = components.filter((id) => !ENOUGH.has(severities[id] ?? ''));
  const evidence = {
    enableLogging: true,
    severities: Object.fromEntries(components.map((id) => [id, severities[id] ?? null])),
  };
  return short.length === 0
    ? pass(`${components.join(' and ')} are logged at default severity or above`, evidence)
    : fail(`not logged at default severity or above: ${short.join(', ')}`, evidence);
}
