/** Server settings and product options of the registrar: the JSON Schemas, and the types derived from them. */
import { SettingsOf, SettingsSchema } from '@hostbill/plugin-sdk';

const hostnames = {
  type: 'array',
  maxItems: 13,
  uniqueItems: true,
  items: { type: 'string', format: 'hostname', minLength: 1, maxLength: 255 },
} as const;

export const serverSettingsSchema = {
  type: 'object',
  properties: {
    clientId: {
      type: 'string',
      title: 'Registrar client ID',
      description: 'The EPP clID the registry gave you.',
      minLength: 3,
      maxLength: 16,
    },
    password: {
      type: 'string',
      title: 'EPP password',
      description: 'Login password for the client ID (6 to 16 characters in EPP).',
      minLength: 6,
      maxLength: 16,
      writeOnly: true,
    },
    rejectUnauthorized: {
      type: 'boolean',
      title: 'Verify the registry certificate',
      description: 'Refuse a TLS certificate that does not verify. Turn off only for test registries.',
      default: true,
    },
    caCertificate: {
      type: 'string',
      title: 'Registry CA certificate (PEM)',
      description: 'For registries whose certificate is signed by a private CA. Blank uses the system CAs.',
    },
    clientCertificate: {
      type: 'string',
      title: 'Client certificate (PEM)',
      description: 'For registries that require registrars to present a TLS client certificate. Blank sends none.',
    },
    clientKey: {
      type: 'string',
      title: 'Client certificate key (PEM)',
      description: 'The private key of the client certificate.',
      writeOnly: true,
    },
    hostAttr: {
      type: 'boolean',
      title: 'Nameservers as host attributes',
      description:
        'For registries without host objects: nameservers are sent inside the domain, with the IP addresses ' +
        'of those inside it, instead of as host objects created first.',
      default: false,
    },
    contactPrefix: {
      type: 'string',
      title: 'Contact handle prefix',
      description: 'Start of the contact handles created for clients (letters and digits).',
      pattern: '^[A-Za-z0-9]{1,6}$',
      default: 'HB',
    },
    defaultNameservers: {
      ...hostnames,
      title: 'Default nameservers',
      description: 'Used when neither the order nor the product names nameservers.',
    },
  },
  required: ['clientId', 'password'],
  // A certificate is no use without its key, nor a key without its certificate.
  dependencies: { clientCertificate: ['clientKey'], clientKey: ['clientCertificate'] },
  additionalProperties: false,
} as const satisfies SettingsSchema;

export const productOptionsSchema = {
  type: 'object',
  properties: {
    period: {
      type: 'integer',
      title: 'Registration period (years)',
      description: 'Years registered by a service created from this product.',
      minimum: 1,
      maximum: 10,
      default: 1,
    },
    nameservers: {
      ...hostnames,
      title: 'Nameservers',
      description: 'Nameservers for domains of this product. Blank uses the server defaults.',
    },
    transferLock: {
      type: 'boolean',
      title: 'Transfer lock',
      description: 'Keep clientTransferProhibited set on the domain.',
      default: false,
    },
  },
  required: [],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export type RegistrarServerSettings = SettingsOf<typeof serverSettingsSchema>;
export type RegistrarProductOptions = SettingsOf<typeof productOptionsSchema>;
