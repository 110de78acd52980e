import { Field, InputType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { ArrayMaxSize, Length } from '../shared/validators';

@InputType({ description: 'How a payment gateway is offered to clients.' })
export class ConfigurePaymentGatewayInput {
  @Field({ description: 'Name of the payment gateway module, e.g. "stripe" or "bank-transfer".' })
  @Length(1, 100)
  module!: string;

  @Field({ description: 'Whether clients may pay through it.' })
  enabled!: boolean;

  @Field(() => [String], { description: 'The currencies (ISO 4217 codes) clients may pay in through it.' })
  @ArrayMaxSize(200)
  currencies!: string[];

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The gateway\'s settings, validated against its settings schema; secrets are stored encrypted, and a secret left out keeps its stored value.' })
  settings?: Record<string, unknown>;
}
