import {
  defineRule,
  fail,
  notApplicable,
  pass,
  undetermined,
  type JsonValue,
} from '../../src/engine/rule.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';
import { isAuroraMember } from '../lib/encryption.js';
import { publicRouteOf, type PublicRoute } from '../lib/subnet-routes.js';

export default defineRule({
  id: 'db-subnets-private',
  title: 'Databases are placed only in private subnets',
  severity: 'high',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  reads: ['rds-db-subnet-group', 'ec2-subnet', 'ec2-route-table'],
  rationale:
    'A subnet whose route table sends 0.0.0.0/0 or ::/0 to an internet gateway is public: anything placed there ' +
    'is one setting (PubliclyAccessible, a security group rule) away from the internet. RDS may place a database, or ' +
    'fail over, into any subnet of its DB subnet group, so every one of them must be private.',
  remediation: {
    summary:
      'Use a DB subnet group made only of private subnets (no default route to an internet gateway; use NAT or VPC endpoints for egress).',
    cloudformation:
      'AWS::RDS::DBSubnetGroup: `SubnetIds` listing only subnets whose route tables have no 0.0.0.0/0 or ::/0 route to an AWS::EC2::InternetGateway.',
    cdk: 'new rds.DatabaseInstance(this, "Db", { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, ... })',
    cli: 'aws rds modify-db-subnet-group --db-subnet-group-name <name> --subnet-ids <private-subnet-ids>',
  },
  // Steampipe's control also counts a NAT-gateway default route as public; this one follows the route to an igw- only.
  equivalents: { steampipe: ['rds_db_instance_no_public_subnet'] },
  evaluate(db, inventory) {
    if (isAuroraMember(db) === true) {
      return notApplicable("Aurora cluster member: the cluster's DB subnet group places it");
    }
    const subnets = inventory.subnetsOf(db);
    if (isUnknown(subnets)) return undetermined(subnets);
    if (subnets.length === 0) return undetermined('the DB subnet group lists no subnets');
    const publicRoutes: PublicRoute[] = [];
    let unresolved: Unknown | undefined;
    for (const subnet of subnets) {
      const found = publicRouteOf(subnet, inventory);
      if (isUnknown(found)) unresolved ??= found;
      else if (found) publicRoutes.push(found);
    }
    const checked: JsonValue = subnets.map((subnet) => subnet.id);
    if (publicRoutes.length > 0) {
      const first = publicRoutes[0];
      return fail(
        `subnet ${first.subnet} routes ${first.route} to internet gateway ${first.gateway} (route table ${first.routeTable})` +
          (publicRoutes.length > 1 ? ` and ${publicRoutes.length - 1} more public subnet(s)` : ''),
        { subnets: checked, publicRoutes: publicRoutes.map((route) => ({ ...route })) },
      );
    }
    if (unresolved) return undetermined(unresolved, { subnets: checked });
    return pass(`none of ${subnets.length} subnet(s) has a default route to an internet gateway`, {
      subnets: checked,
    });
  },
});
