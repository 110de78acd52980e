/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How one item of an order is accepted. */
export type AcceptItemInput = {
  /** Id of the order item. */
  itemId: string | number;
  /** Products with a module: run the module's create. Domains with a registrar server: send the register or transfer. */
  runModuleCreate?: boolean;
  /** Send the client the product's welcome email once it is set up. */
  sendEmail?: boolean;
  /** Products: the server to set the service up on; when omitted, the one chosen when the order was added, else a server of the product's group that already hosts the client's services and has room, else the group's rule. Domains: a server of the registrar module to register or transfer the domain through; when omitted, the domain record is only created. */
  serverId?: string | number | null | undefined;
};

/** Criteria for the activity log; an entry must match all given ones. */
export type ActivityFilter = {
  /** Exact action, e.g. client.update */
  action?: string | null | undefined;
  /** Only entries concerning this client. */
  clientId?: string | number | null | undefined;
};

/** Who did something. */
export type ActorType =
  /** A client (or one of its users). */
  | 'CLIENT'
  /** A staff member. */
  | 'STAFF'
  /** The server itself, e.g. a background job. */
  | 'SYSTEM';

/** Staff: an order for a client, with the overrides staff may use. */
export type AddOrderInput = {
  /** What is ordered; products may carry a price and a server. */
  cart: CartInput;
  /** Id of the client the order is for. */
  clientId: string | number;
  /** Send the client no emails about the order. */
  noEmail?: boolean;
  /** Create no invoice for the order. */
  noInvoice?: boolean;
};

/** How often a service is billed. */
export type BillingCycle =
  /** Every year. */
  | 'ANNUALLY'
  /** Every 2 years. */
  | 'BIENNIALLY'
  /** Never billed. */
  | 'FREE'
  /** Every month. */
  | 'MONTHLY'
  /** Billed once. */
  | 'ONE_TIME'
  /** Every 3 months. */
  | 'QUARTERLY'
  /** Every 6 months. */
  | 'SEMI_ANNUALLY'
  /** Every 3 years. */
  | 'TRIENNIALLY';

/** A predefined addon ordered with a product. */
export type CartAddonInput = {
  /** Id of the addon; it must be offered with the product. */
  addonId: string | number;
  /** The addon's own billing cycle; when omitted, the product's cycle if the addon is priced in it, else the addon's only price. */
  cycle?: BillingCycle | null | undefined;
};

/** The value chosen for one configurable option of a product. */
export type CartConfigOptionInput = {
  /** Dropdown options: id of the choice; the first choice when omitted. */
  choiceId?: string | number | null | undefined;
  /** Id of the configurable option. */
  optionId: string | number;
  /** Quantity options: how many units; the option's minimum when omitted. */
  quantity?: number | null | undefined;
};

/** A domain registration or transfer in the cart. */
export type CartDomainInput = {
  /** Register or transfer. */
  action: DomainOrderAction;
  /** TRANSFER: the EPP (authorisation) code from the current registrar. */
  eppCode?: string | null | undefined;
  /** The domain name, e.g. "example.com". */
  name: string;
  /** Up to 5 nameserver host names; empty for the registrar's defaults. */
  nameservers?: Array<string>;
  /** Registration period in years (1-10), priced for the TLD. */
  years?: number;
};

/** What a client orders: products (with their options and addons), domains and a promotion code. */
export type CartInput = {
  /** Domain registrations and transfers. */
  domains?: Array<CartDomainInput>;
  /** Products, each with its cycle, options, domain and addons. */
  products?: Array<CartProductInput>;
  /** A promotion code; its discount shows in the preview. */
  promotionCode?: string | null | undefined;
};

/** A product in the cart. */
export type CartProductInput = {
  /** Predefined addons ordered with the product. */
  addons?: Array<CartAddonInput>;
  /** Values of the product's configurable options; omitted options take their default. */
  configOptions?: Array<CartConfigOptionInput>;
  /** A cycle the product is priced in, in the client's currency (ONE_TIME for one-time products, FREE for free ones). */
  cycle: BillingCycle;
  /** The domain the product serves, e.g. the hosting account's domain. */
  domain?: string | null | undefined;
  /** Staff (addOrder) only: the price per cycle (or the one-time price) instead of the catalog's, as a decimal string; no setup fee, options or discounts are added. */
  price?: string | null | undefined;
  /** Id of the product. */
  productId: string | number;
  /** Staff (addOrder) only: the server the service is to be set up on when the order is accepted. */
  serverId?: string | number | null | undefined;
};

/** A staff password change. */
export type ChangeStaffPasswordInput = {
  /** Required to change your own password */
  currentPassword?: string | null | undefined;
  /** The staff member (admins only); yourself when omitted */
  id?: string | number | null | undefined;
  /** The new password, 12-200 characters. */
  newPassword: string;
};

/** What happened to a client. */
export type ClientChange =
  /** The client was created (by staff or by signing up). */
  | 'CREATED'
  /** The client was deleted or merged into another; `client` is null. */
  | 'DELETED'
  /** Its status changed. */
  | 'STATUS_CHANGED'
  /** Its details, credit balance or ownership changed. */
  | 'UPDATED';

/** A client group; on update, fields left out keep their value. */
export type ClientGroupInput = {
  /** Hex colour, default #808080 */
  colour?: string | null | undefined;
  /** Percent, 0-100, at most 2 decimals; default 0 */
  discountPercent?: string | null | undefined;
  /** Unique name of the group (1-100 characters). */
  name: string;
  /** Default false */
  separateInvoices?: boolean | null | undefined;
};

/** An area of a client account that a user (or a contact with a sub-account) may see and change. The client's own login has them all. */
export type ClientPermission =
  /** Contacts and the billing contact. */
  | 'CONTACTS'
  /** The credit log and balance. */
  | 'CREDIT'
  /** Domains. */
  | 'DOMAINS'
  /** Invoices, transactions and payers. */
  | 'INVOICES'
  /** Placing new orders. */
  | 'ORDERS'
  /** Read and edit the client's profile (not its password or email). */
  | 'PROFILE'
  /** Products and services, and their module commands. */
  | 'SERVICES'
  /** Support tickets. */
  | 'SUPPORT';

/** Whether a client can log in and whether it has active services. */
export type ClientStatus =
  /** Can log in; has at least one active service or domain. */
  | 'ACTIVE'
  /** Cannot log in; its data and invoicing of still-active services are kept. */
  | 'CLOSED'
  /** Can log in; has no active service or domain. */
  | 'INACTIVE';

/** Whether the client is a person or a company. */
export type ClientType =
  /** A company; a company name is required. */
  | 'COMPANY'
  /** A private person. */
  | 'INDIVIDUAL';

/** How a payment gateway is offered to clients. */
export type ConfigurePaymentGatewayInput = {
  /** The currencies (ISO 4217 codes) clients may pay in through it. */
  currencies: Array<string>;
  /** Whether clients may pay through it. */
  enabled: boolean;
  /** Name of the payment gateway module, e.g. "stripe" or "bank-transfer". */
  module: string;
  /** The gateway's settings, validated against its settings schema; secrets are stored encrypted, and a secret left out keeps its stored value. */
  settings?: Record<string, unknown> | null | undefined;
};

/** A new client, created by staff. */
export type CreateClientInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** Staff-only notes */
  adminNotes?: string | null | undefined;
  /** Id of one of the client's own contacts to address invoices to; null addresses them to the client again. */
  billingContactId?: string | number | null | undefined;
  /** True: stored cards are never charged automatically. */
  cardProcessingDisabled?: boolean | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** Person to contact at a company (up to 200 characters). */
  contactPerson?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** ISO 4217 currency of the client's prices, invoices and credit; cannot change while the client has a credit balance. Default: the project's, else the operator's default currency. */
  currency?: string | null | undefined;
  /** Payment method for new invoices (a gateway name, up to 50 characters). */
  defaultPaymentMethod?: string | null | undefined;
  /** Login and contact email; stored lower case, unique among all logins. */
  email: string;
  /** First name (1-100 characters). */
  firstName: string;
  /** Id of the client group; null removes the client from its group. */
  groupId?: string | number | null | undefined;
  /** BCP 47 language tag */
  language?: string | null | undefined;
  /** Last name (1-100 characters). */
  lastName: string;
  /** True: never charged late fees. */
  lateFeeExempt?: boolean | null | undefined;
  /** True: no marketing emails. */
  marketingEmailsOptOut?: boolean | null | undefined;
  /** Opening credit in the client's currency as a decimal string, e.g. "25.00"; recorded as the first line of the credit log. */
  openingCredit?: string | null | undefined;
  /** True: no overdue reminders. */
  overdueNoticesDisabled?: boolean | null | undefined;
  /** Sets a new login password */
  password?: string | null | undefined;
  /** E.164-like: +, digits, spaces, dots, dashes */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** Id of the project (brand); null removes the client from its project. */
  projectId?: string | number | null | undefined;
  /** Answer to the security question; stored hashed, never returned. */
  securityAnswer?: string | null | undefined;
  /** Security question for identifying the client (up to 200 characters). */
  securityQuestion?: string | null | undefined;
  /** True: each service is invoiced on its own. */
  separateInvoices?: boolean | null | undefined;
  /** True: the client may be logged into connected panels without a second login. */
  singleSignOnAllowed?: boolean | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Initial status; default Active. */
  status?: ClientStatus | null | undefined;
  /** True: the status no longer follows the services. */
  statusAutoUpdateDisabled?: boolean | null | undefined;
  /** True: no tax on the client's invoices. */
  taxExempt?: boolean | null | undefined;
  /** Individual or company; a company needs a company name. */
  type?: ClientType | null | undefined;
};

