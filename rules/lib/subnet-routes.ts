/** Whether a subnet is public: its route table sends a default route (0.0.0.0/0 or ::/0) to an internet gateway. */
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, unknown, type Maybe, type Unknown } from '../../src/inventory/maybe.js';
import type { Subnet } from '../../src/inventory/model.js';
import { isWorldCidr } from './security-group-exposure.js';

/** A subnet's default route to an internet gateway, for a finding's evidence. */
export interface PublicRoute {
  subnet: string;
  routeTable: string;
  route: string;
  gateway: string;
}

/**
 * The subnet's default route to an internet gateway: undefined when it has
 * none, Unknown (naming the subnet) when it cannot be told. Only a route that
 * could be a default route to an internet gateway leaves it undecided.
 */
export function publicRouteOf(subnet: Subnet, inventory: Inventory): Maybe<PublicRoute | undefined> {
  const named = (cause: Unknown): Unknown => unknown(`subnet ${subnet.id}: ${cause.reason}`);
  const table = inventory.routeTableOf(subnet);
  if (isUnknown(table)) return named(table);
  if (isUnknown(table.routes)) return named(table.routes);
  let unresolved: Unknown | undefined;
  for (const { destination, target } of table.routes) {
    const toGateway = !isUnknown(target) && target.kind === 'internet-gateway';
    const isDefault = !isUnknown(destination) && isWorldCidr(destination);
    if (toGateway && isDefault) {
      return { subnet: subnet.id, routeTable: table.id, route: destination, gateway: target.id };
    }
    if (isUnknown(target) && (isDefault || isUnknown(destination))) unresolved ??= target;
    else if (toGateway && isUnknown(destination)) unresolved ??= destination;
  }
  return unresolved === undefined ? undefined : named(unresolved);
}
