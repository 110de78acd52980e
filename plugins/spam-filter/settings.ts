/** Server settings and product options of the spam-filter module, with their JSON Schemas. */
import { JsonSchema, TlsTrustSettings, tlsTrustProperties } from '@hostbill/plugin-sdk';
import { DEFAULT_MX_FALLBACK, DEFAULT_MX_PRIMARY } from './mx-records';
import { ROUTE_PATTERN } from './routes';

export interface SpamFilterServerSettings extends TlsTrustSettings {
  username: string;
  password: string;
  /** Where filtered mail goes when the service has no routes of its own: `host` or `host:port`. */
  defaultDestination: string;
  mxPrimary?: string;
  mxFallback?: string;
  /** Create takes over a domain already in the API account that it did not add. */
  adoptExistingDomains?: boolean;
}

export interface SpamFilterProductOptions {
  incoming?: boolean;
  outgoing?: boolean;
  archiving?: boolean;
}

export const serverSettingsSchema: JsonSchema = {
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
};

export const productOptionsSchema: JsonSchema = {
  type: 'object',
  properties: {
    incoming: { type: 'boolean', title: 'Incoming filtering', description: 'Filter mail sent to the domain.', default: true },
    outgoing: { type: 'boolean', title: 'Outgoing filtering', description: 'Filter mail sent from the domain.', default: false },
    archiving: { type: 'boolean', title: 'Archiving', description: 'Archive the domain\'s mail.', default: false },
  },
  required: [],
  additionalProperties: false,
};
