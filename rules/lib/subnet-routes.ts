/** Whether a subnet is public: its route table sends a default route (0.0.0.0/0 or ::/0) to an internet gateway. */
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, unknown, type Maybe } from '../../src/inventory/maybe.js';
import type { Subnet } from '../../src/inventory/model.js';

const DEFAULT_ROUTES = new Set(['0.0.0.0/0', '::/0']);

/** The internet gateway the subnet's default route goes to, undefined when it has none, Unknown when it cannot be told. */
export function internetGatewayRouteOf(subnet: Subnet, inventory: Inventory): Maybe<string | undefined> {
  const table = inventory.routeTableOf(subnet);
  if (isUnknown(table)) return table;
  if (isUnknown(table.routes)) return table.routes;
  let unresolved: Maybe<string | undefined> = undefined;
  for (const { destination, target } of table.routes) {
    const toGateway = !isUnknown(target) && target.kind === 'internet-gateway';
    const isDefault = !isUnknown(destination) && DEFAULT_ROUTES.has(destination);
    if (toGateway && isDefault) return target.id;
    if (isUnknown(target) && (isDefault || isUnknown(destination))) unresolved ??= target;
    else if (toGateway && isUnknown(destination)) unresolved ??= destination;
  }
  return isUnknown(unresolved) ? unknown(`subnet ${subnet.id}: ${unresolved.reason}`) : undefined;
}
