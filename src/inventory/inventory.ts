/**
 * The inventory: every resource a source found, the gaps it could not read,
 * and the relations rules follow (DB -> subnet group -> subnets -> route
 * tables -> internet gateway; listener -> load balancer; resource -> web ACL;
 * storage -> KMS key). Lookups return `Unknown` when the answer depends on
 * something that was not read.
 */
import { isUnknown, unknown, type Maybe } from './maybe.js';
import { builtInSslPolicyProtocols } from './ssl-policies.js';
import type {
  DbCluster,
  DbInstance,
  Gap,
  InventoryMeta,
  LoadBalancer,
  Resource,
  ResourceOf,
  ResourceType,
  RouteTable,
  Subnet,
} from './model.js';

export type KeyClass = 'aws-managed' | 'customer-managed';

/**
 * KMS keys by alias, by id and by the key id their ARN ends with, each to the
 * position of the first such key: one lookup per encrypted store instead of a
 * walk over every key (thousands of stores times hundreds of keys).
 */
interface KeyIndex {
  keys: readonly ResourceOf<'kms-key'>[];
  byAlias: Map<string, number>;
  byId: Map<string, number>;
  byArnKeyId: Map<string, number>;
}

function keyIndex(keys: readonly ResourceOf<'kms-key'>[]): KeyIndex {
  const index: KeyIndex = { keys, byAlias: new Map(), byId: new Map(), byArnKeyId: new Map() };
  const first = (map: Map<string, number>, key: string, position: number): void => {
    if (!map.has(key)) map.set(key, position);
  };
  keys.forEach((key, position) => {
    for (const alias of key.aliases) first(index.byAlias, alias, position);
    first(index.byId, key.id, position);
    // `arn.endsWith(":key/" + id)` holds for the text after each `:key/` in the ARN.
    const arn = key.arn ?? '';
    for (let at = arn.indexOf(':key/'); at >= 0; at = arn.indexOf(':key/', at + 1)) {
      first(index.byArnKeyId, arn.slice(at + ':key/'.length), position);
    }
  });
  return index;
}

export class Inventory {
  private readonly byType = new Map<ResourceType, Resource[]>();
  private readonly byKey = new Map<string, Resource>();
  /** Set on a `recording` view only: the types whose completeness an answer rested on. */
  private readonly touched?: Set<ResourceType>;
  /** Built at the first key lookup and shared with every recording view (they inherit this object). */
  private readonly keyLookup: { index?: KeyIndex } = {};

  constructor(
    readonly resources: readonly Resource[],
    readonly gaps: readonly Gap[] = [],
    readonly meta: InventoryMeta = { source: 'template' },
    /**
     * The types a source read for this scan's rules (a template normalized
     * only those); undefined: every type. A lookup of any other type throws,
     * so a rule reading a type it does not declare gets an ERROR finding, never
     * a verdict on a population nobody read.
     */
    private readonly held?: ReadonlySet<ResourceType>,
  ) {
    for (const resource of resources) {
      const list = this.byType.get(resource.type);
      if (list) list.push(resource);
      else this.byType.set(resource.type, [resource]);
      this.byKey.set(resource.id, resource);
      if (resource.arn) this.byKey.set(resource.arn, resource);
    }
  }

  /**
   * A view of this inventory for one rule evaluation: lookups whose answer
   * rests on a population being complete (a listing, a miss) add that type to
   * `touched`, so the engine can withhold a PASS when that population has a gap.
   */
  recording(touched: Set<ResourceType>): Inventory {
    const view = Object.create(this) as Inventory;
    Object.defineProperty(view, 'touched', { value: touched });
    return view;
  }

  /** Every resource of a type: an answer complete only if that population was fully read. */
  ofType<T extends ResourceType>(type: T): ResourceOf<T>[] {
    this.touched?.add(type);
    return this.listOf(type);
  }

