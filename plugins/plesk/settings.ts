/**
 * What the operator configures: per Plesk server (credentials, TLS) and per product (plan, addresses).
 * The schemas are the one source: the settings types are derived from them.
 */
import { SettingsOf, SettingsSchema, tlsTrustProperties } from '@hostbill/plugin-sdk';
import { DEFAULT_EXTERNAL_ID_PREFIX } from './naming';

export const serverSettingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    username: {
      type: 'string',
      minLength: 1,
      default: 'admin',
      title: 'Login',
      description: 'Plesk administrator (or reseller) login used with the password.',
    },
    password: { type: 'string', minLength: 1, writeOnly: true, title: 'Password' },
    secretKey: {
      type: 'string',
      minLength: 1,
      writeOnly: true,
      title: 'Secret key',
      description: 'API secret key (plesk bin secret_key -c). Used instead of login and password when set.',
    },
    verifyTls: {
      type: 'boolean',
      default: true,
      title: 'Verify TLS certificate',
      description: 'Turn off only for a test panel; prefer pinning the panel certificate below.',
    },
    ...tlsTrustProperties,
    externalIdPrefix: {
      type: 'string',
      pattern: '^[a-z0-9-]{1,20}$',
      default: DEFAULT_EXTERNAL_ID_PREFIX,
      title: 'External id prefix',
      description: 'Marks the customers and subscriptions this billing server owns; unique per billing installation.',
    },
  },
  // A password or a secret key; each branch names its property so Ajv's strictRequired accepts it.
  anyOf: [
    { properties: { password: true }, required: ['password'] },
    { properties: { secretKey: true }, required: ['secretKey'] },
  ],
} as const satisfies SettingsSchema;

export const productOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['planName'],
  properties: {
    planName: {
      type: 'string',
      minLength: 1,
      title: 'Service plan',
      description: 'Name of the Plesk service plan the subscription is created on.',
    },
    ipAddresses: {
      type: 'array',
      items: { type: 'string', minLength: 2 },
      minItems: 1,
      maxItems: 2,
      title: 'IP addresses',
      description: 'One IPv4 and/or one IPv6 address; default: the server IP, else the first shared address.',
    },
  },
} as const satisfies SettingsSchema;

export type PleskServerSettings = SettingsOf<typeof serverSettingsSchema>;
export type PleskProductOptions = SettingsOf<typeof productOptionsSchema>;
