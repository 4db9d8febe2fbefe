/**
 * Attachments a template makes to resources it does not create. An
 * AWS::EC2::SecurityGroupIngress on a group outside the scanned templates (a
 * literal sg- id, an import, a parameter) was dropped, so a template opening
 * SSH on an existing group to 0.0.0.0/0 printed "nothing to check". The group
 * is now a resource of the inventory holding the rules the templates add,
 * its other rules unknown (attachableElsewhere): a world-open rule FAILs, any
 * other verdict is UNKNOWN, never PASS. An ingress rule on a group of the
 * templates is that group's, as before.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import type { Inventory } from '../../../src/inventory/inventory.js';
import type { SecurityGroup } from '../../../src/inventory/model.js';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { ruleById } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const SG_RULES = ['sg-no-public-admin-ports', 'sg-no-public-all-ports', 'sg-no-public-high-risk-ports'];

function findings(inventory: Inventory, ruleId: string) {
  return runRules(inventory, [ruleById(ruleId)], { now: NOW });
}

/** Resource id -> status, for one rule. */
function verdicts(inventory: Inventory, ruleId: string): Record<string, string> {
  return Object.fromEntries(
    findings(inventory, ruleId).map((finding) => [finding.resource.id, finding.status]),
  );
}

function groups(inventory: Inventory): SecurityGroup[] {
  return inventory.resources.filter(
    (resource): resource is SecurityGroup => resource.type === 'ec2-security-group',
  );
}

const ingress = (logicalId: string, groupId: string, cidr: string, port = 22) => `
  ${logicalId}:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: ${groupId}
      IpProtocol: tcp
      FromPort: ${port}
      ToPort: ${port}
      CidrIp: ${cidr}`;

const LITERAL = 'sg-0123456789abcdef0';
const OUTSIDE = 'is not a security group of the scanned templates';

describe('standalone ingress on a security group outside the templates', () => {
  it('a world-open rule on a literal sg- id FAILs the group it opens', async () => {
    const inventory = await inventoryFromTemplate(`Resources:${ingress('OpenSsh', LITERAL, '0.0.0.0/0')}`);
    expect(groups(inventory).map((group) => group.id)).toEqual([LITERAL]);
    const [finding] = findings(inventory, 'sg-no-public-admin-ports');
    expect(finding?.status).toBe('FAIL');
    expect(finding?.message).toContain('SSH (22) from 0.0.0.0/0');
    expect(finding?.resource.logicalId).toBe('OpenSsh');
    // Port 22 is not every port nor a high-risk port: the group's other rules decide those.
    expect(verdicts(inventory, 'sg-no-public-all-ports')).toEqual({ [LITERAL]: 'UNKNOWN' });
  });

  it('a /32 rule is UNKNOWN, never PASS: the group may have other rules, with the reason', async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${ingress('OfficeSsh', LITERAL, '203.0.113.7/32')}`,
    );
    for (const ruleId of SG_RULES) {
      const [finding] = findings(inventory, ruleId);
      expect(finding?.status, ruleId).toBe('UNKNOWN');
      expect(finding?.message).toContain(`${LITERAL}: it ${OUTSIDE}`);
      expect(finding?.message).toContain('may add ingress rules to it there');
    }
  });

  it('every rule the templates add to one group lands on one resource', async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${ingress('OfficeSsh', LITERAL, '203.0.113.7/32')}${ingress('OpenDb', LITERAL, '0.0.0.0/0', 3306)}`,
    );
    const [group] = groups(inventory);
    expect(groups(inventory)).toHaveLength(1);
    expect(isUnknown(group?.ingress) ? group?.ingress : group?.ingress.map((rule) => rule.cidr)).toEqual([
      '203.0.113.7/32',
      '0.0.0.0/0',
    ]);
    expect(verdicts(inventory, 'sg-no-public-high-risk-ports')).toEqual({ [LITERAL]: 'FAIL' });
    expect(verdicts(inventory, 'sg-no-public-admin-ports')).toEqual({ [LITERAL]: 'UNKNOWN' });
  });

  it('an imported GroupId gets a group of its own, judged the same way', async () => {
    const open = await inventoryFromTemplate(
      `Resources:${ingress('OpenSsh', '!ImportValue shared-sg', '0.0.0.0/0')}`,
    );
    expect(verdicts(open, 'sg-no-public-admin-ports')).toEqual({ 'template/OpenSsh': 'FAIL' });
    const narrow = await inventoryFromTemplate(
      `Resources:${ingress('OfficeSsh', '!ImportValue shared-sg', '203.0.113.7/32')}`,
    );
    const [finding] = findings(narrow, 'sg-no-public-admin-ports');
    expect(finding?.status).toBe('UNKNOWN');
    expect(finding?.message).toMatch(/the group ingress rule OfficeSsh adds to is not known \(.*shared-sg/);
  });

  it('a GroupId from a parameter may name a template group: that group stays UNKNOWN as before, and the rule is judged too', async () => {
    const inventory = await inventoryFromTemplate(`
Parameters:
  Group: { Type: 'AWS::EC2::SecurityGroup::Id' }
Resources:
  AppSG:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}]
${ingress('OpenSsh', '!Ref Group', '0.0.0.0/0')}`);
    expect(verdicts(inventory, 'sg-no-public-admin-ports')).toEqual({
      'template/AppSG': 'UNKNOWN',
      'template/OpenSsh': 'FAIL',
    });
    const app = groups(inventory).find((group) => group.id === 'template/AppSG');
    expect(isUnknown(app?.ingress) && app?.ingress.reason).toContain('OpenSsh.GroupId');
  });

  it('a GroupId that is another resource’s attribute (not a group of the templates) gets a group of its own', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Lookup:
    Type: Custom::GroupLookup
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:lookup }
${ingress('OpenSsh', '!GetAtt Lookup.GroupId', '0.0.0.0/0')}`);
    expect(verdicts(inventory, 'sg-no-public-admin-ports')).toEqual({ 'template/OpenSsh': 'FAIL' });
  });

  it('an ingress rule on a group of the templates stays that group’s: no other group is made for it', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  AppSG:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: app }
${ingress('OfficeSsh', '!Ref AppSG', '203.0.113.7/32')}
${ingress('OpenSsh', LITERAL, '0.0.0.0/0')}`);
    expect(groups(inventory).map((group) => group.id)).toEqual(['template/AppSG', LITERAL]);
    expect(verdicts(inventory, 'sg-no-public-admin-ports')).toEqual({
      'template/AppSG': 'PASS',
      [LITERAL]: 'FAIL',
    });
    const app = groups(inventory)[0];
    expect(app?.attachableElsewhere).toBeUndefined();
  });
});