/** A new login for a client account. */
export type CreateClientUserInput = {
  /** False creates the user unable to log in; default true. */
  active?: boolean | null | undefined;
  /** Login email; stored lower case, unique among all logins. */
  email: string;
  /** First name (1-100 characters). */
  firstName: string;
  /** Last name (1-100 characters). */
  lastName: string;
  /** Login password, 12-200 characters. */
  password: string;
  /** Areas of the client account the user may see and change. */
  permissions: Array<ClientPermission>;
};

/** A new contact of a client. */
export type CreateContactInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** True makes this the client's billing contact (invoices are addressed to it); false stops it being one. */
  billingContact?: boolean | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** Email address (required). */
  email: string;
  /** Categories of email this contact receives; replaces the current ones. */
  emailCategories?: Array<EmailCategory> | null | undefined;
  /** First name (required). */
  firstName: string;
  /** Last name (required). */
  lastName: string;
  /** Phone number: +, digits, spaces, dots, dashes. */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Gives the contact a login, or changes it. Only the account holder or staff. */
  subAccount?: SubAccountInput | null | undefined;
};

/** A domain record added by hand; nothing runs at the registrar. */
export type CreateDomainInput = {
  /** Default true */
  autoRenew?: boolean | null | undefined;
  /** Id of the client that owns the domain. */
  clientId: string | number;
  /** Transfer authorization code; stored encrypted, never returned */
  eppCode?: string | null | undefined;
  /** Date the registration expires (YYYY-MM-DD); null to clear. */
  expiryDate?: string | null | undefined;
  /** The domain name, e.g. example.com; stored lower case without a trailing dot. */
  name: string;
  /** Host names, at most 13 */
  nameservers?: Array<string> | null | undefined;
  /** A loaded registrar module; null until chosen */
  registrar?: string | null | undefined;
  /** Date it was registered (YYYY-MM-DD); null to clear. */
  registrationDate?: string | null | undefined;
  /** The registrar server every registrar command of the domain goes through (it must run the registrar); null: chosen on the next command from the TLD rule, else the oldest enabled server of the registrar. */
  serverId?: string | number | null | undefined;
  /** Status of the registration. */
  status?: DomainStatus | null | undefined;
};

/** A new payer of a client. */
export type CreatePayerInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** Email for the payer's invoices. */
  email?: string | null | undefined;
  /** Person or company name as it appears on invoices (1-200 characters). */
  name: string;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Required for a company */
  taxId?: string | null | undefined;
  /** Individual or company; a company needs a tax id. */
  type: PayerType;
};

/** A new product. */
export type CreateProductInput = {
  /** Whether paying an order's invoices sets this product up at once; null follows the operator's setting. */
  acceptOnPayment?: boolean | null | undefined;
  /** Fixed term in days; null for none */
  autoTerminateDays?: number | null | undefined;
  /** Description shown in the catalog. */
  description?: string | null | undefined;
  /** Product group; null for none */
  groupId?: string | number | null | undefined;
  /** True: not listed in the public catalog. */
  hidden?: boolean | null | undefined;
  /** A loaded provisioning module; null for none */
  module?: string | null | undefined;
  /** Name shown to clients and on invoices (1-200 characters). */
  name: string;
  /** Default FREE */
  payType?: PayType | null | undefined;
  /** Replaces all prices of the product; must fit the pay type */
  prices?: Array<PriceInput> | null | undefined;
  /** Per the module's productOptionsSchema */
  productOptions?: Record<string, unknown> | null | undefined;
  /** True: no longer sold; existing services keep the product. */
  retired?: boolean | null | undefined;
  /** Id of the server group new services are placed in; null for none. */
  serverGroupId?: string | number | null | undefined;
  /** Display order within its group (ascending). */
  sortOrder?: number | null | undefined;
  /** Units left (with stockControl); null for unlimited */
  stock?: number | null | undefined;
  /** True: stock limits how many can be ordered. */
  stockControl?: boolean | null | undefined;
  /** What kind of product it is. */
  type: ProductType;
  /** Replaces the products this one may be upgraded to (not itself) */
  upgradeTargetIds?: Array<string | number> | null | undefined;
  /** Welcome email template; null for none */
  welcomeEmail?: string | null | undefined;
};

/** A new server. */
export type CreateServerInput = {
  /** Default true */
  enabled?: boolean | null | undefined;
  /** Id of the server group; null for none. */
  groupId?: string | number | null | undefined;
  /** Host name the module connects to. */
  hostname: string;
  /** IPv4 or IPv6 address */
  ip?: string | null | undefined;
  /** Default 200 */
  maxAccounts?: number | null | undefined;
  /** Name of a loaded provisioning module (see modules). */
  module: string;
  /** Unique name of the server (1-100 characters). */
  name: string;
  /** Port, 1-65535; null for the module's default. */
  port?: number | null | undefined;
  /** Use TLS (default true) */
  secure?: boolean | null | undefined;
  /** The module's server settings, validated against its serverSettingsSchema; secrets are stored encrypted. */
  settings: Record<string, unknown>;
};

/** A service added by hand: nothing runs on the server */
export type CreateServiceInput = {
  /** Notes for staff; null to clear. */
  adminNotes?: string | null | undefined;
  /** How often the service is billed. */
  billingCycle: BillingCycle;
  /** Id of the client that gets the service. */
  clientId: string | number;
  /** Main domain of the service; null to clear. */
  domain?: string | null | undefined;
  /** In the client's currency, e.g. "10.00" */
  firstPaymentAmount?: string | null | undefined;
  /** Date the next renewal is due (YYYY-MM-DD); null to clear. */
  nextDueDate?: string | null | undefined;
  /** Stored encrypted; never returned */
  password?: string | null | undefined;
  /** Id of the product. */
  productId: string | number;
  /** In the client's currency, e.g. "10.00" */
  recurringAmount?: string | null | undefined;
  /** Default today */
  registrationDate?: string | null | undefined;
  /** Create: default is a server chosen from the product's server group */
  serverId?: string | number | null | undefined;
  /** Update: only along the staff transitions (see ServiceStatus) */
  status?: ServiceStatus | null | undefined;
  /** Only while Suspended */
  suspensionReason?: string | null | undefined;
  /** Only while Terminated or Cancelled (default: the day it got there) */
  terminationDate?: string | null | undefined;
  /** Login name of the account on the server; null to clear. */
  username?: string | null | undefined;
};

/** A new credit balance for a client. */
export type CreditAdjustmentInput = {
  /** Id of the client. */
  clientId: string | number;
  /** Why, shown in the credit log (1-255 characters). */
  description: string;
  /** The new balance: a decimal >= 0 in the client's currency */
  newBalance: string;
};

/** Credit to add to or remove from a client. */
export type CreditChangeInput = {
  /** Positive decimal in the client's currency, at most its decimals, e.g. "12.50" */
  amount: string;
  /** Id of the client. */
  clientId: string | number;
  /** What it is for, shown in the credit log (1-255 characters). */
  description: string;
};

/** Why a client's credit balance changed. */
export type CreditEntryKind =
  /** Staff added credit. */
  | 'ADD'
  /** Staff set the balance directly. */
  | 'ADJUSTMENT'
  /** The unused rest of the current cycle, credited when a service was downgraded. */
  | 'DOWNGRADE'
  /** Credit applied to an invoice (negative). */
  | 'INVOICE_APPLIED'
  /** Credit taken back from an invoice (positive). */
  | 'INVOICE_REMOVED'
  /** Another client's balance was merged into this one (amount 0: its entries moved here). */
  | 'MERGE'
  /** Opening credit given when the client was created. */
  | 'OPENING'
  /** The overpaid part of a payment. */
  | 'OVERPAYMENT'
  /** The overpaid part of a payment refunded through the gateway, taken back from credit (negative). */
  | 'OVERPAYMENT_REFUNDED'
  /** A payment refunded as credit. */
  | 'REFUND'
  /** Staff removed credit. */
  | 'REMOVE';

/** Whether the zone is on the DNS server. */
export type DnsZoneStatus =
  /** On the DNS server and answering queries. */
  | 'ACTIVE'
  /** Being created on the DNS server. */
  | 'CREATING'
  /** Creating it failed; the error says why. Creating it again retries. */
  | 'FAILED';

/** Criteria for the domain list; a domain must match all given ones. */
export type DomainFilter = {
  /** Ignored for a client: always its own */
  clientId?: string | number | null | undefined;
  /** Expiring on or before this date */
  expiringBefore?: string | null | undefined;
  /** Only domains of this registrar module. */
  registrar?: string | null | undefined;
  /** Substring of the name, or the id */
  search?: string | null | undefined;
  /** Only domains with one of these statuses. */
  status?: Array<DomainStatus> | null | undefined;
};

/** Whether a domain in the cart is registered or transferred in. */
export type DomainOrderAction =
  /** Register a new domain. */
  | 'REGISTER'
  /** Transfer the domain in from another registrar (needs its EPP code). */
  | 'TRANSFER';

