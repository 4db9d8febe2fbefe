/** What a load-balancer listener does with a request: its default actions plus every rule's actions. */
import { isUnknown, type Maybe } from '../maybe.js';
import type { ListenerAction } from '../model.js';
import { absent, below, required, type Place, type Raw } from './place.js';

export interface ListenerActionFields {
  Type: Raw<string>;
  /** `RedirectConfig.Protocol`; read only for redirects. */
  RedirectProtocol?: Raw<string>;
}

/**
 * A redirect without a protocol keeps the request's own: RedirectActionConfig
 * `Protocol`, "Default: #{protocol}" (ELB API; the same in
 * AWS::ElasticLoadBalancingV2::Listener RedirectConfig).
 */
export const REDIRECT_PROTOCOL_DEFAULT = '#{protocol}';

/**
 * One list of actions (a listener's `DefaultActions`, a rule's `Actions`).
 * Both are required (ELB CreateListener/CreateRule; the CloudFormation
 * properties) and always returned (DescribeListeners/DescribeRules), and so
 * is each action's `Type`: absent is Unknown. A listener whose default
 * action went unread must not be judged by its rules alone.
 */
export function listenerActions(
  actions: Raw<Raw<ListenerActionFields>[]>,
  place: Place,
  field: string,
): Maybe<ListenerAction[]> {
  const list = required(actions, place, field);
  if (isUnknown(list)) return list;
  const result: ListenerAction[] = [];
  for (const [index, fields] of list.entries()) {
    const actionPlace = below(place, `${field}.${index}`);
    if (isUnknown(fields)) return fields;
    if (fields === undefined) return absent(actionPlace, 'Type');
    const type = required(fields.Type, actionPlace, 'Type');
    const action: ListenerAction = { type };
    if (type === 'redirect') action.redirectProtocol = fields.RedirectProtocol ?? REDIRECT_PROTOCOL_DEFAULT;
    result.push(action);
  }
  return result;
}
