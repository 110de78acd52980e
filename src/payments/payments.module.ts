import { PaymentGatewaySetting } from './payment-gateway-setting.entity';
import { PaymentGatewayResolver } from './payments.resolver';

/** What payment gateways bring to the application (assembled in src/composition.ts). */
export const entities = [PaymentGatewaySetting];
export const resolvers = [PaymentGatewayResolver] as const;
