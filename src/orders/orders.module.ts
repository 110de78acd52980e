import { Order, OrderItem } from './order.entity';
import { orderResolvers } from './order.resolver';
import { orderOwnedRecords } from './order.service';
import { createOrderLoaders } from './order.loaders';
export { followCreateJob, acceptPaidOrders, installAcceptOnPayment } from './order-accept.service';

/** What orders bring to the application (assembled in src/composition.ts). */
export const entities = [Order, OrderItem];
export const resolvers = orderResolvers;
/** Records of a client that merge and delete reach (src/clients/client-ownership.ts). */
export const ownedRecords = [orderOwnedRecords];
export const createLoaders = createOrderLoaders;
