/**
 * Whether a subnet is public: its route table sends a default route (0.0.0.0/0 or ::/0), or routes that
 * together cover every address of a family, to an internet gateway.
 */
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, unknown, type Maybe, type Unknown } from '../../src/inventory/maybe.js';
import type { Subnet } from '../../src/inventory/model.js';
import { attachableElsewhere } from './attachable-elsewhere.js';
import { coversAddressSpace } from './cidr-coverage.js';
import { cidrFamily, isWorldCidr } from './security-group-exposure.js';

/** A subnet's default route (or covering routes, joined by ` + `) to an internet gateway, for a finding's evidence. */
export interface PublicRoute {
  subnet: string;
  routeTable: string;
  route: string;
  gateway: string;
}

/**
 * The subnet's default route to an internet gateway, or the routes to one that
 * together cover every IPv4 (or IPv6) address (`0.0.0.0/1` + `128.0.0.0/1`):
 * undefined when it has none, Unknown (naming the subnet) when it cannot be
 * told. Only routes that could complete such a cover leave it undecided.
 */
export function publicRouteOf(subnet: Subnet, inventory: Inventory): Maybe<PublicRoute | undefined> {
  const named = (cause: Unknown): Unknown => unknown(`subnet ${subnet.id}: ${cause.reason}`);
  const table = inventory.routeTableOf(subnet);
  if (isUnknown(table)) return named(table);
  if (isUnknown(table.routes)) return named(table.routes);
  let unresolved: Unknown | undefined;
  const toGateway: { cidr: string; gateway: string }[] = [];
  const maybeToGateway: { cidr: string; cause: Unknown }[] = [];
  for (const { destination, target } of table.routes) {
    const gateway = !isUnknown(target) && target.kind === 'internet-gateway' ? target.id : undefined;
    if (isUnknown(destination)) {
      if (gateway !== undefined) unresolved ??= destination;
      else if (isUnknown(target)) unresolved ??= target;
      continue;
    }
    if (gateway !== undefined) {
      if (isWorldCidr(destination))
        return { subnet: subnet.id, routeTable: table.id, route: destination, gateway };
      toGateway.push({ cidr: destination, gateway });
    } else if (isUnknown(target)) maybeToGateway.push({ cidr: destination, cause: target });
  }
  for (const family of ['ipv4', 'ipv6'] as const) {
    const certain = toGateway.filter((route) => cidrFamily(route.cidr) === family);
    if (
      coversAddressSpace(
        certain.map((route) => route.cidr),
        family,
      )
    ) {
      return {
        subnet: subnet.id,
        routeTable: table.id,
        route: certain.map((route) => route.cidr).join(' + '),
        gateway: [...new Set(certain.map((route) => route.gateway))].join(', '),
      };
    }
    const uncertain = maybeToGateway.filter((route) => cidrFamily(route.cidr) === family);
    const [first] = uncertain;
    if (
      first &&
      coversAddressSpace(
        [...certain, ...uncertain].map((route) => route.cidr),
        family,
      )
    )
      unresolved ??= first.cause;
  }
  // A table passed to a nested stack the scan did not read may get an AWS::EC2::Route to a gateway there;
  // a public route read above stands (another stack adds routes, never removes them). A subnet passed on
  // needs no such care: it has one explicit association, so a second one there would fail to deploy, and
  // one without an association read is undecided already (the unread stack is a gap in route tables, which
  // routeTableOf weighs before falling back on the VPC's main table).
  unresolved ??= attachableElsewhere(table, 'add a route to an internet gateway to it');
  return unresolved === undefined ? undefined : named(unresolved);
}
