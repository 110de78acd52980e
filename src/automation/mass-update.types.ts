import { Field, ObjectType } from 'type-graphql';
import { Service } from '../provisioning/service.entity';
import { ServiceAddon } from '../provisioning/service-addon.entity';
import { Domain } from '../provisioning/domain.entity';
import { ModuleJob } from '../provisioning/module-job.entity';
import { Invoice } from '../billing/invoice.entity';

@ObjectType({ description: 'What a mass update did.' })
export class MassServiceUpdate {
  @Field(() => [Service], { description: 'The services, as they are after the update, in the order given.' })
  services!: Service[];

  @Field(() => [ServiceAddon], { description: 'The service addons, as they are after the update, in the order given.' })
  addons!: ServiceAddon[];

  @Field(() => [Domain], { description: 'The domains, as they are after the update, in the order given.' })
  domains!: Domain[];

  @Field(() => Invoice, { nullable: true, description: 'The prorata invoice of a due-date change; null when none was asked for.' })
  prorataInvoice?: Invoice;

  @Field(() => [ModuleJob], { description: 'The commands queued: one per service, then one per domain; empty when none was asked for.' })
  moduleJobs!: ModuleJob[];
}