  /** `ofType` for relations that weigh the type's gaps themselves (and so do not record it). */
  private listOf<T extends ResourceType>(type: T): ResourceOf<T>[] {
    this.mustHold(type);
    return (this.byType.get(type) ?? []) as ResourceOf<T>[];
  }

  private mustHold(type: ResourceType): void {
    if (this.held !== undefined && !this.held.has(type)) {
      throw new Error(
        `${type} was not read for this scan: the rule reads a type missing from its appliesTo and reads`,
      );
    }
  }

  /** Gaps for a resource type, optionally narrowed to one region. */
  gapsFor(type: ResourceType, region?: string): Gap[] {
    return this.gaps.filter(
      (gap) =>
        gap.resourceType === type &&
        (region === undefined || gap.region === undefined || gap.region === region),
    );
  }

  /**
   * A resource of `type` by id or ARN. Not found is `undefined` only when the
   * population of that type was fully read; otherwise it is `Unknown`.
   */
  find<T extends ResourceType>(type: T, idOrArn: string, region?: string): Maybe<ResourceOf<T> | undefined> {
    this.mustHold(type);
    const resource = this.byKey.get(idOrArn);
    if (resource && resource.type === type) return resource as ResourceOf<T>;
    this.touched?.add(type);
    const gap = this.gapsFor(type, region)[0];
    if (gap) return unknown(`${type} ${idOrArn} could not be read: ${gap.reason}`);
    return undefined;
  }

  /** Like `find`, but a missing resource is itself an Unknown (a dangling relation). */
  require<T extends ResourceType>(type: T, idOrArn: string, region?: string): Maybe<ResourceOf<T>> {
    const found = this.find(type, idOrArn, region);
    if (found === undefined) return unknown(`${type} ${idOrArn} is not in the scanned inventory`);
    return found;
  }

  // ---- relations -----------------------------------------------------------

  /** The subnets a database can be placed in, through its DB subnet group. */
  subnetsOf(db: DbInstance | DbCluster): Maybe<Subnet[]> {
    if (isUnknown(db.subnetGroupId)) return db.subnetGroupId;
    if (db.subnetGroupId === undefined) {
      return unknown(
        'no DB subnet group is set: the database uses the default subnet group of the default VPC, whose subnets are public',
      );
    }
    const group = this.require('rds-db-subnet-group', db.subnetGroupId, db.region);
    if (isUnknown(group)) return group;
    if (isUnknown(group.subnetIds)) return group.subnetIds;
    const subnets: Subnet[] = [];
    for (const subnetId of group.subnetIds) {
      const subnet = this.require('ec2-subnet', subnetId, db.region);
      if (isUnknown(subnet)) return subnet;
      subnets.push(subnet);
    }
    return subnets;
  }

  /**
   * The route table that governs a subnet: its explicit association, else the
   * main route table of its VPC.
   */
  routeTableOf(subnet: Subnet): Maybe<RouteTable> {
    // A subnet has one explicit association, so a table found is conclusive; the gap is weighed below.
    const tables = this.listOf('ec2-route-table');
    for (const table of tables) {
      if (!isUnknown(table.subnetIds) && table.subnetIds.includes(subnet.id)) return table;
    }
    const unreadAssociation = tables.find((table) => isUnknown(table.subnetIds));
    if (unreadAssociation && isUnknown(unreadAssociation.subnetIds)) {
      return unknown(
        `subnet ${subnet.id}: associations of route table ${unreadAssociation.id} are unknown (${unreadAssociation.subnetIds.reason})`,
      );
    }
    const gap = this.gapsFor('ec2-route-table', subnet.region)[0];
    if (gap) return unknown(`route tables could not be read: ${gap.reason}`);
    if (isUnknown(subnet.vpcId)) return subnet.vpcId;
    const vpcId = subnet.vpcId;
    const main = tables.find((table) => table.isMain && !isUnknown(table.vpcId) && table.vpcId === vpcId);
    if (main) return main;
    return unknown(
      `subnet ${subnet.id} has no explicit route table and the main route table of VPC ${vpcId} is not in the scanned inventory`,
    );
  }

