import { defineGateway, type SettingsOf, type SettingsSchema } from '@hostbill/plugin-sdk';

/** The operator's bank account, shown to the payer; staff record the payment when the money arrives. */
export const settingsSchema = {
  type: 'object',
  properties: {
    accountHolder: { type: 'string', title: 'Account holder', minLength: 1 },
    iban: { type: 'string', title: 'IBAN or account number', minLength: 1 },
    bic: { type: 'string', title: 'BIC / SWIFT' },
    bankName: { type: 'string', title: 'Bank name' },
    note: { type: 'string', title: 'Extra text for the payer' },
  },
  required: ['accountHolder', 'iban'],
  additionalProperties: false,
} as const satisfies SettingsSchema;

export type BankTransferSettings = SettingsOf<typeof settingsSchema>;

/**
 * Bank transfer: nothing is taken online. Starting a payment answers the
 * instructions (account and the invoice number as the reference); staff
 * record the payment with addInvoicePayment when it arrives.
 */
export default defineGateway<BankTransferSettings>({
  name: 'bank-transfer',
  version: '1.0.0',
  sdkVersion: '^1.1.0',
  kind: 'gateway',
  displayName: 'Bank transfer',
  description: 'Pay by bank transfer; the invoice is marked paid when the money arrives.',
  settingsSchema,

  async startPayment(ctx) {
    const { settings, invoice, amount, currency } = ctx;
    const reference = invoice.number ?? `Invoice ${invoice.id}`;
    const lines = [
      `Please transfer ${amount} ${currency} to:`,
      `Account holder: ${settings.accountHolder}`,
      `IBAN: ${settings.iban}`,
      ...(settings.bic ? [`BIC: ${settings.bic}`] : []),
      ...(settings.bankName ? [`Bank: ${settings.bankName}`] : []),
      `Reference: ${reference}`,
      ...(settings.note ? [settings.note] : []),
    ];
    return { instructions: lines.join('\n'), reference };
  },
});
