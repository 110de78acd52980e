import { Order, OrderItem } from './order.entity';
import { orderResolvers } from './order.resolver';
import { ClientDiscount } from './client-discount.entity';
import { ClientDiscountResolver } from './client-discount.resolver';
import { orderOwnedRecords } from './order.service';
import { createOrderLoaders } from './order.loaders';
export { followCreateJob, acceptPaidOrders } from './order-accept.service';

/** What orders bring to the application (assembled in src/composition.ts). */
export const entities = [Order, OrderItem, ClientDiscount];
export const resolvers = [...orderResolvers, ClientDiscountResolver] as const;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [orderOwnedRecords];
export const createLoaders = createOrderLoaders;
