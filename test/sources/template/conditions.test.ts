/**
 * Resources under a Condition that is false with the default parameter values
 * are checked as if it held (values read from the condition's parameters are
 * Unknown there), and the finding names the condition. Pinning every parameter
 * the condition reads decides it exactly.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

async function findings(ruleId: string, template: string, parameters?: Record<string, string>) {
  return findingsOf(ruleId, await inventoryFromTemplate(template, { parameters }));
}

const of = (found: Finding[], logicalId: string): Finding[] =>
  found.filter((finding) => finding.resource.logicalId === logicalId);

const TRAIL = `
Parameters:
  CreateTrail: { Type: String, Default: 'no', AllowedValues: ['yes', 'no'] }
Conditions:
  WantsTrail: !Equals [!Ref CreateTrail, 'yes']
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Condition: WantsTrail
    Properties: { S3BucketName: logs, IsLogging: false, IsMultiRegionTrail: true }
`;

describe('a resource whose condition is false with the defaults', () => {
  it('is checked as if the condition held, and the finding names the condition', async () => {
    const [finding] = of(await findings('cloudtrail-logging', TRAIL), 'Trail');
    expect(finding?.status).toBe('FAIL');
    expect(finding?.resource.condition).toBe('WantsTrail');
    expect(finding?.message).toContain('only if condition WantsTrail holds');
    expect(finding?.message).toContain('CreateTrail');
  });

  it('is dropped when --parameters pins the condition false', async () => {
    expect(of(await findings('cloudtrail-logging', TRAIL, { CreateTrail: 'no' }), 'Trail')).toEqual([]);
  });

  it('is an ordinary resource when --parameters makes the condition true', async () => {
    const [finding] = of(await findings('cloudtrail-logging', TRAIL, { CreateTrail: 'yes' }), 'Trail');
    expect(finding?.status).toBe('FAIL');
    expect(finding?.resource.condition).toBeUndefined();
    expect(finding?.message).not.toContain('condition');
  });

  it('is dropped when the condition reads no parameter', async () => {
    const template = TRAIL.replace("!Equals [!Ref CreateTrail, 'yes']", '!Equals [a, b]');
    expect(of(await findings('cloudtrail-logging', template), 'Trail')).toEqual([]);
  });

  it('reads values that depend on the condition as Unknown, and Fn::If on the condition as true', async () => {
    const template = `
Parameters:
  Env: { Type: String, Default: dev }
Mappings:
  Settings:
    dev: { Encrypt: 'false' }
    prod: { Encrypt: 'true' }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  MappedDb:
    Type: AWS::RDS::DBInstance
    Condition: IsProd
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      StorageEncrypted: !FindInMap [Settings, !Ref Env, Encrypt]
  BranchDb:
    Type: AWS::RDS::DBInstance
    Condition: IsProd
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      StorageEncrypted: !If [IsProd, true, false]
`;
    const found = await findings('storage-encrypted', template);
    const [mapped] = of(found, 'MappedDb');
    expect(mapped?.status).toBe('UNKNOWN');
    expect(mapped?.message).toContain('parameter Env');
    expect(mapped?.resource.condition).toBe('IsProd');
    expect(of(found, 'BranchDb')[0]?.status).toBe('PASS');
  });

  it('a web ACL association that may not exist does not protect a stage', async () => {
    const template = `
Parameters:
  Protect: { Type: String, Default: 'false' }
Conditions:
  WantsWaf: !Equals [!Ref Protect, 'true']
Resources:
  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: api } }
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: live, DeploymentId: d-1 }
  Association:
    Type: AWS::WAFv2::WebACLAssociation
    Condition: WantsWaf
    Properties:
      WebACLArn: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/a/1
      ResourceArn: !Sub arn:aws:apigateway:eu-west-1::/restapis/\${Api}/stages/\${Stage}
`;
    const [stage] = of(await findings('waf-protects-public-endpoints', template), 'Stage');
    expect(stage?.status).toBe('UNKNOWN');
    expect(stage?.message).toContain('WantsWaf');
    const [pinned] = of(
      await findings('waf-protects-public-endpoints', template, { Protect: 'true' }),
      'Stage',
    );
    expect(pinned?.status).toBe('PASS');
  });
});

describe('a resource whose condition cannot be decided', () => {
  it('names the condition too', async () => {
    const template = TRAIL.replace("Default: 'no', ", '');
    const [finding] = of(await findings('cloudtrail-logging', template), 'Trail');
    expect(finding?.status).toBe('FAIL');
    expect(finding?.resource.condition).toBe('WantsTrail');
    expect(finding?.message).toContain('only if condition WantsTrail holds');
  });
});
