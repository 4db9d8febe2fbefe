/**
 * Where a route sends traffic. Only an internet gateway makes a subnet public,
 * so that is the one target that must be recognized; every other kind is
 * listed once here for both sources (the CloudFormation AWS::EC2::Route
 * properties and the EC2 API `Route` fields share their names).
 */
import { isUnknown, type Maybe } from '../maybe.js';
import type { RouteTarget } from '../model.js';
import { absent, type Place, type Raw } from './place.js';

/** Every target field besides GatewayId, and what it names (EC2 API `Route`, AWS::EC2::Route). */
export const ROUTE_TARGET_FIELDS = {
  NatGatewayId: 'NAT gateway',
  TransitGatewayId: 'transit gateway',
  VpcPeeringConnectionId: 'VPC peering connection',
  EgressOnlyInternetGatewayId: 'egress-only internet gateway',
  NetworkInterfaceId: 'network interface',
  InstanceId: 'instance',
  /** CloudFormation only: the API reports a gateway endpoint as a `vpce-` GatewayId. */
  VpcEndpointId: 'VPC endpoint',
  LocalGatewayId: 'local gateway',
  CarrierGatewayId: 'carrier gateway',
  CoreNetworkArn: 'core network',
} as const;

export type RouteTargetField = keyof typeof ROUTE_TARGET_FIELDS;

export type RouteTargetFields = { GatewayId?: Raw<string> } & Partial<
  Record<RouteTargetField, Raw<string>>
> & {
    /** EC2 API `Route.State`: `blackhole` when the target was deleted. */
    State?: Raw<string>;
  };

/** Internet gateway ids start with `igw-` (EC2 API InternetGateway.InternetGatewayId). */
export function isInternetGatewayId(id: string): boolean {
  return id.startsWith('igw-');
}

/**
 * The route's target. `GatewayId` is an internet gateway when its id says so
 * or `namesInternetGateway` knows it (a template reference to an
 * AWS::EC2::InternetGateway). A route with no target field cannot be placed:
 * every route has exactly one target (CloudFormation requires one; the API
 * returns it), so an absent target is Unknown, never "not a gateway".
 */
export function routeTarget(
  fields: RouteTargetFields,
  place: Place,
  namesInternetGateway: (id: string) => boolean = () => false,
): Maybe<RouteTarget> {
  const gateway = fields.GatewayId;
  if (fields.State === 'blackhole') {
    const id = typeof gateway === 'string' ? gateway : undefined;
    return { kind: 'other', id, description: 'blackhole route (target deleted)' };
  }
  if (isUnknown(gateway)) return gateway;
  if (gateway === 'local') return { kind: 'local' };
  if (gateway !== undefined) {
    if (isInternetGatewayId(gateway) || namesInternetGateway(gateway))
      return { kind: 'internet-gateway', id: gateway };
    return { kind: 'other', id: gateway, description: `gateway ${gateway}` };
  }
  for (const [field, description] of Object.entries(ROUTE_TARGET_FIELDS)) {
    const id = fields[field as RouteTargetField];
    // An unresolved id of these kinds still names a kind that is not an internet gateway.
    if (id !== undefined) return { kind: 'other', id: typeof id === 'string' ? id : undefined, description };
  }
  return absent(place, 'target', 'every route has one: GatewayId or another target id');
}

export interface RouteDestinationFields {
  DestinationCidrBlock?: Raw<string>;
  DestinationIpv6CidrBlock?: Raw<string>;
  DestinationPrefixListId?: Raw<string>;
}

/** The route's destination: an IPv4 or IPv6 CIDR or a prefix list; every route has one. */
export function routeDestination(fields: RouteDestinationFields, place: Place): Maybe<string> {
  const destination =
    fields.DestinationCidrBlock ?? fields.DestinationIpv6CidrBlock ?? fields.DestinationPrefixListId;
  return destination ?? absent(place, 'destination', 'every route has one');
}