/** Where a domain registration is in its life. */
export type DomainStatus =
  /** Registered and in use. */
  | 'ACTIVE'
  /** Cancelled or deleted; the name may be registered again. */
  | 'CANCELLED'
  /** Expired and not renewed. */
  | 'EXPIRED'
  /** Marked as fraudulent. */
  | 'FRAUD'
  /** Expired but still renewable at the normal price. */
  | 'GRACE_PERIOD'
  /** Recorded; not yet sent to a registrar. */
  | 'PENDING'
  /** Registration requested; waiting for the registry. */
  | 'PENDING_REGISTRATION'
  /** Transfer requested; waiting for the losing registrar or the registry. */
  | 'PENDING_TRANSFER'
  /** Deleted at the registry but still restorable (usually for a fee). */
  | 'REDEMPTION_PERIOD'
  /** Moved to another registrar. */
  | 'TRANSFERRED_AWAY';

/** A category of email; emails of a category go to the client and to every contact subscribed to it. */
export type EmailCategory =
  /** Emails about domains. */
  | 'DOMAIN'
  /** General announcements and account emails. */
  | 'GENERAL'
  /** Invoices and payment emails. */
  | 'INVOICE'
  /** Emails about products and services. */
  | 'PRODUCT'
  /** Support tickets and replies. */
  | 'SUPPORT';

/** Where an invoice is in its life. Overdue is not a status: see Invoice.overdue. */
export type InvoiceStatus =
  /** Cancelled; applied credit went back to the client. */
  | 'CANCELLED'
  /** Unpaid and handed to collections. */
  | 'COLLECTIONS'
  /** Being prepared: no number, not visible to the client, no credit applied. */
  | 'DRAFT'
  /** Fully paid (by payments and/or credit). */
  | 'PAID'
  /** A payment was started and is waiting for the gateway's confirmation. */
  | 'PAYMENT_PENDING'
  /** Paid, then refunded in full. */
  | 'REFUNDED'
  /** Issued and waiting for payment. */
  | 'UNPAID';

/** Which kind of account an email belongs to when logging in. */
export type LoginRealm =
  /** A client account, one of its users or a contact with a sub-account. */
  | 'CLIENT'
  /** A staff member of the operator. */
  | 'STAFF';

/** Delivery status of an email. */
export type MailStatus =
  /** Every attempt failed; it will not be sent. */
  | 'FAILED'
  /** Waiting to be sent (also between retries, and while no mail server is configured). */
  | 'QUEUED'
  /** Being handed to the mail server right now. */
  | 'SENDING'
  /** Accepted by the mail server. */
  | 'SENT'
  /** It went to the mail server, but the server never confirmed it (the connection or the sender broke off): it may have arrived. It is not sent again, so that nobody receives it twice. */
  | 'UNCONFIRMED';

/** Where a module job is. */
export type ModuleJobStatus =
  /** Dropped by staff before it succeeded. */
  | 'CANCELLED'
  /** Gave up: a non-retryable failure, attempts exhausted, or given up by staff. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A retryable failure; the next attempt is at nextRunAt. */
  | 'RETRYING'
  /** A worker is calling the module. */
  | 'RUNNING'
  /** The module succeeded and the service or domain was updated. */
  | 'SUCCEEDED';

/** Where one item of an order is. */
export type OrderItemStatus =
  /** Accepted and set up. */
  | 'ACCEPTED'
  /** The order was cancelled or marked as fraud. */
  | 'CANCELLED'
  /** Waiting to be accepted. */
  | 'PENDING';

/** Where an order is in its life. */
export type OrderStatus =
  /** Accepted: every item has been set up. */
  | 'ACTIVE'
  /** Cancelled before it was accepted: its unpaid invoices are cancelled. */
  | 'CANCELLED'
  /** Marked as fraud: its unpaid invoices are cancelled and nothing is set up. */
  | 'FRAUD'
  /** Placed and waiting to be accepted. */
  | 'PENDING';

/** How a product or addon is paid for. */
export type PayType =
  /** No charge; no prices. */
  | 'FREE'
  /** Paid once: one ONE_TIME price per currency. */
  | 'ONE_TIME'
  /** Paid every billing cycle: at least one price per cycle offered. */
  | 'RECURRING';

/** Whether a payer is a person or a company. */
export type PayerType =
  /** A company; a tax id is required. */
  | 'COMPANY'
  /** A private person. */
  | 'INDIVIDUAL';

/** A price for one cycle in one operator-defined currency; amounts are decimal strings with at most that currency's decimals */
export type PriceInput = {
  /** The price per cycle (or the one-time price) as a decimal string, e.g. "9.99". */
  amount: string;
  /** An operator-defined currency (ISO 4217). */
  currency: string;
  /** ONE_TIME for a ONE_TIME pay type, else a recurring cycle */
  cycle: BillingCycle;
  /** Default "0" */
  setupFee?: string | null | undefined;
};

/** What kind of product it is. */
export type ProductType =
  /** A domain registration sold as a product (e.g. through a registrar module). */
  | 'DOMAIN'
  /** A shared hosting account. */
  | 'HOSTING'
  /** Anything else. */
  | 'OTHER'
  /** A reseller hosting account. */
  | 'RESELLER'
  /** A dedicated or virtual server. */
  | 'SERVER';

/** A project (brand) with its defaults. */
export type ProjectInput = {
  /** Brand name shown to the project's clients (up to 200 characters). */
  brandName?: string | null | undefined;
  /** ISO 4217 currency for new clients of this project. */
  defaultCurrency?: string | null | undefined;
  /** URL of the project's logo. */
  logoUrl?: string | null | undefined;
  /** Unique name of the project (1-100 characters). */
  name: string;
  /** Support address shown to the project's clients. */
  supportEmail?: string | null | undefined;
};

/** A client signing up. The operator's required fields apply (see the requiredClientFields query). */
export type RegisterClientInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** Person to contact at a company (up to 200 characters). */
  contactPerson?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** ISO 4217 currency; default the project's, else the operator's default currency. */
  currency?: string | null | undefined;
  /** Login email; stored lower case, unique among all logins. */
  email: string;
  /** First name (1-100 characters). */
  firstName: string;
  /** BCP 47 language tag */
  language?: string | null | undefined;
  /** Last name (1-100 characters). */
  lastName: string;
  /** True: no marketing emails. */
  marketingEmailsOptOut?: boolean | null | undefined;
  /** Login password, 8-200 characters. */
  password: string;
  /** E.164-like: +, digits, spaces, dots, dashes */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** Project (brand) signed up through */
  projectId?: string | number | null | undefined;
  /** Answer to the security question; stored hashed, never returned. */
  securityAnswer?: string | null | undefined;
  /** Security question for identifying the client (up to 200 characters). */
  securityQuestion?: string | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Individual or company; a company needs a company name. */
  type?: ClientType | null | undefined;
};

/** An optional client field the operator can make required for sign-up and profile edits. */
export type RequiredClientField =
  /** First address line. */
  | 'ADDRESS1'
  /** City. */
  | 'CITY'
  /** Company name. */
  | 'COMPANY_NAME'
  /** Country. */
  | 'COUNTRY'
  /** Phone number. */
  | 'PHONE_NUMBER'
  /** Postal code. */
  | 'POSTCODE'
  /** Security question and answer. */
  | 'SECURITY_QUESTION'
  /** State or province. */
  | 'STATE';

/** What a service is to change to. Fields left out keep their value; configurable options left out keep theirs on the same product and take their default on another product. */
export type ServiceChangeInput = {
  /** New values of configurable options. */
  configOptions?: Array<CartConfigOptionInput> | null | undefined;
  /** The new billing cycle, one the product is priced in. */
  cycle?: BillingCycle | null | undefined;
  /** The new product; clients may choose one of their product's upgrade targets. */
  productId?: string | number | null | undefined;
};

/** Where a service is in its life. Staff may record changes along these steps: Pending → Active, Suspended, Terminated, Cancelled or Fraud; Active → Suspended, Terminated, Cancelled, Completed or Fraud; Suspended → Active, Terminated, Cancelled or Fraud; Fraud → Cancelled or Terminated. Terminated, Cancelled and Completed are final. */
export type ServiceStatus =
  /** Set up and in use. */
  | 'ACTIVE'
  /** Cancelled; no further invoices. */
  | 'CANCELLED'
  /** A one-time service that is done. */
  | 'COMPLETED'
  /** Marked as fraudulent. */
  | 'FRAUD'
  /** Ordered or added; not yet set up on a server. */
  | 'PENDING'
  /** Temporarily blocked (e.g. for non-payment); the account still exists. */
  | 'SUSPENDED'
  /** Removed from the server. */
  | 'TERMINATED';

/** The login of a contact: it logs in with the contact's email and the permissions given here. */
export type SubAccountInput = {
  /** False blocks the login and ends its sessions; default true. */
  active?: boolean | null | undefined;
  /** Required when the contact becomes a sub-account; optional to change it later */
  password?: string | null | undefined;
  /** Areas of the client account the contact may see and change; required when the contact becomes a sub-account. */
  permissions?: Array<ClientPermission> | null | undefined;
};

/** Whether money came in or went back. */
export type TransactionKind =
  /** Money received for an invoice. */
  | 'PAYMENT'
  /** Money given back for a payment, through the gateway or as client credit. */
  | 'REFUND';

