import { ruleCases } from '../../support/rule-cases.js';

const policy = (document: string) => `
Parameters:
  Doc: { Type: String }
Resources:
  LogsPolicy:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: delivery
      PolicyDocument: ${document}`;

ruleCases('logs-resource-policy-not-public', {
  pass: [
    {
      name: 'a delivery service confined to the account',
      template: policy(
        `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"delivery.logs.amazonaws.com"},"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}]}'`,
      ),
    },
  ],
  fail: [
    {
      name: 'anyone may put log events',
      template: policy(
        `'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"logs:PutLogEvents","Resource":"*"}]}'`,
      ),
      message: 'logs:PutLogEvents',
    },
  ],
  unknown: [
    { name: 'the document from a parameter', template: policy('!Ref Doc') },
    { name: 'not JSON', template: policy(`'not a policy'`) },
  ],
});