  /** The load balancer a listener belongs to. */
  loadBalancerOf(listener: ResourceOf<'elbv2-listener'>): Maybe<LoadBalancer> {
    if (isUnknown(listener.loadBalancerId)) return listener.loadBalancerId;
    return this.require('elbv2-load-balancer', listener.loadBalancerId, listener.region);
  }

  /**
   * Whether a KMS key reference (inventory id, key id, key ARN, alias name or
   * alias ARN) names an AWS-managed or a customer-managed key.
   */
  classifyKey(keyRef: string): Maybe<KeyClass> {
    if (/(^|:)alias\/aws\//.test(keyRef)) return 'aws-managed';
    const key = this.findKey(keyRef);
    if (key === undefined) {
      return unknown(`KMS key ${keyRef} is not in the scanned inventory, so its manager is unknown`);
    }
    if (isUnknown(key.keyManager)) return key.keyManager;
    return key.keyManager === 'AWS' ? 'aws-managed' : 'customer-managed';
  }

  findKey(keyRef: string): ResourceOf<'kms-key'> | undefined {
    const direct = this.byKey.get(keyRef);
    if (direct?.type === 'kms-key') return direct;
    const aliasName = keyRef.replace(/^arn:[^:]+:kms:[^:]*:[^:]*:/, '');
    const bareId = keyRef.replace(/^arn:[^:]+:kms:[^:]*:[^:]*:key\//, '');
    // The first key (in inventory order) with the alias, the id, or an ARN ending in `:key/<id>`.
    const keys = (this.keyLookup.index ??= keyIndex(this.listOf('kms-key')));
    const position = Math.min(
      keys.byAlias.get(aliasName) ?? Infinity,
      keys.byId.get(bareId) ?? Infinity,
      keys.byArnKeyId.get(bareId) ?? Infinity,
    );
    const found = position === Infinity ? undefined : keys.keys[position];
    if (found === undefined) this.touched?.add('kms-key');
    return found;
  }

  /**
   * The TLS protocols an ELB security policy offers: from live
   * DescribeSSLPolicies data when present, else from the built-in table.
   */
  sslPolicyProtocols(policyName: string): Maybe<string[]> {
    // Built-in policies are known without the live list, so a gap in it does not matter here.
    const live = this.listOf('elbv2-ssl-policy').find((policy) => policy.name === policyName);
    if (live) return live.protocols;
    const builtIn = builtInSslPolicyProtocols(policyName);
    if (builtIn) return builtIn;
    return unknown(`ELB security policy ${policyName} is not a predefined policy this tool knows`);
  }

  /**
   * The WAFv2 web ACLs protecting a resource: associations naming it by id or
   * ARN. Unknown when associations could not be read, or one names a resource
   * that could not be resolved (it might be this one).
   */
  webAclsFor(resource: Resource): Maybe<string[]> {
    const acls: string[] = [];
    let unresolved: string | undefined;
    // Gaps in the associations are weighed below, only when none protects the resource.
    for (const association of this.listOf('wafv2-web-acl-association')) {
      if (isUnknown(association.resourceId)) {
        unresolved ??= `web ACL association ${association.id}: ${association.resourceId.reason}`;
        continue;
      }
      if (association.resourceId !== resource.id && association.resourceId !== resource.arn) continue;
      const origin = association.origin;
      if (origin.kind === 'template' && origin.condition !== undefined) {
        // An association that may not exist protects nothing for certain.
        unresolved ??= `web ACL association ${association.id} exists only if condition ${origin.condition} holds`;
        continue;
      }
      acls.push(isUnknown(association.webAclId) ? association.id : association.webAclId);
    }
    if (acls.length > 0) return acls;
    if (unresolved) return unknown(unresolved);
    const gap = this.gapsFor('wafv2-web-acl-association', resource.region)[0];
    if (gap) return unknown(`web ACL associations could not be read: ${gap.reason}`);
    return [];
  }
}
