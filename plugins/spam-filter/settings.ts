/** Server settings and product options of the spam-filter module: the JSON Schemas, and the types derived from them. */
import { SettingsOf, SettingsSchema, tlsTrustProperties } from '@hostbill/plugin-sdk';
import { DEFAULT_MX_FALLBACK, DEFAULT_MX_PRIMARY } from './mx-records';
import { ROUTE_PATTERN } from './routes';

export const serverSettingsSchema = {
  type: 'object',
  properties: {
    username: {
      type: 'string',
      title: 'API username',
      description: 'Spampanel admin or reseller account allowed to use the API.',
      minLength: 1,
    },
    password: {
      type: 'string',
      title: 'API password',
      description: 'Password of the API account.',
      minLength: 1,
      writeOnly: true,
    },
    defaultDestination: {
      type: 'string',
      title: 'Default destination route',
      description: 'Mail server that receives filtered mail when a service has no routes of its own: host or host:port (port 25 when omitted).',
      pattern: ROUTE_PATTERN,
    },
    mxPrimary: {
      type: 'string',
      title: 'Primary MX host',
      description: 'MX 10 host given to protected zones; {domain} is replaced by the domain name.',
      default: DEFAULT_MX_PRIMARY,
      minLength: 1,
    },
    mxFallback: {
      type: 'string',
      title: 'Fallback MX host',
      description: 'MX 20 host given to protected zones; {domain} is replaced by the domain name.',
      default: DEFAULT_MX_FALLBACK,
      minLength: 1,
    },
    adoptExistingDomains: {
      type: 'boolean',
      title: 'Adopt existing domains',
      description: 'Let create take over a domain that is already in this SpamExperts account but was not added by this billing server (for example when moving from another system). Off: such a create fails.',
      default: false,
    },
    ...tlsTrustProperties,
  },
  required: ['username', 'password', 'defaultDestination'],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export const productOptionsSchema = {
  type: 'object',
  properties: {
    incoming: { type: 'boolean', title: 'Incoming filtering', description: 'Filter mail sent to the domain.', default: true },
    outgoing: { type: 'boolean', title: 'Outgoing filtering', description: 'Filter mail sent from the domain.', default: false },
    archiving: { type: 'boolean', title: 'Archiving', description: 'Archive the domain\'s mail.', default: false },
  },
  required: [],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export type SpamFilterServerSettings = SettingsOf<typeof serverSettingsSchema>;
export type SpamFilterProductOptions = SettingsOf<typeof productOptionsSchema>;
