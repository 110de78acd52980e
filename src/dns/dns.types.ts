import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The record types clients and staff may write (SOA and NS stay the DNS server's). */
export enum DnsRecordType {
  A = 'A',
  AAAA = 'AAAA',
  CNAME = 'CNAME',
  MX = 'MX',
  TXT = 'TXT',
  SRV = 'SRV',
  CAA = 'CAA',
}
registerEnumType(DnsRecordType, {
  name: 'DnsRecordType',
  description: 'A DNS record type that can be changed.',
  valuesConfig: {
    A: { description: 'IPv4 address, e.g. "192.0.2.1".' },
    AAAA: { description: 'IPv6 address, e.g. "2001:db8::1".' },
    CNAME: { description: 'Alias of another host name; the only record of its name, never the zone itself.' },
    MX: { description: 'Mail exchanger: "<preference> <host name>", e.g. "10 mail.example.com".' },
    TXT: { description: 'Text; plain text is quoted for you, or give quoted strings of at most 255 bytes each.' },
    SRV: { description: 'Service location: "<priority> <weight> <port> <target host>", on a name like "_sip._tcp".' },
    CAA: { description: 'Certificate authority authorization: "<flags> issue|issuewild|iodef \\"<value>\\"".' },
  },
});

@ObjectType({ description: 'Every record of one name and type in a DNS zone.' })
export class DnsRecordSet {
  @Field({ description: 'Full name, lower case, no trailing dot, e.g. "www.example.com".' })
  name!: string;

  @Field({ description: 'Record type, e.g. A, MX, TXT; SOA and NS too, which cannot be changed.' })
  type!: string;

  @Field(() => Int, { description: 'Time to live in seconds.' })
  ttl!: number;

  @Field(() => [String], { description: 'The records in zone-file syntax (host names end with a dot, TXT in quotes).' })
  records!: string[];
}

@InputType({ description: 'Sets every record of one name and type; an empty list of records removes them.' })
export class DnsRecordSetInput {
  @Field({ description: '"@" for the domain itself, a name such as "www" or "_sip._tcp", or a full name inside the zone ending in a dot.' })
  name!: string;

  @Field(() => DnsRecordType, { description: 'Record type.' })
  type!: DnsRecordType;

  @Field(() => Int, { nullable: true, description: 'Time to live in seconds, 60 to 604800; default 3600.' })
  ttl?: number;

  @Field(() => [String], { description: 'The records, e.g. ["192.0.2.1"] or ["10 mail.example.com"]; empty: remove the record set.' })
  records!: string[];
}