/** Changes to a client made by staff; fields left out keep their value. */
export type UpdateClientInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** Staff-only notes */
  adminNotes?: string | null | undefined;
  /** Id of one of the client's own contacts to address invoices to; null addresses them to the client again. */
  billingContactId?: string | number | null | undefined;
  /** True: stored cards are never charged automatically. */
  cardProcessingDisabled?: boolean | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** Person to contact at a company (up to 200 characters). */
  contactPerson?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** ISO 4217 currency of the client's prices, invoices and credit; cannot change while the client has a credit balance. Default: the project's, else the operator's default currency. */
  currency?: string | null | undefined;
  /** Payment method for new invoices (a gateway name, up to 50 characters). */
  defaultPaymentMethod?: string | null | undefined;
  /** Login and contact email; stored lower case, unique among all logins. */
  email?: string | null | undefined;
  /** First name (1-100 characters). */
  firstName?: string | null | undefined;
  /** Id of the client group; null removes the client from its group. */
  groupId?: string | number | null | undefined;
  /** BCP 47 language tag */
  language?: string | null | undefined;
  /** Last name (1-100 characters). */
  lastName?: string | null | undefined;
  /** True: never charged late fees. */
  lateFeeExempt?: boolean | null | undefined;
  /** True: no marketing emails. */
  marketingEmailsOptOut?: boolean | null | undefined;
  /** True: no overdue reminders. */
  overdueNoticesDisabled?: boolean | null | undefined;
  /** Sets a new login password */
  password?: string | null | undefined;
  /** E.164-like: +, digits, spaces, dots, dashes */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** Id of the project (brand); null removes the client from its project. */
  projectId?: string | number | null | undefined;
  /** Answer to the security question; stored hashed, never returned. */
  securityAnswer?: string | null | undefined;
  /** Security question for identifying the client (up to 200 characters). */
  securityQuestion?: string | null | undefined;
  /** True: each service is invoiced on its own. */
  separateInvoices?: boolean | null | undefined;
  /** True: the client may be logged into connected panels without a second login. */
  singleSignOnAllowed?: boolean | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** True: the status no longer follows the services. */
  statusAutoUpdateDisabled?: boolean | null | undefined;
  /** True: no tax on the client's invoices. */
  taxExempt?: boolean | null | undefined;
  /** Individual or company; a company needs a company name. */
  type?: ClientType | null | undefined;
};

/** Changes to a client's user; fields left out keep their value. */
export type UpdateClientUserInput = {
  /** false ends the user's sessions and blocks its logins */
  active?: boolean | null | undefined;
  /** New login email; stored lower case, unique among all logins. */
  email?: string | null | undefined;
  /** First name (1-100 characters). */
  firstName?: string | null | undefined;
  /** Last name (1-100 characters). */
  lastName?: string | null | undefined;
  /** Changing it ends the user's sessions */
  password?: string | null | undefined;
  /** The new permission set; replaces the old one. */
  permissions?: Array<ClientPermission> | null | undefined;
};

/** Changes to a contact; fields left out keep their value. */
export type UpdateContactInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** True makes this the client's billing contact (invoices are addressed to it); false stops it being one. */
  billingContact?: boolean | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** Email address; for a sub-account also its login. */
  email?: string | null | undefined;
  /** Categories of email this contact receives; replaces the current ones. */
  emailCategories?: Array<EmailCategory> | null | undefined;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Phone number: +, digits, spaces, dots, dashes. */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** True removes the contact's login. Only the account holder or staff. */
  removeSubAccount?: boolean | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Gives the contact a login, or changes it. Only the account holder or staff. */
  subAccount?: SubAccountInput | null | undefined;
};

/** Changes to a domain record; fields left out keep their value. Nothing runs at the registrar. */
export type UpdateDomainInput = {
  /** Default true */
  autoRenew?: boolean | null | undefined;
  /** Transfer authorization code; stored encrypted, never returned */
  eppCode?: string | null | undefined;
  /** Date the registration expires (YYYY-MM-DD); null to clear. */
  expiryDate?: string | null | undefined;
  /** Stored lower case, without a trailing dot */
  name?: string | null | undefined;
  /** Host names, at most 13 */
  nameservers?: Array<string> | null | undefined;
  /** A loaded registrar module; null until chosen */
  registrar?: string | null | undefined;
  /** Date it was registered (YYYY-MM-DD); null to clear. */
  registrationDate?: string | null | undefined;
  /** The registrar server every registrar command of the domain goes through (it must run the registrar); null: chosen on the next command from the TLD rule, else the oldest enabled server of the registrar. */
  serverId?: string | number | null | undefined;
  /** Status of the registration. */
  status?: DomainStatus | null | undefined;
};

/** Changes to a payer; fields left out keep their value. */
export type UpdatePayerInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** Email for the payer's invoices. */
  email?: string | null | undefined;
  /** Person or company name as it appears on invoices (1-200 characters). */
  name?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Required for a company */
  taxId?: string | null | undefined;
  /** Individual or company; a company needs a tax id. */
  type?: PayerType | null | undefined;
};

/** Changes a client makes to its own profile; fields left out keep their value. */
export type UpdateProfileInput = {
  /** First street address line. */
  address1?: string | null | undefined;
  /** Second street address line (building, floor, c/o). */
  address2?: string | null | undefined;
  /** City or town. */
  city?: string | null | undefined;
  /** Company name (up to 200 characters). */
  companyName?: string | null | undefined;
  /** Person to contact at a company (up to 200 characters). */
  contactPerson?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  /** Required to change the email or the password */
  currentPassword?: string | null | undefined;
  /** Login and contact email; stored lower case, unique among all logins. */
  email?: string | null | undefined;
  /** First name (1-100 characters). */
  firstName?: string | null | undefined;
  /** BCP 47 language tag */
  language?: string | null | undefined;
  /** Last name (1-100 characters). */
  lastName?: string | null | undefined;
  /** True: no marketing emails. */
  marketingEmailsOptOut?: boolean | null | undefined;
  /** New password; requires currentPassword */
  newPassword?: string | null | undefined;
  /** E.164-like: +, digits, spaces, dots, dashes */
  phoneNumber?: string | null | undefined;
  /** Postal code, as written in the country. */
  postcode?: string | null | undefined;
  /** Answer to the security question; stored hashed, never returned. */
  securityAnswer?: string | null | undefined;
  /** Security question for identifying the client (up to 200 characters). */
  securityQuestion?: string | null | undefined;
  /** State or province: the ISO 3166-2 subdivision code without the country (QC for CA-QC) or its name; stored as the code. */
  state?: string | null | undefined;
  /** Individual or company; a company needs a company name. */
  type?: ClientType | null | undefined;
};

/** Changes to a service record; fields left out keep their value. Nothing runs on the server. */
export type UpdateServiceInput = {
  /** Notes for staff; null to clear. */
  adminNotes?: string | null | undefined;
  /** How often the service is billed. */
  billingCycle?: BillingCycle | null | undefined;
  /** Main domain of the service; null to clear. */
  domain?: string | null | undefined;
  /** In the client's currency, e.g. "10.00" */
  firstPaymentAmount?: string | null | undefined;
  /** Date the next renewal is due (YYYY-MM-DD); null to clear. */
  nextDueDate?: string | null | undefined;
  /** Stored encrypted; never returned */
  password?: string | null | undefined;
  /** Id of the product. */
  productId?: string | number | null | undefined;
  /** In the client's currency, e.g. "10.00" */
  recurringAmount?: string | null | undefined;
  /** Default today */
  registrationDate?: string | null | undefined;
  /** Create: default is a server chosen from the product's server group */
  serverId?: string | number | null | undefined;
  /** Update: only along the staff transitions (see ServiceStatus) */
  status?: ServiceStatus | null | undefined;
  /** Only while Suspended */
  suspensionReason?: string | null | undefined;
  /** Only while Terminated or Cancelled (default: the day it got there) */
  terminationDate?: string | null | undefined;
  /** Login name of the account on the server; null to clear. */
  username?: string | null | undefined;
};

/** Changes to the settings; fields left out keep their value. */
export type UpdateSettingsInput = {
  /** Whether paying all of a pending order's invoices accepts the order at once. */
  acceptOrdersOnPayment?: boolean | null | undefined;
  /** Whether downgrading a service credits the unused rest of the current cycle to the client's credit balance. */
  creditOnDowngrade?: boolean | null | undefined;
  /** Replaces the list of required client fields. */
  requiredClientFields?: Array<RequiredClientField> | null | undefined;
};

export type ActivityLogEntryFieldsFragment = { id: string, createdAt: string, actorType: ActorType, action: string, targetType: string, targetId: string | null, ip: string | null, details: Record<string, unknown> | null, staff: { id: string } | null, impersonator: { id: string } | null, client: { id: string } | null };

