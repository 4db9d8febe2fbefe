import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'mq-broker-logging',
  title: 'Amazon MQ brokers log to CloudWatch Logs (general, and audit on ActiveMQ)',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['mq-broker'],
  rationale:
    'A broker carries payment and integration messages between systems. Its general log records connections and ' +
    'errors, and on ActiveMQ the audit log records management actions (queues created or purged, users changed); ' +
    'without them a misuse of the broker leaves no trace. RabbitMQ brokers have no audit log.',
  remediation: {
    summary: 'Turn on general logging (and audit logging for ActiveMQ) for the broker.',
    cloudformation: 'AWS::AmazonMQ::Broker: `Logs: { General: true, Audit: true }` (Audit: ActiveMQ only)',
    cdk: 'new amazonmq.CfnBroker(this, "Broker", { ..., logs: { general: true, audit: true } })',
    cli: 'aws mq update-broker --broker-id <id> --logs General=true,Audit=true',
  },
  equivalents: {
    prowler: ['mq_broker_logging_enabled'],
    steampipe: ['mq_broker_audit_log_enabled'],
    fsbp: ['MQ.2'],
  },
  evaluate(broker) {
    if (isUnknown(broker.engineType)) return undetermined(broker.engineType);
    if (isUnknown(broker.generalLogging)) return undetermined(broker.generalLogging);
    const engine = broker.engineType.toUpperCase();
    const general = broker.generalLogging;
    if (engine === 'RABBITMQ') {
      const evidence = { engineType: engine, generalLogging: general };
      return general
        ? pass('general logging is on (RabbitMQ has no audit log)', evidence)
        : fail('general logging is off', evidence);
    }
    if (engine !== 'ACTIVEMQ')
      return undetermined(`engine type ${broker.engineType} is not one this rule knows`);
    if (isUnknown(broker.auditLogging)) return undetermined(broker.auditLogging, { generalLogging: general });
    const audit = broker.auditLogging;
    const evidence = { engineType: engine, generalLogging: general, auditLogging: audit };
    if (general && audit) return pass('general and audit logging are on', evidence);
    const off = [general ? undefined : 'general', audit ? undefined : 'audit'].filter(Boolean).join(' and ');
    return fail(`${off} logging ${general || audit ? 'is' : 'are'} off`, evidence);
  },
});
