import { PaymentGatewaySetting } from './payment-gateway-setting.entity';
import { PaymentGatewayResolver } from './payments.resolver';
import { refundAtGateway } from './payments.service';

/** What payment gateways bring to the application (assembled in src/composition.ts). */
export const entities = [PaymentGatewaySetting];
export const resolvers = [PaymentGatewayResolver] as const;
/** Refunds of gateway payments go back through the gateway (billing's refundTransaction). */
export const gatewayRefunds = refundAtGateway;
