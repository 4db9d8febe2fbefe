import type { Rule } from '../../src/engine/rule.js';
import wafRulesPublishMetrics from './waf-rules-publish-metrics.js';
import wafWebAclLogging from './waf-web-acl-logging.js';
import cloudfrontAccessLogging from './cloudfront-access-logging.js';
import clientVpnConnectionLogging from './client-vpn-connection-logging.js';
import vpcFlowLogsEnabled from './vpc-flow-logs-enabled.js';
import apigatewayStageLogging from './apigateway-stage-logging.js';
import codebuildProjectLogging from './codebuild-project-logging.js';
import loadBalancerAccessLogs from './load-balancer-access-logs.js';
import glueJobLogging from './glue-job-logging.js';
import sfnStateMachineLogging from './sfn-state-machine-logging.js';
import appsyncFieldLogging from './appsync-field-logging.js';
import athenaWorkgroupLogging from './athena-workgroup-logging.js';
import bedrockInvocationLogging from './bedrock-invocation-logging.js';
import datasyncTaskLogging from './datasync-task-logging.js';
import ecsTaskDefinitionLogging from './ecs-task-definition-logging.js';
import elasticbeanstalkCloudwatchLogs from './elasticbeanstalk-cloudwatch-logs.js';
import cloudtrailEncryptedKms from './cloudtrail-encrypted-kms.js';
import cloudtrailLogValidation from './cloudtrail-log-validation.js';
import cloudtrailLogging from './cloudtrail-logging.js';
import cloudtrailMultiRegion from './cloudtrail-multi-region.js';
import configRecorderEnabled from './config-recorder-enabled.js';
import cloudwatchAlarmActions from './cloudwatch-alarm-actions.js';
import mqBrokerLogging from './mq-broker-logging.js';
import networkfirewallLogging from './networkfirewall-logging.js';
import route53QueryLogging from './route53-query-logging.js';
import unauthorizedApiCalls from './metric-alarm-unauthorized-api-calls.js';
import consoleAuthFailures from './metric-alarm-console-auth-failures.js';
import rootUsage from './metric-alarm-root-usage.js';
import iamPolicyChanges from './metric-alarm-iam-policy-changes.js';
import cloudtrailChanges from './metric-alarm-cloudtrail-changes.js';
import configChanges from './metric-alarm-config-changes.js';
import s3BucketPolicyChanges from './metric-alarm-s3-bucket-policy-changes.js';
import securityGroupChanges from './metric-alarm-security-group-changes.js';
import naclChanges from './metric-alarm-nacl-changes.js';
import networkGatewayChanges from './metric-alarm-network-gateway-changes.js';
import routeTableChanges from './metric-alarm-route-table-changes.js';
import vpcChanges from './metric-alarm-vpc-changes.js';
import organizationsChanges from './metric-alarm-organizations-changes.js';
import dbLogExports from './db-log-exports.js';
import redshiftClusterAuditLogging from './redshift-cluster-audit-logging.js';
import opensearchAuditLogging from './opensearch-audit-logging.js';
import opensearchLogsToCloudwatch from './opensearch-logs-to-cloudwatch.js';
import dmsTaskSourceLogging from './dms-task-source-logging.js';
import dmsTaskTargetLogging from './dms-task-target-logging.js';
import logGroupRetention from './log-group-retention.js';
import cloudtrailCloudwatchLogs from './cloudtrail-cloudwatch-logs.js';
import cloudtrailS3DataEvents from './cloudtrail-s3-data-events.js';
import cloudtrailLambdaDataEvents from './cloudtrail-lambda-data-events.js';
import cloudtrailBedrockDataEvents from './cloudtrail-bedrock-data-events.js';
import cloudtrailBucketAccessLogging from './cloudtrail-bucket-access-logging.js';
import s3AccessLogging from './s3-access-logging.js';
import s3EventNotifications from './s3-event-notifications.js';
import guarddutyEnabled from './guardduty-enabled.js';
import guarddutyNoHighFindings from './guardduty-no-high-findings.js';
import securityhubEnabled from './securityhub-enabled.js';
import cloudtrailSecurityTrail from './cloudtrail-security-trail.js';

import apigatewayv2StageAccessLogging from './apigatewayv2-stage-access-logging.js';
export const loggingRules: readonly Rule[] = [
  codebuildProjectLogging,
  cloudtrailMultiRegion,
  cloudtrailLogValidation,
  cloudtrailEncryptedKms,
  cloudtrailLogging,
  configRecorderEnabled,
  glueJobLogging,
  sfnStateMachineLogging,
  appsyncFieldLogging,
  athenaWorkgroupLogging,
  bedrockInvocationLogging,
  datasyncTaskLogging,
  ecsTaskDefinitionLogging,
  elasticbeanstalkCloudwatchLogs,
  dbLogExports,
  cloudwatchAlarmActions,
  mqBrokerLogging,
  networkfirewallLogging,
  route53QueryLogging,
  unauthorizedApiCalls,
  consoleAuthFailures,
  rootUsage,
  iamPolicyChanges,
  cloudtrailChanges,
  configChanges,
  s3BucketPolicyChanges,
  securityGroupChanges,
  naclChanges,
  networkGatewayChanges,
  routeTableChanges,
  vpcChanges,
  organizationsChanges,
  loadBalancerAccessLogs,
  apigatewayStageLogging,
  redshiftClusterAuditLogging,
  opensearchAuditLogging,
  opensearchLogsToCloudwatch,
  dmsTaskSourceLogging,
  dmsTaskTargetLogging,
  vpcFlowLogsEnabled,
  clientVpnConnectionLogging,
  logGroupRetention,
  cloudtrailCloudwatchLogs,
  cloudtrailS3DataEvents,
  cloudtrailLambdaDataEvents,
  cloudtrailBedrockDataEvents,
  cloudtrailBucketAccessLogging,
  s3AccessLogging,
  s3EventNotifications,
  guarddutyEnabled,
  guarddutyNoHighFindings,
  securityhubEnabled,
  cloudfrontAccessLogging,
  wafWebAclLogging,
  wafRulesPublishMetrics,
  cloudtrailSecurityTrail,
  apigatewayv2StageAccessLogging,
] as Rule[];