export type ActivityLogLogQueryVariables = Exact<{
  f?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ActivityLogLogQuery = { activityLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, createdAt: string, actorType: ActorType, action: string, targetType: string, targetId: string | null, ip: string | null, details: Record<string, unknown> | null, staff: { id: string } | null, impersonator: { id: string } | null, client: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ActivityLogCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ActivityLogCreateClientMutation = { createClient: { id: string } };

export type ActivityLogRegisterMutationVariables = Exact<{
  i: RegisterClientInput;
}>;


export type ActivityLogRegisterMutation = { registerClient: { id: string } };

export type ActivityLogUpdateClientMutationVariables = Exact<{
  id: string | number;
  i: UpdateClientInput;
}>;


export type ActivityLogUpdateClientMutation = { updateClient: { id: string, firstName: string | null } };

export type ActivityLogUpdateMeMutationVariables = Exact<{
  i: UpdateProfileInput;
}>;


export type ActivityLogUpdateMeMutation = { updateMyProfile: { id: string, city: string | null } };

export type ActivityLogSetStatusMutationVariables = Exact<{
  id: string | number;
  s: ClientStatus;
}>;


export type ActivityLogSetStatusMutation = { setClientStatus: { id: string, status: ClientStatus } };

export type ActivityLogCreateGroupMutationVariables = Exact<{
  i: ClientGroupInput;
}>;


export type ActivityLogCreateGroupMutation = { createClientGroup: { id: string } };

export type ActivityLogUpdateGroupMutationVariables = Exact<{
  id: string | number;
  i: ClientGroupInput;
}>;


export type ActivityLogUpdateGroupMutation = { updateClientGroup: { id: string } };

export type ActivityLogDeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivityLogDeleteGroupMutation = { deleteClientGroup: string };

export type ActivityLogCreateProjectMutationVariables = Exact<{
  i: ProjectInput;
}>;


export type ActivityLogCreateProjectMutation = { createProject: { id: string } };

export type ActivityLogUpdateProjectMutationVariables = Exact<{
  id: string | number;
  i: ProjectInput;
}>;


export type ActivityLogUpdateProjectMutation = { updateProject: { id: string } };

export type ActivityLogDeleteProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivityLogDeleteProjectMutation = { deleteProject: string };

export type ActivityLogUpdateSettingsMutationVariables = Exact<{
  i: UpdateSettingsInput;
}>;


export type ActivityLogUpdateSettingsMutation = { updateSettings: { requiredClientFields: Array<RequiredClientField> } };

export type ClientStatusCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ClientStatusCreateClientMutation = { createClient: { id: string, status: ClientStatus } };

export type ClientStatusUpdateClientMutationVariables = Exact<{
  id: string | number;
  i: UpdateClientInput;
}>;


export type ClientStatusUpdateClientMutation = { updateClient: { id: string } };

export type ClientStatusSetClientStatusMutationVariables = Exact<{
  id: string | number;
  s: ClientStatus;
}>;


export type ClientStatusSetClientStatusMutation = { setClientStatus: { id: string, status: ClientStatus } };

export type ClientStatusClientQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientStatusClientQuery = { client: { status: ClientStatus } | null };

export type ClientStatusCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type ClientStatusCreateProductMutation = { createProduct: { id: string } };

export type ClientStatusCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type ClientStatusCreateServiceMutation = { createService: { id: string } };

export type ClientStatusUpdateServiceMutationVariables = Exact<{
  id: string | number;
  i: UpdateServiceInput;
}>;


export type ClientStatusUpdateServiceMutation = { updateService: { id: string, status: ServiceStatus } };

export type ClientStatusMoveServiceMutationVariables = Exact<{
  id: string | number;
  to: string | number;
}>;


export type ClientStatusMoveServiceMutation = { moveService: { id: string } };

export type ClientStatusDeleteServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ClientStatusDeleteServiceMutation = { deleteService: string };

export type ClientStatusCreateDomainMutationVariables = Exact<{
  i: CreateDomainInput;
}>;


export type ClientStatusCreateDomainMutation = { createDomain: { id: string } };

export type ClientStatusUpdateDomainMutationVariables = Exact<{
  id: string | number;
  i: UpdateDomainInput;
}>;


export type ClientStatusUpdateDomainMutation = { updateDomain: { id: string } };

export type ClientStatusClientChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ClientStatusClientChangedSubscription = { clientChanged: { clientId: string, change: ClientChange, client: { status: ClientStatus } | null } };

export type ClientUsersCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ClientUsersCreateClientMutation = { createClient: { id: string } };

export type ClientUsersCreateUserMutationVariables = Exact<{
  c: string | number;
  i: CreateClientUserInput;
}>;


export type ClientUsersCreateUserMutation = { createClientUser: { id: string, email: string, permissions: Array<ClientPermission>, active: boolean } };

export type ClientUsersUpdateUserMutationVariables = Exact<{
  id: string | number;
  i: UpdateClientUserInput;
}>;


export type ClientUsersUpdateUserMutation = { updateClientUser: { id: string, permissions: Array<ClientPermission>, active: boolean } };

export type ClientUsersDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ClientUsersDeleteUserMutation = { deleteClientUser: string };

export type ClientUsersCreateContactMutationVariables = Exact<{
  c: string | number;
  i: CreateContactInput;
}>;


export type ClientUsersCreateContactMutation = { createContact: { id: string, subAccount: { id: string, email: string, permissions: Array<ClientPermission> } | null } };

export type ClientUsersUpdateContactMutationVariables = Exact<{
  id: string | number;
  i: UpdateContactInput;
}>;


export type ClientUsersUpdateContactMutation = { updateContact: { id: string, subAccount: { id: string, email: string, permissions: Array<ClientPermission> } | null } };

export type ClientUsersCreatePayerMutationVariables = Exact<{
  c: string | number;
  i: CreatePayerInput;
}>;


export type ClientUsersCreatePayerMutation = { createPayer: { id: string, type: PayerType, name: string, taxId: string | null, country: string | null } };

export type ClientUsersUpdatePayerMutationVariables = Exact<{
  id: string | number;
  i: UpdatePayerInput;
}>;


export type ClientUsersUpdatePayerMutation = { updatePayer: { id: string, name: string, taxId: string | null } };

export type ClientUsersDeletePayerMutationVariables = Exact<{
  id: string | number;
}>;


export type ClientUsersDeletePayerMutation = { deletePayer: string };

export type ClientUsersLoginMutationVariables = Exact<{
  e: string;
  p: string;
}>;


export type ClientUsersLoginMutation = { login: { token: string, me: { permissions: Array<ClientPermission> | null, client: { id: string } | null, clientUser: { id: string, email: string } | null } } };

export type ClientUsersCreditLogQueryVariables = Exact<{
  c: string | number;
}>;


export type ClientUsersCreditLogQuery = { creditLog: { totalCount: number } };

export type ClientUsersContactsQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientUsersContactsQuery = { client: { id: string, contacts: Array<{ id: string }> | null } | null };

export type ClientUsersUsersQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientUsersUsersQuery = { client: { users: Array<{ id: string, email: string }> | null, payers: Array<{ id: string, name: string }> | null } | null };

export type ContactsCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ContactsCreateClientMutation = { createClient: { id: string } };

export type ContactsContactFragment = { id: string, firstName: string, lastName: string, email: string, companyName: string | null, city: string | null, country: string | null, emailCategories: Array<EmailCategory>, subAccount: { id: string, email: string, permissions: Array<ClientPermission> } | null };

export type ContactsCreateMutationVariables = Exact<{
  c: string | number;
  i: CreateContactInput;
}>;


export type ContactsCreateMutation = { createContact: { id: string, firstName: string, lastName: string, email: string, companyName: string | null, city: string | null, country: string | null, emailCategories: Array<EmailCategory>, subAccount: { id: string, email: string, permissions: Array<ClientPermission> } | null } };

export type ContactsUpdateMutationVariables = Exact<{
  id: string | number;
  i: UpdateContactInput;
}>;


export type ContactsUpdateMutation = { updateContact: { id: string, firstName: string, lastName: string, email: string, companyName: string | null, city: string | null, country: string | null, emailCategories: Array<EmailCategory>, subAccount: { id: string, email: string, permissions: Array<ClientPermission> } | null } };

export type ContactsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ContactsDeleteMutation = { deleteContact: string };

export type ContactsClientQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactsClientQuery = { client: { id: string, billingContact: { id: string, email: string } | null, contacts: Array<{ id: string, email: string, emailCategories: Array<EmailCategory> }> | null } | null };

export type CreditCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type CreditCreateClientMutation = { createClient: { id: string, currency: string, creditBalance: { amount: string, currency: string } | null } };

export type CreditEntryFieldsFragment = { id: string, kind: CreditEntryKind, description: string, createdAt: string, staff: { id: string } | null, amount: { amount: string, currency: string }, balanceBefore: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } };

export type CreditAddMutationVariables = Exact<{
  i: CreditChangeInput;
}>;


export type CreditAddMutation = { addCredit: { id: string, kind: CreditEntryKind, description: string, createdAt: string, staff: { id: string } | null, amount: { amount: string, currency: string }, balanceBefore: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } } };

export type CreditRemoveMutationVariables = Exact<{
  i: CreditChangeInput;
}>;


export type CreditRemoveMutation = { removeCredit: { id: string, kind: CreditEntryKind, description: string, createdAt: string, staff: { id: string } | null, amount: { amount: string, currency: string }, balanceBefore: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } } };

export type CreditAdjustMutationVariables = Exact<{
  i: CreditAdjustmentInput;
}>;


export type CreditAdjustMutation = { adjustCreditBalance: { id: string, kind: CreditEntryKind, description: string, createdAt: string, staff: { id: string } | null, amount: { amount: string, currency: string }, balanceBefore: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } } };

