import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

export default defineRule({
  id: 'rds-enforces-tls',
  title: 'RDS databases refuse connections without TLS',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'RDS offers TLS on every engine, but most accept plain connections too unless the parameter group forces ' +
    'TLS: rds.force_ssl = 1 (PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL, MariaDB, Aurora ' +
    'MySQL). A client left at its default (`sslmode=prefer`, `preferred`) then sends credentials and data in ' +
    'clear text whenever TLS fails. Default parameter groups force TLS only on the newest engine versions.',
  remediation: {
    summary:
      'Use a custom DB parameter group (instances) or DB cluster parameter group (Aurora and Multi-AZ clusters) that sets rds.force_ssl to 1 or require_secure_transport to ON.',
    cloudformation:
      'AWS::RDS::DBParameterGroup (or DBClusterParameterGroup) with `Parameters: { rds.force_ssl: "1" }` (PostgreSQL, SQL Server) or `{ require_secure_transport: "ON" }` (MySQL, MariaDB), named by the database\'s `DBParameterGroupName` / `DBClusterParameterGroupName`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { parameters: { "rds.force_ssl": "1" }, ... }) (clusters: new rds.DatabaseCluster(..., { parameters: { require_secure_transport: "ON" } }))',
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot (clusters: modify-db-cluster-parameter-group)',
  },
  equivalents: {
    prowler: ['rds_instance_transport_encrypted'],
    steampipe: ['rds_db_instance_connections_encryption_enabled'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'the TLS requirement');
    if (byCluster) return byCluster;
    const requirement = db.tlsRequirement;
    if (requirement === undefined) return undetermined('the parameter group was not read');
    if (isUnknown(requirement)) return undetermined(requirement);
    if (requirement.kind === 'no-parameter') {
      return notApplicable(
        `engine ${requirement.engine} has no parameter-group setting that forces TLS (rds.force_ssl or require_secure_transport)`,
        { engine: requirement.engine },
      );
    }
    const group = requirement.group ?? 'the default parameter group';
    const setting = `${requirement.parameter} is ${requirement.required ? 'on' : 'off'} in ${group}${requirement.engineDefault ? ` (the engine default: ${requirement.engineDefault})` : ''}`;
    const evidence = {
      parameter: requirement.parameter,
      required: requirement.required,
      parameterGroup: requirement.group,
      engineDefault: requirement.engineDefault,
    };
    return requirement.required
      ? pass(`${kindOf(db)} refuses connections without TLS: ${setting}`, evidence)
      : fail(`${kindOf(db)} accepts connections without TLS: ${setting}`, evidence);
  },
});
