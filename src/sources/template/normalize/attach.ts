/**
 * Resources that describe another one: routes and subnet associations onto
 * route tables, VPC attachments onto internet gateways, aliases onto keys,
 * listener rules onto listeners, standalone ingress rules onto security
 * groups, bucket policies onto buckets. Each VPC also gets its implicit main
 * route table (local route only), which governs subnets without an association.
 * One pass over the resources, map lookups only.
 *
 * An attaching resource that may not be deployed (`mayNotExist`) never makes
 * what it attaches to compliant; the normalizers that read other attachments
 * (rotation schedules, logging configurations, ACL entries, notifications)
 * use the same test.
 */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  InternetGateway,
  Listener,
  Resource,
  Route,
  RouteTable,
  RouteTarget,
  S3Bucket,
  SecurityGroup,
} from '../../../inventory/model.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { mayNotExist } from './conditional-attachment.js';
import {
  ROUTE_TARGET_FIELDS,
  routeDestination,
  routeTarget,
  type RouteTargetField,
  type RouteTargetFields,
} from '../../../inventory/facts/route-target.js';
import {
  baseOf,
  linkFact,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { listenerActions } from './edge.js';
import { aliasTarget } from './kms.js';
import { compareNames, namePieces, policyDocumentForBucket, type NamePieces } from './bucket-naming.js';
import type { StackEvaluator } from '../evaluate.js';
import { LOCAL_ROUTE, standaloneIngressRules } from './network.js';

/** The raw target fields of an AWS::EC2::Route (the names the EC2 API uses too). */
function routeTargetOf(route: TemplateResource, index: TemplateIndex): Maybe<RouteTarget> {
  const fields: RouteTargetFields = { GatewayId: linkFact(route, 'GatewayId') };
  for (const field of Object.keys(ROUTE_TARGET_FIELDS) as RouteTargetField[]) {
    const value = linkFact(route, field);
    if (value !== undefined) fields[field] = value;
  }
  return routeTarget(
    fields,
    createPlace(route.logicalId),
    (id) => index.get(id)?.cfnType === 'AWS::EC2::InternetGateway',
  );
}

function routeOf(route: TemplateResource, table: RouteTable, index: TemplateIndex): Route {
  const place = createPlace(route.logicalId);
  const destination = routeDestination(
    {
      DestinationCidrBlock: stringFact(route, 'DestinationCidrBlock'),
      DestinationIpv6CidrBlock: stringFact(route, 'DestinationIpv6CidrBlock'),
      DestinationPrefixListId: linkFact(route, 'DestinationPrefixListId'),
    },
    place,
  );
  const target = routeTargetOf(route, index);
  // Only an internet-gateway route changes a verdict, so only that one becomes Unknown when it may not exist.
  const absent = mayNotExist(route, table);
  const uncertainGateway = absent && !(target instanceof Unknown) && target.kind === 'internet-gateway';
  return {
    destination,
    target: uncertainGateway ? unknown(`route to ${target.id}: ${absent.reason}`) : target,
  };
}

/**
 * A bucket's policy from the AWS::S3::BucketPolicy resources that may set it.
 * S3 keeps one policy per bucket and CloudFormation deploys independent
 * resources in no defined order, so it is known only when exactly one policy,
 * certainly deployed, names the bucket.
 */
function bucketPolicyOf(
  bucket: S3Bucket,
  bucketResource: TemplateResource | undefined,
  named: readonly TemplateResource[],
  mayReplace: readonly string[],
): Maybe<unknown> {
  const doubts: string[] = [];
  if (named.length > 1) {
    const ids = named.map((policy) => policy.logicalId).join(', ');
    doubts.push(
      `bucket policies ${ids} name this bucket; S3 keeps the one deployed last, in no defined order`,
    );
  }
  for (const policy of named) {
    const absent = mayNotExist(policy, bucket);
    if (absent) doubts.push(`bucket policy ${absent.reason}`);
  }
  doubts.push(...mayReplace);
  const [only] = named;
  if (doubts.length === 0 && only !== undefined)
    return (
      (bucketResource && policyDocumentForBucket(only, bucketResource)) ?? valueAt(only, 'PolicyDocument')
    );
  return unknown(doubts.join('; '));
}

interface NamedBucket {
  bucket: S3Bucket;
  /** Undefined when the bucket is not a resource of the scanned templates' index. */
  name: { evaluator: StackEvaluator; pieces: NamePieces } | undefined;
}

/** Why a standalone ingress rule whose group the template does not name may add to any of its groups. */
function unattributedIngress(resource: TemplateResource, groupId: Unknown | undefined): string {
  if (groupId !== undefined) return `${resource.logicalId}.GroupId: ${groupId.reason}`;
  const groupName = stringFact(resource, 'GroupName');
  if (groupName === undefined) return `${resource.logicalId} names no GroupId or GroupName`;
  const named = groupName instanceof Unknown ? groupName.reason : `"${groupName}"`;
  // GroupName names a default-VPC group by its name, which the scanned templates do not pin for their groups.
  return `${resource.logicalId} names its group by GroupName (${named}), which may be this group`;
}

/**
 * Why a group a standalone ingress rule adds to may have more rules than the
 * templates add (ResourceBase.attachableElsewhere; rules word it as `<group>: <this>,
 * and may add ingress rules to it there`).
 */
function groupElsewhere(
  resource: TemplateResource,
  groupId: Maybe<string | undefined>,
  named: TemplateResource | undefined,
): string {
  const elsewhere =
    'created and changed elsewhere (its own stack, another template, the console or the API), which the scan did not read';
  if (typeof groupId === 'string' && named === undefined)
    return `it is not a security group of the scanned templates but one ${elsewhere}`;
  let why: string;
  if (named !== undefined)
    why = `${resource.logicalId}.GroupId names ${named.logicalId} (${named.cfnType}), whose value is known only at deployment`;
  else if (groupId instanceof Unknown) why = groupId.reason;
  else
    why = `${resource.logicalId} names its group by GroupName, which the scanned templates do not tie to a group`;
  return `the group ingress rule ${resource.logicalId} adds to is not known (${why}): it may be a group ${elsewhere}`;
}

class Attacher {
  private readonly byId = new Map<string, Resource>();
  private readonly extra: Resource[] = [];
  /** The bucket policies naming each bucket, in template order. */
  private readonly bucketPolicies = new Map<S3Bucket, TemplateResource[]>();
  /** Why each bucket may have a policy of its stack whose Bucket is unresolved. */
  private readonly bucketPolicyDoubts = new Map<S3Bucket, string[]>();
  private bucketsByStack: Map<string, NamedBucket[]> | undefined;

  constructor(
    private readonly normalized: Resource[],
    private readonly index: TemplateIndex,
  ) {
    for (const resource of normalized) this.byId.set(resource.id, resource);
  }

  private ofType<T extends Resource['type']>(
    id: string,
    type: T,
  ): Extract<Resource, { type: T }> | undefined {
    const found = this.byId.get(id);
    return found?.type === type ? (found as Extract<Resource, { type: T }>) : undefined;
  }

  /** A route table outside the templates (an id like rtb-...): its routes are unknown. */
  private routeTable(id: string, source: TemplateResource): RouteTable {
    const existing = this.ofType(id, 'ec2-route-table');
    if (existing) return existing;
    const table: RouteTable = {
      id,
      type: 'ec2-route-table',
      origin: source.origin,
      region: source.region,
      vpcId: unknown(`route table ${id} is not defined in the scanned templates`),
      isMain: false,
      subnetIds: [],
      routes: unknown(`route table ${id} is not defined in the scanned templates, so its routes are unknown`),
    };
    this.byId.set(id, table);
    this.extra.push(table);
    return table;
  }

  private allRouteTables(): RouteTable[] {
    return [...this.byId.values()].filter(
      (resource): resource is RouteTable => resource.type === 'ec2-route-table',
    );
  }

  vpc(resource: TemplateResource): void {
    const id = `${resource.id}/main-route-table`;
    const table: RouteTable = {
      id,
      type: 'ec2-route-table',
      origin: resource.origin,
      region: resource.region,
      vpcId: resource.id,
      isMain: true,
      subnetIds: [],
      routes: [{ ...LOCAL_ROUTE }],
    };
    this.byId.set(id, table);
    this.extra.push(table);
  }

  route(resource: TemplateResource): Unknown | undefined {
    const tableId = linkFact(resource, 'RouteTableId');
    if (tableId === undefined) return unknown(`${resource.logicalId}.RouteTableId is not set`);
    if (tableId instanceof Unknown) return tableId;
    const table = this.routeTable(tableId, resource);
    if (Array.isArray(table.routes)) table.routes.push(routeOf(resource, table, this.index));
    return undefined;
  }

  association(resource: TemplateResource): Unknown | undefined {
    const tableId = linkFact(resource, 'RouteTableId');
    if (tableId === undefined) return unknown(`${resource.logicalId}.RouteTableId is not set`);
    if (tableId instanceof Unknown) return tableId;
    const table = this.routeTable(tableId, resource);
    const subnetId = linkFact(resource, 'SubnetId');
    if (subnetId === undefined || subnetId instanceof Unknown) {
      table.subnetIds = subnetId ?? unknown(`${resource.logicalId}.SubnetId is not set`);
    } else if (Array.isArray(table.subnetIds)) table.subnetIds.push(subnetId);
    return undefined;
  }

  /** VPC id (or `*`) -> why an internet gateway attached to it could not be resolved. */
  readonly unresolvedGateways = new Map<string, string>();
  private unattributedGatewayAttachment: string | undefined;

  gatewayAttachment(resource: TemplateResource): void {
    const gatewayId = linkFact(resource, 'InternetGatewayId');
    const vpcId = linkFact(resource, 'VpcId');
    const vpcKey = typeof vpcId === 'string' ? vpcId : '*';
    const unresolved = (reason: string): void => {
      if (!this.unresolvedGateways.has(vpcKey))
        this.unresolvedGateways.set(vpcKey, `gateway attachment ${resource.logicalId}: ${reason}`);
    };
    if (gatewayId === undefined) {
      // Either gateway id is required; a VPN gateway does not make the VPC public.
      if (valueAt(resource, 'VpnGatewayId') === undefined) unresolved('it names no gateway');
      return;
    }
    if (gatewayId instanceof Unknown) {
      unresolved(`InternetGatewayId: ${gatewayId.reason}`);
      this.unattributedGatewayAttachment ??= `gateway attachment ${resource.logicalId} names its gateway by a value the template leaves unresolved (${gatewayId.reason}): it may attach this one`;
      return;
    }
    let gateway: InternetGateway | undefined = this.ofType(gatewayId, 'ec2-internet-gateway');
    if (!gateway && gatewayId.startsWith('igw-')) {
      gateway = internetGatewayOutside(gatewayId, resource);
      this.byId.set(gatewayId, gateway);
      this.extra.push(gateway);
    }
    if (!gateway) {
      unresolved(`InternetGatewayId ${gatewayId} is not an internet gateway of the scanned templates`);
      return;
    }
    if (vpcId === undefined || vpcId instanceof Unknown) {
      gateway.vpcIds = vpcId ?? unknown(`${resource.logicalId}.VpcId is not set`);
    } else if (Array.isArray(gateway.vpcIds)) gateway.vpcIds.push(vpcId);
  }

  ingress(resource: TemplateResource): void {
    const groupId = linkFact(resource, 'GroupId');
    const outsideGroups = new Set(this.groupsOutside.values());
    const groups: SecurityGroup[] = (
      typeof groupId === 'string'
        ? [this.ofType(groupId, 'ec2-security-group')].filter((group) => group !== undefined)
        : [...this.byId.values()].filter(
            (group): group is SecurityGroup => group.type === 'ec2-security-group',
          )
    ).filter((group) => !outsideGroups.has(group)); // a group outside gets the rules it is named for, below
    const rules = typeof groupId === 'string' ? standaloneIngressRules(resource, this.index) : undefined;
    for (const group of groups) {
      if (groupId === undefined || groupId instanceof Unknown) {
        group.ingress = unknown(unattributedIngress(resource, groupId));
      } else if (rules instanceof Unknown) group.ingress = rules;
      else if (rules && Array.isArray(group.ingress)) group.ingress.push(...rules);
    }
    const outside = this.groupOutside(resource, groupId);
    if (outside === undefined) return;
    const added = rules ?? standaloneIngressRules(resource, this.index);
    if (added instanceof Unknown) outside.ingress = added;
    else if (Array.isArray(outside.ingress)) outside.ingress.push(...added);
  }

  /** Each security group outside the templates that standalone ingress rules add to, keyed by group id, stack and condition, or by the rule when its group is unresolved. */
  private readonly groupsOutside = new Map<string, SecurityGroup>();

  /**
   * The security group outside the scanned templates a standalone ingress
   * rule adds to, or may add to: one per group id as written (per stack and
   * condition, so a finding tells where and when), collecting every rule the
   * templates add to it; one per rule whose group is unresolved, since an
   * import or a parameter may name any group. Undefined when the rule names
   * a group of the templates, whose own ingress holds it. Its other rules are
   * not in the templates (attachableElsewhere): only a world-open rule added
   * here decides anything.
   */
  private groupOutside(
    resource: TemplateResource,
    groupId: Maybe<string | undefined>,
  ): SecurityGroup | undefined {
    const named = typeof groupId === 'string' ? this.index.get(groupId) : undefined;
    if (named?.cfnType === 'AWS::EC2::SecurityGroup') return undefined;
    if (groupId === undefined && valueAt(resource, 'GroupName') === undefined) return undefined;
    const literal = typeof groupId === 'string' && named === undefined ? groupId : undefined;
    const { stack, condition, conditionReason } = resource.origin;
    const key =
      literal === undefined ? resource.id : JSON.stringify([literal, stack, condition, conditionReason]);
    const existing = this.groupsOutside.get(key);
    if (existing) return existing;
    const id = literal !== undefined && !this.byId.has(literal) ? literal : resource.id;
    const group: SecurityGroup = {
      type: 'ec2-security-group',
      ...baseOf(resource),
      id,
      name: literal,
      vpcId: unknown(
        `security group ${literal ?? 'named by ' + resource.logicalId} is not defined in the scanned templates`,
      ),
      ingress: [],
      attachableElsewhere: groupElsewhere(resource, groupId, named),
    };
    this.groupsOutside.set(key, group);
    this.byId.set(id, group);
    this.extra.push(group);
    return group;
  }

  alias(resource: TemplateResource): void {
    const target = aliasTarget(resource);
    if (!target) return;
    this.ofType(target.keyId, 'kms-key')?.aliases.push(target.aliasName);
  }

  listenerRule(resource: TemplateResource): void {
    const listenerId = linkFact(resource, 'ListenerArn');
    const listeners: Listener[] =
      typeof listenerId === 'string'
        ? [this.ofType(listenerId, 'elbv2-listener')].filter((found) => found !== undefined)
        : [...this.byId.values()].filter((found): found is Listener => found.type === 'elbv2-listener');
    const actions = listenerActions(resource, 'Actions');
    for (const listener of listeners) {
      if (typeof listenerId !== 'string') {
        listener.actions = unknown(
          `listener rule ${resource.logicalId} belongs to a listener that could not be resolved`,
        );
      } else if (actions instanceof Unknown) listener.actions = actions;
      else if (Array.isArray(listener.actions)) listener.actions.push(...actions);
    }
  }

  bucketPolicy(resource: TemplateResource): void {
    const bucketId = linkFact(resource, 'Bucket');
    if (bucketId instanceof Unknown) {
      this.placeByName(resource, bucketId);
      return;
    }
    if (bucketId === undefined) return;
    const bucket: S3Bucket | undefined =
      this.ofType(bucketId, 's3-bucket') ??
      (this.normalized.find((found) => found.type === 's3-bucket' && found.name === bucketId) as
        S3Bucket | undefined);
    if (bucket) this.nameBucketPolicy(bucket, resource);
  }

  private nameBucketPolicy(bucket: S3Bucket, policy: TemplateResource): void {
    const named = this.bucketPolicies.get(bucket) ?? [];
    named.push(policy);
    this.bucketPolicies.set(bucket, named);
  }

  /** The template buckets of a stack, each with the evaluator and pieces of its BucketName. */
  private bucketsOfStack(stack: string): readonly NamedBucket[] {
    if (this.bucketsByStack === undefined) {
      this.bucketsByStack = new Map();
      for (const resource of this.normalized) {
        if (resource.type !== 's3-bucket' || resource.origin.kind !== 'template') continue;
        const template = this.index.get(resource.id);
        const buckets = this.bucketsByStack.get(resource.origin.stack) ?? [];
        buckets.push({
          bucket: resource,
          name: template && { evaluator: template.evaluator, pieces: namePieces(template, 'BucketName') },
        });
        this.bucketsByStack.set(resource.origin.stack, buckets);
      }
    }
    return this.bucketsByStack.get(stack) ?? [];
  }

  /**
   * A policy whose Bucket is unresolved names, of its stack's buckets, the one
   * whose name is the same expression, and may name each whose name could
   * evaluate to the same text. Names are compared only within one evaluator:
   * a bucket checked as if its condition held reads other parameter values.
   */
  private placeByName(policy: TemplateResource, bucketId: Unknown): void {
    const doubt = `bucket policy ${policy.logicalId} may replace this bucket's (${bucketId.reason})`;
    const policyName = namePieces(policy, 'Bucket');
    for (const { bucket, name } of this.bucketsOfStack(policy.origin.stack)) {
      const relation =
        name?.evaluator === policy.evaluator ? compareNames(policyName, name.pieces) : 'perhaps';
      if (relation === 'same') this.nameBucketPolicy(bucket, policy);
      else if (relation === 'perhaps') {
        const doubts = this.bucketPolicyDoubts.get(bucket) ?? [];
        doubts.push(doubt);
        this.bucketPolicyDoubts.set(bucket, doubts);
      }
    }
  }

  private settleBucketPolicies(): void {
    for (const resource of this.normalized) {
      if (resource.type !== 's3-bucket' || resource.origin.kind !== 'template') continue;
      const named = this.bucketPolicies.get(resource) ?? [];
      const mayReplace = this.bucketPolicyDoubts.get(resource) ?? [];
      if (named.length > 0 || mayReplace.length > 0)
        resource.policy = bucketPolicyOf(resource, this.index.get(resource.id), named, mayReplace);
    }
  }

  finish(unresolvedRoute: Unknown | undefined, unresolvedAssociation: Unknown | undefined): Resource[] {
    this.settleBucketPolicies();
    for (const table of this.allRouteTables()) {
      if (unresolvedRoute)
        table.routes = unknown(`a route's table could not be resolved: ${unresolvedRoute.reason}`);
      if (unresolvedAssociation) {
        table.subnetIds = unknown(
          `a subnet association's table could not be resolved: ${unresolvedAssociation.reason}`,
        );
      }
    }
    const resources = [...this.normalized, ...this.extra];
    if (this.unattributedGatewayAttachment !== undefined) {
      for (const resource of resources) {
        if (resource.type === 'ec2-internet-gateway')
          resource.unattributedAttachment = this.unattributedGatewayAttachment;
      }
    }
    return resources;
  }
}

function internetGatewayOutside(id: string, attachment: TemplateResource): InternetGateway {
  return {
    id,
    type: 'ec2-internet-gateway',
    origin: attachment.origin,
    region: attachment.region,
    vpcIds: [],
  };
}

export function attachRelations(
  normalized: Resource[],
  resources: readonly TemplateResource[],
  index: TemplateIndex,
): { resources: Resource[]; unresolvedGateways: ReadonlyMap<string, string> } {
  const attacher = new Attacher(normalized, index);
  const byType = (type: string): TemplateResource[] =>
    resources.filter((resource) => resource.cfnType === type);
  for (const vpc of byType('AWS::EC2::VPC')) attacher.vpc(vpc);
  let unresolvedRoute: Unknown | undefined;
  let unresolvedAssociation: Unknown | undefined;
  for (const resource of resources) {
    switch (resource.cfnType) {
      case 'AWS::EC2::Route':
        unresolvedRoute ??= attacher.route(resource);
        break;
      case 'AWS::EC2::SubnetRouteTableAssociation':
        unresolvedAssociation ??= attacher.association(resource);
        break;
      case 'AWS::EC2::VPCGatewayAttachment':
        attacher.gatewayAttachment(resource);
        break;
      case 'AWS::EC2::SecurityGroupIngress':
        attacher.ingress(resource);
        break;
      case 'AWS::KMS::Alias':
        attacher.alias(resource);
        break;
      case 'AWS::ElasticLoadBalancingV2::ListenerRule':
        attacher.listenerRule(resource);
        break;
      case 'AWS::S3::BucketPolicy':
        attacher.bucketPolicy(resource);
        break;
    }
  }
  return {
    resources: attacher.finish(unresolvedRoute, unresolvedAssociation),
    unresolvedGateways: attacher.unresolvedGateways,
  };
}
