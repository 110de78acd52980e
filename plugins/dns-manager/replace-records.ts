/** Custom command `replaceRecords`: replace or delete rrsets of the service's zone. */
import { CustomCommand, CustomCommandContext, ModuleError } from '@hostbill/plugin-sdk';
import { RrsetChange } from './powerdns-client';
import { absoluteName, deletesFirst, isWebsiteRrset, savedWebsiteRrsets } from './records';
import { DnsProductOptions, DnsServerSettings } from './settings';
import { clientFor, loadZone, moduleData } from './zone-access';

/** SOA and apex NS stay the module's: a client must not be able to move the zone away. */
const EDITABLE_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV', 'CAA', 'NS'];

interface RrsetInput {
  name: string;
  type: string;
  changetype: 'REPLACE' | 'DELETE';
  ttl?: number;
  records?: string[];
}

const inputSchema = {
  type: 'object',
  properties: {
    rrsets: {
      type: 'array',
      title: 'Record sets',
      description: 'Each entry replaces (or deletes) every record of one name and type.',
      minItems: 1,
      maxItems: 100,
      items: {
        type: 'object',
        properties: {
          name: {
            type: 'string',
            title: 'Name',
            description: '"@" for the zone itself, a label such as "www", or a full name inside the zone ending in a dot.',
            maxLength: 253,
          },
          type: { type: 'string', title: 'Type', description: 'Record type.', enum: EDITABLE_TYPES },
          changetype: {
            type: 'string',
            title: 'Change',
            description: 'REPLACE sets the records; DELETE removes the record set.',
            enum: ['REPLACE', 'DELETE'],
          },
          ttl: { type: 'integer', title: 'TTL', description: 'Seconds; default: the server setting.', minimum: 60, maximum: 604800 },
          records: {
            type: 'array',
            title: 'Records',
            description: 'Record contents in zone-file syntax, e.g. "192.0.2.1", "10 mail.example.com.", "\\"v=spf1 -all\\"".',
            items: { type: 'string', minLength: 1, maxLength: 4096 },
            maxItems: 100,
          },
        },
        required: ['name', 'type', 'changetype'],
        additionalProperties: false,
      },
    },
  },
  required: ['rrsets'],
  additionalProperties: false,
};

function refuse(message: string): ModuleError {
  return new ModuleError(message, { retryable: false });
}

/** Turns validated input into PowerDNS changes, refusing what the schema cannot express. */
function toChanges(inputs: RrsetInput[], zoneName: string, defaultTtl: number): RrsetChange[] {
  return inputs.map((input) => {
    const name = absoluteName(input.name, zoneName);
    if (!name) throw refuse(`${input.name} is not inside the zone ${zoneName}`);
    if (!EDITABLE_TYPES.includes(input.type)) throw refuse(`Records of type ${input.type} cannot be changed`);
    if (input.type === 'NS' && name === zoneName) throw refuse('The NS records of the zone itself are managed by the server');
    if (input.changetype === 'DELETE') return { name, type: input.type, changetype: 'DELETE' };
    const records = input.records ?? [];
    if (records.length === 0) throw refuse(`REPLACE of ${name} ${input.type} needs at least one record; use DELETE to remove it`);
    return {
      name,
      type: input.type,
      changetype: 'REPLACE',
      ttl: input.ttl ?? defaultTtl,
      records: records.map((content) => ({ content, disabled: false })),
    };
  });
}

export const replaceRecordsCommand: CustomCommand<DnsServerSettings, DnsProductOptions> = {
  label: 'Replace or delete DNS records',
  clientAllowed: true,
  inputSchema,
  async run(ctx: CustomCommandContext<DnsServerSettings, DnsProductOptions>) {
    const client = clientFor(ctx.server, ctx.signal, ctx.logger);
    const zone = await loadZone(client, ctx.service);
    const changes = toChanges(ctx.input.rrsets as RrsetInput[], zone.name, ctx.server.settings.defaultTtl ?? 3600);
    // Changing @/www while suspended would undo the suspension (and lose the saved originals).
    if (savedWebsiteRrsets(zone) && changes.some((change) => isWebsiteRrset(change, zone.name))) {
      throw refuse(`Zone ${zone.name} is suspended: its website records (A, AAAA, CNAME of @ and www) cannot be changed`);
    }
    await client.patchRrsets(zone.id, deletesFirst(changes));
    return { moduleData: moduleData(zone, ctx.service), message: `${changes.length} record set(s) of ${zone.name} changed` };
  },
};

/** Read-only: every rrset of the service's zone, for whoever shows or checks the records (output `rrsets`). */
export const listRecordsCommand: CustomCommand<DnsServerSettings, DnsProductOptions> = {
  label: 'List DNS records',
  clientAllowed: true,
  inputSchema: { type: 'object', properties: {}, additionalProperties: false },
  async run(ctx: CustomCommandContext<DnsServerSettings, DnsProductOptions>) {
    const zone = await loadZone(clientFor(ctx.server, ctx.signal, ctx.logger), ctx.service);
    const rrsets = zone.rrsets.map(({ name, type, ttl, records }) => ({ name, type, ttl, records: records.map((record) => record.content) }));
    return { output: { zoneName: zone.name, rrsets }, message: `${rrsets.length} record set(s) in ${zone.name}` };
  },
};