describe('AWS::Lambda::Permission on a function outside the templates', () => {
  const FUNCTION = `
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: app-fn
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::111122223333:role/app
      Code: { ZipFile: 'def handler(e, c): pass' }`;
  const permission = (logicalId: string, target: string, extra = '') => `
  ${logicalId}:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: ${target}
      Action: lambda:InvokeFunction
      Principal: '*'${extra}`;

  it('a public permission on an outside function FAILs resource-policy-not-public', async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${permission('Open', 'arn:aws:lambda:us-east-1:111122223333:function:legacy')}`,
    );
    expect(verdicts(inventory, 'resource-policy-not-public')).toEqual({ 'template/Open': 'FAIL' });
  });

  it('one confined by SourceArn PASSes', async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${permission('Confined', 'legacy', '\n      SourceArn: arn:aws:s3:::uploads-bucket')}`,
    );
    expect(verdicts(inventory, 'resource-policy-not-public')).toEqual({ 'template/Confined': 'PASS' });
  });

  it("a permission on a template function stays that function's: only the outside one is an external policy", async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${FUNCTION}${permission('ByRef', '!Ref Fn')}${permission('ByName', 'app-fn')}${permission('ByArn', '!GetAtt Fn.Arn')}${permission('Outside', 'legacy')}`,
    );
    expect(verdicts(inventory, 'resource-policy-not-public')).toEqual({ 'template/Outside': 'FAIL' });
    const fn = inventory.resources.find((resource) => resource.type === 'lambda-function');
    expect(
      fn?.type === 'lambda-function' && !isUnknown(fn.policyStatements) && fn.policyStatements,
    ).toHaveLength(3);
    expect(verdicts(inventory, 'lambda-not-public')).toEqual({ 'template/Fn': 'FAIL' });
  });

  it('an imported FunctionName may name the template function (UNKNOWN there, as before) or another (judged)', async () => {
    const inventory = await inventoryFromTemplate(
      `Resources:${FUNCTION}${permission('Imported', '!ImportValue some-function')}`,
    );
    expect(verdicts(inventory, 'lambda-not-public')).toEqual({ 'template/Fn': 'UNKNOWN' });
    expect(verdicts(inventory, 'resource-policy-not-public')).toEqual({ 'template/Imported': 'FAIL' });
  });
});
