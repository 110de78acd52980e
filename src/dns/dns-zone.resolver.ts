import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { toId } from '../shared/ids';
import { Domain } from '../provisioning/domain.entity';
import { getDomain } from '../provisioning/domain.service';
import { jobErrorFor } from '../provisioning/module-command.service';
import { DnsZone } from './dns-zone.entity';
import { DnsRecordSet, DnsRecordSetInput } from './dns.types';
import { changeZoneRecords, createZoneForDomain, deleteZone, listZoneRecords, zoneOfDomain } from './dns-zone.service';
import type { RecordSet } from './dns-records';

/** Names as API consumers read them: no trailing dot. */
const shown = (sets: RecordSet[]): DnsRecordSet[] => sets.map((set) => ({ ...set, name: set.name.replace(/\.$/, '') }));

@Resolver(() => DnsZone)
export class DnsZoneResolver {
  @Authorized('STAFF', 'CLIENT')
  @Query(() => [DnsRecordSet], { description: "The records of a domain's DNS zone as the DNS server has them. Staff: any domain; a client: its own (users need the DOMAINS permission)." })
  async dnsRecords(@Ctx() ctx: RequestContext, @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string): Promise<DnsRecordSet[]> {
    return shown(await listZoneRecords(ctx, toId(domainId, 'Domain', 'domainId')));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => [DnsRecordSet], {
    description: "Replaces or removes record sets of a domain's DNS zone at once; all problems of the input are reported together and nothing changes then. Staff: any domain; a client: its own (users need DOMAINS). Returns every record set of the zone afterwards.",
  })
  async changeDnsRecords(
    @Ctx() ctx: RequestContext,
    @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string,
    @Arg('changes', () => [DnsRecordSetInput], { description: 'The record sets to set or remove (1 to 100).' }) changes: DnsRecordSetInput[],
  ): Promise<DnsRecordSet[]> {
    return shown(await changeZoneRecords(ctx, toId(domainId, 'Domain', 'domainId'), changes));
  }

  @Authorized('STAFF')
  @Mutation(() => DnsZone, { description: 'Staff: create the DNS zone of a domain from the zone template (normally done when the domain is registered), or retry one that failed.' })
  async createDnsZone(@Ctx() ctx: RequestContext, @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string): Promise<DnsZone> {
    const domain = await getDomain(ctx, toId(domainId, 'Domain', 'domainId'));
    return createZoneForDomain(ctx, domain.id);
  }

  @Authorized('STAFF')
  @Mutation(() => Domain, { description: 'Staff: delete the DNS zone of a domain from the DNS server; the domain stays.' })
  async deleteDnsZone(@Ctx() ctx: RequestContext, @Arg('domainId', () => ID, { description: 'Id of the domain.' }) domainId: string): Promise<Domain> {
    return deleteZone(ctx, toId(domainId, 'Domain', 'domainId'));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why creating or changing the zone last failed; null when it did not. Clients read a general line.' })
  lastError(@Root() zone: DnsZone, @Ctx() ctx: RequestContext): string | undefined {
    return jobErrorFor(ctx.viewer, zone.lastError);
  }
}

@Resolver(() => Domain)
export class DomainZoneResolver {
  @FieldResolver(() => DnsZone, { nullable: true, description: 'The DNS zone of the domain on our DNS server; null when it has none.' })
  async dnsZone(@Root() domain: Domain, @Ctx() ctx: RequestContext): Promise<DnsZone | null> {
    return zoneOfDomain(ctx, domain);
  }
}
