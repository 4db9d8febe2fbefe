import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'elasticbeanstalk-cloudwatch-logs',
  title: 'Elastic Beanstalk environments stream logs to CloudWatch',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['elasticbeanstalk-environment'],
  rationale:
    'Without log streaming, instance and application logs stay on instances that Elastic Beanstalk replaces at will. ' +
    'The option aws:elasticbeanstalk:cloudwatch:logs StreamLogs (default false) sends them to CloudWatch Logs. Same ' +
    'decision as Prowler; a template also reads the setting from the configuration template the environment names.',
  remediation: {
    summary: 'Set StreamLogs to true in the aws:elasticbeanstalk:cloudwatch:logs namespace.',
    cloudformation:
      'AWS::ElasticBeanstalk::Environment `OptionSettings: [{ Namespace: aws:elasticbeanstalk:cloudwatch:logs, OptionName: StreamLogs, Value: "true" }]`',
    cli: 'aws elasticbeanstalk update-environment --environment-name <env> --option-settings Namespace=aws:elasticbeanstalk:cloudwatch:logs,OptionName=StreamLogs,Value=true',
  },
  equivalents: {
    prowler: ['elasticbeanstalk_environment_cloudwatch_logging_enabled'],
    steampipe: ['elastic_beanstalk_environment_logs_to_cloudwatch'],
    fsbp: ['ElasticBeanstalk.3'],
  },
  evaluate(environment) {
    if (isUnknown(environment.streamLogs)) return undetermined(environment.streamLogs);
    return environment.streamLogs
      ? pass('logs are streamed to CloudWatch', { streamLogs: true })
      : fail('logs are not streamed to CloudWatch (StreamLogs false)', { streamLogs: false });
  },
});
