/**
 * OR-4: the fraud check a new order passes before it is placed. A small
 * interface with the "none" default beside it (STYLE: real variation points
 * are interfaces with a default); an operator's check (MaxMind, FraudLabs)
 * implements it. It runs before the order's transaction: it may call out.
 */
export interface FraudCheck {
  readonly name: string;
  check(order: FraudCheckInput): Promise<FraudCheckResult>;
}

export interface FraudCheckInput {
  clientId: number;
  email: string;
  country?: string;
  ipAddress?: string;
  currency: string;
  totalMinor: bigint;
}

export type FraudCheckResult = { fraud: false } | { fraud: true; reason: string };

/** The default: every order passes. */
export const noFraudCheck: FraudCheck = {
  name: 'none',
  check: async () => ({ fraud: false }),
};

let current: FraudCheck = noFraudCheck;

/** The fraud check new orders pass (noFraudCheck unless one is set at start-up). */
export const fraudCheck = (): FraudCheck => current;

export function useFraudCheck(check: FraudCheck): void {
  current = check;
}
