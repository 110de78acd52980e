import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from '../shared/validators';

@InputType({ description: 'Services, addons and domains of one client whose next renewal is to be invoiced now. Give at least one.' })
export class InvoiceEarlyInput {
  @Field(() => ID, { description: 'The client the items belong to.' })
  clientId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Ids of the client\'s services (at most 200).' })
  @ArrayMaxSize(200)
  serviceIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Ids of the client\'s service addons (at most 200).' })
  @ArrayMaxSize(200)
  addonIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Ids of the client\'s domains (at most 200).' })
  @ArrayMaxSize(200)
  domainIds!: string[];
}
