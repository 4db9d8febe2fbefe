/**
 * CDK's `db.connections.allowDefaultPortFrom(...)` and `allowDefaultPortFromAnyIpv4()`
 * (aws-cdk-examples typescript/rds patterns) write security-group rules whose ports are
 * `Fn::GetAtt Db.Endpoint.Port`. When the database is in the scanned templates, that port
 * is its `Port`, or the engine's default when none is set (RDS API CreateDBInstance and
 * CreateDBCluster `Port`); an Aurora instance listens on its cluster's port. A database
 * restored or replicated from another keeps the source's port, which the template does not decide.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../support/rule-cases.js';
import { inventoryFromTemplate } from '../../support/template.js';

/** One database (a cluster when named Cluster) and a rule opening its endpoint port to the internet, as CDK writes it. */
function openToInternet(database: string, properties: string, extra = ''): string {
  return `
Parameters:
  EngineName: { Type: String }
Resources:
  ${database}:
    Type: ${database === 'Cluster' ? 'AWS::RDS::DBCluster' : 'AWS::RDS::DBInstance'}
    Properties: ${properties}
${extra}
  DbSg: { Type: AWS::EC2::SecurityGroup, Properties: { GroupDescription: db } }
  Open:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt DbSg.GroupId
      IpProtocol: tcp
      CidrIp: 0.0.0.0/0
      FromPort: !GetAtt ${database}.Endpoint.Port
      ToPort: !GetAtt ${database}.Endpoint.Port
`;
}

async function verdict(template: string): Promise<string> {
  const findings = findingsOf('sg-no-public-high-risk-ports', await inventoryFromTemplate(template));
  const group = findings.find((finding) => finding.resource.logicalId === 'DbSg');
  return `${group?.status}: ${group?.message}`;
}

describe('a security-group port that is a template database endpoint port', () => {
  it.each([
    ['postgres, no Port', 'Db', '{ Engine: postgres, DBInstanceClass: db.t3.micro }', 'FAIL', '5432'],
    ['MySQL written in capitals', 'Db', '{ Engine: MySQL, DBInstanceClass: db.t3.micro }', 'FAIL', '3306'],
    ['SQL Server', 'Db', '{ Engine: sqlserver-se, DBInstanceClass: db.m5.large }', 'FAIL', '1433'],
    ['Oracle', 'Db', '{ Engine: oracle-ee, DBInstanceClass: db.m5.large }', 'FAIL', '1521'],
    [
      'an explicit Port',
      'Db',
      '{ Engine: postgres, Port: "6379", DBInstanceClass: db.t3.micro }',
      'FAIL',
      '6379',
    ],
    ['Aurora PostgreSQL cluster', 'Cluster', '{ Engine: aurora-postgresql }', 'FAIL', '5432'],
    ['Aurora MySQL cluster', 'Cluster', '{ Engine: aurora-mysql }', 'FAIL', '3306'],
  ])('%s: the port is decided and judged', async (_case, database, properties, status, port) => {
    const result = await verdict(openToInternet(database, properties));
    expect(result.startsWith(`${status}:`)).toBe(true);
    expect(result).toContain(`(${port}) from 0.0.0.0/0`);
  });

  it('an explicit non-risky Port passes', async () => {
    expect(
      await verdict(
        openToInternet('Db', '{ Engine: postgres, Port: "15432", DBInstanceClass: db.t3.micro }'),
      ),
    ).toMatch(/^PASS:/);
  });

  it('an Aurora instance listens on its cluster port', async () => {
    const template = openToInternet(
      'Member',
      '{ Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster, DBInstanceClass: db.r6g.large }',
      '  Cluster: { Type: AWS::RDS::DBCluster, Properties: { Engine: aurora-postgresql, Port: 3306 } }',
    );
    const result = await verdict(template);
    expect(result).toMatch(/^FAIL:/);
    expect(result).toContain('(3306) from 0.0.0.0/0');
  });

  it.each([
    [
      'restored from a snapshot',
      'Db',
      '{ Engine: postgres, DBSnapshotIdentifier: snap-1, DBInstanceClass: db.t3.micro }',
    ],
    ['a read replica', 'Db', '{ SourceDBInstanceIdentifier: source-db, DBInstanceClass: db.t3.micro }'],
    ['an engine from a parameter', 'Db', '{ Engine: !Ref EngineName, DBInstanceClass: db.t3.micro }'],
    ['an engine without a known default', 'Db', '{ Engine: neptune, DBInstanceClass: db.t3.micro }'],
    ['a cluster restored from a snapshot', 'Cluster', '{ Engine: aurora-mysql, SnapshotIdentifier: snap-1 }'],
    [
      'an Aurora instance of a cluster outside the templates',
      'Member',
      '{ Engine: aurora-mysql, DBClusterIdentifier: shared-cluster, DBInstanceClass: db.r6g.large }',
    ],
  ])('%s: the port stays UNKNOWN', async (_case, database, properties) => {
    const result = await verdict(openToInternet(database, properties));
    expect(result).toMatch(
      new RegExp(`^UNKNOWN: .*${database}\\.Endpoint\\.Port is known only after deployment`),
    );
  });
});
