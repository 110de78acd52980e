/**
 * Issue 15.5: the email templates, per message type and language. `{{name}}`
 * is replaced by the variable of that name (missing ones fail loudly: a mail
 * with a hole in it must not go out). A language without its own template
 * falls back to the operator's default language (MAIL_DEFAULT_LANGUAGE), then
 * to English.
 */
import { EmailCategory } from '../clients/contact.entity';

export interface Template {
  subject: string;
  body: string;
}

export interface MessageType {
  category: EmailCategory;
  /** Per language (BCP 47 primary tag, lower case). */
  templates: Record<string, Template>;
}

export const MESSAGE_TYPES = {
  invoiceCreated: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Invoice {{number}}',
        body: 'Dear {{name}},\n\nInvoice {{number}} of {{total}} {{currency}} has been issued, due on {{dueDate}}.\n',
      },
      de: {
        subject: 'Rechnung {{number}}',
        body: 'Guten Tag {{name}},\n\nRechnung {{number}} über {{total}} {{currency}} wurde erstellt, fällig am {{dueDate}}.\n',
      },
    },
  },
  invoicePaid: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Payment received for invoice {{number}}',
        body: 'Dear {{name}},\n\nThank you: invoice {{number}} of {{total}} {{currency}} is paid.\n',
      },
      de: {
        subject: 'Zahlung für Rechnung {{number}} erhalten',
        body: 'Guten Tag {{name}},\n\nVielen Dank: Rechnung {{number}} über {{total}} {{currency}} ist bezahlt.\n',
      },
    },
  },
  productWelcome: {
    category: EmailCategory.PRODUCT,
    templates: {
      en: {
        subject: 'Your {{product}} is ready',
        body: 'Dear {{name}},\n\nYour {{product}} ({{domain}}) is set up.\nUser name: {{username}}\n',
      },
      de: {
        subject: 'Ihr {{product}} ist bereit',
        body: 'Guten Tag {{name}},\n\nIhr {{product}} ({{domain}}) ist eingerichtet.\nBenutzername: {{username}}\n',
      },
    },
  },
  serviceUpgraded: {
    category: EmailCategory.PRODUCT,
    templates: {
      en: {
        subject: 'Your {{product}} has been changed',
        body: 'Dear {{name}},\n\nYour service {{domain}} is now {{product}}, billed {{cycle}} at {{recurring}} {{currency}} from {{nextDueDate}}.\n',
      },
      de: {
        subject: 'Ihr {{product}} wurde geändert',
        body: 'Guten Tag {{name}},\n\nIhr Dienst {{domain}} ist jetzt {{product}}, abgerechnet {{cycle}} zu {{recurring}} {{currency}} ab {{nextDueDate}}.\n',
      },
    },
  },
  domainRegistered: {
    category: EmailCategory.DOMAIN,
    templates: {
      en: {
        subject: 'Your domain {{domain}} is registered',
        body: 'Dear {{name}},\n\nYour domain {{domain}} is registered, until {{expiryDate}}.\n',
      },
      de: {
        subject: 'Ihre Domain {{domain}} ist registriert',
        body: 'Guten Tag {{name}},\n\nIhre Domain {{domain}} ist registriert, bis {{expiryDate}}.\n',
      },
    },
  },
  domainTransferred: {
    category: EmailCategory.DOMAIN,
    templates: {
      en: {
        subject: 'The transfer of {{domain}} is complete',
        body: 'Dear {{name}},\n\nThe transfer of your domain {{domain}} to us is complete. It expires on {{expiryDate}}.\n',
      },
      de: {
        subject: 'Der Transfer von {{domain}} ist abgeschlossen',
        body: 'Guten Tag {{name}},\n\nDer Transfer Ihrer Domain {{domain}} zu uns ist abgeschlossen. Sie läuft am {{expiryDate}} ab.\n',
      },
    },
  },
  // General, not Product: an order can hold products, domains and addons at once, and is an account event (WHMCS files it under General).
  orderConfirmation: {
    category: EmailCategory.GENERAL,
    templates: {
      en: {
        subject: 'Order confirmation #{{number}}',
        body: 'Dear {{name}},\n\nThank you for your order #{{number}} of {{total}} {{currency}}:\n{{items}}\n',
      },
      de: {
        subject: 'Bestellbestätigung #{{number}}',
        body: 'Guten Tag {{name}},\n\nvielen Dank für Ihre Bestellung #{{number}} über {{total}} {{currency}}:\n{{items}}\n',
      },
    },
  },
  invoiceReminder: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Reminder: invoice {{number}} is due on {{dueDate}}',
        body: 'Dear {{name}},\n\nThis is a reminder that invoice {{number}} of {{total}} {{currency}} is due on {{dueDate}}.\n',
      },
      de: {
        subject: 'Erinnerung: Rechnung {{number}} ist am {{dueDate}} fällig',
        body: 'Guten Tag {{name}},\n\nwir erinnern Sie daran, dass Rechnung {{number}} über {{total}} {{currency}} am {{dueDate}} fällig ist.\n',
      },
    },
  },
  overdueNotice: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Overdue notice {{level}}: invoice {{number}}',
        body: 'Dear {{name}},\n\nInvoice {{number}} of {{total}} {{currency}} was due on {{dueDate}} and is still unpaid (notice {{level}} of 3). Please pay it to keep your services running.\n',
      },
      de: {
        subject: '{{level}}. Mahnung: Rechnung {{number}}',
        body: 'Guten Tag {{name}},\n\nRechnung {{number}} über {{total}} {{currency}} war am {{dueDate}} fällig und ist noch offen ({{level}}. von 3 Mahnungen). Bitte begleichen Sie sie, damit Ihre Dienste weiterlaufen.\n',
      },
    },
  },
  serviceSuspended: {
    category: EmailCategory.PRODUCT,
    templates: {
      en: {
        subject: 'Your {{product}} has been suspended',
        body: 'Dear {{name}},\n\nYour {{product}} ({{domain}}) has been suspended because invoice {{invoice}} is overdue. Paying it reactivates the service.\n',
      },
      de: {
        subject: 'Ihr {{product}} wurde gesperrt',
        body: 'Guten Tag {{name}},\n\nIhr {{product}} ({{domain}}) wurde gesperrt, weil Rechnung {{invoice}} überfällig ist. Nach Zahlung wird der Dienst wieder freigeschaltet.\n',
      },
    },
  },
  serviceTerminated: {
    category: EmailCategory.PRODUCT,
    templates: {
      en: {
        subject: 'Your {{product}} has been terminated',
        body: 'Dear {{name}},\n\nYour {{product}} ({{domain}}) has been terminated because invoice {{invoice}} remained unpaid.\n',
      },
      de: {
        subject: 'Ihr {{product}} wurde gekündigt',
        body: 'Guten Tag {{name}},\n\nIhr {{product}} ({{domain}}) wurde beendet, weil Rechnung {{invoice}} unbezahlt blieb.\n',
      },
    },
  },
  staffMessage: {
    category: EmailCategory.GENERAL,
    templates: {
      en: { subject: '{{subject}}', body: 'Dear {{name}},\n\n{{message}}\n' },
      de: { subject: '{{subject}}', body: 'Guten Tag {{name}},\n\n{{message}}\n' },
    },
  },
  cancellationRequested: {
    category: EmailCategory.PRODUCT,
    templates: {
      en: {
        subject: 'Cancellation of {{product}} received',
        body: 'Dear {{name}},\n\nWe have received the request to cancel {{product}} ({{domain}}). It will be terminated on or after {{date}}.\nReason given: {{reason}}\n',
      },
      de: {
        subject: 'Kündigung von {{product}} erhalten',
        body: 'Guten Tag {{name}},\n\nWir haben die Kündigung von {{product}} ({{domain}}) erhalten. Der Dienst wird am {{date}} oder danach beendet.\nAngegebener Grund: {{reason}}\n',
      },
    },
  },
  // To staff (queueStaffAlert): a gateway captured money for an invoice that could no longer take it.
  paymentToCredit: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Payment for {{status}} invoice {{invoice}} went to credit',
        body: 'Dear {{name}},\n\n{{gateway}} reported a payment of {{amount}} {{currency}} ({{transactionId}}) by {{client}} for invoice {{invoice}}, which is {{status}}. The money was recorded and added to the client\'s credit balance. Check whether to refund it or apply the credit.\n',
      },
      de: {
        subject: 'Zahlung für Rechnung {{invoice}} ({{status}}) als Guthaben verbucht',
        body: 'Guten Tag {{name}},\n\n{{gateway}} meldet eine Zahlung von {{amount}} {{currency}} ({{transactionId}}) von {{client}} für Rechnung {{invoice}}, die {{status}} ist. Das Geld wurde verbucht und dem Guthaben des Kunden gutgeschrieben. Bitte prüfen Sie, ob es erstattet oder das Guthaben verrechnet werden soll.\n',
      },
    },
  },
  // To staff (queueStaffAlert): a gateway captured money for a deleted client's invoice beyond what the invoice took.
  paymentOfDeletedClient: {
    category: EmailCategory.INVOICE,
    templates: {
      en: {
        subject: 'Payment of {{amount}} {{currency}} for invoice {{invoice}} of a deleted client',
        body: 'Dear {{name}},\n\n{{gateway}} reported a payment ({{transactionId}}) by {{client}} for invoice {{invoice}}, which is {{status}}. The client was deleted, so {{amount}} {{currency}} of it is nobody\'s credit: it was recorded on the invoice\'s payment. Refund it to the payer.\n',
      },
      de: {
        subject: 'Zahlung von {{amount}} {{currency}} für Rechnung {{invoice}} eines gelöschten Kunden',
        body: 'Guten Tag {{name}},\n\n{{gateway}} meldet eine Zahlung ({{transactionId}}) von {{client}} für Rechnung {{invoice}}, die {{status}} ist. Der Kunde wurde gelöscht, daher ist {{amount}} {{currency}} davon kein Guthaben: der Betrag wurde bei der Zahlung der Rechnung verbucht. Bitte erstatten Sie ihn dem Zahler.\n',
      },
    },
  },
} satisfies Record<string, MessageType>;

export type MessageTypeName = keyof typeof MESSAGE_TYPES;

/** The template of `type` in `language`, else in `defaultLanguage`, else in English; and the language chosen. */
export function templateFor(type: MessageTypeName, language: string, defaultLanguage: string): { language: string; template: Template } {
  const templates: Record<string, Template> = MESSAGE_TYPES[type].templates;
  for (const candidate of [language, defaultLanguage, 'en']) {
    const primary = candidate.toLowerCase().split('-')[0];
    if (templates[primary]) return { language: primary, template: templates[primary] };
  }
  throw new Error(`Message type ${type} has no English template`);
}

export function render(text: string, variables: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`Template variable ${name} is missing`);
    return value;
  });
}
