/** Amazon MQ brokers, Network Firewall firewalls and Route 53 hosted zones, for their logging settings. */
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { MqBroker, NetworkFirewall, Route53HostedZone } from '../../../inventory/model.js';
import {
  baseOf,
  linkFact,
  optionalBoolFact,
  requireKnown,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

export function mqBroker(resource: TemplateResource): MqBroker {
  const place = createPlace(resource.logicalId);
  const engine = requireKnown(stringFact(resource, 'EngineType'), resource, 'EngineType');
  const logsDefault = {
    createDefault: false,
    defaultSource:
      'AWS::AmazonMQ::Broker LogList: General and Audit are optional; an unset log is not published',
  };
  return {
    type: 'mq-broker',
    ...baseOf(resource, 'BrokerName'),
    engineType: isUnknown(engine) ? engine : engine.toUpperCase(),
    generalLogging: setting(optionalBoolFact(resource, 'Logs.General'), place, 'Logs.General', logsDefault),
    auditLogging: setting(optionalBoolFact(resource, 'Logs.Audit'), place, 'Logs.Audit', logsDefault),
  };
}

/** The log types of the template's AWS::NetworkFirewall::LoggingConfiguration resources that name this firewall. */
export function networkFirewall(resource: TemplateResource, index: TemplateIndex): NetworkFirewall {
  const types = new Set<string>();
  let undecided: Maybe<never> | undefined;
  for (const config of resourcesOfType(index, 'AWS::NetworkFirewall::LoggingConfiguration')) {
    const target = linkFact(config, 'FirewallArn');
    if (isUnknown(target)) {
      undecided ??= target;
      continue;
    }
    if (target !== resource.id) continue;
    if (config.conditional) {
      undecided ??= unknown(`${config.logicalId} exists only if condition ${config.conditional} holds`);
      continue;
    }
    const destinations = valueAt(config, 'LoggingConfiguration.LogDestinationConfigs');
    if (!Array.isArray(destinations)) {
      undecided ??= unknown(`${config.logicalId}.LoggingConfiguration.LogDestinationConfigs is not a list`);
      continue;
    }
    for (const i of destinations.keys()) {
      const type = stringFact(config, `LoggingConfiguration.LogDestinationConfigs.${i}.LogType`);
      if (isUnknown(type)) undecided ??= type;
      else if (type) types.add(type);
    }
  }
  return {
    type: 'networkfirewall-firewall',
    ...baseOf(resource, 'FirewallName'),
    // A logged type is proof of logging; only without one does an unreadable configuration matter.
    loggedTypes: types.size > 0 ? [...types].sort() : (undecided ?? []),
  };
}

export function route53HostedZone(resource: TemplateResource): Route53HostedZone {
  const vpcs = valueAt(resource, 'VPCs');
  const logGroup = linkFact(resource, 'QueryLoggingConfig.CloudWatchLogsLogGroupArn');
  return {
    type: 'route53-hosted-zone',
    ...baseOf(resource, 'Name'),
    isPrivate: isUnknown(vpcs)
      ? unknown(`${resource.logicalId}.VPCs: ${vpcs.reason}`)
      : Array.isArray(vpcs) && vpcs.length > 0,
    queryLogGroupArn: logGroup === undefined ? null : logGroup,
  };
}
