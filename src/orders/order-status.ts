import { conflict } from '../shared/errors';
import { OrderStatus } from './order.entity';

/**
 * OR-4 (STYLE rule 4): the order lifecycle as one table. Only a Pending order
 * is cancelled (as in WHMCS, which cancels only Pending orders); Fraud stops
 * an order that was not accepted yet. Active, Fraud and Cancelled are final.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.PENDING]: [OrderStatus.ACTIVE, OrderStatus.CANCELLED, OrderStatus.FRAUD],
  [OrderStatus.ACTIVE]: [],
  [OrderStatus.FRAUD]: [],
  [OrderStatus.CANCELLED]: [],
};

export function assertOrderTransition(from: OrderStatus, to: OrderStatus): void {
  if (!ORDER_TRANSITIONS[from].includes(to)) {
    throw conflict('id', `An order cannot go from ${from.toUpperCase()} to ${to.toUpperCase()}`, 'INVALID_STATUS_TRANSITION');
  }
}