export type CreditLogQueryVariables = Exact<{
  c: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CreditLogQuery = { creditLog: { totalCount: number, edges: Array<{ node: { id: string, kind: CreditEntryKind, description: string, createdAt: string, staff: { id: string } | null, amount: { amount: string, currency: string }, balanceBefore: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreditBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditBalanceQuery = { client: { creditBalance: { amount: string, currency: string } | null } | null };

export type ConnectionLossCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ConnectionLossCreateClientMutation = { createClient: { id: string } };

export type ConnectionLossClientCountQueryVariables = Exact<{
  email: string;
}>;


export type ConnectionLossClientCountQuery = { clients: { totalCount: number } };

export type ConnectionLossCreateServerMutationVariables = Exact<{
  i: CreateServerInput;
}>;


export type ConnectionLossCreateServerMutation = { createServer: { id: string } };

export type ConnectionLossCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type ConnectionLossCreateProductMutation = { createProduct: { id: string } };

export type ConnectionLossCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type ConnectionLossCreateServiceMutation = { createService: { id: string } };

export type ConnectionLossRunModuleCommandMutationVariables = Exact<{
  s: string | number;
}>;


export type ConnectionLossRunModuleCommandMutation = { runModuleCommand: { id: string } };

export type ConnectionLossModuleJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionLossModuleJobQuery = { moduleJob: { status: ModuleJobStatus } | null };

export type DomainScenarioCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type DomainScenarioCreateClientMutation = { createClient: { id: string } };

export type DomainScenarioCreateContactMutationVariables = Exact<{
  c: string | number;
  i: CreateContactInput;
}>;


export type DomainScenarioCreateContactMutation = { createContact: { id: string } };

export type DomainScenarioCreateServerMutationVariables = Exact<{
  i: CreateServerInput;
}>;


export type DomainScenarioCreateServerMutation = { createServer: { id: string } };

export type DomainScenarioCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type DomainScenarioCreateProductMutation = { createProduct: { id: string } };

export type DomainScenarioCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type DomainScenarioCreateServiceMutation = { createService: { id: string } };

export type DomainScenarioCreateDomainMutationVariables = Exact<{
  i: CreateDomainInput;
}>;


export type DomainScenarioCreateDomainMutation = { createDomain: { id: string, name: string } };

export type DomainScenarioAddOrderMutationVariables = Exact<{
  i: AddOrderInput;
}>;


export type DomainScenarioAddOrderMutation = { addOrder: { id: string, items: Array<{ id: string }> } };

export type DomainScenarioAcceptMutationVariables = Exact<{
  id: string | number;
  items?: Array<AcceptItemInput> | AcceptItemInput | null | undefined;
}>;


export type DomainScenarioAcceptMutation = { acceptOrder: { status: OrderStatus, items: Array<{ status: OrderItemStatus }> } };

export type DomainScenarioDomainsQueryVariables = Exact<{
  f?: DomainFilter | null | undefined;
}>;


export type DomainScenarioDomainsQuery = { domains: { edges: Array<{ node: { id: string, name: string, status: DomainStatus } }> } };

export type DomainScenarioDomainQueryVariables = Exact<{
  id: string | number;
}>;


export type DomainScenarioDomainQuery = { domain: { status: DomainStatus, expiryDate: string | null, dnsZone: { status: DnsZoneStatus } | null } | null };

export type DomainScenarioRunServiceMutationVariables = Exact<{
  s: string | number;
  c: string;
}>;


export type DomainScenarioRunServiceMutation = { runModuleCommand: { id: string } };

export type DomainScenarioRunDomainMutationVariables = Exact<{
  d: string | number;
  c: string;
  i?: Record<string, unknown> | null | undefined;
}>;


export type DomainScenarioRunDomainMutation = { runDomainCommand: { id: string } };

export type DomainScenarioJobQueryVariables = Exact<{
  id: string | number;
}>;


export type DomainScenarioJobQuery = { moduleJob: { status: ModuleJobStatus } | null };

export type DomainScenarioPollMutationVariables = Exact<{
  s: string | number;
}>;


export type DomainScenarioPollMutation = { pollRegistry: boolean };

export type DomainScenarioEmailsQueryVariables = Exact<{
  c: string | number;
}>;


export type DomainScenarioEmailsQuery = { clientEmails: { edges: Array<{ node: { type: string, language: string, recipient: string, subject: string, status: MailStatus, attempts: number, lastError: string | null, messageId: string } }> } };

export type DowngradeCreditSettingsMutationVariables = Exact<{
  i: UpdateSettingsInput;
}>;


export type DowngradeCreditSettingsMutation = { updateSettings: { acceptOrdersOnPayment: boolean, creditOnDowngrade: boolean } };

export type DowngradeCreditReadSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DowngradeCreditReadSettingsQuery = { settings: { creditOnDowngrade: boolean } };

export type DowngradeCreditPreviewQueryVariables = Exact<{
  s: string | number;
  i: ServiceChangeInput;
}>;


export type DowngradeCreditPreviewQuery = { serviceChangePreview: { amount: { amount: string }, creditToBalance: { amount: string, currency: string } } };

export type DowngradeCreditUpgradeMutationVariables = Exact<{
  s: string | number;
  i: ServiceChangeInput;
}>;


export type DowngradeCreditUpgradeMutation = { upgradeService: { status: OrderStatus, invoices: Array<{ id: string }> } };

export type DowngradeCreditServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type DowngradeCreditServiceQuery = { service: { product: { id: string }, recurringAmount: { amount: string } } | null };

export type DowngradeCreditBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type DowngradeCreditBalanceQuery = { client: { creditBalance: { amount: string } | null } | null };

export type DowngradeCreditProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type DowngradeCreditProductMutation = { createProduct: { id: string } };

export type DowngradeCreditClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type DowngradeCreditClientMutation = { createClient: { id: string } };

export type DowngradeCreditCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type DowngradeCreditCreateServiceMutation = { createService: { id: string } };

export type DowngradeCreditActivateMutationVariables = Exact<{
  id: string | number;
  i: UpdateServiceInput;
}>;


export type DowngradeCreditActivateMutation = { updateService: { status: ServiceStatus } };

export type AcrossProcessesServiceChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AcrossProcessesServiceChangedSubscription = { serviceChanged: { serviceId: string, status: ServiceStatus, job: { command: string, status: ModuleJobStatus } | null } };

export type AcrossProcessesClientChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AcrossProcessesClientChangedSubscription = { clientChanged: { clientId: string, change: ClientChange, client: { status: ClientStatus } | null } };

export type AcrossProcessesLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type AcrossProcessesLoginMutation = { login: { token: string } };

export type AcrossProcessesCreateServerMutationVariables = Exact<{
  i: CreateServerInput;
}>;


export type AcrossProcessesCreateServerMutation = { createServer: { id: string } };

export type AcrossProcessesCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type AcrossProcessesCreateProductMutation = { createProduct: { id: string } };

export type AcrossProcessesCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type AcrossProcessesCreateClientMutation = { createClient: { id: string } };

export type AcrossProcessesCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type AcrossProcessesCreateServiceMutation = { createService: { id: string } };

export type AcrossProcessesClientStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type AcrossProcessesClientStatusQuery = { client: { status: ClientStatus } | null };

export type AcrossProcessesCreateMutationVariables = Exact<{
  s: string | number;
}>;


export type AcrossProcessesCreateMutation = { runModuleCommand: { id: string } };

export type AcrossProcessesServiceStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type AcrossProcessesServiceStatusQuery = { service: { status: ServiceStatus } | null };

export type AcrossProcessesSuspendMutationVariables = Exact<{
  s: string | number;
}>;


export type AcrossProcessesSuspendMutation = { runModuleCommand: { id: string } };

export type LatePayConfigureMutationVariables = Exact<{
  i: ConfigurePaymentGatewayInput;
}>;


export type LatePayConfigureMutation = { configurePaymentGateway: { module: string } };

export type LatePayStartMutationVariables = Exact<{
  id: string | number;
  g: string;
}>;


export type LatePayStartMutation = { payInvoice: { reference: string | null } };

export type LatePayInvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type LatePayInvoiceQuery = { invoice: { status: InvoiceStatus, amountPaid: { amount: string }, balanceDue: { amount: string }, transactions: Array<{ id: string, kind: TransactionKind, gateway: string, transactionId: string, amount: { amount: string, currency: string }, toClientCredit: { amount: string } }> } | null };

export type LatePayEmailsQueryVariables = Exact<{
  c: string | number;
}>;


export type LatePayEmailsQuery = { clientEmails: { edges: Array<{ node: { type: string, recipient: string, subject: string, body: string } }> } };

export type ImpersonationCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type ImpersonationCreateClientMutation = { createClient: { id: string } };

export type ImpersonationLoginAsMutationVariables = Exact<{
  c: string | number;
}>;


export type ImpersonationLoginAsMutation = { loginAsClient: { token: string, me: { sessionId: string, client: { id: string, email: string | null } | null, impersonator: { id: string } | null, staff: { id: string } | null } } };

export type ImpersonationEndMutationVariables = Exact<{ [key: string]: never; }>;


export type ImpersonationEndMutation = { endImpersonation: { sessionId: string, staff: { id: string, email: string } | null, client: { id: string } | null } };

export type ImpersonationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ImpersonationMeQuery = { me: { sessionId: string, permissions: Array<ClientPermission> | null, staff: { id: string } | null, client: { id: string } | null, impersonator: { id: string } | null } | null };

export type ImpersonationUpdateMeMutationVariables = Exact<{
  i: UpdateProfileInput;
}>;


export type ImpersonationUpdateMeMutation = { updateMyProfile: { id: string, city: string | null } };

export type WorkerSplitCreateClientMutationVariables = Exact<{
  i: CreateClientInput;
}>;


export type WorkerSplitCreateClientMutation = { createClient: { id: string } };

export type WorkerSplitCreateProductMutationVariables = Exact<{
  i: CreateProductInput;
}>;


export type WorkerSplitCreateProductMutation = { createProduct: { id: string } };

export type WorkerSplitCreateServerMutationVariables = Exact<{
  i: CreateServerInput;
}>;


export type WorkerSplitCreateServerMutation = { createServer: { id: string } };

export type WorkerSplitCreateServiceMutationVariables = Exact<{
  i: CreateServiceInput;
}>;


export type WorkerSplitCreateServiceMutation = { createService: { id: string } };

export type WorkerSplitRunMutationVariables = Exact<{
  s: string | number;
}>;


export type WorkerSplitRunMutation = { runModuleCommand: { id: string, status: ModuleJobStatus } };

export type WorkerSplitCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkerSplitCancelMutation = { cancelModuleJob: { id: string, status: ModuleJobStatus } };

export type WorkerSplitServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerSplitServiceQuery = { service: { status: ServiceStatus } | null };

export type SessionsAndStaffLoginMutationVariables = Exact<{
  e: string;
  p: string;
  r?: LoginRealm | null | undefined;
}>;


export type SessionsAndStaffLoginMutation = { login: { token: string } };

export type SessionsAndStaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsAndStaffMeQuery = { me: { sessionId: string } | null };

export type SessionsAndStaffUpdateProfileMutationVariables = Exact<{
  i: UpdateProfileInput;
}>;


export type SessionsAndStaffUpdateProfileMutation = { updateMyProfile: { email: string | null } };

export type SessionsAndStaffCreateContactMutationVariables = Exact<{
  c: string | number;
  i: CreateContactInput;
}>;


export type SessionsAndStaffCreateContactMutation = { createContact: { id: string, email: string, subAccount: { id: string } | null } };

export type SessionsAndStaffUpdateContactMutationVariables = Exact<{
  id: string | number;
  i: UpdateContactInput;
}>;


export type SessionsAndStaffUpdateContactMutation = { updateContact: { id: string, email: string } };

export type SessionsAndStaffChangeStaffPasswordMutationVariables = Exact<{
  i: ChangeStaffPasswordInput;
}>;


export type SessionsAndStaffChangeStaffPasswordMutation = { changeStaffPassword: { id: string } };

export type SessionsAndStaffDeactivateMutationVariables = Exact<{
  id: string | number;
}>;


export type SessionsAndStaffDeactivateMutation = { deactivateStaff: { id: string, active: boolean } };

export type SubscriptionsClientChangedSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type SubscriptionsClientChangedSubscription = { clientChanged: { clientId: string, change: ClientChange, client: { id: string, city: string | null } | null } };

export type SubscriptionsRegisterMutationVariables = Exact<{
  i: RegisterClientInput;
}>;


export type SubscriptionsRegisterMutation = { registerClient: { id: string } };

export type SubscriptionsUpdateMutationVariables = Exact<{
  id: string | number;
  i: UpdateClientInput;
}>;


export type SubscriptionsUpdateMutation = { updateClient: { id: string, city: string | null } };

export type SubscriptionsUpdateProfileMutationVariables = Exact<{
  i: UpdateProfileInput;
}>;


export type SubscriptionsUpdateProfileMutation = { updateMyProfile: { id: string, city: string | null } };

export const ActivityLogEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]} as unknown as DocumentNode<ActivityLogEntryFieldsFragment, unknown>;
export const ContactsContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactsContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"emailCategories"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ContactsContactFragment, unknown>;
export const CreditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreditEntryFieldsFragment, unknown>;
export const ActivityLogLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityLogLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityLogEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityLogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]} as unknown as DocumentNode<ActivityLogLogQuery, ActivityLogLogQueryVariables>;
export const ActivityLogCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogCreateClientMutation, ActivityLogCreateClientMutationVariables>;
export const ActivityLogRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogRegisterMutation, ActivityLogRegisterMutationVariables>;
export const ActivityLogUpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogUpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]} as unknown as DocumentNode<ActivityLogUpdateClientMutation, ActivityLogUpdateClientMutationVariables>;
export const ActivityLogUpdateMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogUpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<ActivityLogUpdateMeMutation, ActivityLogUpdateMeMutationVariables>;
export const ActivityLogSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClientStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ActivityLogSetStatusMutation, ActivityLogSetStatusMutationVariables>;
export const ActivityLogCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogCreateGroupMutation, ActivityLogCreateGroupMutationVariables>;
export const ActivityLogUpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogUpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogUpdateGroupMutation, ActivityLogUpdateGroupMutationVariables>;
export const ActivityLogDeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogDeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ActivityLogDeleteGroupMutation, ActivityLogDeleteGroupMutationVariables>;
export const ActivityLogCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogCreateProjectMutation, ActivityLogCreateProjectMutationVariables>;
export const ActivityLogUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActivityLogUpdateProjectMutation, ActivityLogUpdateProjectMutationVariables>;
export const ActivityLogDeleteProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogDeleteProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ActivityLogDeleteProjectMutation, ActivityLogDeleteProjectMutationVariables>;
export const ActivityLogUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityLogUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredClientFields"}}]}}]}}]} as unknown as DocumentNode<ActivityLogUpdateSettingsMutation, ActivityLogUpdateSettingsMutationVariables>;
export const ClientStatusCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientStatusCreateClientMutation, ClientStatusCreateClientMutationVariables>;
export const ClientStatusUpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusUpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusUpdateClientMutation, ClientStatusUpdateClientMutationVariables>;
export const ClientStatusSetClientStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusSetClientStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setClientStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientStatusSetClientStatusMutation, ClientStatusSetClientStatusMutationVariables>;
export const ClientStatusClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientStatusClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientStatusClientQuery, ClientStatusClientQueryVariables>;
export const ClientStatusCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusCreateProductMutation, ClientStatusCreateProductMutationVariables>;
export const ClientStatusCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusCreateServiceMutation, ClientStatusCreateServiceMutationVariables>;
export const ClientStatusUpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusUpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClientStatusUpdateServiceMutation, ClientStatusUpdateServiceMutationVariables>;
export const ClientStatusMoveServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusMoveService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"toClientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusMoveServiceMutation, ClientStatusMoveServiceMutationVariables>;
export const ClientStatusDeleteServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusDeleteService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClientStatusDeleteServiceMutation, ClientStatusDeleteServiceMutationVariables>;
export const ClientStatusCreateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusCreateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusCreateDomainMutation, ClientStatusCreateDomainMutationVariables>;
export const ClientStatusUpdateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusUpdateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientStatusUpdateDomainMutation, ClientStatusUpdateDomainMutationVariables>;
export const ClientStatusClientChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClientStatusClientChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ClientStatusClientChangedSubscription, ClientStatusClientChangedSubscriptionVariables>;
export const ClientUsersCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ClientUsersCreateClientMutation, ClientUsersCreateClientMutationVariables>;
export const ClientUsersCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClientUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ClientUsersCreateUserMutation, ClientUsersCreateUserMutationVariables>;
export const ClientUsersUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClientUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ClientUsersUpdateUserMutation, ClientUsersUpdateUserMutationVariables>;
export const ClientUsersDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClientUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClientUsersDeleteUserMutation, ClientUsersDeleteUserMutationVariables>;
export const ClientUsersCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<ClientUsersCreateContactMutation, ClientUsersCreateContactMutationVariables>;
export const ClientUsersUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<ClientUsersUpdateContactMutation, ClientUsersUpdateContactMutationVariables>;
export const ClientUsersCreatePayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersCreatePayer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePayerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPayer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ClientUsersCreatePayerMutation, ClientUsersCreatePayerMutationVariables>;
export const ClientUsersUpdatePayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersUpdatePayer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePayerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePayer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}}]}}]}}]} as unknown as DocumentNode<ClientUsersUpdatePayerMutation, ClientUsersUpdatePayerMutationVariables>;
export const ClientUsersDeletePayerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersDeletePayer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePayer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClientUsersDeletePayerMutation, ClientUsersDeletePayerMutationVariables>;
export const ClientUsersLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUsersLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<ClientUsersLoginMutation, ClientUsersLoginMutationVariables>;
export const ClientUsersCreditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientUsersCreditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ClientUsersCreditLogQuery, ClientUsersCreditLogQueryVariables>;
export const ClientUsersContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientUsersContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClientUsersContactsQuery, ClientUsersContactsQueryVariables>;
export const ClientUsersUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientUsersUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClientUsersUsersQuery, ClientUsersUsersQueryVariables>;
export const ContactsCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContactsCreateClientMutation, ContactsCreateClientMutationVariables>;
export const ContactsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactsContact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactsContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"emailCategories"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ContactsCreateMutation, ContactsCreateMutationVariables>;
export const ContactsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactsContact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactsContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"emailCategories"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ContactsUpdateMutation, ContactsUpdateMutationVariables>;
export const ContactsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ContactsDeleteMutation, ContactsDeleteMutationVariables>;
export const ContactsClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailCategories"}}]}}]}}]}}]} as unknown as DocumentNode<ContactsClientQuery, ContactsClientQueryVariables>;
export const CreditCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"creditBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CreditCreateClientMutation, CreditCreateClientMutationVariables>;
export const CreditAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreditAddMutation, CreditAddMutationVariables>;
export const CreditRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreditRemoveMutation, CreditRemoveMutationVariables>;
export const CreditAdjustDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditAdjustmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustCreditBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreditAdjustMutation, CreditAdjustMutationVariables>;
export const CreditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CreditLogQuery, CreditLogQueryVariables>;
export const CreditBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<CreditBalanceQuery, CreditBalanceQueryVariables>;
export const ConnectionLossCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLossCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossCreateClientMutation, ConnectionLossCreateClientMutationVariables>;
export const ConnectionLossClientCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionLossClientCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossClientCountQuery, ConnectionLossClientCountQueryVariables>;
export const ConnectionLossCreateServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLossCreateServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossCreateServerMutation, ConnectionLossCreateServerMutationVariables>;
export const ConnectionLossCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLossCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossCreateProductMutation, ConnectionLossCreateProductMutationVariables>;
export const ConnectionLossCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLossCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossCreateServiceMutation, ConnectionLossCreateServiceMutationVariables>;
export const ConnectionLossRunModuleCommandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConnectionLossRunModuleCommand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runModuleCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"StringValue","value":"create","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossRunModuleCommandMutation, ConnectionLossRunModuleCommandMutationVariables>;
export const ConnectionLossModuleJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectionLossModuleJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConnectionLossModuleJobQuery, ConnectionLossModuleJobQueryVariables>;
export const DomainScenarioCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateClientMutation, DomainScenarioCreateClientMutationVariables>;
export const DomainScenarioCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateContactMutation, DomainScenarioCreateContactMutationVariables>;
export const DomainScenarioCreateServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateServerMutation, DomainScenarioCreateServerMutationVariables>;
export const DomainScenarioCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateProductMutation, DomainScenarioCreateProductMutationVariables>;
export const DomainScenarioCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateServiceMutation, DomainScenarioCreateServiceMutationVariables>;
export const DomainScenarioCreateDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioCreateDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioCreateDomainMutation, DomainScenarioCreateDomainMutationVariables>;
export const DomainScenarioAddOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioAddOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DomainScenarioAddOrderMutation, DomainScenarioAddOrderMutationVariables>;
export const DomainScenarioAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptItemInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DomainScenarioAcceptMutation, DomainScenarioAcceptMutationVariables>;
export const DomainScenarioDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainScenarioDomains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainScenarioDomainsQuery, DomainScenarioDomainsQueryVariables>;
export const DomainScenarioDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainScenarioDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiryDate"}},{"kind":"Field","name":{"kind":"Name","value":"dnsZone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DomainScenarioDomainQuery, DomainScenarioDomainQueryVariables>;
export const DomainScenarioRunServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioRunService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runModuleCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioRunServiceMutation, DomainScenarioRunServiceMutationVariables>;
export const DomainScenarioRunDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioRunDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDomainCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioRunDomainMutation, DomainScenarioRunDomainMutationVariables>;
export const DomainScenarioJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainScenarioJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DomainScenarioJobQuery, DomainScenarioJobQueryVariables>;
export const DomainScenarioPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DomainScenarioPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pollRegistry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serverId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}]}}]} as unknown as DocumentNode<DomainScenarioPollMutation, DomainScenarioPollMutationVariables>;
export const DomainScenarioEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainScenarioEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DomainScenarioEmailsQuery, DomainScenarioEmailsQueryVariables>;
export const DowngradeCreditSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrdersOnPayment"}},{"kind":"Field","name":{"kind":"Name","value":"creditOnDowngrade"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditSettingsMutation, DowngradeCreditSettingsMutationVariables>;
export const DowngradeCreditReadSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DowngradeCreditReadSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditOnDowngrade"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditReadSettingsQuery, DowngradeCreditReadSettingsQueryVariables>;
export const DowngradeCreditPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DowngradeCreditPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChangePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditToBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditPreviewQuery, DowngradeCreditPreviewQueryVariables>;
export const DowngradeCreditUpgradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditUpgrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upgradeService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditUpgradeMutation, DowngradeCreditUpgradeMutationVariables>;
export const DowngradeCreditServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DowngradeCreditService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recurringAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditServiceQuery, DowngradeCreditServiceQueryVariables>;
export const DowngradeCreditBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DowngradeCreditBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditBalanceQuery, DowngradeCreditBalanceQueryVariables>;
export const DowngradeCreditProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditProductMutation, DowngradeCreditProductMutationVariables>;
export const DowngradeCreditClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditClientMutation, DowngradeCreditClientMutationVariables>;
export const DowngradeCreditCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditCreateServiceMutation, DowngradeCreditCreateServiceMutationVariables>;
export const DowngradeCreditActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DowngradeCreditActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DowngradeCreditActivateMutation, DowngradeCreditActivateMutationVariables>;
export const AcrossProcessesServiceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AcrossProcessesServiceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesServiceChangedSubscription, AcrossProcessesServiceChangedSubscriptionVariables>;
export const AcrossProcessesClientChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AcrossProcessesClientChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesClientChangedSubscription, AcrossProcessesClientChangedSubscriptionVariables>;
export const AcrossProcessesLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"ops@example.com","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"ops-password-1234","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"realm"},"value":{"kind":"EnumValue","value":"STAFF"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesLoginMutation, AcrossProcessesLoginMutationVariables>;
export const AcrossProcessesCreateServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesCreateServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesCreateServerMutation, AcrossProcessesCreateServerMutationVariables>;
export const AcrossProcessesCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesCreateProductMutation, AcrossProcessesCreateProductMutationVariables>;
export const AcrossProcessesCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesCreateClientMutation, AcrossProcessesCreateClientMutationVariables>;
export const AcrossProcessesCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesCreateServiceMutation, AcrossProcessesCreateServiceMutationVariables>;
export const AcrossProcessesClientStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcrossProcessesClientStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesClientStatusQuery, AcrossProcessesClientStatusQueryVariables>;
export const AcrossProcessesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runModuleCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"StringValue","value":"create","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesCreateMutation, AcrossProcessesCreateMutationVariables>;
export const AcrossProcessesServiceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcrossProcessesServiceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesServiceStatusQuery, AcrossProcessesServiceStatusQueryVariables>;
export const AcrossProcessesSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcrossProcessesSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runModuleCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"StringValue","value":"suspend","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcrossProcessesSuspendMutation, AcrossProcessesSuspendMutationVariables>;
export const LatePayConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LatePayConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigurePaymentGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurePaymentGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}}]}}]}}]} as unknown as DocumentNode<LatePayConfigureMutation, LatePayConfigureMutationVariables>;
export const LatePayStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LatePayStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"g"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"gateway"},"value":{"kind":"Variable","name":{"kind":"Name","value":"g"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<LatePayStartMutation, LatePayStartMutationVariables>;
export const LatePayInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatePayInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toClientCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatePayInvoiceQuery, LatePayInvoiceQueryVariables>;
export const LatePayEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatePayEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatePayEmailsQuery, LatePayEmailsQueryVariables>;
export const ImpersonationCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpersonationCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImpersonationCreateClientMutation, ImpersonationCreateClientMutationVariables>;
export const ImpersonationLoginAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpersonationLoginAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginAsClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpersonationLoginAsMutation, ImpersonationLoginAsMutationVariables>;
export const ImpersonationEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpersonationEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endImpersonation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ImpersonationEndMutation, ImpersonationEndMutationVariables>;
export const ImpersonationMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpersonationMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"impersonator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ImpersonationMeQuery, ImpersonationMeQueryVariables>;
export const ImpersonationUpdateMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpersonationUpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<ImpersonationUpdateMeMutation, ImpersonationUpdateMeMutationVariables>;
export const WorkerSplitCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitCreateClientMutation, WorkerSplitCreateClientMutationVariables>;
export const WorkerSplitCreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitCreateProductMutation, WorkerSplitCreateProductMutationVariables>;
export const WorkerSplitCreateServerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitCreateServer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitCreateServerMutation, WorkerSplitCreateServerMutationVariables>;
export const WorkerSplitCreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitCreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitCreateServiceMutation, WorkerSplitCreateServiceMutationVariables>;
export const WorkerSplitRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runModuleCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"Argument","name":{"kind":"Name","value":"command"},"value":{"kind":"StringValue","value":"create","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitRunMutation, WorkerSplitRunMutationVariables>;
export const WorkerSplitCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerSplitCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelModuleJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitCancelMutation, WorkerSplitCancelMutationVariables>;
export const WorkerSplitServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerSplitService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WorkerSplitServiceQuery, WorkerSplitServiceQueryVariables>;
export const SessionsAndStaffLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginRealm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"realm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffLoginMutation, SessionsAndStaffLoginMutationVariables>;
export const SessionsAndStaffMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsAndStaffMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffMeQuery, SessionsAndStaffMeQueryVariables>;
export const SessionsAndStaffUpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffUpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffUpdateProfileMutation, SessionsAndStaffUpdateProfileMutationVariables>;
export const SessionsAndStaffCreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffCreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffCreateContactMutation, SessionsAndStaffCreateContactMutationVariables>;
export const SessionsAndStaffUpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffUpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffUpdateContactMutation, SessionsAndStaffUpdateContactMutationVariables>;
export const SessionsAndStaffChangeStaffPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffChangeStaffPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStaffPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffChangeStaffPasswordMutation, SessionsAndStaffChangeStaffPasswordMutationVariables>;
export const SessionsAndStaffDeactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsAndStaffDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SessionsAndStaffDeactivateMutation, SessionsAndStaffDeactivateMutationVariables>;
export const SubscriptionsClientChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SubscriptionsClientChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriptionsClientChangedSubscription, SubscriptionsClientChangedSubscriptionVariables>;
export const SubscriptionsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubscriptionsRegisterMutation, SubscriptionsRegisterMutationVariables>;
export const SubscriptionsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SubscriptionsUpdateMutation, SubscriptionsUpdateMutationVariables>;
export const SubscriptionsUpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscriptionsUpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SubscriptionsUpdateProfileMutation, SubscriptionsUpdateProfileMutationVariables>;