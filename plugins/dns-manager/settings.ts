/** Server settings and product options of the DNS manager: the JSON Schemas, and the types derived from them. */
import { SettingsOf, SettingsSchema } from '@hostbill/plugin-sdk';

// Patterns, not "format": the server's Ajv may run in strict mode without ajv-formats.
const IPV4 = '^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$';
const IPV6 = '^(?=.*:)[0-9A-Fa-f:.]{2,45}$';
const HOST_NAME = '^(?=.{1,253}\\.?$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}\\.?$';

export const serverSettingsSchema = {
  type: 'object',
  properties: {
    apiKey: {
      type: 'string',
      title: 'API key',
      description: 'The api-key of the PowerDNS webserver (sent as X-API-Key).',
      minLength: 1,
      writeOnly: true,
    },
    serverId: {
      type: 'string',
      title: 'Server id',
      description: 'PowerDNS server id in the API path; "localhost" for a stand-alone server.',
      default: 'localhost',
      minLength: 1,
    },
    defaultTtl: {
      type: 'integer',
      title: 'Default TTL',
      description: 'TTL in seconds of the records the module writes.',
      default: 3600,
      minimum: 60,
      maximum: 604800,
    },
    nameservers: {
      type: 'array',
      title: 'Nameservers',
      description: 'Host names for the NS records of every zone; the first one is the SOA primary.',
      items: { type: 'string', pattern: HOST_NAME },
      minItems: 1,
      maxItems: 13,
    },
    soaEmail: {
      type: 'string',
      title: 'SOA contact email',
      description: 'Email written into the SOA record; default hostmaster@<zone>.',
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
    },
    defaultIpv4: {
      type: 'string',
      title: 'Forwarding server IPv4',
      description: 'Where @ and www point (A) unless the product names a target.',
      pattern: IPV4,
    },
    defaultIpv6: {
      type: 'string',
      title: 'Forwarding server IPv6',
      description: 'Optional AAAA target for @ and www unless the product names one.',
      pattern: IPV6,
    },
    mailHost: {
      type: 'string',
      title: 'Mail host',
      description: 'Host name the MX record of every zone points at, unless the product names one.',
      pattern: HOST_NAME,
    },
    mxPriority: {
      type: 'integer',
      title: 'MX priority',
      description: 'Preference of the default MX record.',
      default: 10,
      minimum: 0,
      maximum: 65535,
    },
    suspensionIpv4: {
      type: 'string',
      title: 'Suspension page IPv4',
      description: 'While a service is suspended, @ and www point here.',
      pattern: IPV4,
    },
  },
  required: ['apiKey', 'nameservers', 'defaultIpv4', 'mailHost', 'suspensionIpv4'],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export const productOptionsSchema = {
  type: 'object',
  properties: {
    targetIpv4: {
      type: 'string',
      title: 'Website IPv4',
      description: 'A record of @ and www, e.g. the IP of the Plesk server hosting the product. Empty: the forwarding server.',
      pattern: IPV4,
    },
    targetIpv6: {
      type: 'string',
      title: 'Website IPv6',
      description: 'AAAA record of @ and www. Empty: the server setting (or no AAAA).',
      pattern: IPV6,
    },
    mailHost: {
      type: 'string',
      title: 'Mail host',
      description: 'Host name for the MX record. Empty: the server setting.',
      pattern: HOST_NAME,
    },
    mxPriority: {
      type: 'integer',
      title: 'MX priority',
      description: 'Preference of the MX record. Empty: the server setting.',
      minimum: 0,
      maximum: 65535,
    },
  },
  required: [],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export type DnsServerSettings = SettingsOf<typeof serverSettingsSchema>;
export type DnsProductOptions = SettingsOf<typeof productOptionsSchema>;
