/**
 * The stable `extensions.reason` values: why an expected failure happened, for
 * UIs that must not parse messages. One list, with what each reason means; the
 * README's table repeats it and a test (test/shared/error-reasons.test.ts) fails
 * when the two differ.
 */
export const ERROR_REASONS = {
  // Sign-in and permissions
  LOGIN_REQUIRED: 'The operation needs a logged-in user: send a bearer token.',
  INVALID_CREDENTIALS: 'The email or password is wrong, or the token is no longer valid.',
  PERMISSION_DENIED: 'The login may not do this (role, client permission or another account).',
  ACCOUNT_HOLDER_ONLY: 'Only the account holder may do this, not the users of the account.',
  ACCOUNT_CLOSED: 'The client account is closed.',
  LOGIN_DISABLED: 'This login has been disabled.',
  NOT_IMPERSONATING: 'The session is not a staff member logged in as a client.',
  LINK_EXPIRED: 'The download link is invalid or has expired.',
  // Form fields
  VALUE_REQUIRED: 'A required value is missing, blank or null.',
  VALUE_TOO_LONG: 'The text is longer than the field allows.',
  INVALID_FORMAT: 'The value does not have the expected form (id, code, name, address, cursor, …).',
  OUT_OF_RANGE: 'The number is outside its allowed range.',
  INVALID_AMOUNT: "The amount is not a positive decimal number with at most the currency's decimals.",
  AMOUNT_TOO_LARGE: 'The amount exceeds the largest amount the server accepts.',
  INVALID_DATE_RANGE: 'An end date is not after its start date.',
  INVALID_ORDER_BY: 'The requested sort order cannot be used.',
  CONFLICTING_INPUT: 'Fields were combined that do not go together, or one field needs another.',
  DUPLICATE_IN_INPUT: 'The same item appears twice in the input.',
  REFERENCE_NOT_FOUND: "An id in the input names no record that can be used here (missing, or not the client's).",
  UNKNOWN_CURRENCY: "The currency is not one of the operator's currencies.",
  CURRENCY_MISMATCH: 'The currencies of the records involved differ.',
  WRONG_PASSWORD: 'The current password is wrong.',
  DEMO_PASSWORD: 'A published demo password cannot be used as a real password.',
  // Records and their state
  RECORD_NOT_FOUND: 'The record does not exist, or the viewer may not see it.',
  VALUE_TAKEN: 'Another record already uses this unique value (email, name, code, …).',
  DUPLICATE_TRANSACTION_ID: 'The gateway transaction id was recorded already for a different payment.',
  RECORD_IN_USE: 'The record is still used by others and cannot be deleted or changed this way.',
  DEFAULT_CURRENCY: 'The default currency cannot be deleted, unset or given another exchange rate.',
  LAST_ADMIN: 'The last active admin cannot be deactivated.',
  TARGET_IS_SELF: 'The record cannot be its own target (merge into itself, move to its owner, …).',
  CONCURRENT_CHANGE: 'The record changed at the same time; reload and try again.',
  INVALID_STATUS_TRANSITION: 'The status cannot change from its current value to the requested one this way.',
  CLIENT_DELETED: 'The client the record belongs to was deleted.',
  SUB_ACCOUNT_CONTACT: "The login belongs to a contact's sub-account: change it through the contact.",
  // Invoices, payments and credit
  INVOICE_NOT_OPEN: 'The invoice is not open (unpaid) for this action.',
  INVOICE_NOT_EDITABLE: 'Only draft or unpaid invoices can be edited.',
  INVOICE_IS_DRAFT: 'The invoice is a draft: publish it first.',
  INVOICE_HAS_PAYMENTS: 'Payments were recorded on the invoice: refund them first.',
  INVOICE_DATE_OUT_OF_ORDER: 'The issue date would put the invoice number out of date order.',
  NEGATIVE_TOTAL: 'The invoice total would be negative.',
  TOTAL_BELOW_PAID: 'The new total is less than what was paid or applied already.',
  EXCEEDS_BALANCE_DUE: "The amount exceeds what is due on the invoice.",
  INSUFFICIENT_CREDIT: "The amount exceeds the client's credit balance.",
  CREDIT_NOT_APPLIED: 'Less credit is applied to the invoice than the amount to remove.',
  PARTLY_REFUNDED: 'The paid invoice was partly refunded, which rules this change out.',
  NOTHING_TO_REFUND: 'Nothing of the payment is left to refund.',
  REFUND_EXCEEDS_PAYMENT: 'The refund is larger than what is left of the payment.',
  PAYMENT_WITHOUT_INVOICE: 'The payment belongs to no invoice.',
  // Services, servers and module commands
  NO_SERVER_AVAILABLE: 'No enabled server with room is available in the server group.',
  MODULE_UNAVAILABLE: 'The provisioning module, server or product setup needed for this is missing, disabled or different.',
  COMMAND_NOT_ALLOWED: 'The command does not exist for this module, takes other input, or may not run from the current status or by this login.',
  COMMAND_RUNNING: 'Another command is already queued or running on the service.',
  JOB_STATE: 'The job is in a state that does not allow this action.',
  // DNS zones
  NO_DNS_ZONE: 'The domain has no DNS zone (yet): staff create it, or it is created when the domain is registered.',
  DNS_SERVER_REFUSED: 'The DNS server refused the change; the message says why (staff) or to contact support (clients).',
  DNS_SERVER_UNAVAILABLE: 'The DNS server could not be reached or did not answer in time; try again later.',
  // Orders
  PRODUCT_NOT_ORDERABLE: 'The product is retired, or hidden from clients (only staff order hidden products).',
  CYCLE_NOT_OFFERED: "The product or addon is not sold in this billing cycle in the client's currency.",
  OUT_OF_STOCK: 'Not enough of the product is left in stock.',
  TLD_NOT_OFFERED: "Domains with this TLD are not sold for this period and action in the client's currency.",
  PROMOTION_EXPIRED: 'The promotion code has expired or cannot be used yet.',
  PROMOTION_USED_UP: 'The promotion code has been used as often as it may be.',
  PROMOTION_CLIENT_LIMIT: 'The client has used the promotion code as often as one client may.',
  PROMOTION_NOT_APPLICABLE: 'The promotion code applies to nothing in the cart (products, cycles or currency).',
  ORDER_IS_FRAUD: 'The order is marked as fraud: nothing is sent or set up for it.',
  // Upgrades and downgrades
  NOT_UPGRADABLE: "Clients may change the service only to one of its product's upgrade targets that is on offer.",
  NOTHING_TO_CHANGE: 'The service has this product, billing cycle and configurable options already.',
  SERVICE_NOT_UPGRADABLE: 'The service cannot change now: it is not active, is not billed per cycle, or its next due date has passed.',
  UPGRADE_PENDING: 'An upgrade of the service waits for its invoice to be paid: pay it or cancel that order first.',
  // The daily run
  DATE_IN_FUTURE: 'The date is after today.',
  RUN_IN_PROGRESS: 'A daily run is running already; try again when it has finished.',
  NOT_INVOICEABLE: 'The item is not invoiced for renewal: only Pending, Active or Suspended services and addons billed per cycle, and Active or grace-period domains with an expiry date, are.',
  DUE_DATE_INVOICED: "The item's next due date (a domain's expiry date) is invoiced already; it moves on when that invoice is paid.",
  // Cancellations
  CANCELLATION_OPEN: 'The service has an open cancellation request or scheduled termination already.',
  CANCELLATION_CLOSED: 'The cancellation request is no longer open: it was withdrawn or completed, or its termination has started.',
  NO_BILLING_PERIOD: 'The service has no next due date, so no billing period to end with.',
  NO_MATCHING_DOMAIN: "The client has no active domain with auto-renewal on that matches the service.",
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;
