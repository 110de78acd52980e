/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ActivityDetailsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ActivityDetailsCreateClientDocument,
    "mutation ActivityDetailsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.ActivityDetailsCreateProductDocument,
    "mutation ActivityDetailsAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": typeof types.ActivityDetailsAddDiscountDocument,
    "query ActivityDetailsDiscountLog($c: ID!) { activityLog(filter: { clientId: $c, action: \"client.discount.add\" }, first: 1) { edges { node { details } } } }": typeof types.ActivityDetailsDiscountLogDocument,
    "query ActivityDetailsNodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }": typeof types.ActivityDetailsNodesDocument,
    "fragment ActivityLogEntryFields on ActivityLogEntry { id createdAt actorType staff { id } impersonator { id } action targetType targetId client { id } ip details }": typeof types.ActivityLogEntryFieldsFragmentDoc,
    "query ActivityLogLog($f: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  activityLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { ...ActivityLogEntryFields } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }": typeof types.ActivityLogLogDocument,
    "mutation ActivityLogCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ActivityLogCreateClientDocument,
    "mutation ActivityLogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.ActivityLogRegisterDocument,
    "mutation ActivityLogUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id firstName } }": typeof types.ActivityLogUpdateClientDocument,
    "mutation ActivityLogUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": typeof types.ActivityLogUpdateMeDocument,
    "mutation ActivityLogSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": typeof types.ActivityLogSetStatusDocument,
    "mutation ActivityLogCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": typeof types.ActivityLogCreateGroupDocument,
    "mutation ActivityLogUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { id } }": typeof types.ActivityLogUpdateGroupDocument,
    "mutation ActivityLogDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }": typeof types.ActivityLogDeleteGroupDocument,
    "mutation ActivityLogCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }": typeof types.ActivityLogCreateProjectDocument,
    "mutation ActivityLogUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }": typeof types.ActivityLogUpdateProjectDocument,
    "mutation ActivityLogDeleteProject($id: ID!) { deleteProject(id: $id) }": typeof types.ActivityLogDeleteProjectDocument,
    "mutation ActivityLogUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }": typeof types.ActivityLogUpdateSettingsDocument,
    "query ActivityLogMeStaff { me { staff { id } } }": typeof types.ActivityLogMeStaffDocument,
    "mutation ActivityLogCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { id } }": typeof types.ActivityLogCreateStaffDocument,
    "query ActivityLogNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.ActivityLogNodeDocument,
    "mutation ActivityLogSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { id } }": typeof types.ActivityLogSetTldDocument,
    "query ActivityLogClientGroups { clientGroups { id name } }": typeof types.ActivityLogClientGroupsDocument,
    "query ActivityLogRequiredFields { requiredClientFields }": typeof types.ActivityLogRequiredFieldsDocument,
    "mutation AuthLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token me { staff { email role } client { email } } } }": typeof types.AuthLoginDocument,
    "mutation AuthRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.AuthRegisterDocument,
    "query AuthMeRole { me { staff { role } client { id } } }": typeof types.AuthMeRoleDocument,
    "query AuthMeClient { me { client { id } } }": typeof types.AuthMeClientDocument,
    "query AuthMeSession { me { sessionId } }": typeof types.AuthMeSessionDocument,
    "mutation AuthSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { status } }": typeof types.AuthSetClientStatusDocument,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "query AuthClientCount { clients { totalCount } }": typeof types.AuthClientCountDocument,
    "mutation AuthCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { role } }": typeof types.AuthCreateStaffDocument,
    "mutation BadInputLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.BadInputLoginDocument,
    "mutation BadInputCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.BadInputCreateClientDocument,
    "mutation BadInputAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.BadInputAddCreditDocument,
    "mutation BadInputCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.BadInputCreateAddonDocument,
    "mutation BadInputCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.BadInputCreateDomainDocument,
    "mutation BadInputRunCommand($i: JSONObject) { runModuleCommand(serviceId: \"1\", command: \"x\", input: $i) { id } }": typeof types.BadInputRunCommandDocument,
    "subscription BadInputClientChanged($id: ID) { clientChanged(id: $id) { clientId } }": typeof types.BadInputClientChangedDocument,
    "query BadInputContacts { clients(first: 1) { edges { node { contacts { id } } } } }": typeof types.BadInputContactsDocument,
    "mutation CancellationsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id autoRenew } }": typeof types.CancellationsCreateDomainDocument,
    "query CancellationsDomain($id: ID!) { domain(id: $id) { autoRenew } }": typeof types.CancellationsDomainDocument,
    "mutation CancellationsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.CancellationsRunCommandDocument,
    "query CancellationsService($id: ID!) { service(id: $id) { id status terminationDate nextDueDate } }": typeof types.CancellationsServiceDocument,
    "query CancellationsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50) { edges { node { id status dueDate lines { description } } } } }": typeof types.CancellationsInvoicesDocument,
    "mutation CancellationsDailyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }": typeof types.CancellationsDailyRunDocument,
    "query CancellationsRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) { cancellations { id } fixedTermTerminations { id } terminations { id } errors { message } } }": typeof types.CancellationsRunPreviewDocument,
    "fragment CancellationsRequestFields on CancellationRequest { id type reason status scheduledByStaff requestedByStaff domainAutoRenewTurnedOff requestedOn terminatesOn closedAt service { id } }": typeof types.CancellationsRequestFieldsFragmentDoc,
    "mutation CancellationsRequest($i: CancellationRequestInput!) { requestCancellation(input: $i) { ...CancellationsRequestFields } }": typeof types.CancellationsRequestDocument,
    "mutation CancellationsSchedule($s: ID!, $r: String) { scheduleServiceTermination(serviceId: $s, reason: $r) { ...CancellationsRequestFields } }": typeof types.CancellationsScheduleDocument,
    "mutation CancellationsWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { ...CancellationsRequestFields } }": typeof types.CancellationsWithdrawDocument,
    "query CancellationsList($f: CancellationRequestFilter, $first: Int, $after: String) { cancellationRequests(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id status type } } pageInfo { hasNextPage endCursor } } }": typeof types.CancellationsListDocument,
    "query CancellationsOpenRequest($id: ID!) { service(id: $id) { cancellationRequest { id status } } }": typeof types.CancellationsOpenRequestDocument,
    "query CancellationsNode($id: ID!) { node(id: $id) { __typename id ... on CancellationRequest { status } } }": typeof types.CancellationsNodeDocument,
    "query CancellationsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type subject body recipient } } } }": typeof types.CancellationsEmailsDocument,
    "subscription CancellationsChanged($s: ID) { cancellationRequestChanged(serviceId: $s) { change cancellationRequestId serviceId cancellationRequest { id status } } }": typeof types.CancellationsChangedDocument,
    "query CatalogNodesNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.CatalogNodesNodesDocument,
    "query CatalogNodesNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.CatalogNodesNodeDocument,
    "query CatalogNodesCatalog { catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }\n  addons { __typename id prices { __typename id } }\n  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }": typeof types.CatalogNodesCatalogDocument,
    "mutation CatalogNodesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.CatalogNodesRegisterDocument,
    "mutation CatalogNodesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }": typeof types.CatalogNodesCreateProductDocument,
    "mutation CatalogNodesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }": typeof types.CatalogNodesUpdateProductDocument,
    "mutation CatalogNodesCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }": typeof types.CatalogNodesCreateGroupDocument,
    "mutation CatalogNodesCreateAddon($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }": typeof types.CatalogNodesCreateAddonDocument,
    "mutation CatalogNodesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {\n  __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }": typeof types.CatalogNodesCreateOptionsDocument,
    "mutation CatalogNodesSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { __typename id } }": typeof types.CatalogNodesSetTldDocument,
    "query CatalogNodesCatalogUpgrades { catalog { upgradeTargets { id } } }": typeof types.CatalogNodesCatalogUpgradesDocument,
    "query CatalogNodesProductUpgrades { products { name upgradeTargets { id } } }": typeof types.CatalogNodesProductUpgradesDocument,
    "fragment CatalogPrice on Price { currency cycle amount { amount currency } setupFee { amount currency } }": typeof types.CatalogPriceFragmentDoc,
    "fragment CatalogProductFields on Product { id name payType hidden retired stock stockControl autoTerminateDays group { id name } prices { ...CatalogPrice } upgradeTargets { id } }": typeof types.CatalogProductFieldsFragmentDoc,
    "mutation CatalogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.CatalogRegisterDocument,
    "mutation CatalogCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { ...CatalogProductFields } }": typeof types.CatalogCreateProductDocument,
    "mutation CatalogUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ...CatalogProductFields } }": typeof types.CatalogUpdateProductDocument,
    "mutation CatalogCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { id name hidden sortOrder } }": typeof types.CatalogCreateGroupDocument,
    "mutation CatalogCreateAddon($i: AddonInput!) { createAddon(input: $i) { id name payType prices { ...CatalogPrice } products { id } } }": typeof types.CatalogCreateAddonDocument,
    "mutation CatalogCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code type percent amount { amount currency } appliesTo cycles products { id } maxUses uses } }": typeof types.CatalogCreatePromotionDocument,
    "query CatalogPromotions($f: PromotionFilter, $first: Int, $after: String) { promotions(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor } } }": typeof types.CatalogPromotionsDocument,
    "mutation CatalogSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld currency years register { amount } transfer { amount } renew { amount } } }": typeof types.CatalogSetTldPricingDocument,
    "query CatalogTldPrices { tldPrices(tld: \".com\") { years register { amount currency } } }": typeof types.CatalogTldPricesDocument,
    "mutation CatalogCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id name products { id }\n  options { name type minQuantity maxQuantity choices { name prices { ...CatalogPrice } } unitPrices { ...CatalogPrice } } } }": typeof types.CatalogCreateOptionsDocument,
    "query CatalogCatalog($c: Currency) { catalog(currency: $c) { id name group { name } prices(currency: $c) { ...CatalogPrice }\n  addons { name prices(currency: $c) { ...CatalogPrice } } configOptionGroups { name options { name choices { name prices(currency: $c) { cycle amount { amount } } } unitPrices(currency: $c) { cycle amount { amount } } } } } }": typeof types.CatalogCatalogDocument,
    "query CatalogProductOptions { catalog { id productOptions } }": typeof types.CatalogProductOptionsDocument,
    "query CatalogProductIds { products { id } }": typeof types.CatalogProductIdsDocument,
    "query CatalogPromotionCount { promotions { totalCount } }": typeof types.CatalogPromotionCountDocument,
    "query CatalogStaffLists { products { id } productGroups { id } addons { id } }": typeof types.CatalogStaffListsDocument,
    "query CatalogProductAddons($id: ID!) { product(id: $id) { addons { name } } }": typeof types.CatalogProductAddonsDocument,
    "query CatalogProductsDeep { products { id group { name } prices { ...CatalogPrice } upgradeTargets { id } addons { name prices { ...CatalogPrice } }\n  configOptionGroups { name options { name choices { name prices { amount { amount } } } unitPrices { amount { amount } } } } } }": typeof types.CatalogProductsDeepDocument,
    "mutation ClientDiscountsAdd($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id type percent amount { amount currency } cycle startsOn endsOn client { id } product { id } } }": typeof types.ClientDiscountsAddDocument,
    "mutation ClientDiscountsRemove($id: ID!) { removeClientDiscount(id: $id) }": typeof types.ClientDiscountsRemoveDocument,
    "query ClientDiscountsList($c: ID!) { clientDiscounts(clientId: $c) { id percent amount { amount } } }": typeof types.ClientDiscountsListDocument,
    "query ClientDiscountsPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) { discount { amount } total { amount } lines { itemPosition description amount { amount } } } }": typeof types.ClientDiscountsPreviewDocument,
    "mutation ClientDiscountsPlace($cart: CartInput!) { placeOrder(cart: $cart) { id items { firstPayment { amount } recurringAmount { amount } } invoices { total { amount } lines { description amount { amount } } } } }": typeof types.ClientDiscountsPlaceDocument,
    "mutation ClientDiscountsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.ClientDiscountsCreateAddonDocument,
    "mutation ClientDiscountsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": typeof types.ClientDiscountsCreateGroupDocument,
    "mutation ClientDiscountsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }": typeof types.ClientDiscountsCreatePromotionDocument,
    "query ClientDiscountsDailyPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { client { id } total { amount } lines { service { id } description amount { amount } } } } }": typeof types.ClientDiscountsDailyPreviewDocument,
    "fragment ClientGroupsGroup on ClientGroup { id name colour discountPercent separateInvoices createdAt }": typeof types.ClientGroupsGroupFragmentDoc,
    "fragment ClientGroupsProject on Project { id name brandName defaultCurrency supportEmail logoUrl createdAt }": typeof types.ClientGroupsProjectFragmentDoc,
    "mutation ClientGroupsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { ...ClientGroupsGroup } }": typeof types.ClientGroupsCreateGroupDocument,
    "mutation ClientGroupsUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { ...ClientGroupsGroup } }": typeof types.ClientGroupsUpdateGroupDocument,
    "mutation ClientGroupsDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }": typeof types.ClientGroupsDeleteGroupDocument,
    "query ClientGroupsGroups { clientGroups { ...ClientGroupsGroup } }": typeof types.ClientGroupsGroupsDocument,
    "mutation ClientGroupsCreateProject($i: ProjectInput!) { createProject(input: $i) { ...ClientGroupsProject } }": typeof types.ClientGroupsCreateProjectDocument,
    "mutation ClientGroupsUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { ...ClientGroupsProject } }": typeof types.ClientGroupsUpdateProjectDocument,
    "mutation ClientGroupsDeleteProject($id: ID!) { deleteProject(id: $id) }": typeof types.ClientGroupsDeleteProjectDocument,
    "query ClientGroupsProjects { projects { ...ClientGroupsProject } }": typeof types.ClientGroupsProjectsDocument,
    "mutation ClientGroupsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.ClientGroupsRegisterDocument,
    "mutation ClientGroupsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency group { id } project { id } } }": typeof types.ClientGroupsCreateClientDocument,
    "mutation ClientGroupsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.ClientGroupsUpdateClientDocument,
    "query ClientGroupsGetClient($id: ID!) { client(id: $id) { id firstName group { id name } project { id name } } }": typeof types.ClientGroupsGetClientDocument,
    "mutation ClientGroupsRenameGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { name colour discountPercent separateInvoices } }": typeof types.ClientGroupsRenameGroupDocument,
    "mutation ClientMarksCreateClient($i: CreateClientInput!) { createClient(input: $i) { id email attitude verifiedPhone loginName } }": typeof types.ClientMarksCreateClientDocument,
    "mutation ClientMarksUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id attitude verifiedPhone loginName } }": typeof types.ClientMarksUpdateClientDocument,
    "mutation ClientMarksRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.ClientMarksRegisterDocument,
    "query ClientMarksClient($id: ID!) { client(id: $id) { id attitude verifiedPhone loginName } }": typeof types.ClientMarksClientDocument,
    "query ClientMarksMyAttitude($id: ID!) { client(id: $id) { id attitude } }": typeof types.ClientMarksMyAttitudeDocument,
    "query ClientMarksMyVerifiedPhone($id: ID!) { client(id: $id) { id verifiedPhone } }": typeof types.ClientMarksMyVerifiedPhoneDocument,
    "query ClientMarksMyLoginName($id: ID!) { client(id: $id) { id loginName } }": typeof types.ClientMarksMyLoginNameDocument,
    "mutation ClientMarksLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } } } }": typeof types.ClientMarksLoginDocument,
    "mutation ClientMarksCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": typeof types.ClientMarksCreateUserDocument,
    "mutation ClientMarksUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": typeof types.ClientMarksUpdateProfileDocument,
    "mutation ClientSafeErrorsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.ClientSafeErrorsUpdateServerDocument,
    "mutation ClientSafeErrorsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status lastError errorCode } }": typeof types.ClientSafeErrorsRunDocument,
    "query ClientSafeErrorsJob($id: ID!) { moduleJob(id: $id) { id status lastError errorCode } }": typeof types.ClientSafeErrorsJobDocument,
    "query ClientSafeErrorsService($id: ID!) { service(id: $id) { id } }": typeof types.ClientSafeErrorsServiceDocument,
    "query ClientSafeErrorsClient($id: ID!) { client(id: $id) { id } }": typeof types.ClientSafeErrorsClientDocument,
    "subscription ClientSafeErrorsChanged($id: ID) { serviceChanged(id: $id) { job { status error errorCode } } }": typeof types.ClientSafeErrorsChangedDocument,
    "mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.ClientStatusUpdateClientDocument,
    "mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": typeof types.ClientStatusSetClientStatusDocument,
    "query ClientStatusClient($id: ID!) { client(id: $id) { status } }": typeof types.ClientStatusClientDocument,
    "mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }": typeof types.ClientStatusUpdateServiceDocument,
    "mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }": typeof types.ClientStatusMoveServiceDocument,
    "mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }": typeof types.ClientStatusDeleteServiceDocument,
    "mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.ClientStatusCreateDomainDocument,
    "mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": typeof types.ClientStatusUpdateDomainDocument,
    "subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": typeof types.ClientStatusClientChangedDocument,
    "mutation ClientUsersCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email permissions active } }": typeof types.ClientUsersCreateUserDocument,
    "mutation ClientUsersUpdateUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id permissions active } }": typeof types.ClientUsersUpdateUserDocument,
    "mutation ClientUsersDeleteUser($id: ID!) { deleteClientUser(id: $id) }": typeof types.ClientUsersDeleteUserDocument,
    "mutation ClientUsersCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id subAccount { id email permissions } } }": typeof types.ClientUsersCreateContactDocument,
    "mutation ClientUsersUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id subAccount { id email permissions } } }": typeof types.ClientUsersUpdateContactDocument,
    "mutation ClientUsersCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id type name taxId country } }": typeof types.ClientUsersCreatePayerDocument,
    "mutation ClientUsersUpdatePayer($id: ID!, $i: UpdatePayerInput!) { updatePayer(id: $id, input: $i) { id name taxId } }": typeof types.ClientUsersUpdatePayerDocument,
    "mutation ClientUsersDeletePayer($id: ID!) { deletePayer(id: $id) }": typeof types.ClientUsersDeletePayerDocument,
    "mutation ClientUsersLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } clientUser { id email } permissions } } }": typeof types.ClientUsersLoginDocument,
    "query ClientUsersCreditLog($c: ID!) { creditLog(clientId: $c) { totalCount } }": typeof types.ClientUsersCreditLogDocument,
    "query ClientUsersContacts($id: ID!) { client(id: $id) { id contacts { id } } }": typeof types.ClientUsersContactsDocument,
    "query ClientUsersUsers($id: ID!) { client(id: $id) { users { id email } payers { id name } } }": typeof types.ClientUsersUsersDocument,
    "query ClientUsersCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.ClientUsersCreditBalanceDocument,
    "mutation ClientUsersUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": typeof types.ClientUsersUpdateProfileDocument,
    "mutation ClientUsersCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.ClientUsersCreateDomainDocument,
    "query ClientUsersServiceCount { services { totalCount } }": typeof types.ClientUsersServiceCountDocument,
    "query ClientUsersService($id: ID!) { service(id: $id) { id } }": typeof types.ClientUsersServiceDocument,
    "query ClientUsersClientServices($id: ID!) { client(id: $id) { services { edges { node { id } } } } }": typeof types.ClientUsersClientServicesDocument,
    "query ClientUsersDomainCount { domains { totalCount } }": typeof types.ClientUsersDomainCountDocument,
    "query ClientUsersDomain($id: ID!) { domain(id: $id) { id } }": typeof types.ClientUsersDomainDocument,
    "query ClientUsersClientDomains($id: ID!) { client(id: $id) { domains { edges { node { id } } } } }": typeof types.ClientUsersClientDomainsDocument,
    "mutation ClientUsersRunReboot($s: ID!) { runModuleCommand(serviceId: $s, command: \"reboot\") { id } }": typeof types.ClientUsersRunRebootDocument,
    "fragment ClientsClientFields on Client {\n  id type firstName lastName companyName contactPerson email securityQuestion\n  address1 address2 city state postcode country phoneNumber\n  lateFeeExempt overdueNoticesDisabled taxExempt separateInvoices cardProcessingDisabled\n  marketingEmailsOptOut statusAutoUpdateDisabled singleSignOnAllowed defaultPaymentMethod\n  language status currency createdAt registrationIp updatedAt\n  group { id name } project { id name } billingContact { id }\n  creditBalance { amount currency } }": typeof types.ClientsClientFieldsFragmentDoc,
    "mutation ClientsCreate($i: CreateClientInput!) { createClient(input: $i) { ...ClientsClientFields adminNotes } }": typeof types.ClientsCreateDocument,
    "mutation ClientsRegister($i: RegisterClientInput!) { registerClient(input: $i) { ...ClientsClientFields } }": typeof types.ClientsRegisterDocument,
    "mutation ClientsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { ...ClientsClientFields adminNotes } }": typeof types.ClientsUpdateDocument,
    "mutation ClientsUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { ...ClientsClientFields } }": typeof types.ClientsUpdateMeDocument,
    "mutation ClientsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": typeof types.ClientsSetStatusDocument,
    "query ClientsGet($id: ID!) { client(id: $id) { ...ClientsClientFields } }": typeof types.ClientsGetDocument,
    "query ClientsGetStaff($id: ID!) { client(id: $id) { ...ClientsClientFields adminNotes } }": typeof types.ClientsGetStaffDocument,
    "query ClientsAdminNotes($id: ID!) { client(id: $id) { adminNotes } }": typeof types.ClientsAdminNotesDocument,
    "query ClientsList($f: ClientFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { id email firstName lastName companyName status } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }": typeof types.ClientsListDocument,
    "mutation ClientsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.ClientsLoginDocument,
    "query ClientsMe { me { client { id status } } }": typeof types.ClientsMeDocument,
    "query ClientsRequiredFields { requiredClientFields }": typeof types.ClientsRequiredFieldsDocument,
    "query ClientsSettings { settings { defaultCurrency } }": typeof types.ClientsSettingsDocument,
    "mutation ClientsUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields defaultCurrency } }": typeof types.ClientsUpdateSettingsDocument,
    "query ClientsCurrencies { currencies { id code } }": typeof types.ClientsCurrenciesDocument,
    "mutation ClientsMakeCurrencyDefault($id: ID!) { updateCurrency(id: $id, input: { isDefault: true }) { code isDefault } }": typeof types.ClientsMakeCurrencyDefaultDocument,
    "mutation ClientsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id name } }": typeof types.ClientsCreateGroupDocument,
    "mutation ClientsCreateProject($i: ProjectInput!) { createProject(input: $i) { id name defaultCurrency } }": typeof types.ClientsCreateProjectDocument,
    "mutation CompositionCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.CompositionCreateContactDocument,
    "mutation CompositionAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.CompositionAddCreditDocument,
    "mutation CompositionCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": typeof types.CompositionCreateUserDocument,
    "mutation CompositionCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": typeof types.CompositionCreatePayerDocument,
    "mutation CompositionAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.CompositionAddOrderDocument,
    "mutation CompositionCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": typeof types.CompositionCreateInvoiceDocument,
    "mutation CompositionSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }": typeof types.CompositionSendMessageDocument,
    "mutation CompositionPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": typeof types.CompositionPayDocument,
    "mutation CompositionAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": typeof types.CompositionAddDiscountDocument,
    "fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }": typeof types.ContactsContactFragmentDoc,
    "mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }": typeof types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }": typeof types.ContactsUpdateDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }": typeof types.ContactsDeleteDocument,
    "query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }": typeof types.ContactsClientDocument,
    "query ContactsContactById($id: ID!) { contact(id: $id) { id } }": typeof types.ContactsContactByIdDocument,
    "mutation CrashRecoveryCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.CrashRecoveryCreateClientDocument,
    "query CrashRecoveryClients($email: String!) { clients(filter: { email: $email }) { totalCount } }": typeof types.CrashRecoveryClientsDocument,
    "mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }": typeof types.CreditCreateClientDocument,
    "fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": typeof types.CreditEntryFieldsFragmentDoc,
    "mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }": typeof types.CreditAddDocument,
    "mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }": typeof types.CreditRemoveDocument,
    "mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }": typeof types.CreditAdjustDocument,
    "query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }": typeof types.CreditLogDocument,
    "query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }": typeof types.CreditBalanceDocument,
    "fragment CurrenciesTaxCurrency on BillingCurrency { id code prefix suffix decimals exchangeRate isDefault }": typeof types.CurrenciesTaxCurrencyFragmentDoc,
    "fragment CurrenciesTaxRule on TaxRule { id name level country state rate compound }": typeof types.CurrenciesTaxRuleFragmentDoc,
    "fragment CurrenciesTaxSettings on BillingSettings { taxMode taxRounding invoiceNumberFormat invoiceNumberReset }": typeof types.CurrenciesTaxSettingsFragmentDoc,
    "query CurrenciesTaxCurrencies { currencies { ...CurrenciesTaxCurrency } }": typeof types.CurrenciesTaxCurrenciesDocument,
    "mutation CurrenciesTaxCreateCurrency($i: CreateCurrencyInput!) { createCurrency(input: $i) { ...CurrenciesTaxCurrency } }": typeof types.CurrenciesTaxCreateCurrencyDocument,
    "mutation CurrenciesTaxUpdateCurrency($id: ID!, $i: UpdateCurrencyInput!) { updateCurrency(id: $id, input: $i) { ...CurrenciesTaxCurrency } }": typeof types.CurrenciesTaxUpdateCurrencyDocument,
    "mutation CurrenciesTaxDeleteCurrency($id: ID!) { deleteCurrency(id: $id) }": typeof types.CurrenciesTaxDeleteCurrencyDocument,
    "query CurrenciesTaxRules { taxRules { ...CurrenciesTaxRule } }": typeof types.CurrenciesTaxRulesDocument,
    "mutation CurrenciesTaxCreateRule($i: TaxRuleInput!) { createTaxRule(input: $i) { ...CurrenciesTaxRule } }": typeof types.CurrenciesTaxCreateRuleDocument,
    "mutation CurrenciesTaxUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { ...CurrenciesTaxRule } }": typeof types.CurrenciesTaxUpdateRuleDocument,
    "mutation CurrenciesTaxDeleteRule($id: ID!) { deleteTaxRule(id: $id) }": typeof types.CurrenciesTaxDeleteRuleDocument,
    "query CurrenciesTaxSettings { billingSettings { ...CurrenciesTaxSettings } }": typeof types.CurrenciesTaxSettingsDocument,
    "mutation CurrenciesTaxUpdateSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { ...CurrenciesTaxSettings } }": typeof types.CurrenciesTaxUpdateSettingsDocument,
    "query CurrenciesTaxDefaultCurrency { settings { defaultCurrency } }": typeof types.CurrenciesTaxDefaultCurrencyDocument,
    "query CurrenciesTaxPreview($i: PreviewTaxInput!) { previewTax(input: $i) {\n  currency mode rounding level1Rule { name } level2Rule { name }\n  lines { net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  subtotal { amount currency } tax1 { amount } tax2 { amount } total { amount } } }": typeof types.CurrenciesTaxPreviewDocument,
    "mutation CurrenciesTaxCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.CurrenciesTaxCreateClientDocument,
    "mutation CurrenciesTaxRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.CurrenciesTaxRegisterDocument,
    "mutation CurrenciesTaxUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id currency city } }": typeof types.CurrenciesTaxUpdateClientDocument,
    "mutation CurrenciesTaxCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.CurrenciesTaxCreateProductDocument,
    "mutation CurrenciesTaxCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }": typeof types.CurrenciesTaxCreateProjectDocument,
    "mutation CurrenciesTaxCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount currency } creditApplied { amount } balanceDue { amount } } }": typeof types.CurrenciesTaxCreateInvoiceDocument,
    "mutation DailyRunDomainsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }": typeof types.DailyRunDomainsRunDocument,
    "query DailyRunDomainsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } domain { id } description amount { amount } } }\n  domainRenewals { id name } domainSyncs { id name } errors { step message } } }": typeof types.DailyRunDomainsPreviewDocument,
    "query DailyRunDomainsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 20, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { id status dueDate total { amount }\n  lines { type description domain { id } amount { amount } } } } } }": typeof types.DailyRunDomainsInvoicesDocument,
    "mutation DailyRunDomainsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.DailyRunDomainsPayDocument,
    "mutation DailyRunDomainsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }": typeof types.DailyRunDomainsUpdateServerDocument,
    "mutation DailyRunDomainsTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": typeof types.DailyRunDomainsTldPricingDocument,
    "mutation DailyRunDomainsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.DailyRunDomainsAddCreditDocument,
    "query DailyRunDomainsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.DailyRunDomainsBalanceDocument,
    "mutation DailyRunDomainsSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }": typeof types.DailyRunDomainsSettingsDocument,
    "query DailyRunDomainsDomains { domains { edges { node { id name status expiryDate } } } }": typeof types.DailyRunDomainsDomainsDocument,
    "mutation DailyRunLocksRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } steps { name count } } }": typeof types.DailyRunLocksRunDocument,
    "mutation DailyRunLocksCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": typeof types.DailyRunLocksCreateInvoiceDocument,
    "mutation DailyRunLocksRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }": typeof types.DailyRunLocksRequestCancellationDocument,
    "mutation DailyRunLocksWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { status } }": typeof types.DailyRunLocksWithdrawDocument,
    "query DailyRunLocksService($id: ID!) { service(id: $id) { status cancellationRequest { id } } }": typeof types.DailyRunLocksServiceDocument,
    "mutation DailyRunRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.DailyRunRunCommandDocument,
    "mutation DailyRunAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.DailyRunAddCreditDocument,
    "query DailyRunService($id: ID!) { service(id: $id) { id status nextDueDate suspensionReason } }": typeof types.DailyRunServiceDocument,
    "query DailyRunClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }": typeof types.DailyRunClientDocument,
    "query DailyRunInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id number status issueDate dueDate total { amount currency } creditApplied { amount } balanceDue { amount } lines { description amount { amount } } } } } }": typeof types.DailyRunInvoicesDocument,
    "mutation DailyRunPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.DailyRunPayDocument,
    "mutation DailyRunRun($d: LocalDate) { runDailyRun(date: $d) { id runDate status trigger steps { name status count errorCount } errors { step subjectType subjectId message } } }": typeof types.DailyRunRunDocument,
    "query DailyRunRuns($d: LocalDate, $l: Int) { dailyRuns(date: $d, limit: $l) { id runDate status steps { name count } } }": typeof types.DailyRunRunsDocument,
    "query DailyRunSchedule { dailyRunSchedule { enabled time timeZone today lastRun { runDate } warning { kind date message } } }": typeof types.DailyRunScheduleDocument,
    "query DailyRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) {\n  date invoices { client { id } dueDate subtotal { amount } total { amount currency } lines { service { id } description amount { amount } } }\n  creditApplied { client { id } amount { amount } } reminders { invoice { id } kind } lateFees { invoice { id } amount { amount } }\n  suspensions { id } terminations { id } clientStatuses { client { id } status } errors { message } } }": typeof types.DailyRunPreviewDocument,
    "query DailyRunEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject } } } }": typeof types.DailyRunEmailsDocument,
    "mutation DailyRunOverride($s: ID!, $u: LocalDate, $n: Boolean) { setAutoSuspensionOverride(serviceId: $s, until: $u, never: $n) { service { id } until never } }": typeof types.DailyRunOverrideDocument,
    "mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ConnectionLossCreateClientDocument,
    "query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }": typeof types.ConnectionLossClientCountDocument,
    "mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.ConnectionLossCreateServerDocument,
    "mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.ConnectionLossCreateProductDocument,
    "mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.ConnectionLossCreateServiceDocument,
    "mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": typeof types.ConnectionLossRunModuleCommandDocument,
    "query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.ConnectionLossModuleJobDocument,
    "mutation MxDurableCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.MxDurableCreateServerDocument,
    "mutation MxDurableCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.MxDurableCreateProductDocument,
    "mutation MxDurableCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.MxDurableCreateClientDocument,
    "mutation MxDurableCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": typeof types.MxDurableCreateDomainDocument,
    "mutation MxDurableCreateZone($d: ID!) { createDnsZone(domainId: $d) { status } }": typeof types.MxDurableCreateZoneDocument,
    "mutation MxDurableCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.MxDurableCreateServiceDocument,
    "mutation MxDurableRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.MxDurableRunDocument,
    "query MxDurableJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.MxDurableJobDocument,
    "query MxDurableZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }": typeof types.MxDurableZoneDocument,
    "mutation DnsZonesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.DnsZonesUpdateServerDocument,
    "mutation DnsZonesCreateZone($d: ID!) { createDnsZone(domainId: $d) { name status lastError } }": typeof types.DnsZonesCreateZoneDocument,
    "mutation DnsZonesDeleteZone($d: ID!) { deleteDnsZone(domainId: $d) { id dnsZone { name } } }": typeof types.DnsZonesDeleteZoneDocument,
    "query DnsZonesDomainZone($id: ID!) { domain(id: $id) { dnsZone { name status lastError } } }": typeof types.DnsZonesDomainZoneDocument,
    "query DnsZonesRecords($d: ID!) { dnsRecords(domainId: $d) { name type ttl records } }": typeof types.DnsZonesRecordsDocument,
    "mutation DnsZonesChangeRecords($d: ID!, $c: [DnsRecordSetInput!]!) { changeDnsRecords(domainId: $d, changes: $c) { name type ttl records } }": typeof types.DnsZonesChangeRecordsDocument,
    "mutation DnsZonesRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.DnsZonesRunDocument,
    "mutation DnsZonesRetry($id: ID!) { retryModuleJob(id: $id) { id } }": typeof types.DnsZonesRetryDocument,
    "query DnsZonesService($id: ID!) { service(id: $id) { status lastModuleError } }": typeof types.DnsZonesServiceDocument,
    "mutation DomainCommandsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.DomainCommandsUpdateClientDocument,
    "mutation DomainCommandsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": typeof types.DomainCommandsCreateDomainDocument,
    "mutation DomainCommandsUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": typeof types.DomainCommandsUpdateDomainDocument,
    "mutation DomainCommandsDeleteDomain($id: ID!) { deleteDomain(id: $id) }": typeof types.DomainCommandsDeleteDomainDocument,
    "mutation DomainCommandsRun($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id status command domain { id } service { id } } }": typeof types.DomainCommandsRunDocument,
    "query DomainCommandsJob($id: ID!) { moduleJob(id: $id) { id status attempts output lastError errorCode } }": typeof types.DomainCommandsJobDocument,
    "mutation DomainCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id } }": typeof types.DomainCommandsRetryDocument,
    "query DomainCommandsDomain($id: ID!) { domain(id: $id) { status expiryDate registrationDate nameservers eppCodeSet eppCode transferLocked dnsZone { status } } }": typeof types.DomainCommandsDomainDocument,
    "query DomainCommandsZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }": typeof types.DomainCommandsZoneDocument,
    "query DomainCommandsServerOf($id: ID!) { domain(id: $id) { server { id } } }": typeof types.DomainCommandsServerOfDocument,
    "mutation DomainCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.DomainCommandsUpdateServerDocument,
    "query DomainCommandsDomainStaff($id: ID!) { domain(id: $id) { status lastModuleError } }": typeof types.DomainCommandsDomainStaffDocument,
    "query DomainCommandsLog($d: ID!) { domainModuleLog(domainId: $d) { command success attempt request response error lines } }": typeof types.DomainCommandsLogDocument,
    "query DomainCommandsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type language subject } } } }": typeof types.DomainCommandsEmailsDocument,
    "query DomainCommandsQueue($d: ID) { moduleQueue(filter: { domainId: $d, status: [QUEUED, RUNNING, RETRYING, FAILED, SUCCEEDED] }) { edges { node { id command status } } } }": typeof types.DomainCommandsQueueDocument,
    "mutation DomainCommandsPoll($s: ID!) { pollRegistry(serverId: $s) }": typeof types.DomainCommandsPollDocument,
    "mutation DomainCommandsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": typeof types.DomainCommandsAddOrderDocument,
    "mutation DomainCommandsAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": typeof types.DomainCommandsAcceptDocument,
    "query DomainCommandsDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name registrar status expiryDate } } } }": typeof types.DomainCommandsDomainsDocument,
    "mutation DomainCommandsSetTldRule($i: TldRuleInput!) { setTldRule(input: $i) { tld registrar eppCodeRequired requiredContactFields } }": typeof types.DomainCommandsSetTldRuleDocument,
    "mutation DomainCommandsSetTldRuleServer($i: TldRuleInput!) { setTldRule(input: $i) { tld server { id } } }": typeof types.DomainCommandsSetTldRuleServerDocument,
    "mutation DomainCommandsSetTldRuleZoneFirst($i: TldRuleInput!) { setTldRule(input: $i) { tld zoneBeforeRegistration } }": typeof types.DomainCommandsSetTldRuleZoneFirstDocument,
    "query DomainCommandsActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId details } } } }": typeof types.DomainCommandsActivityDocument,
    "subscription DomainCommandsChanged($id: ID) { domainChanged(id: $id) { change domain { status } job { command status attempts error } } }": typeof types.DomainCommandsChangedDocument,
    "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.DomainScenarioCreateContactDocument,
    "mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": typeof types.DomainScenarioAddOrderDocument,
    "mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": typeof types.DomainScenarioAcceptDocument,
    "query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }": typeof types.DomainScenarioDomainsDocument,
    "query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }": typeof types.DomainScenarioDomainDocument,
    "mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.DomainScenarioRunServiceDocument,
    "mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }": typeof types.DomainScenarioRunDomainDocument,
    "query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.DomainScenarioJobDocument,
    "mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }": typeof types.DomainScenarioPollDocument,
    "query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }": typeof types.DomainScenarioEmailsDocument,
    "fragment DomainsFields on Domain { id name status registrar expiryDate registrationDate autoRenew nameservers eppCodeSet client { id } }": typeof types.DomainsFieldsFragmentDoc,
    "mutation DomainsCreate($i: CreateDomainInput!) { createDomain(input: $i) { ...DomainsFields } }": typeof types.DomainsCreateDocument,
    "mutation DomainsUpdate($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { ...DomainsFields } }": typeof types.DomainsUpdateDocument,
    "mutation DomainsMove($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { id client { id } } }": typeof types.DomainsMoveDocument,
    "mutation DomainsDelete($id: ID!) { deleteDomain(id: $id) }": typeof types.DomainsDeleteDocument,
    "query DomainsGet($id: ID!) { domain(id: $id) { ...DomainsFields } }": typeof types.DomainsGetDocument,
    "query DomainsList($f: DomainFilter) { domains(filter: $f, first: 50) { totalCount edges { node { id name client { id } } } } }": typeof types.DomainsListDocument,
    "query DomainsOfClient($id: ID!) { client(id: $id) { domains(first: 100) { edges { node { id } } } } }": typeof types.DomainsOfClientDocument,
    "subscription DomainsChanged($id: ID) { domainChanged(id: $id) { change domainId clientId domain { id name status client { id } } } }": typeof types.DomainsChangedDocument,
    "mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }": typeof types.DowngradeCreditSettingsDocument,
    "query DowngradeCreditReadSettings { settings { creditOnDowngrade } }": typeof types.DowngradeCreditReadSettingsDocument,
    "query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }": typeof types.DowngradeCreditPreviewDocument,
    "mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": typeof types.DowngradeCreditUpgradeDocument,
    "query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }": typeof types.DowngradeCreditServiceDocument,
    "query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.DowngradeCreditBalanceDocument,
    "mutation DowngradeCreditActivate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }": typeof types.DowngradeCreditActivateDocument,
    "subscription AcrossProcessesServiceChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { command status } } }": typeof types.AcrossProcessesServiceChangedDocument,
    "subscription AcrossProcessesClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": typeof types.AcrossProcessesClientChangedDocument,
    "mutation AcrossProcessesLogin { login(email: \"ops@example.com\", password: \"ops-password-1234\", realm: STAFF) { token } }": typeof types.AcrossProcessesLoginDocument,
    "mutation AcrossProcessesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.AcrossProcessesCreateServerDocument,
    "mutation AcrossProcessesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.AcrossProcessesCreateProductDocument,
    "mutation AcrossProcessesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.AcrossProcessesCreateClientDocument,
    "mutation AcrossProcessesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.AcrossProcessesCreateServiceDocument,
    "query AcrossProcessesClientStatus($id: ID!) { client(id: $id) { status } }": typeof types.AcrossProcessesClientStatusDocument,
    "mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": typeof types.AcrossProcessesCreateDocument,
    "query AcrossProcessesServiceStatus($id: ID!) { service(id: $id) { status } }": typeof types.AcrossProcessesServiceStatusDocument,
    "mutation AcrossProcessesSuspend($s: ID!) { runModuleCommand(serviceId: $s, command: \"suspend\") { id } }": typeof types.AcrossProcessesSuspendDocument,
    "mutation FormErrorsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.FormErrorsCreateProductDocument,
    "mutation FormErrorsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }": typeof types.FormErrorsCreatePromotionDocument,
    "mutation FormErrorsSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { id } }": typeof types.FormErrorsSetTldPricingDocument,
    "mutation FormErrorsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.FormErrorsCreateClientDocument,
    "mutation FormErrorsCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.FormErrorsCreateContactDocument,
    "mutation FormErrorsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.FormErrorsCreateServiceDocument,
    "mutation FormErrorsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.FormErrorsCreateServerDocument,
    "mutation FormErrorsCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": typeof types.FormErrorsCreateTaxRuleDocument,
    "mutation FormErrorsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.FormErrorsAddCreditDocument,
    "mutation FormErrorsConfigureGateway($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }": typeof types.FormErrorsConfigureGatewayDocument,
    "mutation FormErrorsPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { id } }": typeof types.FormErrorsPlaceOrderDocument,
    "mutation FormErrorsRemoveCredit($i: CreditChangeInput!) { removeCredit(input: $i) { id } }": typeof types.FormErrorsRemoveCreditDocument,
    "mutation FormErrorsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": typeof types.FormErrorsUpdateProfileDocument,
    "query FormErrorsCountInvoices($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }": typeof types.FormErrorsCountInvoicesDocument,
    "mutation FormErrorsSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }": typeof types.FormErrorsSettingsDocument,
    "mutation FormErrorsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.FormErrorsRegisterDocument,
    "mutation FormErrorsCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": typeof types.FormErrorsCreateServerGroupDocument,
    "query FormErrorsClients { clients(first: 1) { totalCount } }": typeof types.FormErrorsClientsDocument,
    "mutation FormErrorsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.FormErrorsDeleteClientsDocument,
    "mutation FormErrorsCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": typeof types.FormErrorsCloseClientDocument,
    "mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }": typeof types.LatePayStartDocument,
    "query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }": typeof types.LatePayInvoiceDocument,
    "mutation LatePayDeleteClient($id: ID!) { deleteClients(ids: [$id], confirm: true) }": typeof types.LatePayDeleteClientDocument,
    "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }": typeof types.LatePayEmailsDocument,
    "query GlobalIdsNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.GlobalIdsNodeDocument,
    "mutation GlobalIdsAddInvoicePayment($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": typeof types.GlobalIdsAddInvoicePaymentDocument,
    "query GlobalIdsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.GlobalIdsNodesDocument,
    "mutation GlobalIdsCreateClientGroup { createClientGroup(input: { name: \"Resellers\" }) { id } createProject(input: { name: \"Brand\" }) { id } }": typeof types.GlobalIdsCreateClientGroupDocument,
    "mutation GlobalIdsCreateContact($c: ID!) { createContact(clientId: $c, input: { firstName: \"Con\", lastName: \"Tact\", email: \"contact@example.com\" }) { id } }": typeof types.GlobalIdsCreateContactDocument,
    "mutation GlobalIdsCreateClientUser($c: ID!) { createClientUser(clientId: $c, input: { email: \"user-gid@example.com\", firstName: \"Us\", lastName: \"Er\", password: \"user-password-123\", permissions: [SUPPORT] }) { id } }": typeof types.GlobalIdsCreateClientUserDocument,
    "mutation GlobalIdsCreatePayer($c: ID!) { createPayer(clientId: $c, input: { type: INDIVIDUAL, name: \"Payer\" }) { id } }": typeof types.GlobalIdsCreatePayerDocument,
    "mutation GlobalIdsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.GlobalIdsAddCreditDocument,
    "mutation GlobalIdsCreateProductGroup { createProductGroup(input: { name: \"Hosting\" }) { id } }": typeof types.GlobalIdsCreateProductGroupDocument,
    "mutation GlobalIdsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.GlobalIdsCreateProductDocument,
    "mutation GlobalIdsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.GlobalIdsCreateAddonDocument,
    "mutation GlobalIdsCreateConfigOptionGroup($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id } }": typeof types.GlobalIdsCreateConfigOptionGroupDocument,
    "mutation GlobalIdsSetTldPricing { setTldPricing(input: { tld: \"com\", currency: \"EUR\", prices: [{ years: 1, register: \"9.99\", renew: \"9.99\" }] }) { tld } }": typeof types.GlobalIdsSetTldPricingDocument,
    "mutation GlobalIdsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }": typeof types.GlobalIdsCreatePromotionDocument,
    "mutation GlobalIdsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.GlobalIdsAddOrderDocument,
    "mutation GlobalIdsAddClientDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": typeof types.GlobalIdsAddClientDiscountDocument,
    "mutation GlobalIdsCreateTaxRule { createTaxRule(input: { name: \"VAT\", level: 1, country: \"NL\", rate: \"21\" }) { id } createServerGroup(input: { name: \"Pool\" }) { id } }": typeof types.GlobalIdsCreateTaxRuleDocument,
    "mutation GlobalIdsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.GlobalIdsCreateServiceDocument,
    "mutation GlobalIdsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.GlobalIdsCreateDomainDocument,
    "mutation GlobalIdsCreateInvoice2($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": typeof types.GlobalIdsCreateInvoice2Document,
    "mutation GlobalIdsPublishInvoice($id: ID!) { publishInvoice(id: $id) { id } }": typeof types.GlobalIdsPublishInvoiceDocument,
    "mutation GlobalIdsSendClientMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }": typeof types.GlobalIdsSendClientMessageDocument,
    "mutation GlobalIdsRunDailyRun { runDailyRun { id } }": typeof types.GlobalIdsRunDailyRunDocument,
    "mutation GlobalIdsRequestCancellation($s: ID!) { requestCancellation(input: { serviceId: $s, type: IMMEDIATE, reason: \"Global ids\" }) { id } }": typeof types.GlobalIdsRequestCancellationDocument,
    "query GlobalIdsSchema { __schema { types { name kind interfaces { name } fields { name } } } }": typeof types.GlobalIdsSchemaDocument,
    "query GlobalIdsInvoice($id: ID!) { invoice(id: $id) { id client { id } lines { id service { id } } transactions { id staff { id } } } }": typeof types.GlobalIdsInvoiceDocument,
    "query GlobalIdsMe { me { staff { id } } }": typeof types.GlobalIdsMeDocument,
    "query GlobalIdsMe2($c: ID!, $i: ID!, $s: ID!) { me { client { id } } client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }": typeof types.GlobalIdsMe2Document,
    "query GlobalIdsMe3 { me { client { id } } }": typeof types.GlobalIdsMe3Document,
    "query GlobalIdsInvoice2($a: ID!, $b: ID!) { a: invoice(id: $a) { id } b: invoice(id: $b) { id } }": typeof types.GlobalIdsInvoice2Document,
    "mutation GlobalIdsCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id } }": typeof types.GlobalIdsCancelInvoiceDocument,
    "mutation GlobalIdsCreateInvoice($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: \"x\", amount: \"1.00\" }] }) { id } }": typeof types.GlobalIdsCreateInvoiceDocument,
    "query GlobalIdsClient($id: ID!) { client(id: $id) { id } }": typeof types.GlobalIdsClientDocument,
    "query GlobalIdsClient2($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }": typeof types.GlobalIdsClient2Document,
    "mutation GlobalIdsCreateClientUser2($c: ID!, $e: EmailAddress!) { createClientUser(clientId: $c, input: { email: $e, firstName: \"Li\", lastName: \"Mited\", password: \"user-password-123\", permissions: [PROFILE, SUPPORT] }) { id } }": typeof types.GlobalIdsCreateClientUser2Document,
    "query GlobalIdsClient3($id: ID!) { client(id: $id) { firstName invoices { totalCount } } me { client { id } } }": typeof types.GlobalIdsClient3Document,
    "query GlobalIdsClient4($id: ID!) { client(id: $id) { id firstName } }": typeof types.GlobalIdsClient4Document,
    "query GlobalIdsTransactions { transactions(first: 10) { edges { node { id staff { id email } refundOf { id } invoice { id } client { id } } } } }": typeof types.GlobalIdsTransactionsDocument,
    "query GlobalIdsClient5($id: ID!) { client(id: $id) { creditLog(first: 5) { edges { node { staff { id } invoice { id } } } } } }": typeof types.GlobalIdsClient5Document,
    "query GlobalIdsActivityLog($c: ID!) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { targetType targetId staff { id } client { id } } } } }": typeof types.GlobalIdsActivityLogDocument,
    "query GuardRailsIntrospection { __schema { queryType { name } } }": typeof types.GuardRailsIntrospectionDocument,
    "query GuardRailsAtDepthLimit { clients { edges { node { id } } } }": typeof types.GuardRailsAtDepthLimitDocument,
    "query GuardRailsTooDeep { clients { edges { node { group { name } } } } }": typeof types.GuardRailsTooDeepDocument,
    "query GuardRailsTooDeepInFragments { clients { ...GuardRailsPage } }\n  fragment GuardRailsPage on ClientConnection { edges { ...GuardRailsEdge } }\n  fragment GuardRailsEdge on ClientEdge { node { group { name } } }": typeof types.GuardRailsTooDeepInFragmentsDocument,
    "query GuardRailsTooDeepInline { clients { ... on ClientConnection { edges { node { ... { group { name } } } } } } }": typeof types.GuardRailsTooDeepInlineDocument,
    "query GuardRailsShallowInFragment { clients { ...GuardRailsShallowPage } } fragment GuardRailsShallowPage on ClientConnection { edges { node { id } } }": typeof types.GuardRailsShallowInFragmentDocument,
    "query GuardRailsClientsFirst1 { clients(first: 1) { edges { node { id firstName lastName email city } } } }": typeof types.GuardRailsClientsFirst1Document,
    "query GuardRailsClientsFirst100 { clients(first: 100) { edges { node { id firstName lastName email city } } } }": typeof types.GuardRailsClientsFirst100Document,
    "query GuardRailsClientsFirstN($n: Int) { clients(first: $n) { edges { node { id firstName lastName email city } } } }": typeof types.GuardRailsClientsFirstNDocument,
    "query GuardRailsClientsDefaultPage { clients { edges { node { id firstName lastName email city } } } }": typeof types.GuardRailsClientsDefaultPageDocument,
    "query GuardRailsClientsWider { clients { edges { node { id firstName lastName email city state country phoneNumber } } } }": typeof types.GuardRailsClientsWiderDocument,
    "query GuardRailsClientIds { clients { totalCount edges { node { id } } } }": typeof types.GuardRailsClientIdsDocument,
    "query GuardRailsClientCount { clients { totalCount } }": typeof types.GuardRailsClientCountDocument,
    "query GuardRailsClientContacts { clients { totalCount edges { node { id contacts { id } } } } }": typeof types.GuardRailsClientContactsDocument,
    "mutation GuardRailsCreateClient { createClient(input: { firstName: \"Ok\", lastName: \"Client\", email: \"ok-client@example.com\" }) { id } }": typeof types.GuardRailsCreateClientDocument,
    "mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }": typeof types.ImpersonationLoginAsDocument,
    "mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }": typeof types.ImpersonationEndDocument,
    "query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }": typeof types.ImpersonationMeDocument,
    "mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": typeof types.ImpersonationUpdateMeDocument,
    "query ImpersonationClient($id: ID!) { client(id: $id) { id } }": typeof types.ImpersonationClientDocument,
    "query ImpersonationAdminNotes($id: ID!) { client(id: $id) { adminNotes } }": typeof types.ImpersonationAdminNotesDocument,
    "query ImpersonationClientCount { clients { totalCount } }": typeof types.ImpersonationClientCountDocument,
    "mutation ImpersonationLogout { logout }": typeof types.ImpersonationLogoutDocument,
    "mutation ImpersonationCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": typeof types.ImpersonationCloseClientDocument,
    "mutation InvoiceEarlyCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.InvoiceEarlyCreateAddonDocument,
    "mutation InvoiceEarlyAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.InvoiceEarlyAddOrderDocument,
    "mutation InvoiceEarlyAccept($id: ID!) { acceptOrder(id: $id) { id items { service { id } } } }": typeof types.InvoiceEarlyAcceptDocument,
    "query InvoiceEarlyService($id: ID!) { service(id: $id) { id status nextDueDate addons { id nextDueDate } } }": typeof types.InvoiceEarlyServiceDocument,
    "mutation InvoiceEarlyCreateService($i: CreateServiceInput!) { createService(input: $i) { id status } }": typeof types.InvoiceEarlyCreateServiceDocument,
    "mutation InvoiceEarlyCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": typeof types.InvoiceEarlyCreateDomainDocument,
    "mutation InvoiceEarlySchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": typeof types.InvoiceEarlyScheduleDocument,
    "mutation InvoiceEarlyTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": typeof types.InvoiceEarlyTldPricingDocument,
    "mutation InvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) {\n  id status issueDate dueDate paymentMethod total { amount currency }\n  lines { type description amount { amount } service { id } domain { id }\n    computation { source explanation price { amount } cycle periodStart periodEnd } } } }": typeof types.InvoiceEarlyDocument,
    "query InvoiceEarlyInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } lines { description } } } } }": typeof types.InvoiceEarlyInvoicesDocument,
    "mutation InvoiceEarlyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { subjectType subjectId message } } }": typeof types.InvoiceEarlyRunDocument,
    "mutation InvoicePdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }": typeof types.InvoicePdfLinkDocument,
    "mutation InvoicePdfCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }": typeof types.InvoicePdfCreateUserDocument,
    "mutation InvoicePdfCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number total { amount } } }": typeof types.InvoicePdfCreateInvoiceDocument,
    "subscription InvoiceStatusChanged { invoiceChanged { invoiceId change } }": typeof types.InvoiceStatusChangedDocument,
    "query InvoiceStatusList($f: InvoiceFilter) { invoices(filter: $f) { totalCount edges { node { id status overdue } } } }": typeof types.InvoiceStatusListDocument,
    "mutation InvoicesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": typeof types.InvoicesCreatePayerDocument,
    "mutation InvoicesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.InvoicesCreateContactDocument,
    "mutation InvoicesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": typeof types.InvoicesCreateUserDocument,
    "query InvoicesMine { invoices { totalCount edges { node { id } } } }": typeof types.InvoicesMineDocument,
    "query InvoicesCount($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }": typeof types.InvoicesCountDocument,
    "query InvoicesList($f: InvoiceFilter, $first: Int, $after: String) { invoices(filter: $f, first: $first, after: $after) { totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }": typeof types.InvoicesListDocument,
    "mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": typeof types.WorkerSplitRunDocument,
    "mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }": typeof types.WorkerSplitCancelDocument,
    "query WorkerSplitService($id: ID!) { service(id: $id) { status } }": typeof types.WorkerSplitServiceDocument,
    "mutation LiveSessionsRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.LiveSessionsRegisterClientDocument,
    "mutation LiveSessionsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.LiveSessionsUpdateClientDocument,
    "mutation LiveSessionsCreateClientUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }": typeof types.LiveSessionsCreateClientUserDocument,
    "mutation LiveSessionsUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }": typeof types.LiveSessionsUpdateClientUserDocument,
    "mutation LiveSessionsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.LiveSessionsLoginDocument,
    "mutation LiveSessionsLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }": typeof types.LiveSessionsLoginAsClientDocument,
    "subscription LiveSessionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change } }": typeof types.LiveSessionsClientChangedDocument,
    "subscription LiveSessionsServiceChanged { serviceChanged { serviceId job { command status } } }": typeof types.LiveSessionsServiceChangedDocument,
    "mutation LiveSessionsLogout { logout }": typeof types.LiveSessionsLogoutDocument,
    "query LiveSessionsTypename { __typename }": typeof types.LiveSessionsTypenameDocument,
    "mutation LiveSessionsRunModuleCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.LiveSessionsRunModuleCommandDocument,
    "mutation LiveSessionsEndImpersonation { endImpersonation { sessionId } }": typeof types.LiveSessionsEndImpersonationDocument,
    "mutation LiveSessionsSetClientStatus($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": typeof types.LiveSessionsSetClientStatusDocument,
    "mutation LiveSessionsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.LiveSessionsCreateServerDocument,
    "mutation LiveSessionsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.LiveSessionsCreateProductDocument,
    "mutation LiveSessionsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.LiveSessionsCreateServiceDocument,
    "subscription LiveSessionsClientChanged2($id: ID) { clientChanged(id: $id) { clientId client { adminNotes } } }": typeof types.LiveSessionsClientChanged2Document,
    "mutation LoginThrottlingLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": typeof types.LoginThrottlingLoginDocument,
    "mutation LoginThrottlingRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.LoginThrottlingRegisterDocument,
    "mutation LoginThrottlingChangePassword($c: String!) { updateMyProfile(input: { newPassword: \"taken-over-password\", currentPassword: $c }) { id } }": typeof types.LoginThrottlingChangePasswordDocument,
    "query LogsAndMetricsClients { clients(first: 1) { totalCount } }": typeof types.LogsAndMetricsClientsDocument,
    "mutation LogsAndMetricsLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.LogsAndMetricsLoginDocument,
    "mutation LogsAndMetricsSecretLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.LogsAndMetricsSecretLoginDocument,
    "query LogsAndMetricsSecretToken { clients(first: 1) { totalCount } }": typeof types.LogsAndMetricsSecretTokenDocument,
    "query LogsAndMetricsSecretOwnToken { clients(first: 1) { totalCount } }": typeof types.LogsAndMetricsSecretOwnTokenDocument,
    "query LogsAndMetricsProbe { clients(first: 1) { totalCount } }": typeof types.LogsAndMetricsProbeDocument,
    "subscription LogsAndMetricsWatchClients { clientChanged { clientId } }": typeof types.LogsAndMetricsWatchClientsDocument,
    "mutation LogsAndMetricsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.LogsAndMetricsCreateClientDocument,
    "mutation LogsAndMetricsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.LogsAndMetricsCreateServerDocument,
    "mutation LogsAndMetricsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.LogsAndMetricsCreateProductDocument,
    "mutation LogsAndMetricsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.LogsAndMetricsCreateServiceDocument,
    "mutation LogsAndMetricsRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": typeof types.LogsAndMetricsRunCreateDocument,
    "query LogsAndMetricsJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.LogsAndMetricsJobDocument,
    "mutation MailCrashCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.MailCrashCreateClientDocument,
    "mutation MailCrashSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }": typeof types.MailCrashSendDocument,
    "query MailCrashEmailLog($c: ID!) { clientEmails(clientId: $c, first: 5) { edges { node { status messageId lastError } } } }": typeof types.MailCrashEmailLogDocument,
    "mutation MailResendCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.MailResendCreateContactDocument,
    "mutation MailResendCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number } }": typeof types.MailResendCreateInvoiceDocument,
    "fragment MailResendEmail on Email { id type status attempts lastError messageId recipient subject body }": typeof types.MailResendEmailFragmentDoc,
    "query MailResendEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { ...MailResendEmail } } } }": typeof types.MailResendEmailsDocument,
    "mutation MailResendRequeue($id: ID!) { requeueEmail(id: $id) { ...MailResendEmail } }": typeof types.MailResendRequeueDocument,
    "mutation MailResendAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { description } } }": typeof types.MailResendAddOrderDocument,
    "mutation MailResendPlaceOrder($cart: CartInput!) { placeOrder(cart: $cart) { id } }": typeof types.MailResendPlaceOrderDocument,
    "mutation MailResendFraud($id: ID!) { markOrderFraud(id: $id) { id status } }": typeof types.MailResendFraudDocument,
    "mutation MailResendOrderConfirmation($id: ID!) { resendOrderConfirmation(id: $id) { ...MailResendEmail } }": typeof types.MailResendOrderConfirmationDocument,
    "query MailResendActivity($f: ActivityFilter) { activityLog(filter: $f, first: 10) { edges { node { action targetType details staff { id } } } } }": typeof types.MailResendActivityDocument,
    "query MailResendMe { me { staff { id } } }": typeof types.MailResendMeDocument,
    "query MailStartupFirstClient { clients(first: 1) { edges { node { id } } } }": typeof types.MailStartupFirstClientDocument,
    "mutation MailStartupSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }": typeof types.MailStartupSendDocument,
    "mutation MailCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.MailCreateContactDocument,
    "mutation MailCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number status } }": typeof types.MailCreateInvoiceDocument,
    "mutation MailMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.MailMarkPaidDocument,
    "mutation MailOptOut($c: ID!, $cats: [EmailCategory!]!) { setEmailOptOuts(clientId: $c, categories: $cats) { id emailOptOuts } }": typeof types.MailOptOutDocument,
    "query MailOptOuts($id: ID!) { client(id: $id) { emailOptOuts } }": typeof types.MailOptOutsDocument,
    "mutation MailResendWelcome($s: ID!) { resendWelcomeEmail(serviceId: $s) { id recipient subject status } }": typeof types.MailResendWelcomeDocument,
    "mutation MailSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id category subject message language emailCount createdAt } }": typeof types.MailSendMessageDocument,
    "query MailEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { totalCount edges { node { id type category language recipient subject status attempts lastError messageId sentAt } } } }": typeof types.MailEmailsDocument,
    "mutation MassUpdateCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.MassUpdateCreateAddonDocument,
    "mutation MassUpdateAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.MassUpdateAddOrderDocument,
    "mutation MassUpdateAcceptOrder($id: ID!) { acceptOrder(id: $id) { items { service { id status addons { id status } } } } }": typeof types.MassUpdateAcceptOrderDocument,
    "mutation MassUpdateAll($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate recurringAmount { amount currency } }\n  addons { id status billingCycle nextDueDate terminationDate recurringAmount { amount currency } }\n  domains { id status autoRenew expiryDate }\n  moduleJobs { id command service { id } domain { id } } } }": typeof types.MassUpdateAllDocument,
    "query MassUpdateJob($id: ID!) { moduleJob(id: $id) { id status lastError } }": typeof types.MassUpdateJobDocument,
    "query MassUpdateDomain($id: ID!) { domain(id: $id) { id status transferLocked } }": typeof types.MassUpdateDomainDocument,
    "mutation MergeDeleteCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.MergeDeleteCreateContactDocument,
    "mutation MergeDeleteAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.MergeDeleteAddCreditDocument,
    "mutation MergeDeleteMerge($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id email creditBalance { amount currency } contacts { id } } }": typeof types.MergeDeleteMergeDocument,
    "mutation MergeDeleteDelete($ids: [ID!]!, $confirm: Boolean!) { deleteClients(ids: $ids, confirm: $confirm) }": typeof types.MergeDeleteDeleteDocument,
    "mutation MergeDeleteCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": typeof types.MergeDeleteCreateUserDocument,
    "mutation MergeDeleteCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": typeof types.MergeDeleteCreatePayerDocument,
    "query MergeDeleteMe { me { sessionId } }": typeof types.MergeDeleteMeDocument,
    "query MergeDeleteDomain($id: ID!) { domain(id: $id) { updatedAt client { id } } }": typeof types.MergeDeleteDomainDocument,
    "mutation ModuleCommandCatalogueRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status } }": typeof types.ModuleCommandCatalogueRunDocument,
    "query ModuleCommandCatalogueJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.ModuleCommandCatalogueJobDocument,
    "query ModuleCommandCatalogueService($id: ID!) { service(id: $id) { status suspensionReason terminationDate passwordSet product { id } } }": typeof types.ModuleCommandCatalogueServiceDocument,
    "query ModuleCommandCatalogueQueue($s: ID!) { moduleQueue(filter: { serviceId: $s, status: [QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED] }, first: 10) { totalCount } }": typeof types.ModuleCommandCatalogueQueueDocument,
    "query ModuleCommandCatalogueActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action actorType staff { id } details } } } }": typeof types.ModuleCommandCatalogueActivityDocument,
    "query ModuleCommandCatalogueProblems { moduleLoadProblems { folder reason } }": typeof types.ModuleCommandCatalogueProblemsDocument,
    "query ModuleCommandCatalogueModules { modules { name } }": typeof types.ModuleCommandCatalogueModulesDocument,
    "mutation ModuleCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.ModuleCommandsUpdateServerDocument,
    "mutation ModuleCommandsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError createdAt } }": typeof types.ModuleCommandsRunDocument,
    "query ModuleCommandsService($id: ID!) { service(id: $id) { id status username suspensionReason terminationDate lastModuleError moduleData product { id } } }": typeof types.ModuleCommandsServiceDocument,
    "query ModuleCommandsQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError nextRunAt service { id } } } } }": typeof types.ModuleCommandsQueueDocument,
    "mutation ModuleCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id status updatedAt } }": typeof types.ModuleCommandsRetryDocument,
    "mutation ModuleCommandsCancel($id: ID!) { cancelModuleJob(id: $id) { id status updatedAt } }": typeof types.ModuleCommandsCancelDocument,
    "query ModuleCommandsLog($s: ID!) { moduleLog(serviceId: $s) { command success error request response durationMs lines attempt } }": typeof types.ModuleCommandsLogDocument,
    "subscription ModuleCommandsChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { id command status attempts error } } }": typeof types.ModuleCommandsChangedDocument,
    "subscription ModuleCommandsChangedShape($id: ID) { serviceChanged(id: $id) { change at serviceId status service { id status } job { status } } }": typeof types.ModuleCommandsChangedShapeDocument,
    "subscription ModuleCommandsChangedOutput($id: ID) { serviceChanged(id: $id) { job { status output } } }": typeof types.ModuleCommandsChangedOutputDocument,
    "mutation ModuleCommandsSetStatus($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }": typeof types.ModuleCommandsSetStatusDocument,
    "query ModuleCommandsJob($id: ID!) { moduleJob(id: $id) { id command status output service { id } } }": typeof types.ModuleCommandsJobDocument,
    "mutation ModuleCreateDemoDataLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.ModuleCreateDemoDataLoginDocument,
    "query ModuleCreateDemoDataClients($email: String!) { clients(filter: { email: $email }) { edges { node { id firstName lastName companyName email phoneNumber address1 address2 city state postcode country language } } } }": typeof types.ModuleCreateDemoDataClientsDocument,
    "mutation ModuleCreateDemoDataCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.ModuleCreateDemoDataCreateProductDocument,
    "mutation ModuleCreateDemoDataCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.ModuleCreateDemoDataCreateServerDocument,
    "mutation ModuleCreateDemoDataCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.ModuleCreateDemoDataCreateServiceDocument,
    "mutation ModuleCreateDemoDataRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": typeof types.ModuleCreateDemoDataRunModuleCommandDocument,
    "query ModuleCreateDemoDataModuleJob($id: ID!) { moduleJob(id: $id) { status lastError } }": typeof types.ModuleCreateDemoDataModuleJobDocument,
    "query ModuleCreateDemoDataService($id: ID!) { service(id: $id) { status moduleData } }": typeof types.ModuleCreateDemoDataServiceDocument,
    "mutation ModuleJobLeasesRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": typeof types.ModuleJobLeasesRunModuleCommandDocument,
    "mutation ModuleJobLeasesMarkModuleJobFailed($id: ID!, $r: String!) { markModuleJobFailed(id: $id, reason: $r) { id status lastError leaseExpiresAt updatedAt } }": typeof types.ModuleJobLeasesMarkModuleJobFailedDocument,
    "mutation ModuleJobLeasesRetryModuleJob($id: ID!) { retryModuleJob(id: $id) { id status } }": typeof types.ModuleJobLeasesRetryModuleJobDocument,
    "query ModuleJobLeasesModuleJob($id: ID!) { moduleJob(id: $id) { status attempts lastError leaseExpiresAt } }": typeof types.ModuleJobLeasesModuleJobDocument,
    "query ModuleJobLeasesService($id: ID!) { service(id: $id) { status lastModuleError } }": typeof types.ModuleJobLeasesServiceDocument,
    "query ModuleJobLeasesModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } attempt success error request lines } }": typeof types.ModuleJobLeasesModuleLogDocument,
    "query ModulesModules { modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }": typeof types.ModulesModulesDocument,
    "query ModulesProblems { moduleLoadProblems { folder reason } }": typeof types.ModulesProblemsDocument,
    "mutation ModulesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.ModulesRegisterDocument,
    "query ModulesCommands { modules { name kind commands } }": typeof types.ModulesCommandsDocument,
    "mutation MoneyFixesUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id country state } }": typeof types.MoneyFixesUpdateClientDocument,
    "mutation MoneyFixesUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { id state } }": typeof types.MoneyFixesUpdateRuleDocument,
    "mutation MoneyFixesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id state country } }": typeof types.MoneyFixesCreatePayerDocument,
    "mutation MoneyFixesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id state } }": typeof types.MoneyFixesCreateContactDocument,
    "query MoneyFixesPreview($i: PreviewTaxInput!) { previewTax(input: $i) { total { amount } level1Rule { name } } }": typeof types.MoneyFixesPreviewDocument,
    "query MoneyFixesPaymentParts($id: ID!) { invoice(id: $id) { amountPaid { amount }\n  transactions { kind amount { amount } toClientCredit { amount } fromClientCredit { amount } appliedToInvoice { amount } } } }": typeof types.MoneyFixesPaymentPartsDocument,
    "mutation MoneyFixesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.MoneyFixesCreateProductDocument,
    "mutation MoneyFixesCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.MoneyFixesCreateAddonDocument,
    "query MoneyFixesCatalog($c: Currency) { catalog(currency: $c) { id prices { currency } addons { prices { currency } } } all: products { id prices { currency } } }": typeof types.MoneyFixesCatalogDocument,
    "query MoneyFixesUsdCatalog { catalog(currency: \"USD\") { id prices { currency } } }": typeof types.MoneyFixesUsdCatalogDocument,
    "query NPlusOneInvoices($first: Int!) { invoices(first: $first) { edges { node {\n  id number client { id email } payer { id } lines { id description total { amount } service { id domain } domain { id } addon { id } } transactions { id amount { amount } staff { id email } refundOf { id } }\n} } } }": typeof types.NPlusOneInvoicesDocument,
    "query NPlusOneTransactions($first: Int!) { transactions(first: $first) { edges { node {\n  id amount { amount } client { id email } invoice { id number lines { id } } staff { id email } refundOf { id }\n} } } }": typeof types.NPlusOneTransactionsDocument,
    "query NPlusOneServices($first: Int!) { services(first: $first) { edges { node {\n  id client { id email } product { id name } server { id name }\n} } } }": typeof types.NPlusOneServicesDocument,
    "query NPlusOneClients($first: Int!) {\n  clients(first: $first) {\n    totalCount\n    edges { node {\n      id\n      group { id name }\n      project { id name }\n      billingContact { id email }\n      contacts { id email }\n    } }\n  }\n}": typeof types.NPlusOneClientsDocument,
    "fragment NestedConnectionsService on Service { id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } product { id name } }": typeof types.NestedConnectionsServiceFragmentDoc,
    "fragment NestedConnectionsDomain on Domain { id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet }": typeof types.NestedConnectionsDomainFragmentDoc,
    "fragment NestedConnectionsInvoiceRow on Invoice { id number status currency issueDate dueDate datePaid createdAt subtotal { amount currency } total { amount currency }\n  creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency } overdue client { id } payer { id } lines { id } }": typeof types.NestedConnectionsInvoiceRowFragmentDoc,
    "fragment NestedConnectionsTransaction on Transaction { id kind gateway transactionId toCredit date createdAt client { id } amount { amount currency } appliedToInvoice { amount currency } invoice { id } }": typeof types.NestedConnectionsTransactionFragmentDoc,
    "fragment NestedConnectionsCreditEntry on CreditEntry { id kind description createdAt invoice { id } amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": typeof types.NestedConnectionsCreditEntryFragmentDoc,
    "fragment NestedConnectionsPageInfo on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }": typeof types.NestedConnectionsPageInfoFragmentDoc,
    "fragment NestedConnectionsServiceEdges on ServiceConnection { edges { cursor node { ...NestedConnectionsService } } }": typeof types.NestedConnectionsServiceEdgesFragmentDoc,
    "fragment NestedConnectionsDomainEdges on DomainConnection { edges { cursor node { ...NestedConnectionsDomain } } }": typeof types.NestedConnectionsDomainEdgesFragmentDoc,
    "fragment NestedConnectionsInvoiceEdges on InvoiceConnection { edges { cursor node { ...NestedConnectionsInvoiceRow } } }": typeof types.NestedConnectionsInvoiceEdgesFragmentDoc,
    "fragment NestedConnectionsTransactionEdges on TransactionConnection { edges { cursor node { ...NestedConnectionsTransaction } } }": typeof types.NestedConnectionsTransactionEdgesFragmentDoc,
    "fragment NestedConnectionsCreditEntryEdges on CreditEntryConnection { edges { cursor node { ...NestedConnectionsCreditEntry } } }": typeof types.NestedConnectionsCreditEntryEdgesFragmentDoc,
    "fragment NestedConnectionsClient on Client { id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes\n  creditBalance { amount currency } group { id } project { id } billingContact { id } contacts { id } users { id } payers { id } }": typeof types.NestedConnectionsClientFragmentDoc,
    "fragment NestedConnectionsInvoice on Invoice { id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal { amount currency }\n  tax1 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } amountRefunded { amount currency } balanceDue { amount currency }\n  overdue client { id } payer { id } clientName clientEmail lines { id } }": typeof types.NestedConnectionsInvoiceFragmentDoc,
    "fragment NestedConnectionsServiceFull on Service { ...NestedConnectionsService moduleData adminNotes }": typeof types.NestedConnectionsServiceFullFragmentDoc,
    "query NestedConnectionsRootServices($c: ID!, $first: Int, $after: String) {\n    page: services(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } }": typeof types.NestedConnectionsRootServicesDocument,
    "query NestedConnectionsRootDomains($c: ID!, $first: Int, $after: String) {\n    page: domains(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } }": typeof types.NestedConnectionsRootDomainsDocument,
    "query NestedConnectionsRootInvoices($c: ID!, $first: Int, $after: String) {\n    page: invoices(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } }": typeof types.NestedConnectionsRootInvoicesDocument,
    "query NestedConnectionsRootTransactions($c: ID!, $first: Int, $after: String) {\n    page: transactions(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } }": typeof types.NestedConnectionsRootTransactionsDocument,
    "query NestedConnectionsRootCreditLog($c: ID!, $first: Int, $after: String) {\n    page: creditLog(first: $first, after: $after, clientId: $c) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } }": typeof types.NestedConnectionsRootCreditLogDocument,
    "query NestedConnectionsStaffList($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { totalCount ...NestedConnectionsServiceEdges } domains(first: 2) { totalCount ...NestedConnectionsDomainEdges }\n  invoices(first: 2) { totalCount ...NestedConnectionsInvoiceEdges } transactions(first: 2) { totalCount ...NestedConnectionsTransactionEdges }\n  creditLog(first: 2) { totalCount ...NestedConnectionsCreditEntryEdges } } } } }": typeof types.NestedConnectionsStaffListDocument,
    "query NestedConnectionsStaffListWithoutTotals($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { ...NestedConnectionsServiceEdges } domains(first: 2) { ...NestedConnectionsDomainEdges } invoices(first: 2) { ...NestedConnectionsInvoiceEdges }\n  transactions(first: 2) { ...NestedConnectionsTransactionEdges } creditLog(first: 2) { ...NestedConnectionsCreditEntryEdges } } } } }": typeof types.NestedConnectionsStaffListWithoutTotalsDocument,
    "query NestedConnectionsClientArea { me { client { id\n  services(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges }\n  domains(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges }\n  invoices(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges }\n  transactions(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges }\n  creditLog(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } } }": typeof types.NestedConnectionsClientAreaDocument,
    "query NestedConnectionsPageServices($c: ID!, $after: String) { client(id: $c) {\n    services(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }": typeof types.NestedConnectionsPageServicesDocument,
    "query NestedConnectionsPageDomains($c: ID!, $after: String) { client(id: $c) {\n    domains(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } } }": typeof types.NestedConnectionsPageDomainsDocument,
    "query NestedConnectionsPageInvoices($c: ID!, $after: String) { client(id: $c) {\n    invoices(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } } }": typeof types.NestedConnectionsPageInvoicesDocument,
    "query NestedConnectionsPageTransactions($c: ID!, $after: String) { client(id: $c) {\n    transactions(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } } }": typeof types.NestedConnectionsPageTransactionsDocument,
    "query NestedConnectionsPageCreditLog($c: ID!, $after: String) { client(id: $c) {\n    creditLog(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } }": typeof types.NestedConnectionsPageCreditLogDocument,
    "mutation NestedConnectionsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.NestedConnectionsAddCreditDocument,
    "mutation NestedConnectionsCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": typeof types.NestedConnectionsCreateInvoiceDocument,
    "query NestedConnectionsClientLoaders($first: Int!) { clients(first: $first) { edges { node {\n  id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }": typeof types.NestedConnectionsClientLoadersDocument,
    "query NestedConnectionsViaLoaders($c: ID!) {\n  transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ...NestedConnectionsClient } invoice { ...NestedConnectionsInvoice } } } }\n  services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }": typeof types.NestedConnectionsViaLoadersDocument,
    "query NestedConnectionsDirect($c: ID!, $i: ID!, $s: ID!) {\n  client(id: $c) { ...NestedConnectionsClient } invoice(id: $i) { ...NestedConnectionsInvoice } service(id: $s) { ...NestedConnectionsServiceFull } }": typeof types.NestedConnectionsDirectDocument,
    "query NestedConnectionsNestedService($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ...NestedConnectionsServiceFull } } } } }": typeof types.NestedConnectionsNestedServiceDocument,
    "query NestedConnectionsClientsTotal { page: clients(first: 5) { totalCount edges { node { ...NestedConnectionsClient } } } }": typeof types.NestedConnectionsClientsTotalDocument,
    "query NestedConnectionsClientsNoTotal { page: clients(first: 5) { edges { node { ...NestedConnectionsClient } } } }": typeof types.NestedConnectionsClientsNoTotalDocument,
    "query NestedConnectionsClientNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { ...NestedConnectionsClient } } }": typeof types.NestedConnectionsClientNodesDocument,
    "query NestedConnectionsInvoicesTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsInvoice } } } }": typeof types.NestedConnectionsInvoicesTotalDocument,
    "query NestedConnectionsInvoicesNoTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsInvoice } } } }": typeof types.NestedConnectionsInvoicesNoTotalDocument,
    "query NestedConnectionsInvoiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { ...NestedConnectionsInvoice } } }": typeof types.NestedConnectionsInvoiceNodesDocument,
    "query NestedConnectionsServicesTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsServiceFull } } } }": typeof types.NestedConnectionsServicesTotalDocument,
    "query NestedConnectionsServicesNoTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsServiceFull } } } }": typeof types.NestedConnectionsServicesNoTotalDocument,
    "query NestedConnectionsServiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { ...NestedConnectionsServiceFull } } }": typeof types.NestedConnectionsServiceNodesDocument,
    "query NestedConnectionsDomainsTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsDomain } } } }": typeof types.NestedConnectionsDomainsTotalDocument,
    "query NestedConnectionsDomainsNoTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsDomain } } } }": typeof types.NestedConnectionsDomainsNoTotalDocument,
    "query NestedConnectionsDomainNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Domain { ...NestedConnectionsDomain } } }": typeof types.NestedConnectionsDomainNodesDocument,
    "query NestedConnectionsTransactionsTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsTransaction } } } }": typeof types.NestedConnectionsTransactionsTotalDocument,
    "query NestedConnectionsTransactionsNoTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsTransaction } } } }": typeof types.NestedConnectionsTransactionsNoTotalDocument,
    "query NestedConnectionsTransactionNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Transaction { ...NestedConnectionsTransaction } } }": typeof types.NestedConnectionsTransactionNodesDocument,
    "query NestedConnectionsCreditLogTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { totalCount edges { node { ...NestedConnectionsCreditEntry } } } }": typeof types.NestedConnectionsCreditLogTotalDocument,
    "query NestedConnectionsCreditLogNoTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { edges { node { ...NestedConnectionsCreditEntry } } } }": typeof types.NestedConnectionsCreditLogNoTotalDocument,
    "query NestedConnectionsCreditEntryNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on CreditEntry { ...NestedConnectionsCreditEntry } } }": typeof types.NestedConnectionsCreditEntryNodesDocument,
    "query NestedConnectionsByIds($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }": typeof types.NestedConnectionsByIdsDocument,
    "query NestedConnectionsServiceCount($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }": typeof types.NestedConnectionsServiceCountDocument,
    "query NestedConnectionsClientServices($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {\n  services(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }": typeof types.NestedConnectionsClientServicesDocument,
    "query NestedConnectionsClientInvoices($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }": typeof types.NestedConnectionsClientInvoicesDocument,
    "mutation NestedConnectionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": typeof types.NestedConnectionsCreateUserDocument,
    "query NestedConnectionsMyTotals { me { client {\n  services(first: 1) { totalCount } domains(first: 1) { totalCount } invoices(first: 1) { totalCount } transactions(first: 1) { totalCount } creditLog(first: 1) { totalCount } } } }": typeof types.NestedConnectionsMyTotalsDocument,
    "fragment OrderAcceptItem on OrderItem { id position kind status error service { id status } domain }": typeof types.OrderAcceptItemFragmentDoc,
    "mutation OrderAcceptAdd($i: AddOrderInput!) { addOrder(input: $i) { id status items { ...OrderAcceptItem } } }": typeof types.OrderAcceptAddDocument,
    "mutation OrderAcceptAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { id status items { ...OrderAcceptItem } } }": typeof types.OrderAcceptAcceptDocument,
    "query OrderAcceptGet($id: ID!) { order(id: $id) { id status items { ...OrderAcceptItem } } }": typeof types.OrderAcceptGetDocument,
    "subscription OrderAcceptWatch($id: ID!) { orderChanged(id: $id) { orderId change status at items { itemId position progress error } order { id } } }": typeof types.OrderAcceptWatchDocument,
    "query OrderAcceptEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient body } } } }": typeof types.OrderAcceptEmailsDocument,
    "mutation OrderAcceptFraud($id: ID!) { markOrderFraud(id: $id) { id status items { ...OrderAcceptItem } } }": typeof types.OrderAcceptFraudDocument,
    "mutation OrderAcceptCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.OrderAcceptCreateAddonDocument,
    "subscription OrderAcceptServiceChanged($id: ID) { serviceChanged(id: $id) { change status } }": typeof types.OrderAcceptServiceChangedDocument,
    "query OrderAcceptServiceAddons($id: ID!) { service(id: $id) { status addons { status } } }": typeof types.OrderAcceptServiceAddonsDocument,
    "mutation OrderAcceptCancel($id: ID!) { cancelOrder(id: $id) { id status items { ...OrderAcceptItem } } }": typeof types.OrderAcceptCancelDocument,
    "query OrderAcceptServiceEnded($id: ID!) { service(id: $id) { status terminationDate addons { status terminationDate } } }": typeof types.OrderAcceptServiceEndedDocument,
    "subscription OrderAcceptServiceJobChanged($id: ID) { serviceChanged(id: $id) { change status job { command status nextRunAt } } }": typeof types.OrderAcceptServiceJobChangedDocument,
    "query OrderAcceptServiceLateCreate($id: ID!) { service(id: $id) { status lastModuleError } }": typeof types.OrderAcceptServiceLateCreateDocument,
    "mutation OrderAcceptUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.OrderAcceptUpdateServerDocument,
    "fragment OrderToPleskOrder on Order { id status total { amount currency } discount { amount } promotionCode\n  items { id position kind status error service { id status domain } } invoices { id status total { amount currency } } }": typeof types.OrderToPleskOrderFragmentDoc,
    "mutation OrderToPleskRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.OrderToPleskRegisterDocument,
    "query OrderToPleskPreview($cart: CartInput!) { previewOrder(cart: $cart) {\n  currency invoiceCount promotionCode subtotal { amount } discount { amount } tax { amount } total { amount currency } lines { itemPosition description amount { amount } } } }": typeof types.OrderToPleskPreviewDocument,
    "mutation OrderToPleskPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrderToPleskOrder } }": typeof types.OrderToPleskPlaceDocument,
    "query OrderToPleskGet($id: ID!) { order(id: $id) { ...OrderToPleskOrder } }": typeof types.OrderToPleskGetDocument,
    "mutation OrderToPleskCancel($id: ID!) { cancelOrder(id: $id) { id status } }": typeof types.OrderToPleskCancelDocument,
    "mutation OrderToPleskFraud($id: ID!) { markOrderFraud(id: $id) { id status } }": typeof types.OrderToPleskFraudDocument,
    "subscription OrderToPleskWatch($id: ID!) { orderChanged(id: $id) { orderId change status items { position progress error } } }": typeof types.OrderToPleskWatchDocument,
    "mutation OrderToPleskPayInvoice($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference amount { amount currency } } }": typeof types.OrderToPleskPayInvoiceDocument,
    "mutation OrderToPleskApply($id: ID!) { applyCredit(invoiceId: $id) { id status } }": typeof types.OrderToPleskApplyDocument,
    "mutation OrderToPleskAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.OrderToPleskAddCreditDocument,
    "mutation OrderToPleskSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }": typeof types.OrderToPleskSettingsDocument,
    "query OrderToPleskReadSettings { settings { acceptOrdersOnPayment } }": typeof types.OrderToPleskReadSettingsDocument,
    "mutation OrderToPleskBillingSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }": typeof types.OrderToPleskBillingSettingsDocument,
    "mutation OrderToPleskCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": typeof types.OrderToPleskCreateServerGroupDocument,
    "mutation OrderToPleskUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id acceptOnPayment } }": typeof types.OrderToPleskUpdateProductDocument,
    "query OrderToPleskProduct($id: ID!) { product(id: $id) { acceptOnPayment } }": typeof types.OrderToPleskProductDocument,
    "mutation OrderToPleskCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.OrderToPleskCreateAddonDocument,
    "mutation OrderToPleskCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }": typeof types.OrderToPleskCreatePromotionDocument,
    "query OrdersPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) {\n  currency invoiceCount promotionCode subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  lines { itemPosition description amount { amount } tax { amount } total { amount } } } }": typeof types.OrdersPreviewDocument,
    "fragment OrdersOrderFields on Order { id status currency promotionCode paymentStatus createdAt\n  subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  client { id }\n  items { id position kind status description cycle domain years nameservers parentPosition product { id } addon { id } invoice { id }\n    configOptions { optionId choiceId quantity } firstPayment { amount currency } recurringAmount { amount currency } }\n  invoices { ...InvoiceFields } }": typeof types.OrdersOrderFieldsFragmentDoc,
    "mutation OrdersPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrdersOrderFields } }": typeof types.OrdersPlaceDocument,
    "mutation OrdersAdd($i: AddOrderInput!) { addOrder(input: $i) { ...OrdersOrderFields noInvoice noEmail items { priceOverridden server { id } } } }": typeof types.OrdersAddDocument,
    "mutation OrdersCancel($id: ID!) { cancelOrder(id: $id) { ...OrdersOrderFields } }": typeof types.OrdersCancelDocument,
    "mutation OrdersFraud($id: ID!) { markOrderFraud(id: $id) { ...OrdersOrderFields } }": typeof types.OrdersFraudDocument,
    "query OrdersGet($id: ID!) { order(id: $id) { ...OrdersOrderFields } }": typeof types.OrdersGetDocument,
    "query OrdersList($f: OrderFilter, $o: OrderOrder, $first: Int, $after: String) { orders(filter: $f, orderBy: $o, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id status paymentStatus total { amount } client { id } promotionCode items { description } invoices { id status } } } } }": typeof types.OrdersListDocument,
    "mutation OrdersCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id name choices { id name } } } }": typeof types.OrdersCreateOptionsDocument,
    "mutation OrdersCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.OrdersCreateAddonDocument,
    "mutation OrdersTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": typeof types.OrdersTldPricingDocument,
    "mutation OrdersCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": typeof types.OrdersCreateGroupDocument,
    "mutation OrdersLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }": typeof types.OrdersLoginAsClientDocument,
    "query OrdersNodeId($id: ID!) { node(id: $id) { id } }": typeof types.OrdersNodeIdDocument,
    "query OrdersNodeStatus($id: ID!) { node(id: $id) { ... on Order { status } } }": typeof types.OrdersNodeStatusDocument,
    "mutation OrdersCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code maxUsesPerClient uses } }": typeof types.OrdersCreatePromotionDocument,
    "query OrdersEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject body } } } }": typeof types.OrdersEmailsDocument,
    "query OrdersPromotionUses { promotions(first: 100) { edges { node { code uses } } } }": typeof types.OrdersPromotionUsesDocument,
    "query OrdersInDepth($first: Int!) { orders(first: $first) { edges { node { id status paymentStatus total { amount } client { id email }\n  promotion { code } items { id product { id name } addon { id name } invoice { id number } parentPosition } invoices { id total { amount } } } } } }": typeof types.OrdersInDepthDocument,
    "mutation PaymentGatewaysConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies settings } }": typeof types.PaymentGatewaysConfigureDocument,
    "query PaymentGatewaysAvailable($id: ID!) { availablePaymentGateways(invoiceId: $id) { module displayName } }": typeof types.PaymentGatewaysAvailableDocument,
    "mutation PaymentGatewaysPay($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { gateway amount { amount currency } clientSecret redirectUrl instructions reference } }": typeof types.PaymentGatewaysPayDocument,
    "mutation PaymentGatewaysCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": typeof types.PaymentGatewaysCreateUserDocument,
    "query PaymentGatewaysSettings { paymentGatewaySettings { module settings } }": typeof types.PaymentGatewaysSettingsDocument,
    "query PaymentGatewaysInvoice($id: ID!) { invoice(id: $id) { status balanceDue { amount } amountRefunded { amount } transactions { id kind gateway transactionId amount { amount currency } } } }": typeof types.PaymentGatewaysInvoiceDocument,
    "subscription PaymentsInvoiceChanged($id: ID) { invoiceChanged(id: $id) { invoiceId clientId change invoice { id status } } }": typeof types.PaymentsInvoiceChangedDocument,
    "mutation PaymentsMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": typeof types.PaymentsMergeClientsDocument,
    "mutation PaymentsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.PaymentsDeleteClientsDocument,
    "mutation PleskCommandsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.PleskCommandsCreateServerDocument,
    "mutation PleskCommandsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id passwordSet } }": typeof types.PleskCommandsUpdateServiceDocument,
    "mutation PleskCommandsRunModuleCommand($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError } }": typeof types.PleskCommandsRunModuleCommandDocument,
    "query PleskCommandsService($id: ID!) { service(id: $id) { id status domain username passwordSet lastModuleError moduleData } }": typeof types.PleskCommandsServiceDocument,
    "query PleskCommandsModuleQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError } } } }": typeof types.PleskCommandsModuleQueueDocument,
    "query PleskCommandsModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } command success error remoteCode request response lines attempt } }": typeof types.PleskCommandsModuleLogDocument,
    "query PleskCommandsActivityLog($f: ActivityFilter) { activityLog(filter: $f, first: 100) { edges { node { action targetType targetId client { id } details } } } }": typeof types.PleskCommandsActivityLogDocument,
    "query PleskCommandsModuleJob($id: ID!) { moduleJob(id: $id) { id command status output } }": typeof types.PleskCommandsModuleJobDocument,
    "query ProcessSafetyClients { clients { totalCount } }": typeof types.ProcessSafetyClientsDocument,
    "mutation ProcessSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.ProcessSafetyLoginDocument,
    "mutation ProcessSafetyChangeStaffPassword($c: String!, $n: String!) { changeStaffPassword(input: { currentPassword: $c, newPassword: $n }) { id } }": typeof types.ProcessSafetyChangeStaffPasswordDocument,
    "mutation ProcessSafetyLogin2($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.ProcessSafetyLogin2Document,
    "query ProcessSafetyClients3 { clients(filter: { search: \"ada@example.org\" }) { edges { node { id } } } }": typeof types.ProcessSafetyClients3Document,
    "mutation ProcessSafetyCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }": typeof types.ProcessSafetyCreateInvoiceDocument,
    "mutation RecordLocksCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.RecordLocksCreateAddonDocument,
    "mutation RecordLocksAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.RecordLocksAddOrderDocument,
    "mutation RecordLocksAccept($id: ID!) { acceptOrder(id: $id) { items { service { id addons { id } } } } }": typeof types.RecordLocksAcceptDocument,
    "mutation RecordLocksInvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) { id } }": typeof types.RecordLocksInvoiceEarlyDocument,
    "mutation RecordLocksPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.RecordLocksPayDocument,
    "mutation RecordLocksMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id } addons { id recurringAmount { amount } } } }": typeof types.RecordLocksMassUpdateDocument,
    "query RecordLocksService($id: ID!) { service(id: $id) { nextDueDate recurringAmount { amount } addons { nextDueDate recurringAmount { amount } } } }": typeof types.RecordLocksServiceDocument,
    "mutation RecordLocksUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": typeof types.RecordLocksUpdateServiceDocument,
    "mutation RecordLocksUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": typeof types.RecordLocksUpdateDomainDocument,
    "mutation RecordLocksMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { client { id } } }": typeof types.RecordLocksMoveServiceDocument,
    "mutation RecordLocksMoveDomain($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { client { id } } }": typeof types.RecordLocksMoveDomainDocument,
    "query RecordLocksClient($id: ID!) { client(id: $id) { status } }": typeof types.RecordLocksClientDocument,
    "mutation RecordLocksChangePackage($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id } }": typeof types.RecordLocksChangePackageDocument,
    "mutation RecordLocksScheduleTermination($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": typeof types.RecordLocksScheduleTerminationDocument,
    "query RecordLocksServiceState($id: ID!) { service(id: $id) { status nextDueDate recurringAmount { amount } adminNotes } }": typeof types.RecordLocksServiceStateDocument,
    "query RegistryPollClientStatus($id: ID!) { client(id: $id) { status } }": typeof types.RegistryPollClientStatusDocument,
    "query RegistryPollDomain($id: ID!) { domain(id: $id) { status expiryDate nameservers } }": typeof types.RegistryPollDomainDocument,
    "mutation RegistryPollPoll($s: ID!) { pollRegistry(serverId: $s) }": typeof types.RegistryPollPollDocument,
    "query RegistryPollLog($s: ID!) { serverModuleLog(serverId: $s) { id module command success request response error lines } }": typeof types.RegistryPollLogDocument,
    "query RegistryPollActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId actorType details } } } }": typeof types.RegistryPollActivityDocument,
    "query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }": typeof types.SearchIndexesClientsDocument,
    "query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }": typeof types.SearchIndexesServicesDocument,
    "query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }": typeof types.SearchIndexesDomainsDocument,
    "query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }": typeof types.SearchIndexesInvoicesDocument,
    "mutation SearchIndexesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.SearchIndexesDeleteClientsDocument,
    "query SearchIndexesTransactions($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id } } } }": typeof types.SearchIndexesTransactionsDocument,
    "mutation SecretsLoginAs($c: ID!) { loginAsClient(clientId: $c) { token expiresAt me { client { id } } } }": typeof types.SecretsLoginAsDocument,
    "mutation SecretsPdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }": typeof types.SecretsPdfLinkDocument,
    "mutation SecretsStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.SecretsStaffLoginDocument,
    "mutation SecretsClientLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": typeof types.SecretsClientLoginDocument,
    "query SecretsMe { me { client { id } } }": typeof types.SecretsMeDocument,
    "query ProcessDemoClients { clients { totalCount edges { node { email creditBalance { amount currency } } } } }": typeof types.ProcessDemoClientsDocument,
    "query ProcessDemoCatalog { productGroups { name } products { name module group { name } prices { cycle amount { amount currency } } } }": typeof types.ProcessDemoCatalogDocument,
    "query ProcessDemoServers { serverGroups { name servers { module enabled } } }": typeof types.ProcessDemoServersDocument,
    "query ProcessDemoServicesAndDomains {\n  services { totalCount edges { node { status domain client { email } product { name } } } }\n  domains { totalCount edges { node { name status client { email } } } }\n}": typeof types.ProcessDemoServicesAndDomainsDocument,
    "query ProcessDemoInvoices { invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }": typeof types.ProcessDemoInvoicesDocument,
    "mutation ProcessDemoClientLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: CLIENT) { token } }": typeof types.ProcessDemoClientLoginDocument,
    "query ProcessDemoClientArea { me { client {\n  services { edges { node { status product { name } } } }\n  domains { edges { node { name } } }\n  invoices { edges { node { status } } }\n} } }": typeof types.ProcessDemoClientAreaDocument,
    "fragment ServersServer on Server { id name module hostname ip port secure maxAccounts enabled settings secretsSet group { id name fillStrategy } }": typeof types.ServersServerFragmentDoc,
    "mutation ServersCreate($i: CreateServerInput!) { createServer(input: $i) { ...ServersServer } }": typeof types.ServersCreateDocument,
    "mutation ServersUpdate($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { ...ServersServer } }": typeof types.ServersUpdateDocument,
    "mutation ServersDelete($id: ID!) { deleteServer(id: $id) }": typeof types.ServersDeleteDocument,
    "query ServersGet($id: ID!) { server(id: $id) { ...ServersServer } }": typeof types.ServersGetDocument,
    "query ServersList($m: String) { servers(module: $m) { ...ServersServer } }": typeof types.ServersListDocument,
    "mutation ServersTest($id: ID!) { testServerConnection(id: $id) { ok message } }": typeof types.ServersTestDocument,
    "mutation ServersCreateGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id name fillStrategy servers { id } } }": typeof types.ServersCreateGroupDocument,
    "query ServersGroups { serverGroups { id name fillStrategy servers { id name } } }": typeof types.ServersGroupsDocument,
    "query ServersActivity { activityLog(first: 100) { edges { node { action details } } } }": typeof types.ServersActivityDocument,
    "mutation ServersRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.ServersRegisterDocument,
    "mutation AddonsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.AddonsCreateAddonDocument,
    "mutation AddonsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id kind } } }": typeof types.AddonsAddOrderDocument,
    "mutation AddonsAccept($id: ID!) { acceptOrder(id: $id) { id status items { kind status service { id status } } } }": typeof types.AddonsAcceptDocument,
    "mutation AddonsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }": typeof types.AddonsUpdateServerDocument,
    "mutation AddonsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": typeof types.AddonsUpdateServiceDocument,
    "mutation AddonsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.AddonsRunCommandDocument,
    "mutation AddonsSchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": typeof types.AddonsScheduleDocument,
    "mutation AddonsWithdrawCancellation($id: ID!) { withdrawCancellationRequest(id: $id) { id status } }": typeof types.AddonsWithdrawCancellationDocument,
    "mutation AddonsRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }": typeof types.AddonsRequestCancellationDocument,
    "fragment ServiceAddonFields on ServiceAddon { id name status billingCycle registrationDate nextDueDate terminationDate\n  firstPayment { amount currency } recurringAmount { amount currency } addon { id } service { id } }": typeof types.ServiceAddonFieldsFragmentDoc,
    "query AddonsService($id: ID!) { service(id: $id) { id status nextDueDate addons { ...ServiceAddonFields } } }": typeof types.AddonsServiceDocument,
    "query AddonsNode($id: ID!) { node(id: $id) { id ... on ServiceAddon { name status } } }": typeof types.AddonsNodeDocument,
    "query AddonsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount currency } lines { type description amount { amount } addon { id } } } } } }": typeof types.AddonsInvoicesDocument,
    "mutation AddonsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.AddonsPayDocument,
    "mutation AddonsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.AddonsAddCreditDocument,
    "query AddonsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.AddonsBalanceDocument,
    "mutation AddonsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }": typeof types.AddonsRunDocument,
    "query AddonsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } description amount { amount } } } } }": typeof types.AddonsPreviewDocument,
    "mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": typeof types.ServiceRulesCreateGroupDocument,
    "mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }": typeof types.ServiceRulesCreateServiceDocument,
    "mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }": typeof types.ServiceRulesUpdateServiceDocument,
    "mutation ServiceRulesMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate domain recurringAmount { amount } }\n  prorataInvoice { id status total { amount currency } lines { description amount { amount } computation { source periodStart periodEnd days daysInCycle price { amount } } } }\n  moduleJobs { id command service { id } } } }": typeof types.ServiceRulesMassUpdateDocument,
    "mutation ServiceRulesMassBilling($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id paymentMethod recurringAmount { amount } autoSuspensionOverride { until never } } } }": typeof types.ServiceRulesMassBillingDocument,
    "query ServiceRulesService($id: ID!) { service(id: $id) { id status nextDueDate recurringAmount { amount } } }": typeof types.ServiceRulesServiceDocument,
    "mutation ServiceRulesPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.ServiceRulesPayDocument,
    "mutation ServiceRulesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }": typeof types.ServiceRulesCreateOptionsDocument,
    "mutation ServiceRulesUpdateOptions($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id recurringAmount { amount } configOptions { optionId choiceId quantity } } }": typeof types.ServiceRulesUpdateOptionsDocument,
    "mutation ServiceRulesCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id status } }": typeof types.ServiceRulesCancelInvoiceDocument,
    "mutation ServiceRulesPaymentMethod($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id paymentMethod } }": typeof types.ServiceRulesPaymentMethodDocument,
    "mutation ServiceRulesDefaultMethod($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.ServiceRulesDefaultMethodDocument,
    "mutation ServiceRulesAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.ServiceRulesAddOrderDocument,
    "mutation ServiceRulesAcceptOrder($id: ID!) { acceptOrder(id: $id) { status items { service { id paymentMethod } } } }": typeof types.ServiceRulesAcceptOrderDocument,
    "mutation ServiceRulesRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } } }": typeof types.ServiceRulesRunDocument,
    "query ServiceRulesInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 10, orderBy: { field: TOTAL, direction: ASC }) {\n  edges { node { dueDate paymentMethod total { amount } lines { service { id } } } } } }": typeof types.ServiceRulesInvoicesDocument,
    "mutation ServiceRulesUpdateOverride($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id domain autoSuspensionOverride { until never } } }": typeof types.ServiceRulesUpdateOverrideDocument,
    "query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }": typeof types.ServiceRulesServiceRecalcDocument,
    "fragment ServicesServiceFields on Service { id domain username status billingCycle registrationDate nextDueDate suspensionReason terminationDate passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } client { id } product { id name } }": typeof types.ServicesServiceFieldsFragmentDoc,
    "mutation ServicesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id name type module productOptions serverGroup { id } } }": typeof types.ServicesCreateProductDocument,
    "mutation ServicesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id module productOptions } }": typeof types.ServicesUpdateProductDocument,
    "query ServicesProducts { products { id } }": typeof types.ServicesProductsDocument,
    "mutation ServicesCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": typeof types.ServicesCreateServerGroupDocument,
    "mutation ServicesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": typeof types.ServicesUpdateServerDocument,
    "mutation ServicesDeleteServer($id: ID!) { deleteServer(id: $id) }": typeof types.ServicesDeleteServerDocument,
    "mutation ServicesCreate($i: CreateServiceInput!) { createService(input: $i) { ...ServicesServiceFields server { id } adminNotes moduleData } }": typeof types.ServicesCreateDocument,
    "mutation ServicesUpdate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { ...ServicesServiceFields } }": typeof types.ServicesUpdateDocument,
    "mutation ServicesMove($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id client { id } } }": typeof types.ServicesMoveDocument,
    "mutation ServicesDelete($id: ID!) { deleteService(id: $id) }": typeof types.ServicesDeleteDocument,
    "query ServicesGet($id: ID!) { service(id: $id) { ...ServicesServiceFields } }": typeof types.ServicesGetDocument,
    "query ServicesGetServer($id: ID!) { service(id: $id) { id server { id } } }": typeof types.ServicesGetServerDocument,
    "query ServicesList($f: ServiceFilter, $first: Int, $after: String) {\n  services(filter: $f, first: $first, after: $after) { totalCount edges { node { id domain status client { id } } } pageInfo { hasNextPage endCursor } } }": typeof types.ServicesListDocument,
    "query ServicesOfClient($id: ID!) { client(id: $id) { id services { edges { node { id domain } } } } }": typeof types.ServicesOfClientDocument,
    "query ServicesActivity($c: ID) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { action details } } } }": typeof types.ServicesActivityDocument,
    "mutation ServicesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.ServicesCreateDomainDocument,
    "mutation ServicesMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": typeof types.ServicesMergeClientsDocument,
    "mutation ServicesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.ServicesDeleteClientsDocument,
    "mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": typeof types.SessionsAndStaffLoginDocument,
    "query SessionsAndStaffMe { me { sessionId } }": typeof types.SessionsAndStaffMeDocument,
    "mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }": typeof types.SessionsAndStaffUpdateProfileDocument,
    "mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }": typeof types.SessionsAndStaffCreateContactDocument,
    "mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }": typeof types.SessionsAndStaffUpdateContactDocument,
    "mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }": typeof types.SessionsAndStaffChangeStaffPasswordDocument,
    "mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }": typeof types.SessionsAndStaffDeactivateDocument,
    "mutation SessionsAndStaffCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.SessionsAndStaffCreateClientDocument,
    "mutation SessionsAndStaffUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.SessionsAndStaffUpdateClientDocument,
    "mutation SessionsAndStaffUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }": typeof types.SessionsAndStaffUpdateClientUserDocument,
    "query SessionsAndStaffMeClientEmail { me { client { email } } }": typeof types.SessionsAndStaffMeClientEmailDocument,
    "query SessionsAndStaffMeClientFirstName { me { client { firstName } } }": typeof types.SessionsAndStaffMeClientFirstNameDocument,
    "query SessionsAndStaffMeClientCity { me { client { city } } }": typeof types.SessionsAndStaffMeClientCityDocument,
    "query SessionsAndStaffMeClientProfile { me { client { firstName city } } }": typeof types.SessionsAndStaffMeClientProfileDocument,
    "query SessionsAndStaffMeClientAccount { me { client { id status currency } permissions } }": typeof types.SessionsAndStaffMeClientAccountDocument,
    "query SessionsAndStaffMeStaff { me { staff { id } } }": typeof types.SessionsAndStaffMeStaffDocument,
    "query SessionsAndStaffClient($id: ID!) { client(id: $id) { id } }": typeof types.SessionsAndStaffClientDocument,
    "query SessionsAndStaffClientNamePhone($id: ID!) { client(id: $id) { lastName phoneNumber } }": typeof types.SessionsAndStaffClientNamePhoneDocument,
    "query SessionsAndStaffContactCity($id: ID!) { contact(id: $id) { city } }": typeof types.SessionsAndStaffContactCityDocument,
    "query SessionsAndStaffMembers($first: Int, $after: String) { staffMembers(first: $first, after: $after) {\n  totalCount edges { cursor node { __typename id email role active } } pageInfo { hasNextPage endCursor } } }": typeof types.SessionsAndStaffMembersDocument,
    "mutation SessionsAndStaffLoginAsClient($id: ID!) { loginAsClient(clientId: $id) { token } }": typeof types.SessionsAndStaffLoginAsClientDocument,
    "mutation SessionsAndStaffMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": typeof types.SessionsAndStaffMergeClientsDocument,
    "mutation SessionsAndStaffDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.SessionsAndStaffDeleteClientsDocument,
    "query SettingsFirstUseSettings { settings { requiredClientFields } billingSettings { taxMode autoApplyCredit } }": typeof types.SettingsFirstUseSettingsDocument,
    "mutation SortingPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": typeof types.SortingPayDocument,
    "query SortingInvoices($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.SortingInvoicesDocument,
    "query SortingServices($f: ServiceFilter, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  services(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.SortingServicesDocument,
    "query SortingClients($f: ClientFilter, $o: ClientOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.SortingClientsDocument,
    "query SortingDomains($f: DomainFilter, $o: DomainOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  domains(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.SortingDomainsDocument,
    "query SortingTransactions($f: TransactionFilter, $o: TransactionOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.SortingTransactionsDocument,
    "query SortingClientServices($c: ID!, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { services(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": typeof types.SortingClientServicesDocument,
    "query SortingClientInvoices($c: ID!, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { invoices(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": typeof types.SortingClientInvoicesDocument,
    "subscription FanOutClientChanged { clientChanged { client { id city group { id } contacts { id } } } }": typeof types.FanOutClientChangedDocument,
    "subscription FanOutInvoiceChanged { invoiceChanged { invoice { id notes lines { id } client { id city } } } }": typeof types.FanOutInvoiceChangedDocument,
    "subscription FanOutServiceChanged { serviceChanged { change service { id domain product { id name } client { id } } } }": typeof types.FanOutServiceChangedDocument,
    "mutation FanOutRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.FanOutRegisterClientDocument,
    "mutation FanOutCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": typeof types.FanOutCreateInvoiceDocument,
    "mutation FanOutCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.FanOutCreateProductDocument,
    "mutation FanOutCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.FanOutCreateServiceDocument,
    "mutation FanOutUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.FanOutUpdateClientDocument,
    "mutation FanOutUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }": typeof types.FanOutUpdateInvoiceDocument,
    "mutation FanOutUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": typeof types.FanOutUpdateServiceDocument,
    "subscription FanOutClientChanged2 { clientChanged { client { id city adminNotes } } }": typeof types.FanOutClientChanged2Document,
    "mutation FanOutUpdateClient2($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.FanOutUpdateClient2Document,
    "subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }": typeof types.SubscriptionsClientChangedDocument,
    "mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.SubscriptionsRegisterDocument,
    "mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }": typeof types.SubscriptionsUpdateDocument,
    "mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": typeof types.SubscriptionsUpdateProfileDocument,
    "mutation SubscriptionsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id } }": typeof types.SubscriptionsSetStatusDocument,
    "mutation TransactionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": typeof types.TransactionsCreateUserDocument,
    "mutation TransactionsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": typeof types.TransactionsDeleteClientsDocument,
    "query TransactionsFirst($first: Int) { transactions(first: $first) { totalCount edges { node { ...TransactionFields } } } }": typeof types.TransactionsFirstDocument,
    "fragment UpgradesInvoiceLines on Invoice { lines { description amount { amount } tax1 { amount } computation {\n  source explanation price { amount currency } cycle quantity periodStart periodEnd days daysInCycle previousPrice { amount } previousCycle previousDaysInCycle\n  discountPercent discountBase { amount } promotionCode rounding taxRules { name level rate compound } } } }": typeof types.UpgradesInvoiceLinesFragmentDoc,
    "query UpgradesPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) {\n  service { id } currency product { id } previousProduct { id } cycle previousCycle cycleStart nextDueDate daysInCycle daysInNewCycle daysLeft\n  recurringAmount { amount } previousRecurringAmount { amount } credited { amount } debited { amount } amount { amount currency } tax { amount } total { amount } } }": typeof types.UpgradesPreviewDocument,
    "mutation UpgradesUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) {\n  id status total { amount } items { kind status description product { id } cycle configOptions { optionId quantity } service { id } recurringAmount { amount }\n  invoice { id status total { amount } ...UpgradesInvoiceLines } } invoices { id } } }": typeof types.UpgradesUpgradeDocument,
    "mutation UpgradesManual($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id product { id } billingCycle recurringAmount { amount } } }": typeof types.UpgradesManualDocument,
    "query UpgradesService($id: ID!) { service(id: $id) { id status product { id } billingCycle nextDueDate recurringAmount { amount } configOptions { optionId quantity } } }": typeof types.UpgradesServiceDocument,
    "mutation UpgradesCancelOrder($id: ID!) { cancelOrder(id: $id) { id status } }": typeof types.UpgradesCancelOrderDocument,
    "mutation UpgradesAcceptOrder($id: ID!) { acceptOrder(id: $id) { id } }": typeof types.UpgradesAcceptOrderDocument,
    "query UpgradesOrder($id: ID!) { order(id: $id) { status items { status } } }": typeof types.UpgradesOrderDocument,
    "mutation UpgradesMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }": typeof types.UpgradesMarkPaidDocument,
    "mutation UpgradesSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }": typeof types.UpgradesSettingsDocument,
    "mutation UpgradesTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": typeof types.UpgradesTaxRuleDocument,
    "mutation UpgradesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }": typeof types.UpgradesCreateOptionsDocument,
    "mutation UpgradesRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": typeof types.UpgradesRunCreateDocument,
    "query UpgradesCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.UpgradesCreditBalanceDocument,
    "mutation UpgradesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": typeof types.UpgradesCreateUserDocument,
    "query UpgradesInvoiceStatus($id: ID!) { invoice(id: $id) { status } }": typeof types.UpgradesInvoiceStatusDocument,
    "mutation UpgradesPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { items { invoice { ...UpgradesInvoiceLines } } } }": typeof types.UpgradesPlaceOrderDocument,
    "mutation UpgradesDailyRun($d: LocalDate) { runDailyRun(date: $d) { id } }": typeof types.UpgradesDailyRunDocument,
    "query UpgradesLatestInvoice($c: ID!) { invoices(filter: { clientId: $c }, first: 1) { edges { node { ...UpgradesInvoiceLines } } } }": typeof types.UpgradesLatestInvoiceDocument,
    "mutation UpgradesCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...UpgradesInvoiceLines } }": typeof types.UpgradesCreateInvoiceDocument,
    "mutation UpgradesAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.UpgradesAddCreditDocument,
    "mutation YearCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": typeof types.YearCreateAddonDocument,
    "mutation YearCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": typeof types.YearCreateTaxRuleDocument,
    "mutation YearAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": typeof types.YearAddOrderDocument,
    "mutation YearAccept($id: ID!) { acceptOrder(id: $id) { items { service { id } } } }": typeof types.YearAcceptDocument,
    "mutation YearRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.YearRunCommandDocument,
    "mutation YearAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.YearAddCreditDocument,
    "mutation YearRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { terminatesOn } }": typeof types.YearRequestCancellationDocument,
    "query YearService($id: ID!) { service(id: $id) { status nextDueDate product { name } billingCycle recurringAmount { amount } addons { status nextDueDate billingCycle } } }": typeof types.YearServiceDocument,
    "query YearTermination($id: ID!) { service(id: $id) { terminationDate addons { terminationDate } } }": typeof types.YearTerminationDocument,
    "query YearClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }": typeof types.YearClientDocument,
    "query YearInvoices($c: ID!) { client(id: $c) { creditBalance { amount } } invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } creditApplied { amount } lines { description amount { amount } } } } } }": typeof types.YearInvoicesDocument,
    "query YearUnpaid { invoices(filter: { status: [UNPAID] }, first: 50) { edges { node { id dueDate client { id } } } } }": typeof types.YearUnpaidDocument,
    "query YearEmails($c: ID!) { clientEmails(clientId: $c, first: 100) { edges { node { type } } } }": typeof types.YearEmailsDocument,
    "mutation YearPay($id: ID!) { markInvoicePaid(id: $id) { id } }": typeof types.YearPayDocument,
    "mutation YearRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step message } } }": typeof types.YearRunDocument,
    "mutation YearSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { creditOnDowngrade } }": typeof types.YearSettingsDocument,
    "mutation YearUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": typeof types.YearUpgradeDocument,
    "mutation FixturesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.FixturesCreateClientDocument,
    "mutation FixturesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.FixturesCreateProductDocument,
    "mutation FixturesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.FixturesCreateServerDocument,
    "mutation FixturesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.FixturesCreateServiceDocument,
    "mutation FixturesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.FixturesCreateDomainDocument,
    "fragment InvoiceFields on Invoice { id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail\n  subtotal { amount currency } tax1 { amount currency } tax2 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency }\n  tax1Name tax2Name addressedTo { name companyName email country taxId }\n  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit } }": typeof types.InvoiceFieldsFragmentDoc,
    "mutation InvoiceHelpersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency } }": typeof types.InvoiceHelpersCreateClientDocument,
    "mutation InvoiceHelpersCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...InvoiceFields } }": typeof types.InvoiceHelpersCreateInvoiceDocument,
    "mutation InvoiceHelpersUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ...InvoiceFields } }": typeof types.InvoiceHelpersUpdateInvoiceDocument,
    "mutation InvoiceHelpersPublish($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ...InvoiceFields } }": typeof types.InvoiceHelpersPublishDocument,
    "mutation InvoiceHelpersCancel($id: ID!) { cancelInvoice(id: $id) { ...InvoiceFields } }": typeof types.InvoiceHelpersCancelDocument,
    "mutation InvoiceHelpersMarkPaid($id: ID!) { markInvoicePaid(id: $id) { ...InvoiceFields } }": typeof types.InvoiceHelpersMarkPaidDocument,
    "query InvoiceHelpersGet($id: ID!) { invoice(id: $id) { ...InvoiceFields } }": typeof types.InvoiceHelpersGetDocument,
    "mutation InvoiceHelpersPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { amount currency } toClientCredit { amount } } }": typeof types.InvoiceHelpersPayDocument,
    "mutation InvoiceHelpersRefund($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { amount currency } refundOf { id } toCredit toClientCredit { amount } } }": typeof types.InvoiceHelpersRefundDocument,
    "mutation InvoiceHelpersApplyCredit($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }": typeof types.InvoiceHelpersApplyCreditDocument,
    "mutation InvoiceHelpersRemoveCredit($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }": typeof types.InvoiceHelpersRemoveCreditDocument,
    "mutation InvoiceHelpersAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": typeof types.InvoiceHelpersAddCreditDocument,
    "mutation InvoiceHelpersSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }": typeof types.InvoiceHelpersSettingsDocument,
    "mutation InvoiceHelpersTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": typeof types.InvoiceHelpersTaxRuleDocument,
    "query InvoiceHelpersBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.InvoiceHelpersBalanceDocument,
    "mutation InvoiceHelpersSetStatus($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }": typeof types.InvoiceHelpersSetStatusDocument,
    "query InvoiceHelpersRefundTotals($id: ID!) { invoice(id: $id) { status amountPaid { amount currency } amountRefunded { amount currency } creditApplied { amount } balanceDue { amount } } }": typeof types.InvoiceHelpersRefundTotalsDocument,
    "fragment TransactionFields on Transaction { id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { amount currency } toClientCredit { amount } refunded { amount } }": typeof types.TransactionFieldsFragmentDoc,
    "query InvoiceHelpersTransactions($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { ...TransactionFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.InvoiceHelpersTransactionsDocument,
    "query InvoiceHelpersGetTransaction($id: ID!) { transaction(id: $id) { ...TransactionFields } }": typeof types.InvoiceHelpersGetTransactionDocument,
    "mutation ProcessStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": typeof types.ProcessStaffLoginDocument,
    "mutation StripeGatewayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies } }": typeof types.StripeGatewayConfigureDocument,
};
const documents: Documents = {
    "mutation ActivityDetailsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ActivityDetailsCreateClientDocument,
    "mutation ActivityDetailsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.ActivityDetailsCreateProductDocument,
    "mutation ActivityDetailsAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": types.ActivityDetailsAddDiscountDocument,
    "query ActivityDetailsDiscountLog($c: ID!) { activityLog(filter: { clientId: $c, action: \"client.discount.add\" }, first: 1) { edges { node { details } } } }": types.ActivityDetailsDiscountLogDocument,
    "query ActivityDetailsNodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }": types.ActivityDetailsNodesDocument,
    "fragment ActivityLogEntryFields on ActivityLogEntry { id createdAt actorType staff { id } impersonator { id } action targetType targetId client { id } ip details }": types.ActivityLogEntryFieldsFragmentDoc,
    "query ActivityLogLog($f: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  activityLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { ...ActivityLogEntryFields } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }": types.ActivityLogLogDocument,
    "mutation ActivityLogCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ActivityLogCreateClientDocument,
    "mutation ActivityLogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.ActivityLogRegisterDocument,
    "mutation ActivityLogUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id firstName } }": types.ActivityLogUpdateClientDocument,
    "mutation ActivityLogUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": types.ActivityLogUpdateMeDocument,
    "mutation ActivityLogSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": types.ActivityLogSetStatusDocument,
    "mutation ActivityLogCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": types.ActivityLogCreateGroupDocument,
    "mutation ActivityLogUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { id } }": types.ActivityLogUpdateGroupDocument,
    "mutation ActivityLogDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }": types.ActivityLogDeleteGroupDocument,
    "mutation ActivityLogCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }": types.ActivityLogCreateProjectDocument,
    "mutation ActivityLogUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }": types.ActivityLogUpdateProjectDocument,
    "mutation ActivityLogDeleteProject($id: ID!) { deleteProject(id: $id) }": types.ActivityLogDeleteProjectDocument,
    "mutation ActivityLogUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }": types.ActivityLogUpdateSettingsDocument,
    "query ActivityLogMeStaff { me { staff { id } } }": types.ActivityLogMeStaffDocument,
    "mutation ActivityLogCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { id } }": types.ActivityLogCreateStaffDocument,
    "query ActivityLogNode($id: ID!) { node(id: $id) { __typename id } }": types.ActivityLogNodeDocument,
    "mutation ActivityLogSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { id } }": types.ActivityLogSetTldDocument,
    "query ActivityLogClientGroups { clientGroups { id name } }": types.ActivityLogClientGroupsDocument,
    "query ActivityLogRequiredFields { requiredClientFields }": types.ActivityLogRequiredFieldsDocument,
    "mutation AuthLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token me { staff { email role } client { email } } } }": types.AuthLoginDocument,
    "mutation AuthRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.AuthRegisterDocument,
    "query AuthMeRole { me { staff { role } client { id } } }": types.AuthMeRoleDocument,
    "query AuthMeClient { me { client { id } } }": types.AuthMeClientDocument,
    "query AuthMeSession { me { sessionId } }": types.AuthMeSessionDocument,
    "mutation AuthSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { status } }": types.AuthSetClientStatusDocument,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "query AuthClientCount { clients { totalCount } }": types.AuthClientCountDocument,
    "mutation AuthCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { role } }": types.AuthCreateStaffDocument,
    "mutation BadInputLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.BadInputLoginDocument,
    "mutation BadInputCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.BadInputCreateClientDocument,
    "mutation BadInputAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.BadInputAddCreditDocument,
    "mutation BadInputCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.BadInputCreateAddonDocument,
    "mutation BadInputCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.BadInputCreateDomainDocument,
    "mutation BadInputRunCommand($i: JSONObject) { runModuleCommand(serviceId: \"1\", command: \"x\", input: $i) { id } }": types.BadInputRunCommandDocument,
    "subscription BadInputClientChanged($id: ID) { clientChanged(id: $id) { clientId } }": types.BadInputClientChangedDocument,
    "query BadInputContacts { clients(first: 1) { edges { node { contacts { id } } } } }": types.BadInputContactsDocument,
    "mutation CancellationsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id autoRenew } }": types.CancellationsCreateDomainDocument,
    "query CancellationsDomain($id: ID!) { domain(id: $id) { autoRenew } }": types.CancellationsDomainDocument,
    "mutation CancellationsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.CancellationsRunCommandDocument,
    "query CancellationsService($id: ID!) { service(id: $id) { id status terminationDate nextDueDate } }": types.CancellationsServiceDocument,
    "query CancellationsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50) { edges { node { id status dueDate lines { description } } } } }": types.CancellationsInvoicesDocument,
    "mutation CancellationsDailyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }": types.CancellationsDailyRunDocument,
    "query CancellationsRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) { cancellations { id } fixedTermTerminations { id } terminations { id } errors { message } } }": types.CancellationsRunPreviewDocument,
    "fragment CancellationsRequestFields on CancellationRequest { id type reason status scheduledByStaff requestedByStaff domainAutoRenewTurnedOff requestedOn terminatesOn closedAt service { id } }": types.CancellationsRequestFieldsFragmentDoc,
    "mutation CancellationsRequest($i: CancellationRequestInput!) { requestCancellation(input: $i) { ...CancellationsRequestFields } }": types.CancellationsRequestDocument,
    "mutation CancellationsSchedule($s: ID!, $r: String) { scheduleServiceTermination(serviceId: $s, reason: $r) { ...CancellationsRequestFields } }": types.CancellationsScheduleDocument,
    "mutation CancellationsWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { ...CancellationsRequestFields } }": types.CancellationsWithdrawDocument,
    "query CancellationsList($f: CancellationRequestFilter, $first: Int, $after: String) { cancellationRequests(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id status type } } pageInfo { hasNextPage endCursor } } }": types.CancellationsListDocument,
    "query CancellationsOpenRequest($id: ID!) { service(id: $id) { cancellationRequest { id status } } }": types.CancellationsOpenRequestDocument,
    "query CancellationsNode($id: ID!) { node(id: $id) { __typename id ... on CancellationRequest { status } } }": types.CancellationsNodeDocument,
    "query CancellationsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type subject body recipient } } } }": types.CancellationsEmailsDocument,
    "subscription CancellationsChanged($s: ID) { cancellationRequestChanged(serviceId: $s) { change cancellationRequestId serviceId cancellationRequest { id status } } }": types.CancellationsChangedDocument,
    "query CatalogNodesNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.CatalogNodesNodesDocument,
    "query CatalogNodesNode($id: ID!) { node(id: $id) { __typename id } }": types.CatalogNodesNodeDocument,
    "query CatalogNodesCatalog { catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }\n  addons { __typename id prices { __typename id } }\n  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }": types.CatalogNodesCatalogDocument,
    "mutation CatalogNodesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.CatalogNodesRegisterDocument,
    "mutation CatalogNodesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }": types.CatalogNodesCreateProductDocument,
    "mutation CatalogNodesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }": types.CatalogNodesUpdateProductDocument,
    "mutation CatalogNodesCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }": types.CatalogNodesCreateGroupDocument,
    "mutation CatalogNodesCreateAddon($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }": types.CatalogNodesCreateAddonDocument,
    "mutation CatalogNodesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {\n  __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }": types.CatalogNodesCreateOptionsDocument,
    "mutation CatalogNodesSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { __typename id } }": types.CatalogNodesSetTldDocument,
    "query CatalogNodesCatalogUpgrades { catalog { upgradeTargets { id } } }": types.CatalogNodesCatalogUpgradesDocument,
    "query CatalogNodesProductUpgrades { products { name upgradeTargets { id } } }": types.CatalogNodesProductUpgradesDocument,
    "fragment CatalogPrice on Price { currency cycle amount { amount currency } setupFee { amount currency } }": types.CatalogPriceFragmentDoc,
    "fragment CatalogProductFields on Product { id name payType hidden retired stock stockControl autoTerminateDays group { id name } prices { ...CatalogPrice } upgradeTargets { id } }": types.CatalogProductFieldsFragmentDoc,
    "mutation CatalogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.CatalogRegisterDocument,
    "mutation CatalogCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { ...CatalogProductFields } }": types.CatalogCreateProductDocument,
    "mutation CatalogUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ...CatalogProductFields } }": types.CatalogUpdateProductDocument,
    "mutation CatalogCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { id name hidden sortOrder } }": types.CatalogCreateGroupDocument,
    "mutation CatalogCreateAddon($i: AddonInput!) { createAddon(input: $i) { id name payType prices { ...CatalogPrice } products { id } } }": types.CatalogCreateAddonDocument,
    "mutation CatalogCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code type percent amount { amount currency } appliesTo cycles products { id } maxUses uses } }": types.CatalogCreatePromotionDocument,
    "query CatalogPromotions($f: PromotionFilter, $first: Int, $after: String) { promotions(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor } } }": types.CatalogPromotionsDocument,
    "mutation CatalogSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld currency years register { amount } transfer { amount } renew { amount } } }": types.CatalogSetTldPricingDocument,
    "query CatalogTldPrices { tldPrices(tld: \".com\") { years register { amount currency } } }": types.CatalogTldPricesDocument,
    "mutation CatalogCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id name products { id }\n  options { name type minQuantity maxQuantity choices { name prices { ...CatalogPrice } } unitPrices { ...CatalogPrice } } } }": types.CatalogCreateOptionsDocument,
    "query CatalogCatalog($c: Currency) { catalog(currency: $c) { id name group { name } prices(currency: $c) { ...CatalogPrice }\n  addons { name prices(currency: $c) { ...CatalogPrice } } configOptionGroups { name options { name choices { name prices(currency: $c) { cycle amount { amount } } } unitPrices(currency: $c) { cycle amount { amount } } } } } }": types.CatalogCatalogDocument,
    "query CatalogProductOptions { catalog { id productOptions } }": types.CatalogProductOptionsDocument,
    "query CatalogProductIds { products { id } }": types.CatalogProductIdsDocument,
    "query CatalogPromotionCount { promotions { totalCount } }": types.CatalogPromotionCountDocument,
    "query CatalogStaffLists { products { id } productGroups { id } addons { id } }": types.CatalogStaffListsDocument,
    "query CatalogProductAddons($id: ID!) { product(id: $id) { addons { name } } }": types.CatalogProductAddonsDocument,
    "query CatalogProductsDeep { products { id group { name } prices { ...CatalogPrice } upgradeTargets { id } addons { name prices { ...CatalogPrice } }\n  configOptionGroups { name options { name choices { name prices { amount { amount } } } unitPrices { amount { amount } } } } } }": types.CatalogProductsDeepDocument,
    "mutation ClientDiscountsAdd($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id type percent amount { amount currency } cycle startsOn endsOn client { id } product { id } } }": types.ClientDiscountsAddDocument,
    "mutation ClientDiscountsRemove($id: ID!) { removeClientDiscount(id: $id) }": types.ClientDiscountsRemoveDocument,
    "query ClientDiscountsList($c: ID!) { clientDiscounts(clientId: $c) { id percent amount { amount } } }": types.ClientDiscountsListDocument,
    "query ClientDiscountsPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) { discount { amount } total { amount } lines { itemPosition description amount { amount } } } }": types.ClientDiscountsPreviewDocument,
    "mutation ClientDiscountsPlace($cart: CartInput!) { placeOrder(cart: $cart) { id items { firstPayment { amount } recurringAmount { amount } } invoices { total { amount } lines { description amount { amount } } } } }": types.ClientDiscountsPlaceDocument,
    "mutation ClientDiscountsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.ClientDiscountsCreateAddonDocument,
    "mutation ClientDiscountsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": types.ClientDiscountsCreateGroupDocument,
    "mutation ClientDiscountsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }": types.ClientDiscountsCreatePromotionDocument,
    "query ClientDiscountsDailyPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { client { id } total { amount } lines { service { id } description amount { amount } } } } }": types.ClientDiscountsDailyPreviewDocument,
    "fragment ClientGroupsGroup on ClientGroup { id name colour discountPercent separateInvoices createdAt }": types.ClientGroupsGroupFragmentDoc,
    "fragment ClientGroupsProject on Project { id name brandName defaultCurrency supportEmail logoUrl createdAt }": types.ClientGroupsProjectFragmentDoc,
    "mutation ClientGroupsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { ...ClientGroupsGroup } }": types.ClientGroupsCreateGroupDocument,
    "mutation ClientGroupsUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { ...ClientGroupsGroup } }": types.ClientGroupsUpdateGroupDocument,
    "mutation ClientGroupsDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }": types.ClientGroupsDeleteGroupDocument,
    "query ClientGroupsGroups { clientGroups { ...ClientGroupsGroup } }": types.ClientGroupsGroupsDocument,
    "mutation ClientGroupsCreateProject($i: ProjectInput!) { createProject(input: $i) { ...ClientGroupsProject } }": types.ClientGroupsCreateProjectDocument,
    "mutation ClientGroupsUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { ...ClientGroupsProject } }": types.ClientGroupsUpdateProjectDocument,
    "mutation ClientGroupsDeleteProject($id: ID!) { deleteProject(id: $id) }": types.ClientGroupsDeleteProjectDocument,
    "query ClientGroupsProjects { projects { ...ClientGroupsProject } }": types.ClientGroupsProjectsDocument,
    "mutation ClientGroupsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.ClientGroupsRegisterDocument,
    "mutation ClientGroupsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency group { id } project { id } } }": types.ClientGroupsCreateClientDocument,
    "mutation ClientGroupsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.ClientGroupsUpdateClientDocument,
    "query ClientGroupsGetClient($id: ID!) { client(id: $id) { id firstName group { id name } project { id name } } }": types.ClientGroupsGetClientDocument,
    "mutation ClientGroupsRenameGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { name colour discountPercent separateInvoices } }": types.ClientGroupsRenameGroupDocument,
    "mutation ClientMarksCreateClient($i: CreateClientInput!) { createClient(input: $i) { id email attitude verifiedPhone loginName } }": types.ClientMarksCreateClientDocument,
    "mutation ClientMarksUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id attitude verifiedPhone loginName } }": types.ClientMarksUpdateClientDocument,
    "mutation ClientMarksRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.ClientMarksRegisterDocument,
    "query ClientMarksClient($id: ID!) { client(id: $id) { id attitude verifiedPhone loginName } }": types.ClientMarksClientDocument,
    "query ClientMarksMyAttitude($id: ID!) { client(id: $id) { id attitude } }": types.ClientMarksMyAttitudeDocument,
    "query ClientMarksMyVerifiedPhone($id: ID!) { client(id: $id) { id verifiedPhone } }": types.ClientMarksMyVerifiedPhoneDocument,
    "query ClientMarksMyLoginName($id: ID!) { client(id: $id) { id loginName } }": types.ClientMarksMyLoginNameDocument,
    "mutation ClientMarksLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } } } }": types.ClientMarksLoginDocument,
    "mutation ClientMarksCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": types.ClientMarksCreateUserDocument,
    "mutation ClientMarksUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": types.ClientMarksUpdateProfileDocument,
    "mutation ClientSafeErrorsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.ClientSafeErrorsUpdateServerDocument,
    "mutation ClientSafeErrorsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status lastError errorCode } }": types.ClientSafeErrorsRunDocument,
    "query ClientSafeErrorsJob($id: ID!) { moduleJob(id: $id) { id status lastError errorCode } }": types.ClientSafeErrorsJobDocument,
    "query ClientSafeErrorsService($id: ID!) { service(id: $id) { id } }": types.ClientSafeErrorsServiceDocument,
    "query ClientSafeErrorsClient($id: ID!) { client(id: $id) { id } }": types.ClientSafeErrorsClientDocument,
    "subscription ClientSafeErrorsChanged($id: ID) { serviceChanged(id: $id) { job { status error errorCode } } }": types.ClientSafeErrorsChangedDocument,
    "mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.ClientStatusUpdateClientDocument,
    "mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": types.ClientStatusSetClientStatusDocument,
    "query ClientStatusClient($id: ID!) { client(id: $id) { status } }": types.ClientStatusClientDocument,
    "mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }": types.ClientStatusUpdateServiceDocument,
    "mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }": types.ClientStatusMoveServiceDocument,
    "mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }": types.ClientStatusDeleteServiceDocument,
    "mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.ClientStatusCreateDomainDocument,
    "mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": types.ClientStatusUpdateDomainDocument,
    "subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": types.ClientStatusClientChangedDocument,
    "mutation ClientUsersCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email permissions active } }": types.ClientUsersCreateUserDocument,
    "mutation ClientUsersUpdateUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id permissions active } }": types.ClientUsersUpdateUserDocument,
    "mutation ClientUsersDeleteUser($id: ID!) { deleteClientUser(id: $id) }": types.ClientUsersDeleteUserDocument,
    "mutation ClientUsersCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id subAccount { id email permissions } } }": types.ClientUsersCreateContactDocument,
    "mutation ClientUsersUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id subAccount { id email permissions } } }": types.ClientUsersUpdateContactDocument,
    "mutation ClientUsersCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id type name taxId country } }": types.ClientUsersCreatePayerDocument,
    "mutation ClientUsersUpdatePayer($id: ID!, $i: UpdatePayerInput!) { updatePayer(id: $id, input: $i) { id name taxId } }": types.ClientUsersUpdatePayerDocument,
    "mutation ClientUsersDeletePayer($id: ID!) { deletePayer(id: $id) }": types.ClientUsersDeletePayerDocument,
    "mutation ClientUsersLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } clientUser { id email } permissions } } }": types.ClientUsersLoginDocument,
    "query ClientUsersCreditLog($c: ID!) { creditLog(clientId: $c) { totalCount } }": types.ClientUsersCreditLogDocument,
    "query ClientUsersContacts($id: ID!) { client(id: $id) { id contacts { id } } }": types.ClientUsersContactsDocument,
    "query ClientUsersUsers($id: ID!) { client(id: $id) { users { id email } payers { id name } } }": types.ClientUsersUsersDocument,
    "query ClientUsersCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.ClientUsersCreditBalanceDocument,
    "mutation ClientUsersUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": types.ClientUsersUpdateProfileDocument,
    "mutation ClientUsersCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.ClientUsersCreateDomainDocument,
    "query ClientUsersServiceCount { services { totalCount } }": types.ClientUsersServiceCountDocument,
    "query ClientUsersService($id: ID!) { service(id: $id) { id } }": types.ClientUsersServiceDocument,
    "query ClientUsersClientServices($id: ID!) { client(id: $id) { services { edges { node { id } } } } }": types.ClientUsersClientServicesDocument,
    "query ClientUsersDomainCount { domains { totalCount } }": types.ClientUsersDomainCountDocument,
    "query ClientUsersDomain($id: ID!) { domain(id: $id) { id } }": types.ClientUsersDomainDocument,
    "query ClientUsersClientDomains($id: ID!) { client(id: $id) { domains { edges { node { id } } } } }": types.ClientUsersClientDomainsDocument,
    "mutation ClientUsersRunReboot($s: ID!) { runModuleCommand(serviceId: $s, command: \"reboot\") { id } }": types.ClientUsersRunRebootDocument,
    "fragment ClientsClientFields on Client {\n  id type firstName lastName companyName contactPerson email securityQuestion\n  address1 address2 city state postcode country phoneNumber\n  lateFeeExempt overdueNoticesDisabled taxExempt separateInvoices cardProcessingDisabled\n  marketingEmailsOptOut statusAutoUpdateDisabled singleSignOnAllowed defaultPaymentMethod\n  language status currency createdAt registrationIp updatedAt\n  group { id name } project { id name } billingContact { id }\n  creditBalance { amount currency } }": types.ClientsClientFieldsFragmentDoc,
    "mutation ClientsCreate($i: CreateClientInput!) { createClient(input: $i) { ...ClientsClientFields adminNotes } }": types.ClientsCreateDocument,
    "mutation ClientsRegister($i: RegisterClientInput!) { registerClient(input: $i) { ...ClientsClientFields } }": types.ClientsRegisterDocument,
    "mutation ClientsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { ...ClientsClientFields adminNotes } }": types.ClientsUpdateDocument,
    "mutation ClientsUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { ...ClientsClientFields } }": types.ClientsUpdateMeDocument,
    "mutation ClientsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": types.ClientsSetStatusDocument,
    "query ClientsGet($id: ID!) { client(id: $id) { ...ClientsClientFields } }": types.ClientsGetDocument,
    "query ClientsGetStaff($id: ID!) { client(id: $id) { ...ClientsClientFields adminNotes } }": types.ClientsGetStaffDocument,
    "query ClientsAdminNotes($id: ID!) { client(id: $id) { adminNotes } }": types.ClientsAdminNotesDocument,
    "query ClientsList($f: ClientFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { id email firstName lastName companyName status } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }": types.ClientsListDocument,
    "mutation ClientsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.ClientsLoginDocument,
    "query ClientsMe { me { client { id status } } }": types.ClientsMeDocument,
    "query ClientsRequiredFields { requiredClientFields }": types.ClientsRequiredFieldsDocument,
    "query ClientsSettings { settings { defaultCurrency } }": types.ClientsSettingsDocument,
    "mutation ClientsUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields defaultCurrency } }": types.ClientsUpdateSettingsDocument,
    "query ClientsCurrencies { currencies { id code } }": types.ClientsCurrenciesDocument,
    "mutation ClientsMakeCurrencyDefault($id: ID!) { updateCurrency(id: $id, input: { isDefault: true }) { code isDefault } }": types.ClientsMakeCurrencyDefaultDocument,
    "mutation ClientsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id name } }": types.ClientsCreateGroupDocument,
    "mutation ClientsCreateProject($i: ProjectInput!) { createProject(input: $i) { id name defaultCurrency } }": types.ClientsCreateProjectDocument,
    "mutation CompositionCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.CompositionCreateContactDocument,
    "mutation CompositionAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.CompositionAddCreditDocument,
    "mutation CompositionCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": types.CompositionCreateUserDocument,
    "mutation CompositionCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": types.CompositionCreatePayerDocument,
    "mutation CompositionAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.CompositionAddOrderDocument,
    "mutation CompositionCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": types.CompositionCreateInvoiceDocument,
    "mutation CompositionSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }": types.CompositionSendMessageDocument,
    "mutation CompositionPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": types.CompositionPayDocument,
    "mutation CompositionAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": types.CompositionAddDiscountDocument,
    "fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }": types.ContactsContactFragmentDoc,
    "mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }": types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }": types.ContactsUpdateDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }": types.ContactsDeleteDocument,
    "query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }": types.ContactsClientDocument,
    "query ContactsContactById($id: ID!) { contact(id: $id) { id } }": types.ContactsContactByIdDocument,
    "mutation CrashRecoveryCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.CrashRecoveryCreateClientDocument,
    "query CrashRecoveryClients($email: String!) { clients(filter: { email: $email }) { totalCount } }": types.CrashRecoveryClientsDocument,
    "mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }": types.CreditCreateClientDocument,
    "fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": types.CreditEntryFieldsFragmentDoc,
    "mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }": types.CreditAddDocument,
    "mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }": types.CreditRemoveDocument,
    "mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }": types.CreditAdjustDocument,
    "query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }": types.CreditLogDocument,
    "query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }": types.CreditBalanceDocument,
    "fragment CurrenciesTaxCurrency on BillingCurrency { id code prefix suffix decimals exchangeRate isDefault }": types.CurrenciesTaxCurrencyFragmentDoc,
    "fragment CurrenciesTaxRule on TaxRule { id name level country state rate compound }": types.CurrenciesTaxRuleFragmentDoc,
    "fragment CurrenciesTaxSettings on BillingSettings { taxMode taxRounding invoiceNumberFormat invoiceNumberReset }": types.CurrenciesTaxSettingsFragmentDoc,
    "query CurrenciesTaxCurrencies { currencies { ...CurrenciesTaxCurrency } }": types.CurrenciesTaxCurrenciesDocument,
    "mutation CurrenciesTaxCreateCurrency($i: CreateCurrencyInput!) { createCurrency(input: $i) { ...CurrenciesTaxCurrency } }": types.CurrenciesTaxCreateCurrencyDocument,
    "mutation CurrenciesTaxUpdateCurrency($id: ID!, $i: UpdateCurrencyInput!) { updateCurrency(id: $id, input: $i) { ...CurrenciesTaxCurrency } }": types.CurrenciesTaxUpdateCurrencyDocument,
    "mutation CurrenciesTaxDeleteCurrency($id: ID!) { deleteCurrency(id: $id) }": types.CurrenciesTaxDeleteCurrencyDocument,
    "query CurrenciesTaxRules { taxRules { ...CurrenciesTaxRule } }": types.CurrenciesTaxRulesDocument,
    "mutation CurrenciesTaxCreateRule($i: TaxRuleInput!) { createTaxRule(input: $i) { ...CurrenciesTaxRule } }": types.CurrenciesTaxCreateRuleDocument,
    "mutation CurrenciesTaxUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { ...CurrenciesTaxRule } }": types.CurrenciesTaxUpdateRuleDocument,
    "mutation CurrenciesTaxDeleteRule($id: ID!) { deleteTaxRule(id: $id) }": types.CurrenciesTaxDeleteRuleDocument,
    "query CurrenciesTaxSettings { billingSettings { ...CurrenciesTaxSettings } }": types.CurrenciesTaxSettingsDocument,
    "mutation CurrenciesTaxUpdateSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { ...CurrenciesTaxSettings } }": types.CurrenciesTaxUpdateSettingsDocument,
    "query CurrenciesTaxDefaultCurrency { settings { defaultCurrency } }": types.CurrenciesTaxDefaultCurrencyDocument,
    "query CurrenciesTaxPreview($i: PreviewTaxInput!) { previewTax(input: $i) {\n  currency mode rounding level1Rule { name } level2Rule { name }\n  lines { net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  subtotal { amount currency } tax1 { amount } tax2 { amount } total { amount } } }": types.CurrenciesTaxPreviewDocument,
    "mutation CurrenciesTaxCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.CurrenciesTaxCreateClientDocument,
    "mutation CurrenciesTaxRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.CurrenciesTaxRegisterDocument,
    "mutation CurrenciesTaxUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id currency city } }": types.CurrenciesTaxUpdateClientDocument,
    "mutation CurrenciesTaxCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.CurrenciesTaxCreateProductDocument,
    "mutation CurrenciesTaxCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }": types.CurrenciesTaxCreateProjectDocument,
    "mutation CurrenciesTaxCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount currency } creditApplied { amount } balanceDue { amount } } }": types.CurrenciesTaxCreateInvoiceDocument,
    "mutation DailyRunDomainsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }": types.DailyRunDomainsRunDocument,
    "query DailyRunDomainsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } domain { id } description amount { amount } } }\n  domainRenewals { id name } domainSyncs { id name } errors { step message } } }": types.DailyRunDomainsPreviewDocument,
    "query DailyRunDomainsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 20, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { id status dueDate total { amount }\n  lines { type description domain { id } amount { amount } } } } } }": types.DailyRunDomainsInvoicesDocument,
    "mutation DailyRunDomainsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.DailyRunDomainsPayDocument,
    "mutation DailyRunDomainsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }": types.DailyRunDomainsUpdateServerDocument,
    "mutation DailyRunDomainsTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": types.DailyRunDomainsTldPricingDocument,
    "mutation DailyRunDomainsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.DailyRunDomainsAddCreditDocument,
    "query DailyRunDomainsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.DailyRunDomainsBalanceDocument,
    "mutation DailyRunDomainsSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }": types.DailyRunDomainsSettingsDocument,
    "query DailyRunDomainsDomains { domains { edges { node { id name status expiryDate } } } }": types.DailyRunDomainsDomainsDocument,
    "mutation DailyRunLocksRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } steps { name count } } }": types.DailyRunLocksRunDocument,
    "mutation DailyRunLocksCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": types.DailyRunLocksCreateInvoiceDocument,
    "mutation DailyRunLocksRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }": types.DailyRunLocksRequestCancellationDocument,
    "mutation DailyRunLocksWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { status } }": types.DailyRunLocksWithdrawDocument,
    "query DailyRunLocksService($id: ID!) { service(id: $id) { status cancellationRequest { id } } }": types.DailyRunLocksServiceDocument,
    "mutation DailyRunRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.DailyRunRunCommandDocument,
    "mutation DailyRunAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.DailyRunAddCreditDocument,
    "query DailyRunService($id: ID!) { service(id: $id) { id status nextDueDate suspensionReason } }": types.DailyRunServiceDocument,
    "query DailyRunClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }": types.DailyRunClientDocument,
    "query DailyRunInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id number status issueDate dueDate total { amount currency } creditApplied { amount } balanceDue { amount } lines { description amount { amount } } } } } }": types.DailyRunInvoicesDocument,
    "mutation DailyRunPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.DailyRunPayDocument,
    "mutation DailyRunRun($d: LocalDate) { runDailyRun(date: $d) { id runDate status trigger steps { name status count errorCount } errors { step subjectType subjectId message } } }": types.DailyRunRunDocument,
    "query DailyRunRuns($d: LocalDate, $l: Int) { dailyRuns(date: $d, limit: $l) { id runDate status steps { name count } } }": types.DailyRunRunsDocument,
    "query DailyRunSchedule { dailyRunSchedule { enabled time timeZone today lastRun { runDate } warning { kind date message } } }": types.DailyRunScheduleDocument,
    "query DailyRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) {\n  date invoices { client { id } dueDate subtotal { amount } total { amount currency } lines { service { id } description amount { amount } } }\n  creditApplied { client { id } amount { amount } } reminders { invoice { id } kind } lateFees { invoice { id } amount { amount } }\n  suspensions { id } terminations { id } clientStatuses { client { id } status } errors { message } } }": types.DailyRunPreviewDocument,
    "query DailyRunEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject } } } }": types.DailyRunEmailsDocument,
    "mutation DailyRunOverride($s: ID!, $u: LocalDate, $n: Boolean) { setAutoSuspensionOverride(serviceId: $s, until: $u, never: $n) { service { id } until never } }": types.DailyRunOverrideDocument,
    "mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ConnectionLossCreateClientDocument,
    "query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }": types.ConnectionLossClientCountDocument,
    "mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.ConnectionLossCreateServerDocument,
    "mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.ConnectionLossCreateProductDocument,
    "mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.ConnectionLossCreateServiceDocument,
    "mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": types.ConnectionLossRunModuleCommandDocument,
    "query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }": types.ConnectionLossModuleJobDocument,
    "mutation MxDurableCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.MxDurableCreateServerDocument,
    "mutation MxDurableCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.MxDurableCreateProductDocument,
    "mutation MxDurableCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.MxDurableCreateClientDocument,
    "mutation MxDurableCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": types.MxDurableCreateDomainDocument,
    "mutation MxDurableCreateZone($d: ID!) { createDnsZone(domainId: $d) { status } }": types.MxDurableCreateZoneDocument,
    "mutation MxDurableCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.MxDurableCreateServiceDocument,
    "mutation MxDurableRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.MxDurableRunDocument,
    "query MxDurableJob($id: ID!) { moduleJob(id: $id) { status } }": types.MxDurableJobDocument,
    "query MxDurableZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }": types.MxDurableZoneDocument,
    "mutation DnsZonesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.DnsZonesUpdateServerDocument,
    "mutation DnsZonesCreateZone($d: ID!) { createDnsZone(domainId: $d) { name status lastError } }": types.DnsZonesCreateZoneDocument,
    "mutation DnsZonesDeleteZone($d: ID!) { deleteDnsZone(domainId: $d) { id dnsZone { name } } }": types.DnsZonesDeleteZoneDocument,
    "query DnsZonesDomainZone($id: ID!) { domain(id: $id) { dnsZone { name status lastError } } }": types.DnsZonesDomainZoneDocument,
    "query DnsZonesRecords($d: ID!) { dnsRecords(domainId: $d) { name type ttl records } }": types.DnsZonesRecordsDocument,
    "mutation DnsZonesChangeRecords($d: ID!, $c: [DnsRecordSetInput!]!) { changeDnsRecords(domainId: $d, changes: $c) { name type ttl records } }": types.DnsZonesChangeRecordsDocument,
    "mutation DnsZonesRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.DnsZonesRunDocument,
    "mutation DnsZonesRetry($id: ID!) { retryModuleJob(id: $id) { id } }": types.DnsZonesRetryDocument,
    "query DnsZonesService($id: ID!) { service(id: $id) { status lastModuleError } }": types.DnsZonesServiceDocument,
    "mutation DomainCommandsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.DomainCommandsUpdateClientDocument,
    "mutation DomainCommandsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": types.DomainCommandsCreateDomainDocument,
    "mutation DomainCommandsUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": types.DomainCommandsUpdateDomainDocument,
    "mutation DomainCommandsDeleteDomain($id: ID!) { deleteDomain(id: $id) }": types.DomainCommandsDeleteDomainDocument,
    "mutation DomainCommandsRun($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id status command domain { id } service { id } } }": types.DomainCommandsRunDocument,
    "query DomainCommandsJob($id: ID!) { moduleJob(id: $id) { id status attempts output lastError errorCode } }": types.DomainCommandsJobDocument,
    "mutation DomainCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id } }": types.DomainCommandsRetryDocument,
    "query DomainCommandsDomain($id: ID!) { domain(id: $id) { status expiryDate registrationDate nameservers eppCodeSet eppCode transferLocked dnsZone { status } } }": types.DomainCommandsDomainDocument,
    "query DomainCommandsZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }": types.DomainCommandsZoneDocument,
    "query DomainCommandsServerOf($id: ID!) { domain(id: $id) { server { id } } }": types.DomainCommandsServerOfDocument,
    "mutation DomainCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.DomainCommandsUpdateServerDocument,
    "query DomainCommandsDomainStaff($id: ID!) { domain(id: $id) { status lastModuleError } }": types.DomainCommandsDomainStaffDocument,
    "query DomainCommandsLog($d: ID!) { domainModuleLog(domainId: $d) { command success attempt request response error lines } }": types.DomainCommandsLogDocument,
    "query DomainCommandsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type language subject } } } }": types.DomainCommandsEmailsDocument,
    "query DomainCommandsQueue($d: ID) { moduleQueue(filter: { domainId: $d, status: [QUEUED, RUNNING, RETRYING, FAILED, SUCCEEDED] }) { edges { node { id command status } } } }": types.DomainCommandsQueueDocument,
    "mutation DomainCommandsPoll($s: ID!) { pollRegistry(serverId: $s) }": types.DomainCommandsPollDocument,
    "mutation DomainCommandsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": types.DomainCommandsAddOrderDocument,
    "mutation DomainCommandsAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": types.DomainCommandsAcceptDocument,
    "query DomainCommandsDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name registrar status expiryDate } } } }": types.DomainCommandsDomainsDocument,
    "mutation DomainCommandsSetTldRule($i: TldRuleInput!) { setTldRule(input: $i) { tld registrar eppCodeRequired requiredContactFields } }": types.DomainCommandsSetTldRuleDocument,
    "mutation DomainCommandsSetTldRuleServer($i: TldRuleInput!) { setTldRule(input: $i) { tld server { id } } }": types.DomainCommandsSetTldRuleServerDocument,
    "mutation DomainCommandsSetTldRuleZoneFirst($i: TldRuleInput!) { setTldRule(input: $i) { tld zoneBeforeRegistration } }": types.DomainCommandsSetTldRuleZoneFirstDocument,
    "query DomainCommandsActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId details } } } }": types.DomainCommandsActivityDocument,
    "subscription DomainCommandsChanged($id: ID) { domainChanged(id: $id) { change domain { status } job { command status attempts error } } }": types.DomainCommandsChangedDocument,
    "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.DomainScenarioCreateContactDocument,
    "mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": types.DomainScenarioAddOrderDocument,
    "mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": types.DomainScenarioAcceptDocument,
    "query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }": types.DomainScenarioDomainsDocument,
    "query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }": types.DomainScenarioDomainDocument,
    "mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.DomainScenarioRunServiceDocument,
    "mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }": types.DomainScenarioRunDomainDocument,
    "query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }": types.DomainScenarioJobDocument,
    "mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }": types.DomainScenarioPollDocument,
    "query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }": types.DomainScenarioEmailsDocument,
    "fragment DomainsFields on Domain { id name status registrar expiryDate registrationDate autoRenew nameservers eppCodeSet client { id } }": types.DomainsFieldsFragmentDoc,
    "mutation DomainsCreate($i: CreateDomainInput!) { createDomain(input: $i) { ...DomainsFields } }": types.DomainsCreateDocument,
    "mutation DomainsUpdate($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { ...DomainsFields } }": types.DomainsUpdateDocument,
    "mutation DomainsMove($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { id client { id } } }": types.DomainsMoveDocument,
    "mutation DomainsDelete($id: ID!) { deleteDomain(id: $id) }": types.DomainsDeleteDocument,
    "query DomainsGet($id: ID!) { domain(id: $id) { ...DomainsFields } }": types.DomainsGetDocument,
    "query DomainsList($f: DomainFilter) { domains(filter: $f, first: 50) { totalCount edges { node { id name client { id } } } } }": types.DomainsListDocument,
    "query DomainsOfClient($id: ID!) { client(id: $id) { domains(first: 100) { edges { node { id } } } } }": types.DomainsOfClientDocument,
    "subscription DomainsChanged($id: ID) { domainChanged(id: $id) { change domainId clientId domain { id name status client { id } } } }": types.DomainsChangedDocument,
    "mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }": types.DowngradeCreditSettingsDocument,
    "query DowngradeCreditReadSettings { settings { creditOnDowngrade } }": types.DowngradeCreditReadSettingsDocument,
    "query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }": types.DowngradeCreditPreviewDocument,
    "mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": types.DowngradeCreditUpgradeDocument,
    "query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }": types.DowngradeCreditServiceDocument,
    "query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.DowngradeCreditBalanceDocument,
    "mutation DowngradeCreditActivate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }": types.DowngradeCreditActivateDocument,
    "subscription AcrossProcessesServiceChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { command status } } }": types.AcrossProcessesServiceChangedDocument,
    "subscription AcrossProcessesClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": types.AcrossProcessesClientChangedDocument,
    "mutation AcrossProcessesLogin { login(email: \"ops@example.com\", password: \"ops-password-1234\", realm: STAFF) { token } }": types.AcrossProcessesLoginDocument,
    "mutation AcrossProcessesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.AcrossProcessesCreateServerDocument,
    "mutation AcrossProcessesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.AcrossProcessesCreateProductDocument,
    "mutation AcrossProcessesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.AcrossProcessesCreateClientDocument,
    "mutation AcrossProcessesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.AcrossProcessesCreateServiceDocument,
    "query AcrossProcessesClientStatus($id: ID!) { client(id: $id) { status } }": types.AcrossProcessesClientStatusDocument,
    "mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": types.AcrossProcessesCreateDocument,
    "query AcrossProcessesServiceStatus($id: ID!) { service(id: $id) { status } }": types.AcrossProcessesServiceStatusDocument,
    "mutation AcrossProcessesSuspend($s: ID!) { runModuleCommand(serviceId: $s, command: \"suspend\") { id } }": types.AcrossProcessesSuspendDocument,
    "mutation FormErrorsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.FormErrorsCreateProductDocument,
    "mutation FormErrorsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }": types.FormErrorsCreatePromotionDocument,
    "mutation FormErrorsSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { id } }": types.FormErrorsSetTldPricingDocument,
    "mutation FormErrorsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.FormErrorsCreateClientDocument,
    "mutation FormErrorsCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.FormErrorsCreateContactDocument,
    "mutation FormErrorsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.FormErrorsCreateServiceDocument,
    "mutation FormErrorsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.FormErrorsCreateServerDocument,
    "mutation FormErrorsCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": types.FormErrorsCreateTaxRuleDocument,
    "mutation FormErrorsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.FormErrorsAddCreditDocument,
    "mutation FormErrorsConfigureGateway($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }": types.FormErrorsConfigureGatewayDocument,
    "mutation FormErrorsPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { id } }": types.FormErrorsPlaceOrderDocument,
    "mutation FormErrorsRemoveCredit($i: CreditChangeInput!) { removeCredit(input: $i) { id } }": types.FormErrorsRemoveCreditDocument,
    "mutation FormErrorsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }": types.FormErrorsUpdateProfileDocument,
    "query FormErrorsCountInvoices($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }": types.FormErrorsCountInvoicesDocument,
    "mutation FormErrorsSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }": types.FormErrorsSettingsDocument,
    "mutation FormErrorsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.FormErrorsRegisterDocument,
    "mutation FormErrorsCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": types.FormErrorsCreateServerGroupDocument,
    "query FormErrorsClients { clients(first: 1) { totalCount } }": types.FormErrorsClientsDocument,
    "mutation FormErrorsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.FormErrorsDeleteClientsDocument,
    "mutation FormErrorsCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": types.FormErrorsCloseClientDocument,
    "mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }": types.LatePayStartDocument,
    "query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }": types.LatePayInvoiceDocument,
    "mutation LatePayDeleteClient($id: ID!) { deleteClients(ids: [$id], confirm: true) }": types.LatePayDeleteClientDocument,
    "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }": types.LatePayEmailsDocument,
    "query GlobalIdsNode($id: ID!) { node(id: $id) { __typename id } }": types.GlobalIdsNodeDocument,
    "mutation GlobalIdsAddInvoicePayment($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": types.GlobalIdsAddInvoicePaymentDocument,
    "query GlobalIdsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.GlobalIdsNodesDocument,
    "mutation GlobalIdsCreateClientGroup { createClientGroup(input: { name: \"Resellers\" }) { id } createProject(input: { name: \"Brand\" }) { id } }": types.GlobalIdsCreateClientGroupDocument,
    "mutation GlobalIdsCreateContact($c: ID!) { createContact(clientId: $c, input: { firstName: \"Con\", lastName: \"Tact\", email: \"contact@example.com\" }) { id } }": types.GlobalIdsCreateContactDocument,
    "mutation GlobalIdsCreateClientUser($c: ID!) { createClientUser(clientId: $c, input: { email: \"user-gid@example.com\", firstName: \"Us\", lastName: \"Er\", password: \"user-password-123\", permissions: [SUPPORT] }) { id } }": types.GlobalIdsCreateClientUserDocument,
    "mutation GlobalIdsCreatePayer($c: ID!) { createPayer(clientId: $c, input: { type: INDIVIDUAL, name: \"Payer\" }) { id } }": types.GlobalIdsCreatePayerDocument,
    "mutation GlobalIdsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.GlobalIdsAddCreditDocument,
    "mutation GlobalIdsCreateProductGroup { createProductGroup(input: { name: \"Hosting\" }) { id } }": types.GlobalIdsCreateProductGroupDocument,
    "mutation GlobalIdsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.GlobalIdsCreateProductDocument,
    "mutation GlobalIdsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.GlobalIdsCreateAddonDocument,
    "mutation GlobalIdsCreateConfigOptionGroup($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id } }": types.GlobalIdsCreateConfigOptionGroupDocument,
    "mutation GlobalIdsSetTldPricing { setTldPricing(input: { tld: \"com\", currency: \"EUR\", prices: [{ years: 1, register: \"9.99\", renew: \"9.99\" }] }) { tld } }": types.GlobalIdsSetTldPricingDocument,
    "mutation GlobalIdsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }": types.GlobalIdsCreatePromotionDocument,
    "mutation GlobalIdsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.GlobalIdsAddOrderDocument,
    "mutation GlobalIdsAddClientDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }": types.GlobalIdsAddClientDiscountDocument,
    "mutation GlobalIdsCreateTaxRule { createTaxRule(input: { name: \"VAT\", level: 1, country: \"NL\", rate: \"21\" }) { id } createServerGroup(input: { name: \"Pool\" }) { id } }": types.GlobalIdsCreateTaxRuleDocument,
    "mutation GlobalIdsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.GlobalIdsCreateServiceDocument,
    "mutation GlobalIdsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.GlobalIdsCreateDomainDocument,
    "mutation GlobalIdsCreateInvoice2($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": types.GlobalIdsCreateInvoice2Document,
    "mutation GlobalIdsPublishInvoice($id: ID!) { publishInvoice(id: $id) { id } }": types.GlobalIdsPublishInvoiceDocument,
    "mutation GlobalIdsSendClientMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }": types.GlobalIdsSendClientMessageDocument,
    "mutation GlobalIdsRunDailyRun { runDailyRun { id } }": types.GlobalIdsRunDailyRunDocument,
    "mutation GlobalIdsRequestCancellation($s: ID!) { requestCancellation(input: { serviceId: $s, type: IMMEDIATE, reason: \"Global ids\" }) { id } }": types.GlobalIdsRequestCancellationDocument,
    "query GlobalIdsSchema { __schema { types { name kind interfaces { name } fields { name } } } }": types.GlobalIdsSchemaDocument,
    "query GlobalIdsInvoice($id: ID!) { invoice(id: $id) { id client { id } lines { id service { id } } transactions { id staff { id } } } }": types.GlobalIdsInvoiceDocument,
    "query GlobalIdsMe { me { staff { id } } }": types.GlobalIdsMeDocument,
    "query GlobalIdsMe2($c: ID!, $i: ID!, $s: ID!) { me { client { id } } client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }": types.GlobalIdsMe2Document,
    "query GlobalIdsMe3 { me { client { id } } }": types.GlobalIdsMe3Document,
    "query GlobalIdsInvoice2($a: ID!, $b: ID!) { a: invoice(id: $a) { id } b: invoice(id: $b) { id } }": types.GlobalIdsInvoice2Document,
    "mutation GlobalIdsCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id } }": types.GlobalIdsCancelInvoiceDocument,
    "mutation GlobalIdsCreateInvoice($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: \"x\", amount: \"1.00\" }] }) { id } }": types.GlobalIdsCreateInvoiceDocument,
    "query GlobalIdsClient($id: ID!) { client(id: $id) { id } }": types.GlobalIdsClientDocument,
    "query GlobalIdsClient2($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }": types.GlobalIdsClient2Document,
    "mutation GlobalIdsCreateClientUser2($c: ID!, $e: EmailAddress!) { createClientUser(clientId: $c, input: { email: $e, firstName: \"Li\", lastName: \"Mited\", password: \"user-password-123\", permissions: [PROFILE, SUPPORT] }) { id } }": types.GlobalIdsCreateClientUser2Document,
    "query GlobalIdsClient3($id: ID!) { client(id: $id) { firstName invoices { totalCount } } me { client { id } } }": types.GlobalIdsClient3Document,
    "query GlobalIdsClient4($id: ID!) { client(id: $id) { id firstName } }": types.GlobalIdsClient4Document,
    "query GlobalIdsTransactions { transactions(first: 10) { edges { node { id staff { id email } refundOf { id } invoice { id } client { id } } } } }": types.GlobalIdsTransactionsDocument,
    "query GlobalIdsClient5($id: ID!) { client(id: $id) { creditLog(first: 5) { edges { node { staff { id } invoice { id } } } } } }": types.GlobalIdsClient5Document,
    "query GlobalIdsActivityLog($c: ID!) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { targetType targetId staff { id } client { id } } } } }": types.GlobalIdsActivityLogDocument,
    "query GuardRailsIntrospection { __schema { queryType { name } } }": types.GuardRailsIntrospectionDocument,
    "query GuardRailsAtDepthLimit { clients { edges { node { id } } } }": types.GuardRailsAtDepthLimitDocument,
    "query GuardRailsTooDeep { clients { edges { node { group { name } } } } }": types.GuardRailsTooDeepDocument,
    "query GuardRailsTooDeepInFragments { clients { ...GuardRailsPage } }\n  fragment GuardRailsPage on ClientConnection { edges { ...GuardRailsEdge } }\n  fragment GuardRailsEdge on ClientEdge { node { group { name } } }": types.GuardRailsTooDeepInFragmentsDocument,
    "query GuardRailsTooDeepInline { clients { ... on ClientConnection { edges { node { ... { group { name } } } } } } }": types.GuardRailsTooDeepInlineDocument,
    "query GuardRailsShallowInFragment { clients { ...GuardRailsShallowPage } } fragment GuardRailsShallowPage on ClientConnection { edges { node { id } } }": types.GuardRailsShallowInFragmentDocument,
    "query GuardRailsClientsFirst1 { clients(first: 1) { edges { node { id firstName lastName email city } } } }": types.GuardRailsClientsFirst1Document,
    "query GuardRailsClientsFirst100 { clients(first: 100) { edges { node { id firstName lastName email city } } } }": types.GuardRailsClientsFirst100Document,
    "query GuardRailsClientsFirstN($n: Int) { clients(first: $n) { edges { node { id firstName lastName email city } } } }": types.GuardRailsClientsFirstNDocument,
    "query GuardRailsClientsDefaultPage { clients { edges { node { id firstName lastName email city } } } }": types.GuardRailsClientsDefaultPageDocument,
    "query GuardRailsClientsWider { clients { edges { node { id firstName lastName email city state country phoneNumber } } } }": types.GuardRailsClientsWiderDocument,
    "query GuardRailsClientIds { clients { totalCount edges { node { id } } } }": types.GuardRailsClientIdsDocument,
    "query GuardRailsClientCount { clients { totalCount } }": types.GuardRailsClientCountDocument,
    "query GuardRailsClientContacts { clients { totalCount edges { node { id contacts { id } } } } }": types.GuardRailsClientContactsDocument,
    "mutation GuardRailsCreateClient { createClient(input: { firstName: \"Ok\", lastName: \"Client\", email: \"ok-client@example.com\" }) { id } }": types.GuardRailsCreateClientDocument,
    "mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }": types.ImpersonationLoginAsDocument,
    "mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }": types.ImpersonationEndDocument,
    "query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }": types.ImpersonationMeDocument,
    "mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": types.ImpersonationUpdateMeDocument,
    "query ImpersonationClient($id: ID!) { client(id: $id) { id } }": types.ImpersonationClientDocument,
    "query ImpersonationAdminNotes($id: ID!) { client(id: $id) { adminNotes } }": types.ImpersonationAdminNotesDocument,
    "query ImpersonationClientCount { clients { totalCount } }": types.ImpersonationClientCountDocument,
    "mutation ImpersonationLogout { logout }": types.ImpersonationLogoutDocument,
    "mutation ImpersonationCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": types.ImpersonationCloseClientDocument,
    "mutation InvoiceEarlyCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.InvoiceEarlyCreateAddonDocument,
    "mutation InvoiceEarlyAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.InvoiceEarlyAddOrderDocument,
    "mutation InvoiceEarlyAccept($id: ID!) { acceptOrder(id: $id) { id items { service { id } } } }": types.InvoiceEarlyAcceptDocument,
    "query InvoiceEarlyService($id: ID!) { service(id: $id) { id status nextDueDate addons { id nextDueDate } } }": types.InvoiceEarlyServiceDocument,
    "mutation InvoiceEarlyCreateService($i: CreateServiceInput!) { createService(input: $i) { id status } }": types.InvoiceEarlyCreateServiceDocument,
    "mutation InvoiceEarlyCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": types.InvoiceEarlyCreateDomainDocument,
    "mutation InvoiceEarlySchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": types.InvoiceEarlyScheduleDocument,
    "mutation InvoiceEarlyTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": types.InvoiceEarlyTldPricingDocument,
    "mutation InvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) {\n  id status issueDate dueDate paymentMethod total { amount currency }\n  lines { type description amount { amount } service { id } domain { id }\n    computation { source explanation price { amount } cycle periodStart periodEnd } } } }": types.InvoiceEarlyDocument,
    "query InvoiceEarlyInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } lines { description } } } } }": types.InvoiceEarlyInvoicesDocument,
    "mutation InvoiceEarlyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { subjectType subjectId message } } }": types.InvoiceEarlyRunDocument,
    "mutation InvoicePdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }": types.InvoicePdfLinkDocument,
    "mutation InvoicePdfCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }": types.InvoicePdfCreateUserDocument,
    "mutation InvoicePdfCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number total { amount } } }": types.InvoicePdfCreateInvoiceDocument,
    "subscription InvoiceStatusChanged { invoiceChanged { invoiceId change } }": types.InvoiceStatusChangedDocument,
    "query InvoiceStatusList($f: InvoiceFilter) { invoices(filter: $f) { totalCount edges { node { id status overdue } } } }": types.InvoiceStatusListDocument,
    "mutation InvoicesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": types.InvoicesCreatePayerDocument,
    "mutation InvoicesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.InvoicesCreateContactDocument,
    "mutation InvoicesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": types.InvoicesCreateUserDocument,
    "query InvoicesMine { invoices { totalCount edges { node { id } } } }": types.InvoicesMineDocument,
    "query InvoicesCount($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }": types.InvoicesCountDocument,
    "query InvoicesList($f: InvoiceFilter, $first: Int, $after: String) { invoices(filter: $f, first: $first, after: $after) { totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }": types.InvoicesListDocument,
    "mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": types.WorkerSplitRunDocument,
    "mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }": types.WorkerSplitCancelDocument,
    "query WorkerSplitService($id: ID!) { service(id: $id) { status } }": types.WorkerSplitServiceDocument,
    "mutation LiveSessionsRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.LiveSessionsRegisterClientDocument,
    "mutation LiveSessionsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.LiveSessionsUpdateClientDocument,
    "mutation LiveSessionsCreateClientUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }": types.LiveSessionsCreateClientUserDocument,
    "mutation LiveSessionsUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }": types.LiveSessionsUpdateClientUserDocument,
    "mutation LiveSessionsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.LiveSessionsLoginDocument,
    "mutation LiveSessionsLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }": types.LiveSessionsLoginAsClientDocument,
    "subscription LiveSessionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change } }": types.LiveSessionsClientChangedDocument,
    "subscription LiveSessionsServiceChanged { serviceChanged { serviceId job { command status } } }": types.LiveSessionsServiceChangedDocument,
    "mutation LiveSessionsLogout { logout }": types.LiveSessionsLogoutDocument,
    "query LiveSessionsTypename { __typename }": types.LiveSessionsTypenameDocument,
    "mutation LiveSessionsRunModuleCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.LiveSessionsRunModuleCommandDocument,
    "mutation LiveSessionsEndImpersonation { endImpersonation { sessionId } }": types.LiveSessionsEndImpersonationDocument,
    "mutation LiveSessionsSetClientStatus($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }": types.LiveSessionsSetClientStatusDocument,
    "mutation LiveSessionsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.LiveSessionsCreateServerDocument,
    "mutation LiveSessionsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.LiveSessionsCreateProductDocument,
    "mutation LiveSessionsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.LiveSessionsCreateServiceDocument,
    "subscription LiveSessionsClientChanged2($id: ID) { clientChanged(id: $id) { clientId client { adminNotes } } }": types.LiveSessionsClientChanged2Document,
    "mutation LoginThrottlingLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": types.LoginThrottlingLoginDocument,
    "mutation LoginThrottlingRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.LoginThrottlingRegisterDocument,
    "mutation LoginThrottlingChangePassword($c: String!) { updateMyProfile(input: { newPassword: \"taken-over-password\", currentPassword: $c }) { id } }": types.LoginThrottlingChangePasswordDocument,
    "query LogsAndMetricsClients { clients(first: 1) { totalCount } }": types.LogsAndMetricsClientsDocument,
    "mutation LogsAndMetricsLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.LogsAndMetricsLoginDocument,
    "mutation LogsAndMetricsSecretLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.LogsAndMetricsSecretLoginDocument,
    "query LogsAndMetricsSecretToken { clients(first: 1) { totalCount } }": types.LogsAndMetricsSecretTokenDocument,
    "query LogsAndMetricsSecretOwnToken { clients(first: 1) { totalCount } }": types.LogsAndMetricsSecretOwnTokenDocument,
    "query LogsAndMetricsProbe { clients(first: 1) { totalCount } }": types.LogsAndMetricsProbeDocument,
    "subscription LogsAndMetricsWatchClients { clientChanged { clientId } }": types.LogsAndMetricsWatchClientsDocument,
    "mutation LogsAndMetricsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.LogsAndMetricsCreateClientDocument,
    "mutation LogsAndMetricsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.LogsAndMetricsCreateServerDocument,
    "mutation LogsAndMetricsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.LogsAndMetricsCreateProductDocument,
    "mutation LogsAndMetricsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.LogsAndMetricsCreateServiceDocument,
    "mutation LogsAndMetricsRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": types.LogsAndMetricsRunCreateDocument,
    "query LogsAndMetricsJob($id: ID!) { moduleJob(id: $id) { status } }": types.LogsAndMetricsJobDocument,
    "mutation MailCrashCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.MailCrashCreateClientDocument,
    "mutation MailCrashSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }": types.MailCrashSendDocument,
    "query MailCrashEmailLog($c: ID!) { clientEmails(clientId: $c, first: 5) { edges { node { status messageId lastError } } } }": types.MailCrashEmailLogDocument,
    "mutation MailResendCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.MailResendCreateContactDocument,
    "mutation MailResendCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number } }": types.MailResendCreateInvoiceDocument,
    "fragment MailResendEmail on Email { id type status attempts lastError messageId recipient subject body }": types.MailResendEmailFragmentDoc,
    "query MailResendEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { ...MailResendEmail } } } }": types.MailResendEmailsDocument,
    "mutation MailResendRequeue($id: ID!) { requeueEmail(id: $id) { ...MailResendEmail } }": types.MailResendRequeueDocument,
    "mutation MailResendAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { description } } }": types.MailResendAddOrderDocument,
    "mutation MailResendPlaceOrder($cart: CartInput!) { placeOrder(cart: $cart) { id } }": types.MailResendPlaceOrderDocument,
    "mutation MailResendFraud($id: ID!) { markOrderFraud(id: $id) { id status } }": types.MailResendFraudDocument,
    "mutation MailResendOrderConfirmation($id: ID!) { resendOrderConfirmation(id: $id) { ...MailResendEmail } }": types.MailResendOrderConfirmationDocument,
    "query MailResendActivity($f: ActivityFilter) { activityLog(filter: $f, first: 10) { edges { node { action targetType details staff { id } } } } }": types.MailResendActivityDocument,
    "query MailResendMe { me { staff { id } } }": types.MailResendMeDocument,
    "query MailStartupFirstClient { clients(first: 1) { edges { node { id } } } }": types.MailStartupFirstClientDocument,
    "mutation MailStartupSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }": types.MailStartupSendDocument,
    "mutation MailCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.MailCreateContactDocument,
    "mutation MailCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number status } }": types.MailCreateInvoiceDocument,
    "mutation MailMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.MailMarkPaidDocument,
    "mutation MailOptOut($c: ID!, $cats: [EmailCategory!]!) { setEmailOptOuts(clientId: $c, categories: $cats) { id emailOptOuts } }": types.MailOptOutDocument,
    "query MailOptOuts($id: ID!) { client(id: $id) { emailOptOuts } }": types.MailOptOutsDocument,
    "mutation MailResendWelcome($s: ID!) { resendWelcomeEmail(serviceId: $s) { id recipient subject status } }": types.MailResendWelcomeDocument,
    "mutation MailSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id category subject message language emailCount createdAt } }": types.MailSendMessageDocument,
    "query MailEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { totalCount edges { node { id type category language recipient subject status attempts lastError messageId sentAt } } } }": types.MailEmailsDocument,
    "mutation MassUpdateCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.MassUpdateCreateAddonDocument,
    "mutation MassUpdateAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.MassUpdateAddOrderDocument,
    "mutation MassUpdateAcceptOrder($id: ID!) { acceptOrder(id: $id) { items { service { id status addons { id status } } } } }": types.MassUpdateAcceptOrderDocument,
    "mutation MassUpdateAll($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate recurringAmount { amount currency } }\n  addons { id status billingCycle nextDueDate terminationDate recurringAmount { amount currency } }\n  domains { id status autoRenew expiryDate }\n  moduleJobs { id command service { id } domain { id } } } }": types.MassUpdateAllDocument,
    "query MassUpdateJob($id: ID!) { moduleJob(id: $id) { id status lastError } }": types.MassUpdateJobDocument,
    "query MassUpdateDomain($id: ID!) { domain(id: $id) { id status transferLocked } }": types.MassUpdateDomainDocument,
    "mutation MergeDeleteCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.MergeDeleteCreateContactDocument,
    "mutation MergeDeleteAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.MergeDeleteAddCreditDocument,
    "mutation MergeDeleteMerge($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id email creditBalance { amount currency } contacts { id } } }": types.MergeDeleteMergeDocument,
    "mutation MergeDeleteDelete($ids: [ID!]!, $confirm: Boolean!) { deleteClients(ids: $ids, confirm: $confirm) }": types.MergeDeleteDeleteDocument,
    "mutation MergeDeleteCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": types.MergeDeleteCreateUserDocument,
    "mutation MergeDeleteCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }": types.MergeDeleteCreatePayerDocument,
    "query MergeDeleteMe { me { sessionId } }": types.MergeDeleteMeDocument,
    "query MergeDeleteDomain($id: ID!) { domain(id: $id) { updatedAt client { id } } }": types.MergeDeleteDomainDocument,
    "mutation ModuleCommandCatalogueRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status } }": types.ModuleCommandCatalogueRunDocument,
    "query ModuleCommandCatalogueJob($id: ID!) { moduleJob(id: $id) { status } }": types.ModuleCommandCatalogueJobDocument,
    "query ModuleCommandCatalogueService($id: ID!) { service(id: $id) { status suspensionReason terminationDate passwordSet product { id } } }": types.ModuleCommandCatalogueServiceDocument,
    "query ModuleCommandCatalogueQueue($s: ID!) { moduleQueue(filter: { serviceId: $s, status: [QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED] }, first: 10) { totalCount } }": types.ModuleCommandCatalogueQueueDocument,
    "query ModuleCommandCatalogueActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action actorType staff { id } details } } } }": types.ModuleCommandCatalogueActivityDocument,
    "query ModuleCommandCatalogueProblems { moduleLoadProblems { folder reason } }": types.ModuleCommandCatalogueProblemsDocument,
    "query ModuleCommandCatalogueModules { modules { name } }": types.ModuleCommandCatalogueModulesDocument,
    "mutation ModuleCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.ModuleCommandsUpdateServerDocument,
    "mutation ModuleCommandsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError createdAt } }": types.ModuleCommandsRunDocument,
    "query ModuleCommandsService($id: ID!) { service(id: $id) { id status username suspensionReason terminationDate lastModuleError moduleData product { id } } }": types.ModuleCommandsServiceDocument,
    "query ModuleCommandsQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError nextRunAt service { id } } } } }": types.ModuleCommandsQueueDocument,
    "mutation ModuleCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id status updatedAt } }": types.ModuleCommandsRetryDocument,
    "mutation ModuleCommandsCancel($id: ID!) { cancelModuleJob(id: $id) { id status updatedAt } }": types.ModuleCommandsCancelDocument,
    "query ModuleCommandsLog($s: ID!) { moduleLog(serviceId: $s) { command success error request response durationMs lines attempt } }": types.ModuleCommandsLogDocument,
    "subscription ModuleCommandsChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { id command status attempts error } } }": types.ModuleCommandsChangedDocument,
    "subscription ModuleCommandsChangedShape($id: ID) { serviceChanged(id: $id) { change at serviceId status service { id status } job { status } } }": types.ModuleCommandsChangedShapeDocument,
    "subscription ModuleCommandsChangedOutput($id: ID) { serviceChanged(id: $id) { job { status output } } }": types.ModuleCommandsChangedOutputDocument,
    "mutation ModuleCommandsSetStatus($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }": types.ModuleCommandsSetStatusDocument,
    "query ModuleCommandsJob($id: ID!) { moduleJob(id: $id) { id command status output service { id } } }": types.ModuleCommandsJobDocument,
    "mutation ModuleCreateDemoDataLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.ModuleCreateDemoDataLoginDocument,
    "query ModuleCreateDemoDataClients($email: String!) { clients(filter: { email: $email }) { edges { node { id firstName lastName companyName email phoneNumber address1 address2 city state postcode country language } } } }": types.ModuleCreateDemoDataClientsDocument,
    "mutation ModuleCreateDemoDataCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.ModuleCreateDemoDataCreateProductDocument,
    "mutation ModuleCreateDemoDataCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.ModuleCreateDemoDataCreateServerDocument,
    "mutation ModuleCreateDemoDataCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.ModuleCreateDemoDataCreateServiceDocument,
    "mutation ModuleCreateDemoDataRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": types.ModuleCreateDemoDataRunModuleCommandDocument,
    "query ModuleCreateDemoDataModuleJob($id: ID!) { moduleJob(id: $id) { status lastError } }": types.ModuleCreateDemoDataModuleJobDocument,
    "query ModuleCreateDemoDataService($id: ID!) { service(id: $id) { status moduleData } }": types.ModuleCreateDemoDataServiceDocument,
    "mutation ModuleJobLeasesRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": types.ModuleJobLeasesRunModuleCommandDocument,
    "mutation ModuleJobLeasesMarkModuleJobFailed($id: ID!, $r: String!) { markModuleJobFailed(id: $id, reason: $r) { id status lastError leaseExpiresAt updatedAt } }": types.ModuleJobLeasesMarkModuleJobFailedDocument,
    "mutation ModuleJobLeasesRetryModuleJob($id: ID!) { retryModuleJob(id: $id) { id status } }": types.ModuleJobLeasesRetryModuleJobDocument,
    "query ModuleJobLeasesModuleJob($id: ID!) { moduleJob(id: $id) { status attempts lastError leaseExpiresAt } }": types.ModuleJobLeasesModuleJobDocument,
    "query ModuleJobLeasesService($id: ID!) { service(id: $id) { status lastModuleError } }": types.ModuleJobLeasesServiceDocument,
    "query ModuleJobLeasesModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } attempt success error request lines } }": types.ModuleJobLeasesModuleLogDocument,
    "query ModulesModules { modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }": types.ModulesModulesDocument,
    "query ModulesProblems { moduleLoadProblems { folder reason } }": types.ModulesProblemsDocument,
    "mutation ModulesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.ModulesRegisterDocument,
    "query ModulesCommands { modules { name kind commands } }": types.ModulesCommandsDocument,
    "mutation MoneyFixesUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id country state } }": types.MoneyFixesUpdateClientDocument,
    "mutation MoneyFixesUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { id state } }": types.MoneyFixesUpdateRuleDocument,
    "mutation MoneyFixesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id state country } }": types.MoneyFixesCreatePayerDocument,
    "mutation MoneyFixesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id state } }": types.MoneyFixesCreateContactDocument,
    "query MoneyFixesPreview($i: PreviewTaxInput!) { previewTax(input: $i) { total { amount } level1Rule { name } } }": types.MoneyFixesPreviewDocument,
    "query MoneyFixesPaymentParts($id: ID!) { invoice(id: $id) { amountPaid { amount }\n  transactions { kind amount { amount } toClientCredit { amount } fromClientCredit { amount } appliedToInvoice { amount } } } }": types.MoneyFixesPaymentPartsDocument,
    "mutation MoneyFixesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.MoneyFixesCreateProductDocument,
    "mutation MoneyFixesCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.MoneyFixesCreateAddonDocument,
    "query MoneyFixesCatalog($c: Currency) { catalog(currency: $c) { id prices { currency } addons { prices { currency } } } all: products { id prices { currency } } }": types.MoneyFixesCatalogDocument,
    "query MoneyFixesUsdCatalog { catalog(currency: \"USD\") { id prices { currency } } }": types.MoneyFixesUsdCatalogDocument,
    "query NPlusOneInvoices($first: Int!) { invoices(first: $first) { edges { node {\n  id number client { id email } payer { id } lines { id description total { amount } service { id domain } domain { id } addon { id } } transactions { id amount { amount } staff { id email } refundOf { id } }\n} } } }": types.NPlusOneInvoicesDocument,
    "query NPlusOneTransactions($first: Int!) { transactions(first: $first) { edges { node {\n  id amount { amount } client { id email } invoice { id number lines { id } } staff { id email } refundOf { id }\n} } } }": types.NPlusOneTransactionsDocument,
    "query NPlusOneServices($first: Int!) { services(first: $first) { edges { node {\n  id client { id email } product { id name } server { id name }\n} } } }": types.NPlusOneServicesDocument,
    "query NPlusOneClients($first: Int!) {\n  clients(first: $first) {\n    totalCount\n    edges { node {\n      id\n      group { id name }\n      project { id name }\n      billingContact { id email }\n      contacts { id email }\n    } }\n  }\n}": types.NPlusOneClientsDocument,
    "fragment NestedConnectionsService on Service { id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } product { id name } }": types.NestedConnectionsServiceFragmentDoc,
    "fragment NestedConnectionsDomain on Domain { id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet }": types.NestedConnectionsDomainFragmentDoc,
    "fragment NestedConnectionsInvoiceRow on Invoice { id number status currency issueDate dueDate datePaid createdAt subtotal { amount currency } total { amount currency }\n  creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency } overdue client { id } payer { id } lines { id } }": types.NestedConnectionsInvoiceRowFragmentDoc,
    "fragment NestedConnectionsTransaction on Transaction { id kind gateway transactionId toCredit date createdAt client { id } amount { amount currency } appliedToInvoice { amount currency } invoice { id } }": types.NestedConnectionsTransactionFragmentDoc,
    "fragment NestedConnectionsCreditEntry on CreditEntry { id kind description createdAt invoice { id } amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": types.NestedConnectionsCreditEntryFragmentDoc,
    "fragment NestedConnectionsPageInfo on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }": types.NestedConnectionsPageInfoFragmentDoc,
    "fragment NestedConnectionsServiceEdges on ServiceConnection { edges { cursor node { ...NestedConnectionsService } } }": types.NestedConnectionsServiceEdgesFragmentDoc,
    "fragment NestedConnectionsDomainEdges on DomainConnection { edges { cursor node { ...NestedConnectionsDomain } } }": types.NestedConnectionsDomainEdgesFragmentDoc,
    "fragment NestedConnectionsInvoiceEdges on InvoiceConnection { edges { cursor node { ...NestedConnectionsInvoiceRow } } }": types.NestedConnectionsInvoiceEdgesFragmentDoc,
    "fragment NestedConnectionsTransactionEdges on TransactionConnection { edges { cursor node { ...NestedConnectionsTransaction } } }": types.NestedConnectionsTransactionEdgesFragmentDoc,
    "fragment NestedConnectionsCreditEntryEdges on CreditEntryConnection { edges { cursor node { ...NestedConnectionsCreditEntry } } }": types.NestedConnectionsCreditEntryEdgesFragmentDoc,
    "fragment NestedConnectionsClient on Client { id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes\n  creditBalance { amount currency } group { id } project { id } billingContact { id } contacts { id } users { id } payers { id } }": types.NestedConnectionsClientFragmentDoc,
    "fragment NestedConnectionsInvoice on Invoice { id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal { amount currency }\n  tax1 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } amountRefunded { amount currency } balanceDue { amount currency }\n  overdue client { id } payer { id } clientName clientEmail lines { id } }": types.NestedConnectionsInvoiceFragmentDoc,
    "fragment NestedConnectionsServiceFull on Service { ...NestedConnectionsService moduleData adminNotes }": types.NestedConnectionsServiceFullFragmentDoc,
    "query NestedConnectionsRootServices($c: ID!, $first: Int, $after: String) {\n    page: services(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } }": types.NestedConnectionsRootServicesDocument,
    "query NestedConnectionsRootDomains($c: ID!, $first: Int, $after: String) {\n    page: domains(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } }": types.NestedConnectionsRootDomainsDocument,
    "query NestedConnectionsRootInvoices($c: ID!, $first: Int, $after: String) {\n    page: invoices(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } }": types.NestedConnectionsRootInvoicesDocument,
    "query NestedConnectionsRootTransactions($c: ID!, $first: Int, $after: String) {\n    page: transactions(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } }": types.NestedConnectionsRootTransactionsDocument,
    "query NestedConnectionsRootCreditLog($c: ID!, $first: Int, $after: String) {\n    page: creditLog(first: $first, after: $after, clientId: $c) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } }": types.NestedConnectionsRootCreditLogDocument,
    "query NestedConnectionsStaffList($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { totalCount ...NestedConnectionsServiceEdges } domains(first: 2) { totalCount ...NestedConnectionsDomainEdges }\n  invoices(first: 2) { totalCount ...NestedConnectionsInvoiceEdges } transactions(first: 2) { totalCount ...NestedConnectionsTransactionEdges }\n  creditLog(first: 2) { totalCount ...NestedConnectionsCreditEntryEdges } } } } }": types.NestedConnectionsStaffListDocument,
    "query NestedConnectionsStaffListWithoutTotals($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { ...NestedConnectionsServiceEdges } domains(first: 2) { ...NestedConnectionsDomainEdges } invoices(first: 2) { ...NestedConnectionsInvoiceEdges }\n  transactions(first: 2) { ...NestedConnectionsTransactionEdges } creditLog(first: 2) { ...NestedConnectionsCreditEntryEdges } } } } }": types.NestedConnectionsStaffListWithoutTotalsDocument,
    "query NestedConnectionsClientArea { me { client { id\n  services(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges }\n  domains(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges }\n  invoices(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges }\n  transactions(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges }\n  creditLog(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } } }": types.NestedConnectionsClientAreaDocument,
    "query NestedConnectionsPageServices($c: ID!, $after: String) { client(id: $c) {\n    services(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }": types.NestedConnectionsPageServicesDocument,
    "query NestedConnectionsPageDomains($c: ID!, $after: String) { client(id: $c) {\n    domains(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } } }": types.NestedConnectionsPageDomainsDocument,
    "query NestedConnectionsPageInvoices($c: ID!, $after: String) { client(id: $c) {\n    invoices(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } } }": types.NestedConnectionsPageInvoicesDocument,
    "query NestedConnectionsPageTransactions($c: ID!, $after: String) { client(id: $c) {\n    transactions(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } } }": types.NestedConnectionsPageTransactionsDocument,
    "query NestedConnectionsPageCreditLog($c: ID!, $after: String) { client(id: $c) {\n    creditLog(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } }": types.NestedConnectionsPageCreditLogDocument,
    "mutation NestedConnectionsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.NestedConnectionsAddCreditDocument,
    "mutation NestedConnectionsCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": types.NestedConnectionsCreateInvoiceDocument,
    "query NestedConnectionsClientLoaders($first: Int!) { clients(first: $first) { edges { node {\n  id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }": types.NestedConnectionsClientLoadersDocument,
    "query NestedConnectionsViaLoaders($c: ID!) {\n  transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ...NestedConnectionsClient } invoice { ...NestedConnectionsInvoice } } } }\n  services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }": types.NestedConnectionsViaLoadersDocument,
    "query NestedConnectionsDirect($c: ID!, $i: ID!, $s: ID!) {\n  client(id: $c) { ...NestedConnectionsClient } invoice(id: $i) { ...NestedConnectionsInvoice } service(id: $s) { ...NestedConnectionsServiceFull } }": types.NestedConnectionsDirectDocument,
    "query NestedConnectionsNestedService($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ...NestedConnectionsServiceFull } } } } }": types.NestedConnectionsNestedServiceDocument,
    "query NestedConnectionsClientsTotal { page: clients(first: 5) { totalCount edges { node { ...NestedConnectionsClient } } } }": types.NestedConnectionsClientsTotalDocument,
    "query NestedConnectionsClientsNoTotal { page: clients(first: 5) { edges { node { ...NestedConnectionsClient } } } }": types.NestedConnectionsClientsNoTotalDocument,
    "query NestedConnectionsClientNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { ...NestedConnectionsClient } } }": types.NestedConnectionsClientNodesDocument,
    "query NestedConnectionsInvoicesTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsInvoice } } } }": types.NestedConnectionsInvoicesTotalDocument,
    "query NestedConnectionsInvoicesNoTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsInvoice } } } }": types.NestedConnectionsInvoicesNoTotalDocument,
    "query NestedConnectionsInvoiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { ...NestedConnectionsInvoice } } }": types.NestedConnectionsInvoiceNodesDocument,
    "query NestedConnectionsServicesTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsServiceFull } } } }": types.NestedConnectionsServicesTotalDocument,
    "query NestedConnectionsServicesNoTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsServiceFull } } } }": types.NestedConnectionsServicesNoTotalDocument,
    "query NestedConnectionsServiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { ...NestedConnectionsServiceFull } } }": types.NestedConnectionsServiceNodesDocument,
    "query NestedConnectionsDomainsTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsDomain } } } }": types.NestedConnectionsDomainsTotalDocument,
    "query NestedConnectionsDomainsNoTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsDomain } } } }": types.NestedConnectionsDomainsNoTotalDocument,
    "query NestedConnectionsDomainNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Domain { ...NestedConnectionsDomain } } }": types.NestedConnectionsDomainNodesDocument,
    "query NestedConnectionsTransactionsTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsTransaction } } } }": types.NestedConnectionsTransactionsTotalDocument,
    "query NestedConnectionsTransactionsNoTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsTransaction } } } }": types.NestedConnectionsTransactionsNoTotalDocument,
    "query NestedConnectionsTransactionNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Transaction { ...NestedConnectionsTransaction } } }": types.NestedConnectionsTransactionNodesDocument,
    "query NestedConnectionsCreditLogTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { totalCount edges { node { ...NestedConnectionsCreditEntry } } } }": types.NestedConnectionsCreditLogTotalDocument,
    "query NestedConnectionsCreditLogNoTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { edges { node { ...NestedConnectionsCreditEntry } } } }": types.NestedConnectionsCreditLogNoTotalDocument,
    "query NestedConnectionsCreditEntryNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on CreditEntry { ...NestedConnectionsCreditEntry } } }": types.NestedConnectionsCreditEntryNodesDocument,
    "query NestedConnectionsByIds($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }": types.NestedConnectionsByIdsDocument,
    "query NestedConnectionsServiceCount($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }": types.NestedConnectionsServiceCountDocument,
    "query NestedConnectionsClientServices($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {\n  services(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }": types.NestedConnectionsClientServicesDocument,
    "query NestedConnectionsClientInvoices($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }": types.NestedConnectionsClientInvoicesDocument,
    "mutation NestedConnectionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": types.NestedConnectionsCreateUserDocument,
    "query NestedConnectionsMyTotals { me { client {\n  services(first: 1) { totalCount } domains(first: 1) { totalCount } invoices(first: 1) { totalCount } transactions(first: 1) { totalCount } creditLog(first: 1) { totalCount } } } }": types.NestedConnectionsMyTotalsDocument,
    "fragment OrderAcceptItem on OrderItem { id position kind status error service { id status } domain }": types.OrderAcceptItemFragmentDoc,
    "mutation OrderAcceptAdd($i: AddOrderInput!) { addOrder(input: $i) { id status items { ...OrderAcceptItem } } }": types.OrderAcceptAddDocument,
    "mutation OrderAcceptAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { id status items { ...OrderAcceptItem } } }": types.OrderAcceptAcceptDocument,
    "query OrderAcceptGet($id: ID!) { order(id: $id) { id status items { ...OrderAcceptItem } } }": types.OrderAcceptGetDocument,
    "subscription OrderAcceptWatch($id: ID!) { orderChanged(id: $id) { orderId change status at items { itemId position progress error } order { id } } }": types.OrderAcceptWatchDocument,
    "query OrderAcceptEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient body } } } }": types.OrderAcceptEmailsDocument,
    "mutation OrderAcceptFraud($id: ID!) { markOrderFraud(id: $id) { id status items { ...OrderAcceptItem } } }": types.OrderAcceptFraudDocument,
    "mutation OrderAcceptCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.OrderAcceptCreateAddonDocument,
    "subscription OrderAcceptServiceChanged($id: ID) { serviceChanged(id: $id) { change status } }": types.OrderAcceptServiceChangedDocument,
    "query OrderAcceptServiceAddons($id: ID!) { service(id: $id) { status addons { status } } }": types.OrderAcceptServiceAddonsDocument,
    "mutation OrderAcceptCancel($id: ID!) { cancelOrder(id: $id) { id status items { ...OrderAcceptItem } } }": types.OrderAcceptCancelDocument,
    "query OrderAcceptServiceEnded($id: ID!) { service(id: $id) { status terminationDate addons { status terminationDate } } }": types.OrderAcceptServiceEndedDocument,
    "subscription OrderAcceptServiceJobChanged($id: ID) { serviceChanged(id: $id) { change status job { command status nextRunAt } } }": types.OrderAcceptServiceJobChangedDocument,
    "query OrderAcceptServiceLateCreate($id: ID!) { service(id: $id) { status lastModuleError } }": types.OrderAcceptServiceLateCreateDocument,
    "mutation OrderAcceptUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.OrderAcceptUpdateServerDocument,
    "fragment OrderToPleskOrder on Order { id status total { amount currency } discount { amount } promotionCode\n  items { id position kind status error service { id status domain } } invoices { id status total { amount currency } } }": types.OrderToPleskOrderFragmentDoc,
    "mutation OrderToPleskRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.OrderToPleskRegisterDocument,
    "query OrderToPleskPreview($cart: CartInput!) { previewOrder(cart: $cart) {\n  currency invoiceCount promotionCode subtotal { amount } discount { amount } tax { amount } total { amount currency } lines { itemPosition description amount { amount } } } }": types.OrderToPleskPreviewDocument,
    "mutation OrderToPleskPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrderToPleskOrder } }": types.OrderToPleskPlaceDocument,
    "query OrderToPleskGet($id: ID!) { order(id: $id) { ...OrderToPleskOrder } }": types.OrderToPleskGetDocument,
    "mutation OrderToPleskCancel($id: ID!) { cancelOrder(id: $id) { id status } }": types.OrderToPleskCancelDocument,
    "mutation OrderToPleskFraud($id: ID!) { markOrderFraud(id: $id) { id status } }": types.OrderToPleskFraudDocument,
    "subscription OrderToPleskWatch($id: ID!) { orderChanged(id: $id) { orderId change status items { position progress error } } }": types.OrderToPleskWatchDocument,
    "mutation OrderToPleskPayInvoice($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference amount { amount currency } } }": types.OrderToPleskPayInvoiceDocument,
    "mutation OrderToPleskApply($id: ID!) { applyCredit(invoiceId: $id) { id status } }": types.OrderToPleskApplyDocument,
    "mutation OrderToPleskAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.OrderToPleskAddCreditDocument,
    "mutation OrderToPleskSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }": types.OrderToPleskSettingsDocument,
    "query OrderToPleskReadSettings { settings { acceptOrdersOnPayment } }": types.OrderToPleskReadSettingsDocument,
    "mutation OrderToPleskBillingSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }": types.OrderToPleskBillingSettingsDocument,
    "mutation OrderToPleskCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": types.OrderToPleskCreateServerGroupDocument,
    "mutation OrderToPleskUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id acceptOnPayment } }": types.OrderToPleskUpdateProductDocument,
    "query OrderToPleskProduct($id: ID!) { product(id: $id) { acceptOnPayment } }": types.OrderToPleskProductDocument,
    "mutation OrderToPleskCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.OrderToPleskCreateAddonDocument,
    "mutation OrderToPleskCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }": types.OrderToPleskCreatePromotionDocument,
    "query OrdersPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) {\n  currency invoiceCount promotionCode subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  lines { itemPosition description amount { amount } tax { amount } total { amount } } } }": types.OrdersPreviewDocument,
    "fragment OrdersOrderFields on Order { id status currency promotionCode paymentStatus createdAt\n  subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  client { id }\n  items { id position kind status description cycle domain years nameservers parentPosition product { id } addon { id } invoice { id }\n    configOptions { optionId choiceId quantity } firstPayment { amount currency } recurringAmount { amount currency } }\n  invoices { ...InvoiceFields } }": types.OrdersOrderFieldsFragmentDoc,
    "mutation OrdersPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrdersOrderFields } }": types.OrdersPlaceDocument,
    "mutation OrdersAdd($i: AddOrderInput!) { addOrder(input: $i) { ...OrdersOrderFields noInvoice noEmail items { priceOverridden server { id } } } }": types.OrdersAddDocument,
    "mutation OrdersCancel($id: ID!) { cancelOrder(id: $id) { ...OrdersOrderFields } }": types.OrdersCancelDocument,
    "mutation OrdersFraud($id: ID!) { markOrderFraud(id: $id) { ...OrdersOrderFields } }": types.OrdersFraudDocument,
    "query OrdersGet($id: ID!) { order(id: $id) { ...OrdersOrderFields } }": types.OrdersGetDocument,
    "query OrdersList($f: OrderFilter, $o: OrderOrder, $first: Int, $after: String) { orders(filter: $f, orderBy: $o, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id status paymentStatus total { amount } client { id } promotionCode items { description } invoices { id status } } } } }": types.OrdersListDocument,
    "mutation OrdersCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id name choices { id name } } } }": types.OrdersCreateOptionsDocument,
    "mutation OrdersCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.OrdersCreateAddonDocument,
    "mutation OrdersTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }": types.OrdersTldPricingDocument,
    "mutation OrdersCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": types.OrdersCreateGroupDocument,
    "mutation OrdersLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }": types.OrdersLoginAsClientDocument,
    "query OrdersNodeId($id: ID!) { node(id: $id) { id } }": types.OrdersNodeIdDocument,
    "query OrdersNodeStatus($id: ID!) { node(id: $id) { ... on Order { status } } }": types.OrdersNodeStatusDocument,
    "mutation OrdersCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code maxUsesPerClient uses } }": types.OrdersCreatePromotionDocument,
    "query OrdersEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject body } } } }": types.OrdersEmailsDocument,
    "query OrdersPromotionUses { promotions(first: 100) { edges { node { code uses } } } }": types.OrdersPromotionUsesDocument,
    "query OrdersInDepth($first: Int!) { orders(first: $first) { edges { node { id status paymentStatus total { amount } client { id email }\n  promotion { code } items { id product { id name } addon { id name } invoice { id number } parentPosition } invoices { id total { amount } } } } } }": types.OrdersInDepthDocument,
    "mutation PaymentGatewaysConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies settings } }": types.PaymentGatewaysConfigureDocument,
    "query PaymentGatewaysAvailable($id: ID!) { availablePaymentGateways(invoiceId: $id) { module displayName } }": types.PaymentGatewaysAvailableDocument,
    "mutation PaymentGatewaysPay($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { gateway amount { amount currency } clientSecret redirectUrl instructions reference } }": types.PaymentGatewaysPayDocument,
    "mutation PaymentGatewaysCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": types.PaymentGatewaysCreateUserDocument,
    "query PaymentGatewaysSettings { paymentGatewaySettings { module settings } }": types.PaymentGatewaysSettingsDocument,
    "query PaymentGatewaysInvoice($id: ID!) { invoice(id: $id) { status balanceDue { amount } amountRefunded { amount } transactions { id kind gateway transactionId amount { amount currency } } } }": types.PaymentGatewaysInvoiceDocument,
    "subscription PaymentsInvoiceChanged($id: ID) { invoiceChanged(id: $id) { invoiceId clientId change invoice { id status } } }": types.PaymentsInvoiceChangedDocument,
    "mutation PaymentsMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": types.PaymentsMergeClientsDocument,
    "mutation PaymentsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.PaymentsDeleteClientsDocument,
    "mutation PleskCommandsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.PleskCommandsCreateServerDocument,
    "mutation PleskCommandsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id passwordSet } }": types.PleskCommandsUpdateServiceDocument,
    "mutation PleskCommandsRunModuleCommand($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError } }": types.PleskCommandsRunModuleCommandDocument,
    "query PleskCommandsService($id: ID!) { service(id: $id) { id status domain username passwordSet lastModuleError moduleData } }": types.PleskCommandsServiceDocument,
    "query PleskCommandsModuleQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError } } } }": types.PleskCommandsModuleQueueDocument,
    "query PleskCommandsModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } command success error remoteCode request response lines attempt } }": types.PleskCommandsModuleLogDocument,
    "query PleskCommandsActivityLog($f: ActivityFilter) { activityLog(filter: $f, first: 100) { edges { node { action targetType targetId client { id } details } } } }": types.PleskCommandsActivityLogDocument,
    "query PleskCommandsModuleJob($id: ID!) { moduleJob(id: $id) { id command status output } }": types.PleskCommandsModuleJobDocument,
    "query ProcessSafetyClients { clients { totalCount } }": types.ProcessSafetyClientsDocument,
    "mutation ProcessSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.ProcessSafetyLoginDocument,
    "mutation ProcessSafetyChangeStaffPassword($c: String!, $n: String!) { changeStaffPassword(input: { currentPassword: $c, newPassword: $n }) { id } }": types.ProcessSafetyChangeStaffPasswordDocument,
    "mutation ProcessSafetyLogin2($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.ProcessSafetyLogin2Document,
    "query ProcessSafetyClients3 { clients(filter: { search: \"ada@example.org\" }) { edges { node { id } } } }": types.ProcessSafetyClients3Document,
    "mutation ProcessSafetyCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }": types.ProcessSafetyCreateInvoiceDocument,
    "mutation RecordLocksCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.RecordLocksCreateAddonDocument,
    "mutation RecordLocksAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.RecordLocksAddOrderDocument,
    "mutation RecordLocksAccept($id: ID!) { acceptOrder(id: $id) { items { service { id addons { id } } } } }": types.RecordLocksAcceptDocument,
    "mutation RecordLocksInvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) { id } }": types.RecordLocksInvoiceEarlyDocument,
    "mutation RecordLocksPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.RecordLocksPayDocument,
    "mutation RecordLocksMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id } addons { id recurringAmount { amount } } } }": types.RecordLocksMassUpdateDocument,
    "query RecordLocksService($id: ID!) { service(id: $id) { nextDueDate recurringAmount { amount } addons { nextDueDate recurringAmount { amount } } } }": types.RecordLocksServiceDocument,
    "mutation RecordLocksUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": types.RecordLocksUpdateServiceDocument,
    "mutation RecordLocksUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": types.RecordLocksUpdateDomainDocument,
    "mutation RecordLocksMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { client { id } } }": types.RecordLocksMoveServiceDocument,
    "mutation RecordLocksMoveDomain($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { client { id } } }": types.RecordLocksMoveDomainDocument,
    "query RecordLocksClient($id: ID!) { client(id: $id) { status } }": types.RecordLocksClientDocument,
    "mutation RecordLocksChangePackage($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id } }": types.RecordLocksChangePackageDocument,
    "mutation RecordLocksScheduleTermination($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": types.RecordLocksScheduleTerminationDocument,
    "query RecordLocksServiceState($id: ID!) { service(id: $id) { status nextDueDate recurringAmount { amount } adminNotes } }": types.RecordLocksServiceStateDocument,
    "query RegistryPollClientStatus($id: ID!) { client(id: $id) { status } }": types.RegistryPollClientStatusDocument,
    "query RegistryPollDomain($id: ID!) { domain(id: $id) { status expiryDate nameservers } }": types.RegistryPollDomainDocument,
    "mutation RegistryPollPoll($s: ID!) { pollRegistry(serverId: $s) }": types.RegistryPollPollDocument,
    "query RegistryPollLog($s: ID!) { serverModuleLog(serverId: $s) { id module command success request response error lines } }": types.RegistryPollLogDocument,
    "query RegistryPollActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId actorType details } } } }": types.RegistryPollActivityDocument,
    "query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }": types.SearchIndexesClientsDocument,
    "query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }": types.SearchIndexesServicesDocument,
    "query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }": types.SearchIndexesDomainsDocument,
    "query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }": types.SearchIndexesInvoicesDocument,
    "mutation SearchIndexesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.SearchIndexesDeleteClientsDocument,
    "query SearchIndexesTransactions($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id } } } }": types.SearchIndexesTransactionsDocument,
    "mutation SecretsLoginAs($c: ID!) { loginAsClient(clientId: $c) { token expiresAt me { client { id } } } }": types.SecretsLoginAsDocument,
    "mutation SecretsPdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }": types.SecretsPdfLinkDocument,
    "mutation SecretsStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.SecretsStaffLoginDocument,
    "mutation SecretsClientLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }": types.SecretsClientLoginDocument,
    "query SecretsMe { me { client { id } } }": types.SecretsMeDocument,
    "query ProcessDemoClients { clients { totalCount edges { node { email creditBalance { amount currency } } } } }": types.ProcessDemoClientsDocument,
    "query ProcessDemoCatalog { productGroups { name } products { name module group { name } prices { cycle amount { amount currency } } } }": types.ProcessDemoCatalogDocument,
    "query ProcessDemoServers { serverGroups { name servers { module enabled } } }": types.ProcessDemoServersDocument,
    "query ProcessDemoServicesAndDomains {\n  services { totalCount edges { node { status domain client { email } product { name } } } }\n  domains { totalCount edges { node { name status client { email } } } }\n}": types.ProcessDemoServicesAndDomainsDocument,
    "query ProcessDemoInvoices { invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }": types.ProcessDemoInvoicesDocument,
    "mutation ProcessDemoClientLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: CLIENT) { token } }": types.ProcessDemoClientLoginDocument,
    "query ProcessDemoClientArea { me { client {\n  services { edges { node { status product { name } } } }\n  domains { edges { node { name } } }\n  invoices { edges { node { status } } }\n} } }": types.ProcessDemoClientAreaDocument,
    "fragment ServersServer on Server { id name module hostname ip port secure maxAccounts enabled settings secretsSet group { id name fillStrategy } }": types.ServersServerFragmentDoc,
    "mutation ServersCreate($i: CreateServerInput!) { createServer(input: $i) { ...ServersServer } }": types.ServersCreateDocument,
    "mutation ServersUpdate($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { ...ServersServer } }": types.ServersUpdateDocument,
    "mutation ServersDelete($id: ID!) { deleteServer(id: $id) }": types.ServersDeleteDocument,
    "query ServersGet($id: ID!) { server(id: $id) { ...ServersServer } }": types.ServersGetDocument,
    "query ServersList($m: String) { servers(module: $m) { ...ServersServer } }": types.ServersListDocument,
    "mutation ServersTest($id: ID!) { testServerConnection(id: $id) { ok message } }": types.ServersTestDocument,
    "mutation ServersCreateGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id name fillStrategy servers { id } } }": types.ServersCreateGroupDocument,
    "query ServersGroups { serverGroups { id name fillStrategy servers { id name } } }": types.ServersGroupsDocument,
    "query ServersActivity { activityLog(first: 100) { edges { node { action details } } } }": types.ServersActivityDocument,
    "mutation ServersRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.ServersRegisterDocument,
    "mutation AddonsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.AddonsCreateAddonDocument,
    "mutation AddonsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id kind } } }": types.AddonsAddOrderDocument,
    "mutation AddonsAccept($id: ID!) { acceptOrder(id: $id) { id status items { kind status service { id status } } } }": types.AddonsAcceptDocument,
    "mutation AddonsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }": types.AddonsUpdateServerDocument,
    "mutation AddonsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": types.AddonsUpdateServiceDocument,
    "mutation AddonsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.AddonsRunCommandDocument,
    "mutation AddonsSchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }": types.AddonsScheduleDocument,
    "mutation AddonsWithdrawCancellation($id: ID!) { withdrawCancellationRequest(id: $id) { id status } }": types.AddonsWithdrawCancellationDocument,
    "mutation AddonsRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }": types.AddonsRequestCancellationDocument,
    "fragment ServiceAddonFields on ServiceAddon { id name status billingCycle registrationDate nextDueDate terminationDate\n  firstPayment { amount currency } recurringAmount { amount currency } addon { id } service { id } }": types.ServiceAddonFieldsFragmentDoc,
    "query AddonsService($id: ID!) { service(id: $id) { id status nextDueDate addons { ...ServiceAddonFields } } }": types.AddonsServiceDocument,
    "query AddonsNode($id: ID!) { node(id: $id) { id ... on ServiceAddon { name status } } }": types.AddonsNodeDocument,
    "query AddonsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount currency } lines { type description amount { amount } addon { id } } } } } }": types.AddonsInvoicesDocument,
    "mutation AddonsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.AddonsPayDocument,
    "mutation AddonsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.AddonsAddCreditDocument,
    "query AddonsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.AddonsBalanceDocument,
    "mutation AddonsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }": types.AddonsRunDocument,
    "query AddonsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } description amount { amount } } } } }": types.AddonsPreviewDocument,
    "mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }": types.ServiceRulesCreateGroupDocument,
    "mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }": types.ServiceRulesCreateServiceDocument,
    "mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }": types.ServiceRulesUpdateServiceDocument,
    "mutation ServiceRulesMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate domain recurringAmount { amount } }\n  prorataInvoice { id status total { amount currency } lines { description amount { amount } computation { source periodStart periodEnd days daysInCycle price { amount } } } }\n  moduleJobs { id command service { id } } } }": types.ServiceRulesMassUpdateDocument,
    "mutation ServiceRulesMassBilling($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id paymentMethod recurringAmount { amount } autoSuspensionOverride { until never } } } }": types.ServiceRulesMassBillingDocument,
    "query ServiceRulesService($id: ID!) { service(id: $id) { id status nextDueDate recurringAmount { amount } } }": types.ServiceRulesServiceDocument,
    "mutation ServiceRulesPay($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.ServiceRulesPayDocument,
    "mutation ServiceRulesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }": types.ServiceRulesCreateOptionsDocument,
    "mutation ServiceRulesUpdateOptions($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id recurringAmount { amount } configOptions { optionId choiceId quantity } } }": types.ServiceRulesUpdateOptionsDocument,
    "mutation ServiceRulesCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id status } }": types.ServiceRulesCancelInvoiceDocument,
    "mutation ServiceRulesPaymentMethod($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id paymentMethod } }": types.ServiceRulesPaymentMethodDocument,
    "mutation ServiceRulesDefaultMethod($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.ServiceRulesDefaultMethodDocument,
    "mutation ServiceRulesAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.ServiceRulesAddOrderDocument,
    "mutation ServiceRulesAcceptOrder($id: ID!) { acceptOrder(id: $id) { status items { service { id paymentMethod } } } }": types.ServiceRulesAcceptOrderDocument,
    "mutation ServiceRulesRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } } }": types.ServiceRulesRunDocument,
    "query ServiceRulesInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 10, orderBy: { field: TOTAL, direction: ASC }) {\n  edges { node { dueDate paymentMethod total { amount } lines { service { id } } } } } }": types.ServiceRulesInvoicesDocument,
    "mutation ServiceRulesUpdateOverride($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id domain autoSuspensionOverride { until never } } }": types.ServiceRulesUpdateOverrideDocument,
    "query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }": types.ServiceRulesServiceRecalcDocument,
    "fragment ServicesServiceFields on Service { id domain username status billingCycle registrationDate nextDueDate suspensionReason terminationDate passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } client { id } product { id name } }": types.ServicesServiceFieldsFragmentDoc,
    "mutation ServicesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id name type module productOptions serverGroup { id } } }": types.ServicesCreateProductDocument,
    "mutation ServicesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id module productOptions } }": types.ServicesUpdateProductDocument,
    "query ServicesProducts { products { id } }": types.ServicesProductsDocument,
    "mutation ServicesCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }": types.ServicesCreateServerGroupDocument,
    "mutation ServicesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }": types.ServicesUpdateServerDocument,
    "mutation ServicesDeleteServer($id: ID!) { deleteServer(id: $id) }": types.ServicesDeleteServerDocument,
    "mutation ServicesCreate($i: CreateServiceInput!) { createService(input: $i) { ...ServicesServiceFields server { id } adminNotes moduleData } }": types.ServicesCreateDocument,
    "mutation ServicesUpdate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { ...ServicesServiceFields } }": types.ServicesUpdateDocument,
    "mutation ServicesMove($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id client { id } } }": types.ServicesMoveDocument,
    "mutation ServicesDelete($id: ID!) { deleteService(id: $id) }": types.ServicesDeleteDocument,
    "query ServicesGet($id: ID!) { service(id: $id) { ...ServicesServiceFields } }": types.ServicesGetDocument,
    "query ServicesGetServer($id: ID!) { service(id: $id) { id server { id } } }": types.ServicesGetServerDocument,
    "query ServicesList($f: ServiceFilter, $first: Int, $after: String) {\n  services(filter: $f, first: $first, after: $after) { totalCount edges { node { id domain status client { id } } } pageInfo { hasNextPage endCursor } } }": types.ServicesListDocument,
    "query ServicesOfClient($id: ID!) { client(id: $id) { id services { edges { node { id domain } } } } }": types.ServicesOfClientDocument,
    "query ServicesActivity($c: ID) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { action details } } } }": types.ServicesActivityDocument,
    "mutation ServicesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.ServicesCreateDomainDocument,
    "mutation ServicesMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": types.ServicesMergeClientsDocument,
    "mutation ServicesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.ServicesDeleteClientsDocument,
    "mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": types.SessionsAndStaffLoginDocument,
    "query SessionsAndStaffMe { me { sessionId } }": types.SessionsAndStaffMeDocument,
    "mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }": types.SessionsAndStaffUpdateProfileDocument,
    "mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }": types.SessionsAndStaffCreateContactDocument,
    "mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }": types.SessionsAndStaffUpdateContactDocument,
    "mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }": types.SessionsAndStaffChangeStaffPasswordDocument,
    "mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }": types.SessionsAndStaffDeactivateDocument,
    "mutation SessionsAndStaffCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.SessionsAndStaffCreateClientDocument,
    "mutation SessionsAndStaffUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.SessionsAndStaffUpdateClientDocument,
    "mutation SessionsAndStaffUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }": types.SessionsAndStaffUpdateClientUserDocument,
    "query SessionsAndStaffMeClientEmail { me { client { email } } }": types.SessionsAndStaffMeClientEmailDocument,
    "query SessionsAndStaffMeClientFirstName { me { client { firstName } } }": types.SessionsAndStaffMeClientFirstNameDocument,
    "query SessionsAndStaffMeClientCity { me { client { city } } }": types.SessionsAndStaffMeClientCityDocument,
    "query SessionsAndStaffMeClientProfile { me { client { firstName city } } }": types.SessionsAndStaffMeClientProfileDocument,
    "query SessionsAndStaffMeClientAccount { me { client { id status currency } permissions } }": types.SessionsAndStaffMeClientAccountDocument,
    "query SessionsAndStaffMeStaff { me { staff { id } } }": types.SessionsAndStaffMeStaffDocument,
    "query SessionsAndStaffClient($id: ID!) { client(id: $id) { id } }": types.SessionsAndStaffClientDocument,
    "query SessionsAndStaffClientNamePhone($id: ID!) { client(id: $id) { lastName phoneNumber } }": types.SessionsAndStaffClientNamePhoneDocument,
    "query SessionsAndStaffContactCity($id: ID!) { contact(id: $id) { city } }": types.SessionsAndStaffContactCityDocument,
    "query SessionsAndStaffMembers($first: Int, $after: String) { staffMembers(first: $first, after: $after) {\n  totalCount edges { cursor node { __typename id email role active } } pageInfo { hasNextPage endCursor } } }": types.SessionsAndStaffMembersDocument,
    "mutation SessionsAndStaffLoginAsClient($id: ID!) { loginAsClient(clientId: $id) { token } }": types.SessionsAndStaffLoginAsClientDocument,
    "mutation SessionsAndStaffMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }": types.SessionsAndStaffMergeClientsDocument,
    "mutation SessionsAndStaffDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.SessionsAndStaffDeleteClientsDocument,
    "query SettingsFirstUseSettings { settings { requiredClientFields } billingSettings { taxMode autoApplyCredit } }": types.SettingsFirstUseSettingsDocument,
    "mutation SortingPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }": types.SortingPayDocument,
    "query SortingInvoices($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.SortingInvoicesDocument,
    "query SortingServices($f: ServiceFilter, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  services(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.SortingServicesDocument,
    "query SortingClients($f: ClientFilter, $o: ClientOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.SortingClientsDocument,
    "query SortingDomains($f: DomainFilter, $o: DomainOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  domains(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.SortingDomainsDocument,
    "query SortingTransactions($f: TransactionFilter, $o: TransactionOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.SortingTransactionsDocument,
    "query SortingClientServices($c: ID!, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { services(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": types.SortingClientServicesDocument,
    "query SortingClientInvoices($c: ID!, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { invoices(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }": types.SortingClientInvoicesDocument,
    "subscription FanOutClientChanged { clientChanged { client { id city group { id } contacts { id } } } }": types.FanOutClientChangedDocument,
    "subscription FanOutInvoiceChanged { invoiceChanged { invoice { id notes lines { id } client { id city } } } }": types.FanOutInvoiceChangedDocument,
    "subscription FanOutServiceChanged { serviceChanged { change service { id domain product { id name } client { id } } } }": types.FanOutServiceChangedDocument,
    "mutation FanOutRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.FanOutRegisterClientDocument,
    "mutation FanOutCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }": types.FanOutCreateInvoiceDocument,
    "mutation FanOutCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.FanOutCreateProductDocument,
    "mutation FanOutCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.FanOutCreateServiceDocument,
    "mutation FanOutUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.FanOutUpdateClientDocument,
    "mutation FanOutUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }": types.FanOutUpdateInvoiceDocument,
    "mutation FanOutUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }": types.FanOutUpdateServiceDocument,
    "subscription FanOutClientChanged2 { clientChanged { client { id city adminNotes } } }": types.FanOutClientChanged2Document,
    "mutation FanOutUpdateClient2($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.FanOutUpdateClient2Document,
    "subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }": types.SubscriptionsClientChangedDocument,
    "mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.SubscriptionsRegisterDocument,
    "mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }": types.SubscriptionsUpdateDocument,
    "mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": types.SubscriptionsUpdateProfileDocument,
    "mutation SubscriptionsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id } }": types.SubscriptionsSetStatusDocument,
    "mutation TransactionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }": types.TransactionsCreateUserDocument,
    "mutation TransactionsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }": types.TransactionsDeleteClientsDocument,
    "query TransactionsFirst($first: Int) { transactions(first: $first) { totalCount edges { node { ...TransactionFields } } } }": types.TransactionsFirstDocument,
    "fragment UpgradesInvoiceLines on Invoice { lines { description amount { amount } tax1 { amount } computation {\n  source explanation price { amount currency } cycle quantity periodStart periodEnd days daysInCycle previousPrice { amount } previousCycle previousDaysInCycle\n  discountPercent discountBase { amount } promotionCode rounding taxRules { name level rate compound } } } }": types.UpgradesInvoiceLinesFragmentDoc,
    "query UpgradesPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) {\n  service { id } currency product { id } previousProduct { id } cycle previousCycle cycleStart nextDueDate daysInCycle daysInNewCycle daysLeft\n  recurringAmount { amount } previousRecurringAmount { amount } credited { amount } debited { amount } amount { amount currency } tax { amount } total { amount } } }": types.UpgradesPreviewDocument,
    "mutation UpgradesUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) {\n  id status total { amount } items { kind status description product { id } cycle configOptions { optionId quantity } service { id } recurringAmount { amount }\n  invoice { id status total { amount } ...UpgradesInvoiceLines } } invoices { id } } }": types.UpgradesUpgradeDocument,
    "mutation UpgradesManual($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id product { id } billingCycle recurringAmount { amount } } }": types.UpgradesManualDocument,
    "query UpgradesService($id: ID!) { service(id: $id) { id status product { id } billingCycle nextDueDate recurringAmount { amount } configOptions { optionId quantity } } }": types.UpgradesServiceDocument,
    "mutation UpgradesCancelOrder($id: ID!) { cancelOrder(id: $id) { id status } }": types.UpgradesCancelOrderDocument,
    "mutation UpgradesAcceptOrder($id: ID!) { acceptOrder(id: $id) { id } }": types.UpgradesAcceptOrderDocument,
    "query UpgradesOrder($id: ID!) { order(id: $id) { status items { status } } }": types.UpgradesOrderDocument,
    "mutation UpgradesMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }": types.UpgradesMarkPaidDocument,
    "mutation UpgradesSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }": types.UpgradesSettingsDocument,
    "mutation UpgradesTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": types.UpgradesTaxRuleDocument,
    "mutation UpgradesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }": types.UpgradesCreateOptionsDocument,
    "mutation UpgradesRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": types.UpgradesRunCreateDocument,
    "query UpgradesCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.UpgradesCreditBalanceDocument,
    "mutation UpgradesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }": types.UpgradesCreateUserDocument,
    "query UpgradesInvoiceStatus($id: ID!) { invoice(id: $id) { status } }": types.UpgradesInvoiceStatusDocument,
    "mutation UpgradesPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { items { invoice { ...UpgradesInvoiceLines } } } }": types.UpgradesPlaceOrderDocument,
    "mutation UpgradesDailyRun($d: LocalDate) { runDailyRun(date: $d) { id } }": types.UpgradesDailyRunDocument,
    "query UpgradesLatestInvoice($c: ID!) { invoices(filter: { clientId: $c }, first: 1) { edges { node { ...UpgradesInvoiceLines } } } }": types.UpgradesLatestInvoiceDocument,
    "mutation UpgradesCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...UpgradesInvoiceLines } }": types.UpgradesCreateInvoiceDocument,
    "mutation UpgradesAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.UpgradesAddCreditDocument,
    "mutation YearCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }": types.YearCreateAddonDocument,
    "mutation YearCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": types.YearCreateTaxRuleDocument,
    "mutation YearAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }": types.YearAddOrderDocument,
    "mutation YearAccept($id: ID!) { acceptOrder(id: $id) { items { service { id } } } }": types.YearAcceptDocument,
    "mutation YearRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.YearRunCommandDocument,
    "mutation YearAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.YearAddCreditDocument,
    "mutation YearRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { terminatesOn } }": types.YearRequestCancellationDocument,
    "query YearService($id: ID!) { service(id: $id) { status nextDueDate product { name } billingCycle recurringAmount { amount } addons { status nextDueDate billingCycle } } }": types.YearServiceDocument,
    "query YearTermination($id: ID!) { service(id: $id) { terminationDate addons { terminationDate } } }": types.YearTerminationDocument,
    "query YearClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }": types.YearClientDocument,
    "query YearInvoices($c: ID!) { client(id: $c) { creditBalance { amount } } invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } creditApplied { amount } lines { description amount { amount } } } } } }": types.YearInvoicesDocument,
    "query YearUnpaid { invoices(filter: { status: [UNPAID] }, first: 50) { edges { node { id dueDate client { id } } } } }": types.YearUnpaidDocument,
    "query YearEmails($c: ID!) { clientEmails(clientId: $c, first: 100) { edges { node { type } } } }": types.YearEmailsDocument,
    "mutation YearPay($id: ID!) { markInvoicePaid(id: $id) { id } }": types.YearPayDocument,
    "mutation YearRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step message } } }": types.YearRunDocument,
    "mutation YearSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { creditOnDowngrade } }": types.YearSettingsDocument,
    "mutation YearUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": types.YearUpgradeDocument,
    "mutation FixturesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.FixturesCreateClientDocument,
    "mutation FixturesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.FixturesCreateProductDocument,
    "mutation FixturesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.FixturesCreateServerDocument,
    "mutation FixturesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.FixturesCreateServiceDocument,
    "mutation FixturesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.FixturesCreateDomainDocument,
    "fragment InvoiceFields on Invoice { id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail\n  subtotal { amount currency } tax1 { amount currency } tax2 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency }\n  tax1Name tax2Name addressedTo { name companyName email country taxId }\n  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit } }": types.InvoiceFieldsFragmentDoc,
    "mutation InvoiceHelpersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency } }": types.InvoiceHelpersCreateClientDocument,
    "mutation InvoiceHelpersCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...InvoiceFields } }": types.InvoiceHelpersCreateInvoiceDocument,
    "mutation InvoiceHelpersUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ...InvoiceFields } }": types.InvoiceHelpersUpdateInvoiceDocument,
    "mutation InvoiceHelpersPublish($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ...InvoiceFields } }": types.InvoiceHelpersPublishDocument,
    "mutation InvoiceHelpersCancel($id: ID!) { cancelInvoice(id: $id) { ...InvoiceFields } }": types.InvoiceHelpersCancelDocument,
    "mutation InvoiceHelpersMarkPaid($id: ID!) { markInvoicePaid(id: $id) { ...InvoiceFields } }": types.InvoiceHelpersMarkPaidDocument,
    "query InvoiceHelpersGet($id: ID!) { invoice(id: $id) { ...InvoiceFields } }": types.InvoiceHelpersGetDocument,
    "mutation InvoiceHelpersPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { amount currency } toClientCredit { amount } } }": types.InvoiceHelpersPayDocument,
    "mutation InvoiceHelpersRefund($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { amount currency } refundOf { id } toCredit toClientCredit { amount } } }": types.InvoiceHelpersRefundDocument,
    "mutation InvoiceHelpersApplyCredit($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }": types.InvoiceHelpersApplyCreditDocument,
    "mutation InvoiceHelpersRemoveCredit($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }": types.InvoiceHelpersRemoveCreditDocument,
    "mutation InvoiceHelpersAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }": types.InvoiceHelpersAddCreditDocument,
    "mutation InvoiceHelpersSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }": types.InvoiceHelpersSettingsDocument,
    "mutation InvoiceHelpersTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }": types.InvoiceHelpersTaxRuleDocument,
    "query InvoiceHelpersBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.InvoiceHelpersBalanceDocument,
    "mutation InvoiceHelpersSetStatus($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }": types.InvoiceHelpersSetStatusDocument,
    "query InvoiceHelpersRefundTotals($id: ID!) { invoice(id: $id) { status amountPaid { amount currency } amountRefunded { amount currency } creditApplied { amount } balanceDue { amount } } }": types.InvoiceHelpersRefundTotalsDocument,
    "fragment TransactionFields on Transaction { id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { amount currency } toClientCredit { amount } refunded { amount } }": types.TransactionFieldsFragmentDoc,
    "query InvoiceHelpersTransactions($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { ...TransactionFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.InvoiceHelpersTransactionsDocument,
    "query InvoiceHelpersGetTransaction($id: ID!) { transaction(id: $id) { ...TransactionFields } }": types.InvoiceHelpersGetTransactionDocument,
    "mutation ProcessStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }": types.ProcessStaffLoginDocument,
    "mutation StripeGatewayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies } }": types.StripeGatewayConfigureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityDetailsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ActivityDetailsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityDetailsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation ActivityDetailsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityDetailsAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"): (typeof documents)["mutation ActivityDetailsAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityDetailsDiscountLog($c: ID!) { activityLog(filter: { clientId: $c, action: \"client.discount.add\" }, first: 1) { edges { node { details } } } }"): (typeof documents)["query ActivityDetailsDiscountLog($c: ID!) { activityLog(filter: { clientId: $c, action: \"client.discount.add\" }, first: 1) { edges { node { details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityDetailsNodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }"): (typeof documents)["query ActivityDetailsNodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityLogEntryFields on ActivityLogEntry { id createdAt actorType staff { id } impersonator { id } action targetType targetId client { id } ip details }"): (typeof documents)["fragment ActivityLogEntryFields on ActivityLogEntry { id createdAt actorType staff { id } impersonator { id } action targetType targetId client { id } ip details }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityLogLog($f: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  activityLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { ...ActivityLogEntryFields } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }"): (typeof documents)["query ActivityLogLog($f: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  activityLog(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { ...ActivityLogEntryFields } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ActivityLogCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation ActivityLogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id firstName } }"): (typeof documents)["mutation ActivityLogUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id firstName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"): (typeof documents)["mutation ActivityLogUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"): (typeof documents)["mutation ActivityLogSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"): (typeof documents)["mutation ActivityLogCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { id } }"): (typeof documents)["mutation ActivityLogUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }"): (typeof documents)["mutation ActivityLogDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }"): (typeof documents)["mutation ActivityLogCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }"): (typeof documents)["mutation ActivityLogUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogDeleteProject($id: ID!) { deleteProject(id: $id) }"): (typeof documents)["mutation ActivityLogDeleteProject($id: ID!) { deleteProject(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }"): (typeof documents)["mutation ActivityLogUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityLogMeStaff { me { staff { id } } }"): (typeof documents)["query ActivityLogMeStaff { me { staff { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { id } }"): (typeof documents)["mutation ActivityLogCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityLogNode($id: ID!) { node(id: $id) { __typename id } }"): (typeof documents)["query ActivityLogNode($id: ID!) { node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityLogSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { id } }"): (typeof documents)["mutation ActivityLogSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityLogClientGroups { clientGroups { id name } }"): (typeof documents)["query ActivityLogClientGroups { clientGroups { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActivityLogRequiredFields { requiredClientFields }"): (typeof documents)["query ActivityLogRequiredFields { requiredClientFields }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token me { staff { email role } client { email } } } }"): (typeof documents)["mutation AuthLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token me { staff { email role } client { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation AuthRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeRole { me { staff { role } client { id } } }"): (typeof documents)["query AuthMeRole { me { staff { role } client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeClient { me { client { id } } }"): (typeof documents)["query AuthMeClient { me { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMeSession { me { sessionId } }"): (typeof documents)["query AuthMeSession { me { sessionId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { status } }"): (typeof documents)["mutation AuthSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): (typeof documents)["mutation AuthLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthClientCount { clients { totalCount } }"): (typeof documents)["query AuthClientCount { clients { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { role } }"): (typeof documents)["mutation AuthCreateStaff($i: CreateStaffInput!) { createStaff(input: $i) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation BadInputLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation BadInputAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation BadInputCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputRunCommand($i: JSONObject) { runModuleCommand(serviceId: \"1\", command: \"x\", input: $i) { id } }"): (typeof documents)["mutation BadInputRunCommand($i: JSONObject) { runModuleCommand(serviceId: \"1\", command: \"x\", input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BadInputClientChanged($id: ID) { clientChanged(id: $id) { clientId } }"): (typeof documents)["subscription BadInputClientChanged($id: ID) { clientChanged(id: $id) { clientId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BadInputContacts { clients(first: 1) { edges { node { contacts { id } } } } }"): (typeof documents)["query BadInputContacts { clients(first: 1) { edges { node { contacts { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id autoRenew } }"): (typeof documents)["mutation CancellationsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id autoRenew } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsDomain($id: ID!) { domain(id: $id) { autoRenew } }"): (typeof documents)["query CancellationsDomain($id: ID!) { domain(id: $id) { autoRenew } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation CancellationsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsService($id: ID!) { service(id: $id) { id status terminationDate nextDueDate } }"): (typeof documents)["query CancellationsService($id: ID!) { service(id: $id) { id status terminationDate nextDueDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50) { edges { node { id status dueDate lines { description } } } } }"): (typeof documents)["query CancellationsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50) { edges { node { id status dueDate lines { description } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsDailyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }"): (typeof documents)["mutation CancellationsDailyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) { cancellations { id } fixedTermTerminations { id } terminations { id } errors { message } } }"): (typeof documents)["query CancellationsRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) { cancellations { id } fixedTermTerminations { id } terminations { id } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CancellationsRequestFields on CancellationRequest { id type reason status scheduledByStaff requestedByStaff domainAutoRenewTurnedOff requestedOn terminatesOn closedAt service { id } }"): (typeof documents)["fragment CancellationsRequestFields on CancellationRequest { id type reason status scheduledByStaff requestedByStaff domainAutoRenewTurnedOff requestedOn terminatesOn closedAt service { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsRequest($i: CancellationRequestInput!) { requestCancellation(input: $i) { ...CancellationsRequestFields } }"): (typeof documents)["mutation CancellationsRequest($i: CancellationRequestInput!) { requestCancellation(input: $i) { ...CancellationsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsSchedule($s: ID!, $r: String) { scheduleServiceTermination(serviceId: $s, reason: $r) { ...CancellationsRequestFields } }"): (typeof documents)["mutation CancellationsSchedule($s: ID!, $r: String) { scheduleServiceTermination(serviceId: $s, reason: $r) { ...CancellationsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancellationsWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { ...CancellationsRequestFields } }"): (typeof documents)["mutation CancellationsWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { ...CancellationsRequestFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsList($f: CancellationRequestFilter, $first: Int, $after: String) { cancellationRequests(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id status type } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CancellationsList($f: CancellationRequestFilter, $first: Int, $after: String) { cancellationRequests(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id status type } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsOpenRequest($id: ID!) { service(id: $id) { cancellationRequest { id status } } }"): (typeof documents)["query CancellationsOpenRequest($id: ID!) { service(id: $id) { cancellationRequest { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsNode($id: ID!) { node(id: $id) { __typename id ... on CancellationRequest { status } } }"): (typeof documents)["query CancellationsNode($id: ID!) { node(id: $id) { __typename id ... on CancellationRequest { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CancellationsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type subject body recipient } } } }"): (typeof documents)["query CancellationsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type subject body recipient } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CancellationsChanged($s: ID) { cancellationRequestChanged(serviceId: $s) { change cancellationRequestId serviceId cancellationRequest { id status } } }"): (typeof documents)["subscription CancellationsChanged($s: ID) { cancellationRequestChanged(serviceId: $s) { change cancellationRequestId serviceId cancellationRequest { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogNodesNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): (typeof documents)["query CatalogNodesNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogNodesNode($id: ID!) { node(id: $id) { __typename id } }"): (typeof documents)["query CatalogNodesNode($id: ID!) { node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogNodesCatalog { catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }\n  addons { __typename id prices { __typename id } }\n  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }"): (typeof documents)["query CatalogNodesCatalog { catalog { __typename id group { __typename id } prices { __typename id } upgradeTargets { __typename id }\n  addons { __typename id prices { __typename id } }\n  configOptionGroups { __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation CatalogNodesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }"): (typeof documents)["mutation CatalogNodesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { __typename id prices { __typename id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }"): (typeof documents)["mutation CatalogNodesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }"): (typeof documents)["mutation CatalogNodesCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesCreateAddon($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }"): (typeof documents)["mutation CatalogNodesCreateAddon($i: AddonInput!) { createAddon(input: $i) { __typename id prices { __typename id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {\n  __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }"): (typeof documents)["mutation CatalogNodesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) {\n  __typename id options { __typename id unitPrices { __typename id } choices { __typename id prices { __typename id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogNodesSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { __typename id } }"): (typeof documents)["mutation CatalogNodesSetTld($i: TldPricingInput!) { setTldPricing(input: $i) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogNodesCatalogUpgrades { catalog { upgradeTargets { id } } }"): (typeof documents)["query CatalogNodesCatalogUpgrades { catalog { upgradeTargets { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogNodesProductUpgrades { products { name upgradeTargets { id } } }"): (typeof documents)["query CatalogNodesProductUpgrades { products { name upgradeTargets { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalogPrice on Price { currency cycle amount { amount currency } setupFee { amount currency } }"): (typeof documents)["fragment CatalogPrice on Price { currency cycle amount { amount currency } setupFee { amount currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatalogProductFields on Product { id name payType hidden retired stock stockControl autoTerminateDays group { id name } prices { ...CatalogPrice } upgradeTargets { id } }"): (typeof documents)["fragment CatalogProductFields on Product { id name payType hidden retired stock stockControl autoTerminateDays group { id name } prices { ...CatalogPrice } upgradeTargets { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation CatalogRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { ...CatalogProductFields } }"): (typeof documents)["mutation CatalogCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { ...CatalogProductFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ...CatalogProductFields } }"): (typeof documents)["mutation CatalogUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ...CatalogProductFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { id name hidden sortOrder } }"): (typeof documents)["mutation CatalogCreateGroup($i: ProductGroupInput!) { createProductGroup(input: $i) { id name hidden sortOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCreateAddon($i: AddonInput!) { createAddon(input: $i) { id name payType prices { ...CatalogPrice } products { id } } }"): (typeof documents)["mutation CatalogCreateAddon($i: AddonInput!) { createAddon(input: $i) { id name payType prices { ...CatalogPrice } products { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code type percent amount { amount currency } appliesTo cycles products { id } maxUses uses } }"): (typeof documents)["mutation CatalogCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code type percent amount { amount currency } appliesTo cycles products { id } maxUses uses } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogPromotions($f: PromotionFilter, $first: Int, $after: String) { promotions(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CatalogPromotions($f: PromotionFilter, $first: Int, $after: String) { promotions(filter: $f, first: $first, after: $after) {\n  totalCount edges { node { id code } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld currency years register { amount } transfer { amount } renew { amount } } }"): (typeof documents)["mutation CatalogSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld currency years register { amount } transfer { amount } renew { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogTldPrices { tldPrices(tld: \".com\") { years register { amount currency } } }"): (typeof documents)["query CatalogTldPrices { tldPrices(tld: \".com\") { years register { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatalogCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id name products { id }\n  options { name type minQuantity maxQuantity choices { name prices { ...CatalogPrice } } unitPrices { ...CatalogPrice } } } }"): (typeof documents)["mutation CatalogCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id name products { id }\n  options { name type minQuantity maxQuantity choices { name prices { ...CatalogPrice } } unitPrices { ...CatalogPrice } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogCatalog($c: Currency) { catalog(currency: $c) { id name group { name } prices(currency: $c) { ...CatalogPrice }\n  addons { name prices(currency: $c) { ...CatalogPrice } } configOptionGroups { name options { name choices { name prices(currency: $c) { cycle amount { amount } } } unitPrices(currency: $c) { cycle amount { amount } } } } } }"): (typeof documents)["query CatalogCatalog($c: Currency) { catalog(currency: $c) { id name group { name } prices(currency: $c) { ...CatalogPrice }\n  addons { name prices(currency: $c) { ...CatalogPrice } } configOptionGroups { name options { name choices { name prices(currency: $c) { cycle amount { amount } } } unitPrices(currency: $c) { cycle amount { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProductOptions { catalog { id productOptions } }"): (typeof documents)["query CatalogProductOptions { catalog { id productOptions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProductIds { products { id } }"): (typeof documents)["query CatalogProductIds { products { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogPromotionCount { promotions { totalCount } }"): (typeof documents)["query CatalogPromotionCount { promotions { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogStaffLists { products { id } productGroups { id } addons { id } }"): (typeof documents)["query CatalogStaffLists { products { id } productGroups { id } addons { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProductAddons($id: ID!) { product(id: $id) { addons { name } } }"): (typeof documents)["query CatalogProductAddons($id: ID!) { product(id: $id) { addons { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogProductsDeep { products { id group { name } prices { ...CatalogPrice } upgradeTargets { id } addons { name prices { ...CatalogPrice } }\n  configOptionGroups { name options { name choices { name prices { amount { amount } } } unitPrices { amount { amount } } } } } }"): (typeof documents)["query CatalogProductsDeep { products { id group { name } prices { ...CatalogPrice } upgradeTargets { id } addons { name prices { ...CatalogPrice } }\n  configOptionGroups { name options { name choices { name prices { amount { amount } } } unitPrices { amount { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsAdd($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id type percent amount { amount currency } cycle startsOn endsOn client { id } product { id } } }"): (typeof documents)["mutation ClientDiscountsAdd($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id type percent amount { amount currency } cycle startsOn endsOn client { id } product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsRemove($id: ID!) { removeClientDiscount(id: $id) }"): (typeof documents)["mutation ClientDiscountsRemove($id: ID!) { removeClientDiscount(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientDiscountsList($c: ID!) { clientDiscounts(clientId: $c) { id percent amount { amount } } }"): (typeof documents)["query ClientDiscountsList($c: ID!) { clientDiscounts(clientId: $c) { id percent amount { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientDiscountsPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) { discount { amount } total { amount } lines { itemPosition description amount { amount } } } }"): (typeof documents)["query ClientDiscountsPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) { discount { amount } total { amount } lines { itemPosition description amount { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsPlace($cart: CartInput!) { placeOrder(cart: $cart) { id items { firstPayment { amount } recurringAmount { amount } } invoices { total { amount } lines { description amount { amount } } } } }"): (typeof documents)["mutation ClientDiscountsPlace($cart: CartInput!) { placeOrder(cart: $cart) { id items { firstPayment { amount } recurringAmount { amount } } invoices { total { amount } lines { description amount { amount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation ClientDiscountsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"): (typeof documents)["mutation ClientDiscountsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientDiscountsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }"): (typeof documents)["mutation ClientDiscountsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientDiscountsDailyPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { client { id } total { amount } lines { service { id } description amount { amount } } } } }"): (typeof documents)["query ClientDiscountsDailyPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { client { id } total { amount } lines { service { id } description amount { amount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientGroupsGroup on ClientGroup { id name colour discountPercent separateInvoices createdAt }"): (typeof documents)["fragment ClientGroupsGroup on ClientGroup { id name colour discountPercent separateInvoices createdAt }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientGroupsProject on Project { id name brandName defaultCurrency supportEmail logoUrl createdAt }"): (typeof documents)["fragment ClientGroupsProject on Project { id name brandName defaultCurrency supportEmail logoUrl createdAt }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { ...ClientGroupsGroup } }"): (typeof documents)["mutation ClientGroupsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { ...ClientGroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { ...ClientGroupsGroup } }"): (typeof documents)["mutation ClientGroupsUpdateGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { ...ClientGroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }"): (typeof documents)["mutation ClientGroupsDeleteGroup($id: ID!) { deleteClientGroup(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientGroupsGroups { clientGroups { ...ClientGroupsGroup } }"): (typeof documents)["query ClientGroupsGroups { clientGroups { ...ClientGroupsGroup } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsCreateProject($i: ProjectInput!) { createProject(input: $i) { ...ClientGroupsProject } }"): (typeof documents)["mutation ClientGroupsCreateProject($i: ProjectInput!) { createProject(input: $i) { ...ClientGroupsProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { ...ClientGroupsProject } }"): (typeof documents)["mutation ClientGroupsUpdateProject($id: ID!, $i: ProjectInput!) { updateProject(id: $id, input: $i) { ...ClientGroupsProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsDeleteProject($id: ID!) { deleteProject(id: $id) }"): (typeof documents)["mutation ClientGroupsDeleteProject($id: ID!) { deleteProject(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientGroupsProjects { projects { ...ClientGroupsProject } }"): (typeof documents)["query ClientGroupsProjects { projects { ...ClientGroupsProject } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation ClientGroupsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency group { id } project { id } } }"): (typeof documents)["mutation ClientGroupsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency group { id } project { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation ClientGroupsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientGroupsGetClient($id: ID!) { client(id: $id) { id firstName group { id name } project { id name } } }"): (typeof documents)["query ClientGroupsGetClient($id: ID!) { client(id: $id) { id firstName group { id name } project { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientGroupsRenameGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { name colour discountPercent separateInvoices } }"): (typeof documents)["mutation ClientGroupsRenameGroup($id: ID!, $i: ClientGroupInput!) { updateClientGroup(id: $id, input: $i) { name colour discountPercent separateInvoices } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksCreateClient($i: CreateClientInput!) { createClient(input: $i) { id email attitude verifiedPhone loginName } }"): (typeof documents)["mutation ClientMarksCreateClient($i: CreateClientInput!) { createClient(input: $i) { id email attitude verifiedPhone loginName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id attitude verifiedPhone loginName } }"): (typeof documents)["mutation ClientMarksUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id attitude verifiedPhone loginName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation ClientMarksRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMarksClient($id: ID!) { client(id: $id) { id attitude verifiedPhone loginName } }"): (typeof documents)["query ClientMarksClient($id: ID!) { client(id: $id) { id attitude verifiedPhone loginName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMarksMyAttitude($id: ID!) { client(id: $id) { id attitude } }"): (typeof documents)["query ClientMarksMyAttitude($id: ID!) { client(id: $id) { id attitude } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMarksMyVerifiedPhone($id: ID!) { client(id: $id) { id verifiedPhone } }"): (typeof documents)["query ClientMarksMyVerifiedPhone($id: ID!) { client(id: $id) { id verifiedPhone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientMarksMyLoginName($id: ID!) { client(id: $id) { id loginName } }"): (typeof documents)["query ClientMarksMyLoginName($id: ID!) { client(id: $id) { id loginName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } } } }"): (typeof documents)["mutation ClientMarksLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation ClientMarksCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientMarksUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"): (typeof documents)["mutation ClientMarksUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientSafeErrorsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation ClientSafeErrorsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientSafeErrorsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status lastError errorCode } }"): (typeof documents)["mutation ClientSafeErrorsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status lastError errorCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientSafeErrorsJob($id: ID!) { moduleJob(id: $id) { id status lastError errorCode } }"): (typeof documents)["query ClientSafeErrorsJob($id: ID!) { moduleJob(id: $id) { id status lastError errorCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientSafeErrorsService($id: ID!) { service(id: $id) { id } }"): (typeof documents)["query ClientSafeErrorsService($id: ID!) { service(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientSafeErrorsClient($id: ID!) { client(id: $id) { id } }"): (typeof documents)["query ClientSafeErrorsClient($id: ID!) { client(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClientSafeErrorsChanged($id: ID) { serviceChanged(id: $id) { job { status error errorCode } } }"): (typeof documents)["subscription ClientSafeErrorsChanged($id: ID) { serviceChanged(id: $id) { job { status error errorCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"): (typeof documents)["mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientStatusClient($id: ID!) { client(id: $id) { status } }"): (typeof documents)["query ClientStatusClient($id: ID!) { client(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }"): (typeof documents)["mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }"): (typeof documents)["mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }"): (typeof documents)["mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"): (typeof documents)["mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }"): (typeof documents)["subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email permissions active } }"): (typeof documents)["mutation ClientUsersCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email permissions active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersUpdateUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id permissions active } }"): (typeof documents)["mutation ClientUsersUpdateUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id permissions active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersDeleteUser($id: ID!) { deleteClientUser(id: $id) }"): (typeof documents)["mutation ClientUsersDeleteUser($id: ID!) { deleteClientUser(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id subAccount { id email permissions } } }"): (typeof documents)["mutation ClientUsersCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id subAccount { id email permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id subAccount { id email permissions } } }"): (typeof documents)["mutation ClientUsersUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id subAccount { id email permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id type name taxId country } }"): (typeof documents)["mutation ClientUsersCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id type name taxId country } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersUpdatePayer($id: ID!, $i: UpdatePayerInput!) { updatePayer(id: $id, input: $i) { id name taxId } }"): (typeof documents)["mutation ClientUsersUpdatePayer($id: ID!, $i: UpdatePayerInput!) { updatePayer(id: $id, input: $i) { id name taxId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersDeletePayer($id: ID!) { deletePayer(id: $id) }"): (typeof documents)["mutation ClientUsersDeletePayer($id: ID!) { deletePayer(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } clientUser { id email } permissions } } }"): (typeof documents)["mutation ClientUsersLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token me { client { id } clientUser { id email } permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersCreditLog($c: ID!) { creditLog(clientId: $c) { totalCount } }"): (typeof documents)["query ClientUsersCreditLog($c: ID!) { creditLog(clientId: $c) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersContacts($id: ID!) { client(id: $id) { id contacts { id } } }"): (typeof documents)["query ClientUsersContacts($id: ID!) { client(id: $id) { id contacts { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersUsers($id: ID!) { client(id: $id) { users { id email } payers { id name } } }"): (typeof documents)["query ClientUsersUsers($id: ID!) { client(id: $id) { users { id email } payers { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query ClientUsersCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"): (typeof documents)["mutation ClientUsersUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation ClientUsersCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersServiceCount { services { totalCount } }"): (typeof documents)["query ClientUsersServiceCount { services { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersService($id: ID!) { service(id: $id) { id } }"): (typeof documents)["query ClientUsersService($id: ID!) { service(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersClientServices($id: ID!) { client(id: $id) { services { edges { node { id } } } } }"): (typeof documents)["query ClientUsersClientServices($id: ID!) { client(id: $id) { services { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersDomainCount { domains { totalCount } }"): (typeof documents)["query ClientUsersDomainCount { domains { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersDomain($id: ID!) { domain(id: $id) { id } }"): (typeof documents)["query ClientUsersDomain($id: ID!) { domain(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientUsersClientDomains($id: ID!) { client(id: $id) { domains { edges { node { id } } } } }"): (typeof documents)["query ClientUsersClientDomains($id: ID!) { client(id: $id) { domains { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientUsersRunReboot($s: ID!) { runModuleCommand(serviceId: $s, command: \"reboot\") { id } }"): (typeof documents)["mutation ClientUsersRunReboot($s: ID!) { runModuleCommand(serviceId: $s, command: \"reboot\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientsClientFields on Client {\n  id type firstName lastName companyName contactPerson email securityQuestion\n  address1 address2 city state postcode country phoneNumber\n  lateFeeExempt overdueNoticesDisabled taxExempt separateInvoices cardProcessingDisabled\n  marketingEmailsOptOut statusAutoUpdateDisabled singleSignOnAllowed defaultPaymentMethod\n  language status currency createdAt registrationIp updatedAt\n  group { id name } project { id name } billingContact { id }\n  creditBalance { amount currency } }"): (typeof documents)["fragment ClientsClientFields on Client {\n  id type firstName lastName companyName contactPerson email securityQuestion\n  address1 address2 city state postcode country phoneNumber\n  lateFeeExempt overdueNoticesDisabled taxExempt separateInvoices cardProcessingDisabled\n  marketingEmailsOptOut statusAutoUpdateDisabled singleSignOnAllowed defaultPaymentMethod\n  language status currency createdAt registrationIp updatedAt\n  group { id name } project { id name } billingContact { id }\n  creditBalance { amount currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsCreate($i: CreateClientInput!) { createClient(input: $i) { ...ClientsClientFields adminNotes } }"): (typeof documents)["mutation ClientsCreate($i: CreateClientInput!) { createClient(input: $i) { ...ClientsClientFields adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsRegister($i: RegisterClientInput!) { registerClient(input: $i) { ...ClientsClientFields } }"): (typeof documents)["mutation ClientsRegister($i: RegisterClientInput!) { registerClient(input: $i) { ...ClientsClientFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { ...ClientsClientFields adminNotes } }"): (typeof documents)["mutation ClientsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { ...ClientsClientFields adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { ...ClientsClientFields } }"): (typeof documents)["mutation ClientsUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { ...ClientsClientFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"): (typeof documents)["mutation ClientsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsGet($id: ID!) { client(id: $id) { ...ClientsClientFields } }"): (typeof documents)["query ClientsGet($id: ID!) { client(id: $id) { ...ClientsClientFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsGetStaff($id: ID!) { client(id: $id) { ...ClientsClientFields adminNotes } }"): (typeof documents)["query ClientsGetStaff($id: ID!) { client(id: $id) { ...ClientsClientFields adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsAdminNotes($id: ID!) { client(id: $id) { adminNotes } }"): (typeof documents)["query ClientsAdminNotes($id: ID!) { client(id: $id) { adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsList($f: ClientFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { id email firstName lastName companyName status } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }"): (typeof documents)["query ClientsList($f: ClientFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount\n    edges { cursor node { id email firstName lastName companyName status } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation ClientsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsMe { me { client { id status } } }"): (typeof documents)["query ClientsMe { me { client { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsRequiredFields { requiredClientFields }"): (typeof documents)["query ClientsRequiredFields { requiredClientFields }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsSettings { settings { defaultCurrency } }"): (typeof documents)["query ClientsSettings { settings { defaultCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields defaultCurrency } }"): (typeof documents)["mutation ClientsUpdateSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields defaultCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientsCurrencies { currencies { id code } }"): (typeof documents)["query ClientsCurrencies { currencies { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsMakeCurrencyDefault($id: ID!) { updateCurrency(id: $id, input: { isDefault: true }) { code isDefault } }"): (typeof documents)["mutation ClientsMakeCurrencyDefault($id: ID!) { updateCurrency(id: $id, input: { isDefault: true }) { code isDefault } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id name } }"): (typeof documents)["mutation ClientsCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientsCreateProject($i: ProjectInput!) { createProject(input: $i) { id name defaultCurrency } }"): (typeof documents)["mutation ClientsCreateProject($i: ProjectInput!) { createProject(input: $i) { id name defaultCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation CompositionCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation CompositionAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation CompositionCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation CompositionCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation CompositionAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"): (typeof documents)["mutation CompositionCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }"): (typeof documents)["mutation CompositionSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"): (typeof documents)["mutation CompositionPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompositionAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"): (typeof documents)["mutation CompositionAddDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }"): (typeof documents)["fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }"): (typeof documents)["mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }"): (typeof documents)["mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }"): (typeof documents)["mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }"): (typeof documents)["query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContactsContactById($id: ID!) { contact(id: $id) { id } }"): (typeof documents)["query ContactsContactById($id: ID!) { contact(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashRecoveryCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation CrashRecoveryCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashRecoveryClients($email: String!) { clients(filter: { email: $email }) { totalCount } }"): (typeof documents)["query CrashRecoveryClients($email: String!) { clients(filter: { email: $email }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }"): (typeof documents)["mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }"): (typeof documents)["fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }"): (typeof documents)["mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }"): (typeof documents)["mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }"): (typeof documents)["mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }"): (typeof documents)["query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrenciesTaxCurrency on BillingCurrency { id code prefix suffix decimals exchangeRate isDefault }"): (typeof documents)["fragment CurrenciesTaxCurrency on BillingCurrency { id code prefix suffix decimals exchangeRate isDefault }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrenciesTaxRule on TaxRule { id name level country state rate compound }"): (typeof documents)["fragment CurrenciesTaxRule on TaxRule { id name level country state rate compound }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CurrenciesTaxSettings on BillingSettings { taxMode taxRounding invoiceNumberFormat invoiceNumberReset }"): (typeof documents)["fragment CurrenciesTaxSettings on BillingSettings { taxMode taxRounding invoiceNumberFormat invoiceNumberReset }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrenciesTaxCurrencies { currencies { ...CurrenciesTaxCurrency } }"): (typeof documents)["query CurrenciesTaxCurrencies { currencies { ...CurrenciesTaxCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateCurrency($i: CreateCurrencyInput!) { createCurrency(input: $i) { ...CurrenciesTaxCurrency } }"): (typeof documents)["mutation CurrenciesTaxCreateCurrency($i: CreateCurrencyInput!) { createCurrency(input: $i) { ...CurrenciesTaxCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxUpdateCurrency($id: ID!, $i: UpdateCurrencyInput!) { updateCurrency(id: $id, input: $i) { ...CurrenciesTaxCurrency } }"): (typeof documents)["mutation CurrenciesTaxUpdateCurrency($id: ID!, $i: UpdateCurrencyInput!) { updateCurrency(id: $id, input: $i) { ...CurrenciesTaxCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxDeleteCurrency($id: ID!) { deleteCurrency(id: $id) }"): (typeof documents)["mutation CurrenciesTaxDeleteCurrency($id: ID!) { deleteCurrency(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrenciesTaxRules { taxRules { ...CurrenciesTaxRule } }"): (typeof documents)["query CurrenciesTaxRules { taxRules { ...CurrenciesTaxRule } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateRule($i: TaxRuleInput!) { createTaxRule(input: $i) { ...CurrenciesTaxRule } }"): (typeof documents)["mutation CurrenciesTaxCreateRule($i: TaxRuleInput!) { createTaxRule(input: $i) { ...CurrenciesTaxRule } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { ...CurrenciesTaxRule } }"): (typeof documents)["mutation CurrenciesTaxUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { ...CurrenciesTaxRule } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxDeleteRule($id: ID!) { deleteTaxRule(id: $id) }"): (typeof documents)["mutation CurrenciesTaxDeleteRule($id: ID!) { deleteTaxRule(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrenciesTaxSettings { billingSettings { ...CurrenciesTaxSettings } }"): (typeof documents)["query CurrenciesTaxSettings { billingSettings { ...CurrenciesTaxSettings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxUpdateSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { ...CurrenciesTaxSettings } }"): (typeof documents)["mutation CurrenciesTaxUpdateSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { ...CurrenciesTaxSettings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrenciesTaxDefaultCurrency { settings { defaultCurrency } }"): (typeof documents)["query CurrenciesTaxDefaultCurrency { settings { defaultCurrency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CurrenciesTaxPreview($i: PreviewTaxInput!) { previewTax(input: $i) {\n  currency mode rounding level1Rule { name } level2Rule { name }\n  lines { net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  subtotal { amount currency } tax1 { amount } tax2 { amount } total { amount } } }"): (typeof documents)["query CurrenciesTaxPreview($i: PreviewTaxInput!) { previewTax(input: $i) {\n  currency mode rounding level1Rule { name } level2Rule { name }\n  lines { net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  subtotal { amount currency } tax1 { amount } tax2 { amount } total { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation CurrenciesTaxCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation CurrenciesTaxRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id currency city } }"): (typeof documents)["mutation CurrenciesTaxUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id currency city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation CurrenciesTaxCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }"): (typeof documents)["mutation CurrenciesTaxCreateProject($i: ProjectInput!) { createProject(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CurrenciesTaxCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount currency } creditApplied { amount } balanceDue { amount } } }"): (typeof documents)["mutation CurrenciesTaxCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount currency } creditApplied { amount } balanceDue { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }"): (typeof documents)["mutation DailyRunDomainsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count errorCount } errors { step subjectType message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunDomainsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } domain { id } description amount { amount } } }\n  domainRenewals { id name } domainSyncs { id name } errors { step message } } }"): (typeof documents)["query DailyRunDomainsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } domain { id } description amount { amount } } }\n  domainRenewals { id name } domainSyncs { id name } errors { step message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunDomainsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 20, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { id status dueDate total { amount }\n  lines { type description domain { id } amount { amount } } } } } }"): (typeof documents)["query DailyRunDomainsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 20, orderBy: { field: ISSUE_DATE, direction: ASC }) { edges { node { id status dueDate total { amount }\n  lines { type description domain { id } amount { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation DailyRunDomainsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }"): (typeof documents)["mutation DailyRunDomainsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"): (typeof documents)["mutation DailyRunDomainsTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation DailyRunDomainsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunDomainsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query DailyRunDomainsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunDomainsSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }"): (typeof documents)["mutation DailyRunDomainsSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunDomainsDomains { domains { edges { node { id name status expiryDate } } } }"): (typeof documents)["query DailyRunDomainsDomains { domains { edges { node { id name status expiryDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunLocksRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } steps { name count } } }"): (typeof documents)["mutation DailyRunLocksRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } steps { name count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunLocksCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"): (typeof documents)["mutation DailyRunLocksCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunLocksRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }"): (typeof documents)["mutation DailyRunLocksRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunLocksWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { status } }"): (typeof documents)["mutation DailyRunLocksWithdraw($id: ID!) { withdrawCancellationRequest(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunLocksService($id: ID!) { service(id: $id) { status cancellationRequest { id } } }"): (typeof documents)["query DailyRunLocksService($id: ID!) { service(id: $id) { status cancellationRequest { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation DailyRunRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation DailyRunAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunService($id: ID!) { service(id: $id) { id status nextDueDate suspensionReason } }"): (typeof documents)["query DailyRunService($id: ID!) { service(id: $id) { id status nextDueDate suspensionReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }"): (typeof documents)["query DailyRunClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id number status issueDate dueDate total { amount currency } creditApplied { amount } balanceDue { amount } lines { description amount { amount } } } } } }"): (typeof documents)["query DailyRunInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id number status issueDate dueDate total { amount currency } creditApplied { amount } balanceDue { amount } lines { description amount { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation DailyRunPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunRun($d: LocalDate) { runDailyRun(date: $d) { id runDate status trigger steps { name status count errorCount } errors { step subjectType subjectId message } } }"): (typeof documents)["mutation DailyRunRun($d: LocalDate) { runDailyRun(date: $d) { id runDate status trigger steps { name status count errorCount } errors { step subjectType subjectId message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunRuns($d: LocalDate, $l: Int) { dailyRuns(date: $d, limit: $l) { id runDate status steps { name count } } }"): (typeof documents)["query DailyRunRuns($d: LocalDate, $l: Int) { dailyRuns(date: $d, limit: $l) { id runDate status steps { name count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunSchedule { dailyRunSchedule { enabled time timeZone today lastRun { runDate } warning { kind date message } } }"): (typeof documents)["query DailyRunSchedule { dailyRunSchedule { enabled time timeZone today lastRun { runDate } warning { kind date message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) {\n  date invoices { client { id } dueDate subtotal { amount } total { amount currency } lines { service { id } description amount { amount } } }\n  creditApplied { client { id } amount { amount } } reminders { invoice { id } kind } lateFees { invoice { id } amount { amount } }\n  suspensions { id } terminations { id } clientStatuses { client { id } status } errors { message } } }"): (typeof documents)["query DailyRunPreview($d: LocalDate!) { dailyRunPreview(date: $d) {\n  date invoices { client { id } dueDate subtotal { amount } total { amount currency } lines { service { id } description amount { amount } } }\n  creditApplied { client { id } amount { amount } } reminders { invoice { id } kind } lateFees { invoice { id } amount { amount } }\n  suspensions { id } terminations { id } clientStatuses { client { id } status } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyRunEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject } } } }"): (typeof documents)["query DailyRunEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DailyRunOverride($s: ID!, $u: LocalDate, $n: Boolean) { setAutoSuspensionOverride(serviceId: $s, until: $u, never: $n) { service { id } until never } }"): (typeof documents)["mutation DailyRunOverride($s: ID!, $u: LocalDate, $n: Boolean) { setAutoSuspensionOverride(serviceId: $s, until: $u, never: $n) { service { id } until never } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }"): (typeof documents)["query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"): (typeof documents)["mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }"): (typeof documents)["query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation MxDurableCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation MxDurableCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation MxDurableCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"): (typeof documents)["mutation MxDurableCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateZone($d: ID!) { createDnsZone(domainId: $d) { status } }"): (typeof documents)["mutation MxDurableCreateZone($d: ID!) { createDnsZone(domainId: $d) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation MxDurableCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MxDurableRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation MxDurableRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MxDurableJob($id: ID!) { moduleJob(id: $id) { status } }"): (typeof documents)["query MxDurableJob($id: ID!) { moduleJob(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MxDurableZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }"): (typeof documents)["query MxDurableZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation DnsZonesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesCreateZone($d: ID!) { createDnsZone(domainId: $d) { name status lastError } }"): (typeof documents)["mutation DnsZonesCreateZone($d: ID!) { createDnsZone(domainId: $d) { name status lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesDeleteZone($d: ID!) { deleteDnsZone(domainId: $d) { id dnsZone { name } } }"): (typeof documents)["mutation DnsZonesDeleteZone($d: ID!) { deleteDnsZone(domainId: $d) { id dnsZone { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DnsZonesDomainZone($id: ID!) { domain(id: $id) { dnsZone { name status lastError } } }"): (typeof documents)["query DnsZonesDomainZone($id: ID!) { domain(id: $id) { dnsZone { name status lastError } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DnsZonesRecords($d: ID!) { dnsRecords(domainId: $d) { name type ttl records } }"): (typeof documents)["query DnsZonesRecords($d: ID!) { dnsRecords(domainId: $d) { name type ttl records } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesChangeRecords($d: ID!, $c: [DnsRecordSetInput!]!) { changeDnsRecords(domainId: $d, changes: $c) { name type ttl records } }"): (typeof documents)["mutation DnsZonesChangeRecords($d: ID!, $c: [DnsRecordSetInput!]!) { changeDnsRecords(domainId: $d, changes: $c) { name type ttl records } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation DnsZonesRun($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DnsZonesRetry($id: ID!) { retryModuleJob(id: $id) { id } }"): (typeof documents)["mutation DnsZonesRetry($id: ID!) { retryModuleJob(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DnsZonesService($id: ID!) { service(id: $id) { status lastModuleError } }"): (typeof documents)["query DnsZonesService($id: ID!) { service(id: $id) { status lastModuleError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation DomainCommandsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"): (typeof documents)["mutation DomainCommandsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"): (typeof documents)["mutation DomainCommandsUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsDeleteDomain($id: ID!) { deleteDomain(id: $id) }"): (typeof documents)["mutation DomainCommandsDeleteDomain($id: ID!) { deleteDomain(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsRun($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id status command domain { id } service { id } } }"): (typeof documents)["mutation DomainCommandsRun($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id status command domain { id } service { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsJob($id: ID!) { moduleJob(id: $id) { id status attempts output lastError errorCode } }"): (typeof documents)["query DomainCommandsJob($id: ID!) { moduleJob(id: $id) { id status attempts output lastError errorCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id } }"): (typeof documents)["mutation DomainCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsDomain($id: ID!) { domain(id: $id) { status expiryDate registrationDate nameservers eppCodeSet eppCode transferLocked dnsZone { status } } }"): (typeof documents)["query DomainCommandsDomain($id: ID!) { domain(id: $id) { status expiryDate registrationDate nameservers eppCodeSet eppCode transferLocked dnsZone { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }"): (typeof documents)["query DomainCommandsZone($id: ID!) { domain(id: $id) { dnsZone { status lastError } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsServerOf($id: ID!) { domain(id: $id) { server { id } } }"): (typeof documents)["query DomainCommandsServerOf($id: ID!) { domain(id: $id) { server { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation DomainCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsDomainStaff($id: ID!) { domain(id: $id) { status lastModuleError } }"): (typeof documents)["query DomainCommandsDomainStaff($id: ID!) { domain(id: $id) { status lastModuleError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsLog($d: ID!) { domainModuleLog(domainId: $d) { command success attempt request response error lines } }"): (typeof documents)["query DomainCommandsLog($d: ID!) { domainModuleLog(domainId: $d) { command success attempt request response error lines } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type language subject } } } }"): (typeof documents)["query DomainCommandsEmails($c: ID!) { clientEmails(clientId: $c, first: 20) { edges { node { type language subject } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsQueue($d: ID) { moduleQueue(filter: { domainId: $d, status: [QUEUED, RUNNING, RETRYING, FAILED, SUCCEEDED] }) { edges { node { id command status } } } }"): (typeof documents)["query DomainCommandsQueue($d: ID) { moduleQueue(filter: { domainId: $d, status: [QUEUED, RUNNING, RETRYING, FAILED, SUCCEEDED] }) { edges { node { id command status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsPoll($s: ID!) { pollRegistry(serverId: $s) }"): (typeof documents)["mutation DomainCommandsPoll($s: ID!) { pollRegistry(serverId: $s) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }"): (typeof documents)["mutation DomainCommandsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }"): (typeof documents)["mutation DomainCommandsAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name registrar status expiryDate } } } }"): (typeof documents)["query DomainCommandsDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name registrar status expiryDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsSetTldRule($i: TldRuleInput!) { setTldRule(input: $i) { tld registrar eppCodeRequired requiredContactFields } }"): (typeof documents)["mutation DomainCommandsSetTldRule($i: TldRuleInput!) { setTldRule(input: $i) { tld registrar eppCodeRequired requiredContactFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsSetTldRuleServer($i: TldRuleInput!) { setTldRule(input: $i) { tld server { id } } }"): (typeof documents)["mutation DomainCommandsSetTldRuleServer($i: TldRuleInput!) { setTldRule(input: $i) { tld server { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainCommandsSetTldRuleZoneFirst($i: TldRuleInput!) { setTldRule(input: $i) { tld zoneBeforeRegistration } }"): (typeof documents)["mutation DomainCommandsSetTldRuleZoneFirst($i: TldRuleInput!) { setTldRule(input: $i) { tld zoneBeforeRegistration } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainCommandsActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId details } } } }"): (typeof documents)["query DomainCommandsActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DomainCommandsChanged($id: ID) { domainChanged(id: $id) { change domain { status } job { command status attempts error } } }"): (typeof documents)["subscription DomainCommandsChanged($id: ID) { domainChanged(id: $id) { change domain { status } job { command status attempts error } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }"): (typeof documents)["mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }"): (typeof documents)["mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }"): (typeof documents)["query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }"): (typeof documents)["query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }"): (typeof documents)["mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }"): (typeof documents)["query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }"): (typeof documents)["mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }"): (typeof documents)["query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DomainsFields on Domain { id name status registrar expiryDate registrationDate autoRenew nameservers eppCodeSet client { id } }"): (typeof documents)["fragment DomainsFields on Domain { id name status registrar expiryDate registrationDate autoRenew nameservers eppCodeSet client { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainsCreate($i: CreateDomainInput!) { createDomain(input: $i) { ...DomainsFields } }"): (typeof documents)["mutation DomainsCreate($i: CreateDomainInput!) { createDomain(input: $i) { ...DomainsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainsUpdate($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { ...DomainsFields } }"): (typeof documents)["mutation DomainsUpdate($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { ...DomainsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainsMove($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { id client { id } } }"): (typeof documents)["mutation DomainsMove($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { id client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainsDelete($id: ID!) { deleteDomain(id: $id) }"): (typeof documents)["mutation DomainsDelete($id: ID!) { deleteDomain(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainsGet($id: ID!) { domain(id: $id) { ...DomainsFields } }"): (typeof documents)["query DomainsGet($id: ID!) { domain(id: $id) { ...DomainsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainsList($f: DomainFilter) { domains(filter: $f, first: 50) { totalCount edges { node { id name client { id } } } } }"): (typeof documents)["query DomainsList($f: DomainFilter) { domains(filter: $f, first: 50) { totalCount edges { node { id name client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DomainsOfClient($id: ID!) { client(id: $id) { domains(first: 100) { edges { node { id } } } } }"): (typeof documents)["query DomainsOfClient($id: ID!) { client(id: $id) { domains(first: 100) { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DomainsChanged($id: ID) { domainChanged(id: $id) { change domainId clientId domain { id name status client { id } } } }"): (typeof documents)["subscription DomainsChanged($id: ID) { domainChanged(id: $id) { change domainId clientId domain { id name status client { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }"): (typeof documents)["mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DowngradeCreditReadSettings { settings { creditOnDowngrade } }"): (typeof documents)["query DowngradeCreditReadSettings { settings { creditOnDowngrade } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }"): (typeof documents)["query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }"): (typeof documents)["mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }"): (typeof documents)["query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DowngradeCreditActivate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }"): (typeof documents)["mutation DowngradeCreditActivate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AcrossProcessesServiceChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { command status } } }"): (typeof documents)["subscription AcrossProcessesServiceChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { command status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AcrossProcessesClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }"): (typeof documents)["subscription AcrossProcessesClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesLogin { login(email: \"ops@example.com\", password: \"ops-password-1234\", realm: STAFF) { token } }"): (typeof documents)["mutation AcrossProcessesLogin { login(email: \"ops@example.com\", password: \"ops-password-1234\", realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation AcrossProcessesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation AcrossProcessesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation AcrossProcessesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation AcrossProcessesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossProcessesClientStatus($id: ID!) { client(id: $id) { status } }"): (typeof documents)["query AcrossProcessesClientStatus($id: ID!) { client(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"): (typeof documents)["mutation AcrossProcessesCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcrossProcessesServiceStatus($id: ID!) { service(id: $id) { status } }"): (typeof documents)["query AcrossProcessesServiceStatus($id: ID!) { service(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcrossProcessesSuspend($s: ID!) { runModuleCommand(serviceId: $s, command: \"suspend\") { id } }"): (typeof documents)["mutation AcrossProcessesSuspend($s: ID!) { runModuleCommand(serviceId: $s, command: \"suspend\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { id } }"): (typeof documents)["mutation FormErrorsSetTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation FormErrorsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsConfigureGateway($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }"): (typeof documents)["mutation FormErrorsConfigureGateway($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { id } }"): (typeof documents)["mutation FormErrorsPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsRemoveCredit($i: CreditChangeInput!) { removeCredit(input: $i) { id } }"): (typeof documents)["mutation FormErrorsRemoveCredit($i: CreditChangeInput!) { removeCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"): (typeof documents)["mutation FormErrorsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormErrorsCountInvoices($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }"): (typeof documents)["query FormErrorsCountInvoices($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }"): (typeof documents)["mutation FormErrorsSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { requiredClientFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation FormErrorsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"): (typeof documents)["mutation FormErrorsCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FormErrorsClients { clients(first: 1) { totalCount } }"): (typeof documents)["query FormErrorsClients { clients(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation FormErrorsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FormErrorsCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"): (typeof documents)["mutation FormErrorsCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }"): (typeof documents)["mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }"): (typeof documents)["query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LatePayDeleteClient($id: ID!) { deleteClients(ids: [$id], confirm: true) }"): (typeof documents)["mutation LatePayDeleteClient($id: ID!) { deleteClients(ids: [$id], confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }"): (typeof documents)["query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsNode($id: ID!) { node(id: $id) { __typename id } }"): (typeof documents)["query GlobalIdsNode($id: ID!) { node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsAddInvoicePayment($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsAddInvoicePayment($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): (typeof documents)["query GlobalIdsNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateClientGroup { createClientGroup(input: { name: \"Resellers\" }) { id } createProject(input: { name: \"Brand\" }) { id } }"): (typeof documents)["mutation GlobalIdsCreateClientGroup { createClientGroup(input: { name: \"Resellers\" }) { id } createProject(input: { name: \"Brand\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateContact($c: ID!) { createContact(clientId: $c, input: { firstName: \"Con\", lastName: \"Tact\", email: \"contact@example.com\" }) { id } }"): (typeof documents)["mutation GlobalIdsCreateContact($c: ID!) { createContact(clientId: $c, input: { firstName: \"Con\", lastName: \"Tact\", email: \"contact@example.com\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateClientUser($c: ID!) { createClientUser(clientId: $c, input: { email: \"user-gid@example.com\", firstName: \"Us\", lastName: \"Er\", password: \"user-password-123\", permissions: [SUPPORT] }) { id } }"): (typeof documents)["mutation GlobalIdsCreateClientUser($c: ID!) { createClientUser(clientId: $c, input: { email: \"user-gid@example.com\", firstName: \"Us\", lastName: \"Er\", password: \"user-password-123\", permissions: [SUPPORT] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreatePayer($c: ID!) { createPayer(clientId: $c, input: { type: INDIVIDUAL, name: \"Payer\" }) { id } }"): (typeof documents)["mutation GlobalIdsCreatePayer($c: ID!) { createPayer(clientId: $c, input: { type: INDIVIDUAL, name: \"Payer\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateProductGroup { createProductGroup(input: { name: \"Hosting\" }) { id } }"): (typeof documents)["mutation GlobalIdsCreateProductGroup { createProductGroup(input: { name: \"Hosting\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateConfigOptionGroup($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateConfigOptionGroup($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsSetTldPricing { setTldPricing(input: { tld: \"com\", currency: \"EUR\", prices: [{ years: 1, register: \"9.99\", renew: \"9.99\" }] }) { tld } }"): (typeof documents)["mutation GlobalIdsSetTldPricing { setTldPricing(input: { tld: \"com\", currency: \"EUR\", prices: [{ years: 1, register: \"9.99\", renew: \"9.99\" }] }) { tld } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsAddClientDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsAddClientDiscount($i: ClientDiscountInput!) { addClientDiscount(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateTaxRule { createTaxRule(input: { name: \"VAT\", level: 1, country: \"NL\", rate: \"21\" }) { id } createServerGroup(input: { name: \"Pool\" }) { id } }"): (typeof documents)["mutation GlobalIdsCreateTaxRule { createTaxRule(input: { name: \"VAT\", level: 1, country: \"NL\", rate: \"21\" }) { id } createServerGroup(input: { name: \"Pool\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateInvoice2($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsCreateInvoice2($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsPublishInvoice($id: ID!) { publishInvoice(id: $id) { id } }"): (typeof documents)["mutation GlobalIdsPublishInvoice($id: ID!) { publishInvoice(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsSendClientMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }"): (typeof documents)["mutation GlobalIdsSendClientMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsRunDailyRun { runDailyRun { id } }"): (typeof documents)["mutation GlobalIdsRunDailyRun { runDailyRun { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsRequestCancellation($s: ID!) { requestCancellation(input: { serviceId: $s, type: IMMEDIATE, reason: \"Global ids\" }) { id } }"): (typeof documents)["mutation GlobalIdsRequestCancellation($s: ID!) { requestCancellation(input: { serviceId: $s, type: IMMEDIATE, reason: \"Global ids\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsSchema { __schema { types { name kind interfaces { name } fields { name } } } }"): (typeof documents)["query GlobalIdsSchema { __schema { types { name kind interfaces { name } fields { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInvoice($id: ID!) { invoice(id: $id) { id client { id } lines { id service { id } } transactions { id staff { id } } } }"): (typeof documents)["query GlobalIdsInvoice($id: ID!) { invoice(id: $id) { id client { id } lines { id service { id } } transactions { id staff { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsMe { me { staff { id } } }"): (typeof documents)["query GlobalIdsMe { me { staff { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsMe2($c: ID!, $i: ID!, $s: ID!) { me { client { id } } client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }"): (typeof documents)["query GlobalIdsMe2($c: ID!, $i: ID!, $s: ID!) { me { client { id } } client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsMe3 { me { client { id } } }"): (typeof documents)["query GlobalIdsMe3 { me { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsInvoice2($a: ID!, $b: ID!) { a: invoice(id: $a) { id } b: invoice(id: $b) { id } }"): (typeof documents)["query GlobalIdsInvoice2($a: ID!, $b: ID!) { a: invoice(id: $a) { id } b: invoice(id: $b) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id } }"): (typeof documents)["mutation GlobalIdsCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateInvoice($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: \"x\", amount: \"1.00\" }] }) { id } }"): (typeof documents)["mutation GlobalIdsCreateInvoice($c: ID!) { createInvoice(input: { clientId: $c, lines: [{ description: \"x\", amount: \"1.00\" }] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsClient($id: ID!) { client(id: $id) { id } }"): (typeof documents)["query GlobalIdsClient($id: ID!) { client(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsClient2($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }"): (typeof documents)["query GlobalIdsClient2($c: ID!, $i: ID!, $s: ID!) { client(id: $c) { id } invoice(id: $i) { id } service(id: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GlobalIdsCreateClientUser2($c: ID!, $e: EmailAddress!) { createClientUser(clientId: $c, input: { email: $e, firstName: \"Li\", lastName: \"Mited\", password: \"user-password-123\", permissions: [PROFILE, SUPPORT] }) { id } }"): (typeof documents)["mutation GlobalIdsCreateClientUser2($c: ID!, $e: EmailAddress!) { createClientUser(clientId: $c, input: { email: $e, firstName: \"Li\", lastName: \"Mited\", password: \"user-password-123\", permissions: [PROFILE, SUPPORT] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsClient3($id: ID!) { client(id: $id) { firstName invoices { totalCount } } me { client { id } } }"): (typeof documents)["query GlobalIdsClient3($id: ID!) { client(id: $id) { firstName invoices { totalCount } } me { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsClient4($id: ID!) { client(id: $id) { id firstName } }"): (typeof documents)["query GlobalIdsClient4($id: ID!) { client(id: $id) { id firstName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsTransactions { transactions(first: 10) { edges { node { id staff { id email } refundOf { id } invoice { id } client { id } } } } }"): (typeof documents)["query GlobalIdsTransactions { transactions(first: 10) { edges { node { id staff { id email } refundOf { id } invoice { id } client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsClient5($id: ID!) { client(id: $id) { creditLog(first: 5) { edges { node { staff { id } invoice { id } } } } } }"): (typeof documents)["query GlobalIdsClient5($id: ID!) { client(id: $id) { creditLog(first: 5) { edges { node { staff { id } invoice { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalIdsActivityLog($c: ID!) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { targetType targetId staff { id } client { id } } } } }"): (typeof documents)["query GlobalIdsActivityLog($c: ID!) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { targetType targetId staff { id } client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsIntrospection { __schema { queryType { name } } }"): (typeof documents)["query GuardRailsIntrospection { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsAtDepthLimit { clients { edges { node { id } } } }"): (typeof documents)["query GuardRailsAtDepthLimit { clients { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsTooDeep { clients { edges { node { group { name } } } } }"): (typeof documents)["query GuardRailsTooDeep { clients { edges { node { group { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsTooDeepInFragments { clients { ...GuardRailsPage } }\n  fragment GuardRailsPage on ClientConnection { edges { ...GuardRailsEdge } }\n  fragment GuardRailsEdge on ClientEdge { node { group { name } } }"): (typeof documents)["query GuardRailsTooDeepInFragments { clients { ...GuardRailsPage } }\n  fragment GuardRailsPage on ClientConnection { edges { ...GuardRailsEdge } }\n  fragment GuardRailsEdge on ClientEdge { node { group { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsTooDeepInline { clients { ... on ClientConnection { edges { node { ... { group { name } } } } } } }"): (typeof documents)["query GuardRailsTooDeepInline { clients { ... on ClientConnection { edges { node { ... { group { name } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsShallowInFragment { clients { ...GuardRailsShallowPage } } fragment GuardRailsShallowPage on ClientConnection { edges { node { id } } }"): (typeof documents)["query GuardRailsShallowInFragment { clients { ...GuardRailsShallowPage } } fragment GuardRailsShallowPage on ClientConnection { edges { node { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientsFirst1 { clients(first: 1) { edges { node { id firstName lastName email city } } } }"): (typeof documents)["query GuardRailsClientsFirst1 { clients(first: 1) { edges { node { id firstName lastName email city } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientsFirst100 { clients(first: 100) { edges { node { id firstName lastName email city } } } }"): (typeof documents)["query GuardRailsClientsFirst100 { clients(first: 100) { edges { node { id firstName lastName email city } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientsFirstN($n: Int) { clients(first: $n) { edges { node { id firstName lastName email city } } } }"): (typeof documents)["query GuardRailsClientsFirstN($n: Int) { clients(first: $n) { edges { node { id firstName lastName email city } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientsDefaultPage { clients { edges { node { id firstName lastName email city } } } }"): (typeof documents)["query GuardRailsClientsDefaultPage { clients { edges { node { id firstName lastName email city } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientsWider { clients { edges { node { id firstName lastName email city state country phoneNumber } } } }"): (typeof documents)["query GuardRailsClientsWider { clients { edges { node { id firstName lastName email city state country phoneNumber } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientIds { clients { totalCount edges { node { id } } } }"): (typeof documents)["query GuardRailsClientIds { clients { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientCount { clients { totalCount } }"): (typeof documents)["query GuardRailsClientCount { clients { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuardRailsClientContacts { clients { totalCount edges { node { id contacts { id } } } } }"): (typeof documents)["query GuardRailsClientContacts { clients { totalCount edges { node { id contacts { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuardRailsCreateClient { createClient(input: { firstName: \"Ok\", lastName: \"Client\", email: \"ok-client@example.com\" }) { id } }"): (typeof documents)["mutation GuardRailsCreateClient { createClient(input: { firstName: \"Ok\", lastName: \"Client\", email: \"ok-client@example.com\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }"): (typeof documents)["mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }"): (typeof documents)["mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }"): (typeof documents)["query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"): (typeof documents)["mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImpersonationClient($id: ID!) { client(id: $id) { id } }"): (typeof documents)["query ImpersonationClient($id: ID!) { client(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImpersonationAdminNotes($id: ID!) { client(id: $id) { adminNotes } }"): (typeof documents)["query ImpersonationAdminNotes($id: ID!) { client(id: $id) { adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImpersonationClientCount { clients { totalCount } }"): (typeof documents)["query ImpersonationClientCount { clients { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationLogout { logout }"): (typeof documents)["mutation ImpersonationLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"): (typeof documents)["mutation ImpersonationCloseClient($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation InvoiceEarlyCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation InvoiceEarlyAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyAccept($id: ID!) { acceptOrder(id: $id) { id items { service { id } } } }"): (typeof documents)["mutation InvoiceEarlyAccept($id: ID!) { acceptOrder(id: $id) { id items { service { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceEarlyService($id: ID!) { service(id: $id) { id status nextDueDate addons { id nextDueDate } } }"): (typeof documents)["query InvoiceEarlyService($id: ID!) { service(id: $id) { id status nextDueDate addons { id nextDueDate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyCreateService($i: CreateServiceInput!) { createService(input: $i) { id status } }"): (typeof documents)["mutation InvoiceEarlyCreateService($i: CreateServiceInput!) { createService(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"): (typeof documents)["mutation InvoiceEarlyCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlySchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"): (typeof documents)["mutation InvoiceEarlySchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"): (typeof documents)["mutation InvoiceEarlyTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) {\n  id status issueDate dueDate paymentMethod total { amount currency }\n  lines { type description amount { amount } service { id } domain { id }\n    computation { source explanation price { amount } cycle periodStart periodEnd } } } }"): (typeof documents)["mutation InvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) {\n  id status issueDate dueDate paymentMethod total { amount currency }\n  lines { type description amount { amount } service { id } domain { id }\n    computation { source explanation price { amount } cycle periodStart periodEnd } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceEarlyInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } lines { description } } } } }"): (typeof documents)["query InvoiceEarlyInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } lines { description } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceEarlyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { subjectType subjectId message } } }"): (typeof documents)["mutation InvoiceEarlyRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { subjectType subjectId message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicePdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }"): (typeof documents)["mutation InvoicePdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicePdfCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }"): (typeof documents)["mutation InvoicePdfCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicePdfCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number total { amount } } }"): (typeof documents)["mutation InvoicePdfCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number total { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription InvoiceStatusChanged { invoiceChanged { invoiceId change } }"): (typeof documents)["subscription InvoiceStatusChanged { invoiceChanged { invoiceId change } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceStatusList($f: InvoiceFilter) { invoices(filter: $f) { totalCount edges { node { id status overdue } } } }"): (typeof documents)["query InvoiceStatusList($f: InvoiceFilter) { invoices(filter: $f) { totalCount edges { node { id status overdue } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation InvoicesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation InvoicesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoicesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"): (typeof documents)["mutation InvoicesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesMine { invoices { totalCount edges { node { id } } } }"): (typeof documents)["query InvoicesMine { invoices { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesCount($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }"): (typeof documents)["query InvoicesCount($c: ID) { invoices(filter: { clientId: $c }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoicesList($f: InvoiceFilter, $first: Int, $after: String) { invoices(filter: $f, first: $first, after: $after) { totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query InvoicesList($f: InvoiceFilter, $first: Int, $after: String) { invoices(filter: $f, first: $first, after: $after) { totalCount edges { node { id overdue } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"): (typeof documents)["mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }"): (typeof documents)["mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerSplitService($id: ID!) { service(id: $id) { status } }"): (typeof documents)["query WorkerSplitService($id: ID!) { service(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation LiveSessionsRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation LiveSessionsUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsCreateClientUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }"): (typeof documents)["mutation LiveSessionsCreateClientUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }"): (typeof documents)["mutation LiveSessionsUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation LiveSessionsLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }"): (typeof documents)["mutation LiveSessionsLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveSessionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change } }"): (typeof documents)["subscription LiveSessionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveSessionsServiceChanged { serviceChanged { serviceId job { command status } } }"): (typeof documents)["subscription LiveSessionsServiceChanged { serviceChanged { serviceId job { command status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsLogout { logout }"): (typeof documents)["mutation LiveSessionsLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveSessionsTypename { __typename }"): (typeof documents)["query LiveSessionsTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsRunModuleCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation LiveSessionsRunModuleCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsEndImpersonation { endImpersonation { sessionId } }"): (typeof documents)["mutation LiveSessionsEndImpersonation { endImpersonation { sessionId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsSetClientStatus($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"): (typeof documents)["mutation LiveSessionsSetClientStatus($id: ID!) { setClientStatus(id: $id, status: CLOSED) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation LiveSessionsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation LiveSessionsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSessionsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation LiveSessionsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveSessionsClientChanged2($id: ID) { clientChanged(id: $id) { clientId client { adminNotes } } }"): (typeof documents)["subscription LiveSessionsClientChanged2($id: ID) { clientChanged(id: $id) { clientId client { adminNotes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginThrottlingLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }"): (typeof documents)["mutation LoginThrottlingLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginThrottlingRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation LoginThrottlingRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginThrottlingChangePassword($c: String!) { updateMyProfile(input: { newPassword: \"taken-over-password\", currentPassword: $c }) { id } }"): (typeof documents)["mutation LoginThrottlingChangePassword($c: String!) { updateMyProfile(input: { newPassword: \"taken-over-password\", currentPassword: $c }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsAndMetricsClients { clients(first: 1) { totalCount } }"): (typeof documents)["query LogsAndMetricsClients { clients(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation LogsAndMetricsLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsSecretLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation LogsAndMetricsSecretLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsAndMetricsSecretToken { clients(first: 1) { totalCount } }"): (typeof documents)["query LogsAndMetricsSecretToken { clients(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsAndMetricsSecretOwnToken { clients(first: 1) { totalCount } }"): (typeof documents)["query LogsAndMetricsSecretOwnToken { clients(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsAndMetricsProbe { clients(first: 1) { totalCount } }"): (typeof documents)["query LogsAndMetricsProbe { clients(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LogsAndMetricsWatchClients { clientChanged { clientId } }"): (typeof documents)["subscription LogsAndMetricsWatchClients { clientChanged { clientId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation LogsAndMetricsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation LogsAndMetricsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation LogsAndMetricsCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation LogsAndMetricsCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogsAndMetricsRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"): (typeof documents)["mutation LogsAndMetricsRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LogsAndMetricsJob($id: ID!) { moduleJob(id: $id) { status } }"): (typeof documents)["query LogsAndMetricsJob($id: ID!) { moduleJob(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCrashCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation MailCrashCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCrashSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }"): (typeof documents)["mutation MailCrashSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailCrashEmailLog($c: ID!) { clientEmails(clientId: $c, first: 5) { edges { node { status messageId lastError } } } }"): (typeof documents)["query MailCrashEmailLog($c: ID!) { clientEmails(clientId: $c, first: 5) { edges { node { status messageId lastError } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation MailResendCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number } }"): (typeof documents)["mutation MailResendCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MailResendEmail on Email { id type status attempts lastError messageId recipient subject body }"): (typeof documents)["fragment MailResendEmail on Email { id type status attempts lastError messageId recipient subject body }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailResendEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { ...MailResendEmail } } } }"): (typeof documents)["query MailResendEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { ...MailResendEmail } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendRequeue($id: ID!) { requeueEmail(id: $id) { ...MailResendEmail } }"): (typeof documents)["mutation MailResendRequeue($id: ID!) { requeueEmail(id: $id) { ...MailResendEmail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { description } } }"): (typeof documents)["mutation MailResendAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendPlaceOrder($cart: CartInput!) { placeOrder(cart: $cart) { id } }"): (typeof documents)["mutation MailResendPlaceOrder($cart: CartInput!) { placeOrder(cart: $cart) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendFraud($id: ID!) { markOrderFraud(id: $id) { id status } }"): (typeof documents)["mutation MailResendFraud($id: ID!) { markOrderFraud(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendOrderConfirmation($id: ID!) { resendOrderConfirmation(id: $id) { ...MailResendEmail } }"): (typeof documents)["mutation MailResendOrderConfirmation($id: ID!) { resendOrderConfirmation(id: $id) { ...MailResendEmail } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailResendActivity($f: ActivityFilter) { activityLog(filter: $f, first: 10) { edges { node { action targetType details staff { id } } } } }"): (typeof documents)["query MailResendActivity($f: ActivityFilter) { activityLog(filter: $f, first: 10) { edges { node { action targetType details staff { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailResendMe { me { staff { id } } }"): (typeof documents)["query MailResendMe { me { staff { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailStartupFirstClient { clients(first: 1) { edges { node { id } } } }"): (typeof documents)["query MailStartupFirstClient { clients(first: 1) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailStartupSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }"): (typeof documents)["mutation MailStartupSend($i: SendClientMessageInput!) { sendClientMessage(input: $i) { emailCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation MailCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number status } }"): (typeof documents)["mutation MailCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation MailMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailOptOut($c: ID!, $cats: [EmailCategory!]!) { setEmailOptOuts(clientId: $c, categories: $cats) { id emailOptOuts } }"): (typeof documents)["mutation MailOptOut($c: ID!, $cats: [EmailCategory!]!) { setEmailOptOuts(clientId: $c, categories: $cats) { id emailOptOuts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailOptOuts($id: ID!) { client(id: $id) { emailOptOuts } }"): (typeof documents)["query MailOptOuts($id: ID!) { client(id: $id) { emailOptOuts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailResendWelcome($s: ID!) { resendWelcomeEmail(serviceId: $s) { id recipient subject status } }"): (typeof documents)["mutation MailResendWelcome($s: ID!) { resendWelcomeEmail(serviceId: $s) { id recipient subject status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id category subject message language emailCount createdAt } }"): (typeof documents)["mutation MailSendMessage($i: SendClientMessageInput!) { sendClientMessage(input: $i) { id category subject message language emailCount createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { totalCount edges { node { id type category language recipient subject status attempts lastError messageId sentAt } } } }"): (typeof documents)["query MailEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { totalCount edges { node { id type category language recipient subject status attempts lastError messageId sentAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MassUpdateCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation MassUpdateCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MassUpdateAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation MassUpdateAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MassUpdateAcceptOrder($id: ID!) { acceptOrder(id: $id) { items { service { id status addons { id status } } } } }"): (typeof documents)["mutation MassUpdateAcceptOrder($id: ID!) { acceptOrder(id: $id) { items { service { id status addons { id status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MassUpdateAll($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate recurringAmount { amount currency } }\n  addons { id status billingCycle nextDueDate terminationDate recurringAmount { amount currency } }\n  domains { id status autoRenew expiryDate }\n  moduleJobs { id command service { id } domain { id } } } }"): (typeof documents)["mutation MassUpdateAll($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate recurringAmount { amount currency } }\n  addons { id status billingCycle nextDueDate terminationDate recurringAmount { amount currency } }\n  domains { id status autoRenew expiryDate }\n  moduleJobs { id command service { id } domain { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MassUpdateJob($id: ID!) { moduleJob(id: $id) { id status lastError } }"): (typeof documents)["query MassUpdateJob($id: ID!) { moduleJob(id: $id) { id status lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MassUpdateDomain($id: ID!) { domain(id: $id) { id status transferLocked } }"): (typeof documents)["query MassUpdateDomain($id: ID!) { domain(id: $id) { id status transferLocked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation MergeDeleteCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation MergeDeleteAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteMerge($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id email creditBalance { amount currency } contacts { id } } }"): (typeof documents)["mutation MergeDeleteMerge($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id email creditBalance { amount currency } contacts { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteDelete($ids: [ID!]!, $confirm: Boolean!) { deleteClients(ids: $ids, confirm: $confirm) }"): (typeof documents)["mutation MergeDeleteDelete($ids: [ID!]!, $confirm: Boolean!) { deleteClients(ids: $ids, confirm: $confirm) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation MergeDeleteCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeDeleteCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation MergeDeleteCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MergeDeleteMe { me { sessionId } }"): (typeof documents)["query MergeDeleteMe { me { sessionId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MergeDeleteDomain($id: ID!) { domain(id: $id) { updatedAt client { id } } }"): (typeof documents)["query MergeDeleteDomain($id: ID!) { domain(id: $id) { updatedAt client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandCatalogueRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status } }"): (typeof documents)["mutation ModuleCommandCatalogueRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueJob($id: ID!) { moduleJob(id: $id) { status } }"): (typeof documents)["query ModuleCommandCatalogueJob($id: ID!) { moduleJob(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueService($id: ID!) { service(id: $id) { status suspensionReason terminationDate passwordSet product { id } } }"): (typeof documents)["query ModuleCommandCatalogueService($id: ID!) { service(id: $id) { status suspensionReason terminationDate passwordSet product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueQueue($s: ID!) { moduleQueue(filter: { serviceId: $s, status: [QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED] }, first: 10) { totalCount } }"): (typeof documents)["query ModuleCommandCatalogueQueue($s: ID!) { moduleQueue(filter: { serviceId: $s, status: [QUEUED, RUNNING, RETRYING, SUCCEEDED, FAILED] }, first: 10) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action actorType staff { id } details } } } }"): (typeof documents)["query ModuleCommandCatalogueActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action actorType staff { id } details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueProblems { moduleLoadProblems { folder reason } }"): (typeof documents)["query ModuleCommandCatalogueProblems { moduleLoadProblems { folder reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandCatalogueModules { modules { name } }"): (typeof documents)["query ModuleCommandCatalogueModules { modules { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation ModuleCommandsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError createdAt } }"): (typeof documents)["mutation ModuleCommandsRun($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandsService($id: ID!) { service(id: $id) { id status username suspensionReason terminationDate lastModuleError moduleData product { id } } }"): (typeof documents)["query ModuleCommandsService($id: ID!) { service(id: $id) { id status username suspensionReason terminationDate lastModuleError moduleData product { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandsQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError nextRunAt service { id } } } } }"): (typeof documents)["query ModuleCommandsQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError nextRunAt service { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id status updatedAt } }"): (typeof documents)["mutation ModuleCommandsRetry($id: ID!) { retryModuleJob(id: $id) { id status updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandsCancel($id: ID!) { cancelModuleJob(id: $id) { id status updatedAt } }"): (typeof documents)["mutation ModuleCommandsCancel($id: ID!) { cancelModuleJob(id: $id) { id status updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandsLog($s: ID!) { moduleLog(serviceId: $s) { command success error request response durationMs lines attempt } }"): (typeof documents)["query ModuleCommandsLog($s: ID!) { moduleLog(serviceId: $s) { command success error request response durationMs lines attempt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ModuleCommandsChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { id command status attempts error } } }"): (typeof documents)["subscription ModuleCommandsChanged($id: ID) { serviceChanged(id: $id) { serviceId status job { id command status attempts error } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ModuleCommandsChangedShape($id: ID) { serviceChanged(id: $id) { change at serviceId status service { id status } job { status } } }"): (typeof documents)["subscription ModuleCommandsChangedShape($id: ID) { serviceChanged(id: $id) { change at serviceId status service { id status } job { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ModuleCommandsChangedOutput($id: ID) { serviceChanged(id: $id) { job { status output } } }"): (typeof documents)["subscription ModuleCommandsChangedOutput($id: ID) { serviceChanged(id: $id) { job { status output } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCommandsSetStatus($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }"): (typeof documents)["mutation ModuleCommandsSetStatus($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCommandsJob($id: ID!) { moduleJob(id: $id) { id command status output service { id } } }"): (typeof documents)["query ModuleCommandsJob($id: ID!) { moduleJob(id: $id) { id command status output service { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCreateDemoDataLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation ModuleCreateDemoDataLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCreateDemoDataClients($email: String!) { clients(filter: { email: $email }) { edges { node { id firstName lastName companyName email phoneNumber address1 address2 city state postcode country language } } } }"): (typeof documents)["query ModuleCreateDemoDataClients($email: String!) { clients(filter: { email: $email }) { edges { node { id firstName lastName companyName email phoneNumber address1 address2 city state postcode country language } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCreateDemoDataCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation ModuleCreateDemoDataCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCreateDemoDataCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation ModuleCreateDemoDataCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCreateDemoDataCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation ModuleCreateDemoDataCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleCreateDemoDataRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"): (typeof documents)["mutation ModuleCreateDemoDataRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCreateDemoDataModuleJob($id: ID!) { moduleJob(id: $id) { status lastError } }"): (typeof documents)["query ModuleCreateDemoDataModuleJob($id: ID!) { moduleJob(id: $id) { status lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleCreateDemoDataService($id: ID!) { service(id: $id) { status moduleData } }"): (typeof documents)["query ModuleCreateDemoDataService($id: ID!) { service(id: $id) { status moduleData } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleJobLeasesRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"): (typeof documents)["mutation ModuleJobLeasesRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleJobLeasesMarkModuleJobFailed($id: ID!, $r: String!) { markModuleJobFailed(id: $id, reason: $r) { id status lastError leaseExpiresAt updatedAt } }"): (typeof documents)["mutation ModuleJobLeasesMarkModuleJobFailed($id: ID!, $r: String!) { markModuleJobFailed(id: $id, reason: $r) { id status lastError leaseExpiresAt updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModuleJobLeasesRetryModuleJob($id: ID!) { retryModuleJob(id: $id) { id status } }"): (typeof documents)["mutation ModuleJobLeasesRetryModuleJob($id: ID!) { retryModuleJob(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleJobLeasesModuleJob($id: ID!) { moduleJob(id: $id) { status attempts lastError leaseExpiresAt } }"): (typeof documents)["query ModuleJobLeasesModuleJob($id: ID!) { moduleJob(id: $id) { status attempts lastError leaseExpiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleJobLeasesService($id: ID!) { service(id: $id) { status lastModuleError } }"): (typeof documents)["query ModuleJobLeasesService($id: ID!) { service(id: $id) { status lastModuleError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModuleJobLeasesModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } attempt success error request lines } }"): (typeof documents)["query ModuleJobLeasesModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } attempt success error request lines } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModulesModules { modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }"): (typeof documents)["query ModulesModules { modules { name displayName description version kind commands customCommands { name label clientAllowed inputSchema } serverSettingsSchema productOptionsSchema } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModulesProblems { moduleLoadProblems { folder reason } }"): (typeof documents)["query ModulesProblems { moduleLoadProblems { folder reason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModulesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation ModulesRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModulesCommands { modules { name kind commands } }"): (typeof documents)["query ModulesCommands { modules { name kind commands } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id country state } }"): (typeof documents)["mutation MoneyFixesUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id country state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { id state } }"): (typeof documents)["mutation MoneyFixesUpdateRule($id: ID!, $i: TaxRuleInput!) { updateTaxRule(id: $id, input: $i) { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id state country } }"): (typeof documents)["mutation MoneyFixesCreatePayer($c: ID!, $i: CreatePayerInput!) { createPayer(clientId: $c, input: $i) { id state country } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id state } }"): (typeof documents)["mutation MoneyFixesCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFixesPreview($i: PreviewTaxInput!) { previewTax(input: $i) { total { amount } level1Rule { name } } }"): (typeof documents)["query MoneyFixesPreview($i: PreviewTaxInput!) { previewTax(input: $i) { total { amount } level1Rule { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFixesPaymentParts($id: ID!) { invoice(id: $id) { amountPaid { amount }\n  transactions { kind amount { amount } toClientCredit { amount } fromClientCredit { amount } appliedToInvoice { amount } } } }"): (typeof documents)["query MoneyFixesPaymentParts($id: ID!) { invoice(id: $id) { amountPaid { amount }\n  transactions { kind amount { amount } toClientCredit { amount } fromClientCredit { amount } appliedToInvoice { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation MoneyFixesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoneyFixesCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation MoneyFixesCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFixesCatalog($c: Currency) { catalog(currency: $c) { id prices { currency } addons { prices { currency } } } all: products { id prices { currency } } }"): (typeof documents)["query MoneyFixesCatalog($c: Currency) { catalog(currency: $c) { id prices { currency } addons { prices { currency } } } all: products { id prices { currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFixesUsdCatalog { catalog(currency: \"USD\") { id prices { currency } } }"): (typeof documents)["query MoneyFixesUsdCatalog { catalog(currency: \"USD\") { id prices { currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneInvoices($first: Int!) { invoices(first: $first) { edges { node {\n  id number client { id email } payer { id } lines { id description total { amount } service { id domain } domain { id } addon { id } } transactions { id amount { amount } staff { id email } refundOf { id } }\n} } } }"): (typeof documents)["query NPlusOneInvoices($first: Int!) { invoices(first: $first) { edges { node {\n  id number client { id email } payer { id } lines { id description total { amount } service { id domain } domain { id } addon { id } } transactions { id amount { amount } staff { id email } refundOf { id } }\n} } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneTransactions($first: Int!) { transactions(first: $first) { edges { node {\n  id amount { amount } client { id email } invoice { id number lines { id } } staff { id email } refundOf { id }\n} } } }"): (typeof documents)["query NPlusOneTransactions($first: Int!) { transactions(first: $first) { edges { node {\n  id amount { amount } client { id email } invoice { id number lines { id } } staff { id email } refundOf { id }\n} } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneServices($first: Int!) { services(first: $first) { edges { node {\n  id client { id email } product { id name } server { id name }\n} } } }"): (typeof documents)["query NPlusOneServices($first: Int!) { services(first: $first) { edges { node {\n  id client { id email } product { id name } server { id name }\n} } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NPlusOneClients($first: Int!) {\n  clients(first: $first) {\n    totalCount\n    edges { node {\n      id\n      group { id name }\n      project { id name }\n      billingContact { id email }\n      contacts { id email }\n    } }\n  }\n}"): (typeof documents)["query NPlusOneClients($first: Int!) {\n  clients(first: $first) {\n    totalCount\n    edges { node {\n      id\n      group { id name }\n      project { id name }\n      billingContact { id email }\n      contacts { id email }\n    } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsService on Service { id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } product { id name } }"): (typeof documents)["fragment NestedConnectionsService on Service { id domain username status billingCycle registrationDate nextDueDate terminationDate createdAt updatedAt passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } product { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsDomain on Domain { id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet }"): (typeof documents)["fragment NestedConnectionsDomain on Domain { id name registrar status registrationDate expiryDate autoRenew nameservers createdAt eppCodeSet }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsInvoiceRow on Invoice { id number status currency issueDate dueDate datePaid createdAt subtotal { amount currency } total { amount currency }\n  creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency } overdue client { id } payer { id } lines { id } }"): (typeof documents)["fragment NestedConnectionsInvoiceRow on Invoice { id number status currency issueDate dueDate datePaid createdAt subtotal { amount currency } total { amount currency }\n  creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency } overdue client { id } payer { id } lines { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsTransaction on Transaction { id kind gateway transactionId toCredit date createdAt client { id } amount { amount currency } appliedToInvoice { amount currency } invoice { id } }"): (typeof documents)["fragment NestedConnectionsTransaction on Transaction { id kind gateway transactionId toCredit date createdAt client { id } amount { amount currency } appliedToInvoice { amount currency } invoice { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsCreditEntry on CreditEntry { id kind description createdAt invoice { id } amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }"): (typeof documents)["fragment NestedConnectionsCreditEntry on CreditEntry { id kind description createdAt invoice { id } amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsPageInfo on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }"): (typeof documents)["fragment NestedConnectionsPageInfo on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsServiceEdges on ServiceConnection { edges { cursor node { ...NestedConnectionsService } } }"): (typeof documents)["fragment NestedConnectionsServiceEdges on ServiceConnection { edges { cursor node { ...NestedConnectionsService } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsDomainEdges on DomainConnection { edges { cursor node { ...NestedConnectionsDomain } } }"): (typeof documents)["fragment NestedConnectionsDomainEdges on DomainConnection { edges { cursor node { ...NestedConnectionsDomain } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsInvoiceEdges on InvoiceConnection { edges { cursor node { ...NestedConnectionsInvoiceRow } } }"): (typeof documents)["fragment NestedConnectionsInvoiceEdges on InvoiceConnection { edges { cursor node { ...NestedConnectionsInvoiceRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsTransactionEdges on TransactionConnection { edges { cursor node { ...NestedConnectionsTransaction } } }"): (typeof documents)["fragment NestedConnectionsTransactionEdges on TransactionConnection { edges { cursor node { ...NestedConnectionsTransaction } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsCreditEntryEdges on CreditEntryConnection { edges { cursor node { ...NestedConnectionsCreditEntry } } }"): (typeof documents)["fragment NestedConnectionsCreditEntryEdges on CreditEntryConnection { edges { cursor node { ...NestedConnectionsCreditEntry } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsClient on Client { id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes\n  creditBalance { amount currency } group { id } project { id } billingContact { id } contacts { id } users { id } payers { id } }"): (typeof documents)["fragment NestedConnectionsClient on Client { id type firstName lastName companyName email status currency language lateFeeExempt taxExempt country createdAt updatedAt adminNotes\n  creditBalance { amount currency } group { id } project { id } billingContact { id } contacts { id } users { id } payers { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsInvoice on Invoice { id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal { amount currency }\n  tax1 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } amountRefunded { amount currency } balanceDue { amount currency }\n  overdue client { id } payer { id } clientName clientEmail lines { id } }"): (typeof documents)["fragment NestedConnectionsInvoice on Invoice { id number status currency issueDate dueDate datePaid notes createdAt updatedAt tax1Name tax1Rate subtotal { amount currency }\n  tax1 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } amountRefunded { amount currency } balanceDue { amount currency }\n  overdue client { id } payer { id } clientName clientEmail lines { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NestedConnectionsServiceFull on Service { ...NestedConnectionsService moduleData adminNotes }"): (typeof documents)["fragment NestedConnectionsServiceFull on Service { ...NestedConnectionsService moduleData adminNotes }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsRootServices($c: ID!, $first: Int, $after: String) {\n    page: services(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } }"): (typeof documents)["query NestedConnectionsRootServices($c: ID!, $first: Int, $after: String) {\n    page: services(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsRootDomains($c: ID!, $first: Int, $after: String) {\n    page: domains(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } }"): (typeof documents)["query NestedConnectionsRootDomains($c: ID!, $first: Int, $after: String) {\n    page: domains(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsRootInvoices($c: ID!, $first: Int, $after: String) {\n    page: invoices(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } }"): (typeof documents)["query NestedConnectionsRootInvoices($c: ID!, $first: Int, $after: String) {\n    page: invoices(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsRootTransactions($c: ID!, $first: Int, $after: String) {\n    page: transactions(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } }"): (typeof documents)["query NestedConnectionsRootTransactions($c: ID!, $first: Int, $after: String) {\n    page: transactions(first: $first, after: $after, filter: { clientId: $c }) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsRootCreditLog($c: ID!, $first: Int, $after: String) {\n    page: creditLog(first: $first, after: $after, clientId: $c) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } }"): (typeof documents)["query NestedConnectionsRootCreditLog($c: ID!, $first: Int, $after: String) {\n    page: creditLog(first: $first, after: $after, clientId: $c) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsStaffList($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { totalCount ...NestedConnectionsServiceEdges } domains(first: 2) { totalCount ...NestedConnectionsDomainEdges }\n  invoices(first: 2) { totalCount ...NestedConnectionsInvoiceEdges } transactions(first: 2) { totalCount ...NestedConnectionsTransactionEdges }\n  creditLog(first: 2) { totalCount ...NestedConnectionsCreditEntryEdges } } } } }"): (typeof documents)["query NestedConnectionsStaffList($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { totalCount ...NestedConnectionsServiceEdges } domains(first: 2) { totalCount ...NestedConnectionsDomainEdges }\n  invoices(first: 2) { totalCount ...NestedConnectionsInvoiceEdges } transactions(first: 2) { totalCount ...NestedConnectionsTransactionEdges }\n  creditLog(first: 2) { totalCount ...NestedConnectionsCreditEntryEdges } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsStaffListWithoutTotals($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { ...NestedConnectionsServiceEdges } domains(first: 2) { ...NestedConnectionsDomainEdges } invoices(first: 2) { ...NestedConnectionsInvoiceEdges }\n  transactions(first: 2) { ...NestedConnectionsTransactionEdges } creditLog(first: 2) { ...NestedConnectionsCreditEntryEdges } } } } }"): (typeof documents)["query NestedConnectionsStaffListWithoutTotals($first: Int!) { clients(first: $first) { edges { node { id\n  services(first: 2) { ...NestedConnectionsServiceEdges } domains(first: 2) { ...NestedConnectionsDomainEdges } invoices(first: 2) { ...NestedConnectionsInvoiceEdges }\n  transactions(first: 2) { ...NestedConnectionsTransactionEdges } creditLog(first: 2) { ...NestedConnectionsCreditEntryEdges } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientArea { me { client { id\n  services(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges }\n  domains(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges }\n  invoices(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges }\n  transactions(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges }\n  creditLog(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } } }"): (typeof documents)["query NestedConnectionsClientArea { me { client { id\n  services(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges }\n  domains(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges }\n  invoices(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges }\n  transactions(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges }\n  creditLog(first: 50) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsPageServices($c: ID!, $after: String) { client(id: $c) {\n    services(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }"): (typeof documents)["query NestedConnectionsPageServices($c: ID!, $after: String) { client(id: $c) {\n    services(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsPageDomains($c: ID!, $after: String) { client(id: $c) {\n    domains(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } } }"): (typeof documents)["query NestedConnectionsPageDomains($c: ID!, $after: String) { client(id: $c) {\n    domains(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsDomainEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsPageInvoices($c: ID!, $after: String) { client(id: $c) {\n    invoices(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } } }"): (typeof documents)["query NestedConnectionsPageInvoices($c: ID!, $after: String) { client(id: $c) {\n    invoices(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsInvoiceEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsPageTransactions($c: ID!, $after: String) { client(id: $c) {\n    transactions(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } } }"): (typeof documents)["query NestedConnectionsPageTransactions($c: ID!, $after: String) { client(id: $c) {\n    transactions(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsTransactionEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsPageCreditLog($c: ID!, $after: String) { client(id: $c) {\n    creditLog(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } }"): (typeof documents)["query NestedConnectionsPageCreditLog($c: ID!, $after: String) { client(id: $c) {\n    creditLog(first: 4, after: $after) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsCreditEntryEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NestedConnectionsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation NestedConnectionsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NestedConnectionsCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"): (typeof documents)["mutation NestedConnectionsCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientLoaders($first: Int!) { clients(first: $first) { edges { node {\n  id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }"): (typeof documents)["query NestedConnectionsClientLoaders($first: Int!) { clients(first: $first) { edges { node {\n  id users { id } payers { id } contacts { id subAccount { id } } billingContact { id } group { id } project { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsViaLoaders($c: ID!) {\n  transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ...NestedConnectionsClient } invoice { ...NestedConnectionsInvoice } } } }\n  services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }"): (typeof documents)["query NestedConnectionsViaLoaders($c: ID!) {\n  transactions(first: 1, filter: { clientId: $c }) { edges { node { client { ...NestedConnectionsClient } invoice { ...NestedConnectionsInvoice } } } }\n  services(first: 1, filter: { clientId: $c }) { edges { node { id client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsDirect($c: ID!, $i: ID!, $s: ID!) {\n  client(id: $c) { ...NestedConnectionsClient } invoice(id: $i) { ...NestedConnectionsInvoice } service(id: $s) { ...NestedConnectionsServiceFull } }"): (typeof documents)["query NestedConnectionsDirect($c: ID!, $i: ID!, $s: ID!) {\n  client(id: $c) { ...NestedConnectionsClient } invoice(id: $i) { ...NestedConnectionsInvoice } service(id: $s) { ...NestedConnectionsServiceFull } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsNestedService($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ...NestedConnectionsServiceFull } } } } }"): (typeof documents)["query NestedConnectionsNestedService($c: ID!) { client(id: $c) { services(first: 1) { edges { node { ...NestedConnectionsServiceFull } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientsTotal { page: clients(first: 5) { totalCount edges { node { ...NestedConnectionsClient } } } }"): (typeof documents)["query NestedConnectionsClientsTotal { page: clients(first: 5) { totalCount edges { node { ...NestedConnectionsClient } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientsNoTotal { page: clients(first: 5) { edges { node { ...NestedConnectionsClient } } } }"): (typeof documents)["query NestedConnectionsClientsNoTotal { page: clients(first: 5) { edges { node { ...NestedConnectionsClient } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { ...NestedConnectionsClient } } }"): (typeof documents)["query NestedConnectionsClientNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { ...NestedConnectionsClient } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsInvoicesTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsInvoice } } } }"): (typeof documents)["query NestedConnectionsInvoicesTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsInvoice } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsInvoicesNoTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsInvoice } } } }"): (typeof documents)["query NestedConnectionsInvoicesNoTotal($c: ID!) { page: invoices(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsInvoice } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsInvoiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { ...NestedConnectionsInvoice } } }"): (typeof documents)["query NestedConnectionsInvoiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Invoice { ...NestedConnectionsInvoice } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsServicesTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsServiceFull } } } }"): (typeof documents)["query NestedConnectionsServicesTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsServiceFull } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsServicesNoTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsServiceFull } } } }"): (typeof documents)["query NestedConnectionsServicesNoTotal($c: ID!) { page: services(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsServiceFull } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsServiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { ...NestedConnectionsServiceFull } } }"): (typeof documents)["query NestedConnectionsServiceNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { ...NestedConnectionsServiceFull } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsDomainsTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsDomain } } } }"): (typeof documents)["query NestedConnectionsDomainsTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsDomain } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsDomainsNoTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsDomain } } } }"): (typeof documents)["query NestedConnectionsDomainsNoTotal($c: ID!) { page: domains(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsDomain } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsDomainNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Domain { ...NestedConnectionsDomain } } }"): (typeof documents)["query NestedConnectionsDomainNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Domain { ...NestedConnectionsDomain } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsTransactionsTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsTransaction } } } }"): (typeof documents)["query NestedConnectionsTransactionsTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { totalCount edges { node { ...NestedConnectionsTransaction } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsTransactionsNoTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsTransaction } } } }"): (typeof documents)["query NestedConnectionsTransactionsNoTotal($c: ID!) { page: transactions(first: 5, filter: { clientId: $c }) { edges { node { ...NestedConnectionsTransaction } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsTransactionNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Transaction { ...NestedConnectionsTransaction } } }"): (typeof documents)["query NestedConnectionsTransactionNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on Transaction { ...NestedConnectionsTransaction } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsCreditLogTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { totalCount edges { node { ...NestedConnectionsCreditEntry } } } }"): (typeof documents)["query NestedConnectionsCreditLogTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { totalCount edges { node { ...NestedConnectionsCreditEntry } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsCreditLogNoTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { edges { node { ...NestedConnectionsCreditEntry } } } }"): (typeof documents)["query NestedConnectionsCreditLogNoTotal($c: ID!) { page: creditLog(first: 5, clientId: $c) { edges { node { ...NestedConnectionsCreditEntry } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsCreditEntryNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on CreditEntry { ...NestedConnectionsCreditEntry } } }"): (typeof documents)["query NestedConnectionsCreditEntryNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on CreditEntry { ...NestedConnectionsCreditEntry } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsByIds($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }"): (typeof documents)["query NestedConnectionsByIds($ids: [ID!]) { clients(first: 10, filter: { ids: $ids }) { edges { node { id services(first: 1) { edges { node { client { id } } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsServiceCount($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }"): (typeof documents)["query NestedConnectionsServiceCount($c: ID!) { services(first: 1, filter: { clientId: $c }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientServices($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {\n  services(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }"): (typeof documents)["query NestedConnectionsClientServices($c: ID!, $first: Int, $after: String, $last: Int, $before: String) { client(id: $c) {\n  services(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { ...NestedConnectionsPageInfo } ...NestedConnectionsServiceEdges } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsClientInvoices($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }"): (typeof documents)["query NestedConnectionsClientInvoices($c: ID!) { client(id: $c) { invoices(first: 50) { totalCount edges { node { id status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NestedConnectionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"): (typeof documents)["mutation NestedConnectionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestedConnectionsMyTotals { me { client {\n  services(first: 1) { totalCount } domains(first: 1) { totalCount } invoices(first: 1) { totalCount } transactions(first: 1) { totalCount } creditLog(first: 1) { totalCount } } } }"): (typeof documents)["query NestedConnectionsMyTotals { me { client {\n  services(first: 1) { totalCount } domains(first: 1) { totalCount } invoices(first: 1) { totalCount } transactions(first: 1) { totalCount } creditLog(first: 1) { totalCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderAcceptItem on OrderItem { id position kind status error service { id status } domain }"): (typeof documents)["fragment OrderAcceptItem on OrderItem { id position kind status error service { id status } domain }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptAdd($i: AddOrderInput!) { addOrder(input: $i) { id status items { ...OrderAcceptItem } } }"): (typeof documents)["mutation OrderAcceptAdd($i: AddOrderInput!) { addOrder(input: $i) { id status items { ...OrderAcceptItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { id status items { ...OrderAcceptItem } } }"): (typeof documents)["mutation OrderAcceptAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { id status items { ...OrderAcceptItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderAcceptGet($id: ID!) { order(id: $id) { id status items { ...OrderAcceptItem } } }"): (typeof documents)["query OrderAcceptGet($id: ID!) { order(id: $id) { id status items { ...OrderAcceptItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrderAcceptWatch($id: ID!) { orderChanged(id: $id) { orderId change status at items { itemId position progress error } order { id } } }"): (typeof documents)["subscription OrderAcceptWatch($id: ID!) { orderChanged(id: $id) { orderId change status at items { itemId position progress error } order { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderAcceptEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient body } } } }"): (typeof documents)["query OrderAcceptEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptFraud($id: ID!) { markOrderFraud(id: $id) { id status items { ...OrderAcceptItem } } }"): (typeof documents)["mutation OrderAcceptFraud($id: ID!) { markOrderFraud(id: $id) { id status items { ...OrderAcceptItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation OrderAcceptCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrderAcceptServiceChanged($id: ID) { serviceChanged(id: $id) { change status } }"): (typeof documents)["subscription OrderAcceptServiceChanged($id: ID) { serviceChanged(id: $id) { change status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderAcceptServiceAddons($id: ID!) { service(id: $id) { status addons { status } } }"): (typeof documents)["query OrderAcceptServiceAddons($id: ID!) { service(id: $id) { status addons { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptCancel($id: ID!) { cancelOrder(id: $id) { id status items { ...OrderAcceptItem } } }"): (typeof documents)["mutation OrderAcceptCancel($id: ID!) { cancelOrder(id: $id) { id status items { ...OrderAcceptItem } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderAcceptServiceEnded($id: ID!) { service(id: $id) { status terminationDate addons { status terminationDate } } }"): (typeof documents)["query OrderAcceptServiceEnded($id: ID!) { service(id: $id) { status terminationDate addons { status terminationDate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrderAcceptServiceJobChanged($id: ID) { serviceChanged(id: $id) { change status job { command status nextRunAt } } }"): (typeof documents)["subscription OrderAcceptServiceJobChanged($id: ID) { serviceChanged(id: $id) { change status job { command status nextRunAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderAcceptServiceLateCreate($id: ID!) { service(id: $id) { status lastModuleError } }"): (typeof documents)["query OrderAcceptServiceLateCreate($id: ID!) { service(id: $id) { status lastModuleError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderAcceptUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation OrderAcceptUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderToPleskOrder on Order { id status total { amount currency } discount { amount } promotionCode\n  items { id position kind status error service { id status domain } } invoices { id status total { amount currency } } }"): (typeof documents)["fragment OrderToPleskOrder on Order { id status total { amount currency } discount { amount } promotionCode\n  items { id position kind status error service { id status domain } } invoices { id status total { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation OrderToPleskRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderToPleskPreview($cart: CartInput!) { previewOrder(cart: $cart) {\n  currency invoiceCount promotionCode subtotal { amount } discount { amount } tax { amount } total { amount currency } lines { itemPosition description amount { amount } } } }"): (typeof documents)["query OrderToPleskPreview($cart: CartInput!) { previewOrder(cart: $cart) {\n  currency invoiceCount promotionCode subtotal { amount } discount { amount } tax { amount } total { amount currency } lines { itemPosition description amount { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrderToPleskOrder } }"): (typeof documents)["mutation OrderToPleskPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrderToPleskOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderToPleskGet($id: ID!) { order(id: $id) { ...OrderToPleskOrder } }"): (typeof documents)["query OrderToPleskGet($id: ID!) { order(id: $id) { ...OrderToPleskOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskCancel($id: ID!) { cancelOrder(id: $id) { id status } }"): (typeof documents)["mutation OrderToPleskCancel($id: ID!) { cancelOrder(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskFraud($id: ID!) { markOrderFraud(id: $id) { id status } }"): (typeof documents)["mutation OrderToPleskFraud($id: ID!) { markOrderFraud(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrderToPleskWatch($id: ID!) { orderChanged(id: $id) { orderId change status items { position progress error } } }"): (typeof documents)["subscription OrderToPleskWatch($id: ID!) { orderChanged(id: $id) { orderId change status items { position progress error } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskPayInvoice($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference amount { amount currency } } }"): (typeof documents)["mutation OrderToPleskPayInvoice($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference amount { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskApply($id: ID!) { applyCredit(invoiceId: $id) { id status } }"): (typeof documents)["mutation OrderToPleskApply($id: ID!) { applyCredit(invoiceId: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation OrderToPleskAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }"): (typeof documents)["mutation OrderToPleskSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderToPleskReadSettings { settings { acceptOrdersOnPayment } }"): (typeof documents)["query OrderToPleskReadSettings { settings { acceptOrdersOnPayment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskBillingSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }"): (typeof documents)["mutation OrderToPleskBillingSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { autoApplyCredit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"): (typeof documents)["mutation OrderToPleskCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id acceptOnPayment } }"): (typeof documents)["mutation OrderToPleskUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id acceptOnPayment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderToPleskProduct($id: ID!) { product(id: $id) { acceptOnPayment } }"): (typeof documents)["query OrderToPleskProduct($id: ID!) { product(id: $id) { acceptOnPayment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation OrderToPleskCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderToPleskCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }"): (typeof documents)["mutation OrderToPleskCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) {\n  currency invoiceCount promotionCode subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  lines { itemPosition description amount { amount } tax { amount } total { amount } } } }"): (typeof documents)["query OrdersPreview($cart: CartInput!, $c: ID) { previewOrder(cart: $cart, clientId: $c) {\n  currency invoiceCount promotionCode subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  lines { itemPosition description amount { amount } tax { amount } total { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrdersOrderFields on Order { id status currency promotionCode paymentStatus createdAt\n  subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  client { id }\n  items { id position kind status description cycle domain years nameservers parentPosition product { id } addon { id } invoice { id }\n    configOptions { optionId choiceId quantity } firstPayment { amount currency } recurringAmount { amount currency } }\n  invoices { ...InvoiceFields } }"): (typeof documents)["fragment OrdersOrderFields on Order { id status currency promotionCode paymentStatus createdAt\n  subtotal { amount currency } discount { amount currency } tax { amount currency } total { amount currency }\n  client { id }\n  items { id position kind status description cycle domain years nameservers parentPosition product { id } addon { id } invoice { id }\n    configOptions { optionId choiceId quantity } firstPayment { amount currency } recurringAmount { amount currency } }\n  invoices { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrdersOrderFields } }"): (typeof documents)["mutation OrdersPlace($cart: CartInput!) { placeOrder(cart: $cart) { ...OrdersOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersAdd($i: AddOrderInput!) { addOrder(input: $i) { ...OrdersOrderFields noInvoice noEmail items { priceOverridden server { id } } } }"): (typeof documents)["mutation OrdersAdd($i: AddOrderInput!) { addOrder(input: $i) { ...OrdersOrderFields noInvoice noEmail items { priceOverridden server { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCancel($id: ID!) { cancelOrder(id: $id) { ...OrdersOrderFields } }"): (typeof documents)["mutation OrdersCancel($id: ID!) { cancelOrder(id: $id) { ...OrdersOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersFraud($id: ID!) { markOrderFraud(id: $id) { ...OrdersOrderFields } }"): (typeof documents)["mutation OrdersFraud($id: ID!) { markOrderFraud(id: $id) { ...OrdersOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersGet($id: ID!) { order(id: $id) { ...OrdersOrderFields } }"): (typeof documents)["query OrdersGet($id: ID!) { order(id: $id) { ...OrdersOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersList($f: OrderFilter, $o: OrderOrder, $first: Int, $after: String) { orders(filter: $f, orderBy: $o, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id status paymentStatus total { amount } client { id } promotionCode items { description } invoices { id status } } } } }"): (typeof documents)["query OrdersList($f: OrderFilter, $o: OrderOrder, $first: Int, $after: String) { orders(filter: $f, orderBy: $o, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id status paymentStatus total { amount } client { id } promotionCode items { description } invoices { id status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id name choices { id name } } } }"): (typeof documents)["mutation OrdersCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id name choices { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation OrdersCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"): (typeof documents)["mutation OrdersTldPricing($i: TldPricingInput!) { setTldPricing(input: $i) { tld } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"): (typeof documents)["mutation OrdersCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }"): (typeof documents)["mutation OrdersLoginAsClient($c: ID!) { loginAsClient(clientId: $c) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersNodeId($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query OrdersNodeId($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersNodeStatus($id: ID!) { node(id: $id) { ... on Order { status } } }"): (typeof documents)["query OrdersNodeStatus($id: ID!) { node(id: $id) { ... on Order { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code maxUsesPerClient uses } }"): (typeof documents)["mutation OrdersCreatePromotion($i: PromotionInput!) { createPromotion(input: $i) { id code maxUsesPerClient uses } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject body } } } }"): (typeof documents)["query OrdersEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersPromotionUses { promotions(first: 100) { edges { node { code uses } } } }"): (typeof documents)["query OrdersPromotionUses { promotions(first: 100) { edges { node { code uses } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersInDepth($first: Int!) { orders(first: $first) { edges { node { id status paymentStatus total { amount } client { id email }\n  promotion { code } items { id product { id name } addon { id name } invoice { id number } parentPosition } invoices { id total { amount } } } } } }"): (typeof documents)["query OrdersInDepth($first: Int!) { orders(first: $first) { edges { node { id status paymentStatus total { amount } client { id email }\n  promotion { code } items { id product { id name } addon { id name } invoice { id number } parentPosition } invoices { id total { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentGatewaysConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies settings } }"): (typeof documents)["mutation PaymentGatewaysConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies settings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentGatewaysAvailable($id: ID!) { availablePaymentGateways(invoiceId: $id) { module displayName } }"): (typeof documents)["query PaymentGatewaysAvailable($id: ID!) { availablePaymentGateways(invoiceId: $id) { module displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentGatewaysPay($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { gateway amount { amount currency } clientSecret redirectUrl instructions reference } }"): (typeof documents)["mutation PaymentGatewaysPay($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { gateway amount { amount currency } clientSecret redirectUrl instructions reference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentGatewaysCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation PaymentGatewaysCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentGatewaysSettings { paymentGatewaySettings { module settings } }"): (typeof documents)["query PaymentGatewaysSettings { paymentGatewaySettings { module settings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentGatewaysInvoice($id: ID!) { invoice(id: $id) { status balanceDue { amount } amountRefunded { amount } transactions { id kind gateway transactionId amount { amount currency } } } }"): (typeof documents)["query PaymentGatewaysInvoice($id: ID!) { invoice(id: $id) { status balanceDue { amount } amountRefunded { amount } transactions { id kind gateway transactionId amount { amount currency } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PaymentsInvoiceChanged($id: ID) { invoiceChanged(id: $id) { invoiceId clientId change invoice { id status } } }"): (typeof documents)["subscription PaymentsInvoiceChanged($id: ID) { invoiceChanged(id: $id) { invoiceId clientId change invoice { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"): (typeof documents)["mutation PaymentsMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaymentsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation PaymentsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PleskCommandsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation PleskCommandsCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PleskCommandsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id passwordSet } }"): (typeof documents)["mutation PleskCommandsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id passwordSet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PleskCommandsRunModuleCommand($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError } }"): (typeof documents)["mutation PleskCommandsRunModuleCommand($s: ID!, $c: String!, $i: JSONObject) { runModuleCommand(serviceId: $s, command: $c, input: $i) { id command status attempts lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PleskCommandsService($id: ID!) { service(id: $id) { id status domain username passwordSet lastModuleError moduleData } }"): (typeof documents)["query PleskCommandsService($id: ID!) { service(id: $id) { id status domain username passwordSet lastModuleError moduleData } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PleskCommandsModuleQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError } } } }"): (typeof documents)["query PleskCommandsModuleQueue($f: ModuleQueueFilter) { moduleQueue(filter: $f, first: 50) { totalCount edges { node { id command status attempts lastError } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PleskCommandsModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } command success error remoteCode request response lines attempt } }"): (typeof documents)["query PleskCommandsModuleLog($s: ID!) { moduleLog(serviceId: $s) { job { id } command success error remoteCode request response lines attempt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PleskCommandsActivityLog($f: ActivityFilter) { activityLog(filter: $f, first: 100) { edges { node { action targetType targetId client { id } details } } } }"): (typeof documents)["query PleskCommandsActivityLog($f: ActivityFilter) { activityLog(filter: $f, first: 100) { edges { node { action targetType targetId client { id } details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PleskCommandsModuleJob($id: ID!) { moduleJob(id: $id) { id command status output } }"): (typeof documents)["query PleskCommandsModuleJob($id: ID!) { moduleJob(id: $id) { id command status output } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessSafetyClients { clients { totalCount } }"): (typeof documents)["query ProcessSafetyClients { clients { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation ProcessSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessSafetyChangeStaffPassword($c: String!, $n: String!) { changeStaffPassword(input: { currentPassword: $c, newPassword: $n }) { id } }"): (typeof documents)["mutation ProcessSafetyChangeStaffPassword($c: String!, $n: String!) { changeStaffPassword(input: { currentPassword: $c, newPassword: $n }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessSafetyLogin2($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation ProcessSafetyLogin2($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessSafetyClients3 { clients(filter: { search: \"ada@example.org\" }) { edges { node { id } } } }"): (typeof documents)["query ProcessSafetyClients3 { clients(filter: { search: \"ada@example.org\" }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessSafetyCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }"): (typeof documents)["mutation ProcessSafetyCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id total { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation RecordLocksCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation RecordLocksAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksAccept($id: ID!) { acceptOrder(id: $id) { items { service { id addons { id } } } } }"): (typeof documents)["mutation RecordLocksAccept($id: ID!) { acceptOrder(id: $id) { items { service { id addons { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksInvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) { id } }"): (typeof documents)["mutation RecordLocksInvoiceEarly($i: InvoiceEarlyInput!) { invoiceEarly(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation RecordLocksPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id } addons { id recurringAmount { amount } } } }"): (typeof documents)["mutation RecordLocksMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id } addons { id recurringAmount { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordLocksService($id: ID!) { service(id: $id) { nextDueDate recurringAmount { amount } addons { nextDueDate recurringAmount { amount } } } }"): (typeof documents)["query RecordLocksService($id: ID!) { service(id: $id) { nextDueDate recurringAmount { amount } addons { nextDueDate recurringAmount { amount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"): (typeof documents)["mutation RecordLocksUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"): (typeof documents)["mutation RecordLocksUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { client { id } } }"): (typeof documents)["mutation RecordLocksMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksMoveDomain($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { client { id } } }"): (typeof documents)["mutation RecordLocksMoveDomain($id: ID!, $to: ID!) { moveDomain(id: $id, toClientId: $to) { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordLocksClient($id: ID!) { client(id: $id) { status } }"): (typeof documents)["query RecordLocksClient($id: ID!) { client(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksChangePackage($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id } }"): (typeof documents)["mutation RecordLocksChangePackage($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordLocksScheduleTermination($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"): (typeof documents)["mutation RecordLocksScheduleTermination($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordLocksServiceState($id: ID!) { service(id: $id) { status nextDueDate recurringAmount { amount } adminNotes } }"): (typeof documents)["query RecordLocksServiceState($id: ID!) { service(id: $id) { status nextDueDate recurringAmount { amount } adminNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryPollClientStatus($id: ID!) { client(id: $id) { status } }"): (typeof documents)["query RegistryPollClientStatus($id: ID!) { client(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryPollDomain($id: ID!) { domain(id: $id) { status expiryDate nameservers } }"): (typeof documents)["query RegistryPollDomain($id: ID!) { domain(id: $id) { status expiryDate nameservers } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistryPollPoll($s: ID!) { pollRegistry(serverId: $s) }"): (typeof documents)["mutation RegistryPollPoll($s: ID!) { pollRegistry(serverId: $s) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryPollLog($s: ID!) { serverModuleLog(serverId: $s) { id module command success request response error lines } }"): (typeof documents)["query RegistryPollLog($s: ID!) { serverModuleLog(serverId: $s) { id module command success request response error lines } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegistryPollActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId actorType details } } } }"): (typeof documents)["query RegistryPollActivity($f: ActivityFilter) { activityLog(filter: $f, first: 50) { edges { node { action targetId actorType details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }"): (typeof documents)["query SearchIndexesClients($f: ClientFilter) { clients(filter: $f, first: 20) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }"): (typeof documents)["query SearchIndexesServices($f: ServiceFilter) { services(filter: $f, first: 20) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }"): (typeof documents)["query SearchIndexesDomains($f: DomainFilter) { domains(filter: $f, first: 20) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }"): (typeof documents)["query SearchIndexesInvoices($f: InvoiceFilter) { invoices(filter: $f, first: 20) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SearchIndexesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation SearchIndexesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchIndexesTransactions($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id } } } }"): (typeof documents)["query SearchIndexesTransactions($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsLoginAs($c: ID!) { loginAsClient(clientId: $c) { token expiresAt me { client { id } } } }"): (typeof documents)["mutation SecretsLoginAs($c: ID!) { loginAsClient(clientId: $c) { token expiresAt me { client { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsPdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }"): (typeof documents)["mutation SecretsPdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation SecretsStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecretsClientLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"): (typeof documents)["mutation SecretsClientLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecretsMe { me { client { id } } }"): (typeof documents)["query SecretsMe { me { client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoClients { clients { totalCount edges { node { email creditBalance { amount currency } } } } }"): (typeof documents)["query ProcessDemoClients { clients { totalCount edges { node { email creditBalance { amount currency } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoCatalog { productGroups { name } products { name module group { name } prices { cycle amount { amount currency } } } }"): (typeof documents)["query ProcessDemoCatalog { productGroups { name } products { name module group { name } prices { cycle amount { amount currency } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoServers { serverGroups { name servers { module enabled } } }"): (typeof documents)["query ProcessDemoServers { serverGroups { name servers { module enabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoServicesAndDomains {\n  services { totalCount edges { node { status domain client { email } product { name } } } }\n  domains { totalCount edges { node { name status client { email } } } }\n}"): (typeof documents)["query ProcessDemoServicesAndDomains {\n  services { totalCount edges { node { status domain client { email } product { name } } } }\n  domains { totalCount edges { node { name status client { email } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoInvoices { invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }"): (typeof documents)["query ProcessDemoInvoices { invoices { totalCount edges { node { number status total { amount currency } addressedTo { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessDemoClientLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: CLIENT) { token } }"): (typeof documents)["mutation ProcessDemoClientLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: CLIENT) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProcessDemoClientArea { me { client {\n  services { edges { node { status product { name } } } }\n  domains { edges { node { name } } }\n  invoices { edges { node { status } } }\n} } }"): (typeof documents)["query ProcessDemoClientArea { me { client {\n  services { edges { node { status product { name } } } }\n  domains { edges { node { name } } }\n  invoices { edges { node { status } } }\n} } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ServersServer on Server { id name module hostname ip port secure maxAccounts enabled settings secretsSet group { id name fillStrategy } }"): (typeof documents)["fragment ServersServer on Server { id name module hostname ip port secure maxAccounts enabled settings secretsSet group { id name fillStrategy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersCreate($i: CreateServerInput!) { createServer(input: $i) { ...ServersServer } }"): (typeof documents)["mutation ServersCreate($i: CreateServerInput!) { createServer(input: $i) { ...ServersServer } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersUpdate($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { ...ServersServer } }"): (typeof documents)["mutation ServersUpdate($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { ...ServersServer } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersDelete($id: ID!) { deleteServer(id: $id) }"): (typeof documents)["mutation ServersDelete($id: ID!) { deleteServer(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServersGet($id: ID!) { server(id: $id) { ...ServersServer } }"): (typeof documents)["query ServersGet($id: ID!) { server(id: $id) { ...ServersServer } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServersList($m: String) { servers(module: $m) { ...ServersServer } }"): (typeof documents)["query ServersList($m: String) { servers(module: $m) { ...ServersServer } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersTest($id: ID!) { testServerConnection(id: $id) { ok message } }"): (typeof documents)["mutation ServersTest($id: ID!) { testServerConnection(id: $id) { ok message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersCreateGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id name fillStrategy servers { id } } }"): (typeof documents)["mutation ServersCreateGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id name fillStrategy servers { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServersGroups { serverGroups { id name fillStrategy servers { id name } } }"): (typeof documents)["query ServersGroups { serverGroups { id name fillStrategy servers { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServersActivity { activityLog(first: 100) { edges { node { action details } } } }"): (typeof documents)["query ServersActivity { activityLog(first: 100) { edges { node { action details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServersRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation ServersRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation AddonsCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id kind } } }"): (typeof documents)["mutation AddonsAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsAccept($id: ID!) { acceptOrder(id: $id) { id status items { kind status service { id status } } } }"): (typeof documents)["mutation AddonsAccept($id: ID!) { acceptOrder(id: $id) { id status items { kind status service { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }"): (typeof documents)["mutation AddonsUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"): (typeof documents)["mutation AddonsUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation AddonsRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsSchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"): (typeof documents)["mutation AddonsSchedule($s: ID!) { scheduleServiceTermination(serviceId: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsWithdrawCancellation($id: ID!) { withdrawCancellationRequest(id: $id) { id status } }"): (typeof documents)["mutation AddonsWithdrawCancellation($id: ID!) { withdrawCancellationRequest(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }"): (typeof documents)["mutation AddonsRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ServiceAddonFields on ServiceAddon { id name status billingCycle registrationDate nextDueDate terminationDate\n  firstPayment { amount currency } recurringAmount { amount currency } addon { id } service { id } }"): (typeof documents)["fragment ServiceAddonFields on ServiceAddon { id name status billingCycle registrationDate nextDueDate terminationDate\n  firstPayment { amount currency } recurringAmount { amount currency } addon { id } service { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddonsService($id: ID!) { service(id: $id) { id status nextDueDate addons { ...ServiceAddonFields } } }"): (typeof documents)["query AddonsService($id: ID!) { service(id: $id) { id status nextDueDate addons { ...ServiceAddonFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddonsNode($id: ID!) { node(id: $id) { id ... on ServiceAddon { name status } } }"): (typeof documents)["query AddonsNode($id: ID!) { node(id: $id) { id ... on ServiceAddon { name status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddonsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount currency } lines { type description amount { amount } addon { id } } } } } }"): (typeof documents)["query AddonsInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount currency } lines { type description amount { amount } addon { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation AddonsPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation AddonsAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddonsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query AddonsBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddonsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }"): (typeof documents)["mutation AddonsRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step subjectType message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AddonsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } description amount { amount } } } } }"): (typeof documents)["query AddonsPreview($d: LocalDate!) { dailyRunPreview(date: $d) { invoices { dueDate total { amount } lines { service { id } description amount { amount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"): (typeof documents)["mutation ServiceRulesCreateGroup($i: ClientGroupInput!) { createClientGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }"): (typeof documents)["mutation ServiceRulesCreateService($i: CreateServiceInput!) { createService(input: $i) { id autoRecalculate recurringAmount { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }"): (typeof documents)["mutation ServiceRulesUpdateService($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id product { id } billingCycle autoRecalculate recurringAmount { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate domain recurringAmount { amount } }\n  prorataInvoice { id status total { amount currency } lines { description amount { amount } computation { source periodStart periodEnd days daysInCycle price { amount } } } }\n  moduleJobs { id command service { id } } } }"): (typeof documents)["mutation ServiceRulesMassUpdate($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id status billingCycle nextDueDate domain recurringAmount { amount } }\n  prorataInvoice { id status total { amount currency } lines { description amount { amount } computation { source periodStart periodEnd days daysInCycle price { amount } } } }\n  moduleJobs { id command service { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesMassBilling($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id paymentMethod recurringAmount { amount } autoSuspensionOverride { until never } } } }"): (typeof documents)["mutation ServiceRulesMassBilling($i: MassUpdateServicesInput!) { massUpdateServices(input: $i) {\n  services { id paymentMethod recurringAmount { amount } autoSuspensionOverride { until never } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceRulesService($id: ID!) { service(id: $id) { id status nextDueDate recurringAmount { amount } } }"): (typeof documents)["query ServiceRulesService($id: ID!) { service(id: $id) { id status nextDueDate recurringAmount { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation ServiceRulesPay($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }"): (typeof documents)["mutation ServiceRulesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesUpdateOptions($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id recurringAmount { amount } configOptions { optionId choiceId quantity } } }"): (typeof documents)["mutation ServiceRulesUpdateOptions($id: ID!, $i: UpdateServiceInput!) {\n  updateService(id: $id, input: $i) { id recurringAmount { amount } configOptions { optionId choiceId quantity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id status } }"): (typeof documents)["mutation ServiceRulesCancelInvoice($id: ID!) { cancelInvoice(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesPaymentMethod($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id paymentMethod } }"): (typeof documents)["mutation ServiceRulesPaymentMethod($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id paymentMethod } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesDefaultMethod($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation ServiceRulesDefaultMethod($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation ServiceRulesAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesAcceptOrder($id: ID!) { acceptOrder(id: $id) { status items { service { id paymentMethod } } } }"): (typeof documents)["mutation ServiceRulesAcceptOrder($id: ID!) { acceptOrder(id: $id) { status items { service { id paymentMethod } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } } }"): (typeof documents)["mutation ServiceRulesRun($d: LocalDate) { runDailyRun(date: $d) { status errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceRulesInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 10, orderBy: { field: TOTAL, direction: ASC }) {\n  edges { node { dueDate paymentMethod total { amount } lines { service { id } } } } } }"): (typeof documents)["query ServiceRulesInvoices($c: ID!) { invoices(filter: { clientId: $c }, first: 10, orderBy: { field: TOTAL, direction: ASC }) {\n  edges { node { dueDate paymentMethod total { amount } lines { service { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServiceRulesUpdateOverride($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id domain autoSuspensionOverride { until never } } }"): (typeof documents)["mutation ServiceRulesUpdateOverride($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id domain autoSuspensionOverride { until never } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }"): (typeof documents)["query ServiceRulesServiceRecalc($id: ID!) { service(id: $id) { id autoRecalculate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ServicesServiceFields on Service { id domain username status billingCycle registrationDate nextDueDate suspensionReason terminationDate passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } client { id } product { id name } }"): (typeof documents)["fragment ServicesServiceFields on Service { id domain username status billingCycle registrationDate nextDueDate suspensionReason terminationDate passwordSet\n  firstPaymentAmount { amount currency } recurringAmount { amount currency } client { id } product { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id name type module productOptions serverGroup { id } } }"): (typeof documents)["mutation ServicesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id name type module productOptions serverGroup { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id module productOptions } }"): (typeof documents)["mutation ServicesUpdateProduct($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id module productOptions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesProducts { products { id } }"): (typeof documents)["query ServicesProducts { products { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"): (typeof documents)["mutation ServicesCreateServerGroup($i: ServerGroupInput!) { createServerGroup(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"): (typeof documents)["mutation ServicesUpdateServer($id: ID!, $i: UpdateServerInput!) { updateServer(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesDeleteServer($id: ID!) { deleteServer(id: $id) }"): (typeof documents)["mutation ServicesDeleteServer($id: ID!) { deleteServer(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesCreate($i: CreateServiceInput!) { createService(input: $i) { ...ServicesServiceFields server { id } adminNotes moduleData } }"): (typeof documents)["mutation ServicesCreate($i: CreateServiceInput!) { createService(input: $i) { ...ServicesServiceFields server { id } adminNotes moduleData } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesUpdate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { ...ServicesServiceFields } }"): (typeof documents)["mutation ServicesUpdate($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { ...ServicesServiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesMove($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id client { id } } }"): (typeof documents)["mutation ServicesMove($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id client { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesDelete($id: ID!) { deleteService(id: $id) }"): (typeof documents)["mutation ServicesDelete($id: ID!) { deleteService(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesGet($id: ID!) { service(id: $id) { ...ServicesServiceFields } }"): (typeof documents)["query ServicesGet($id: ID!) { service(id: $id) { ...ServicesServiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesGetServer($id: ID!) { service(id: $id) { id server { id } } }"): (typeof documents)["query ServicesGetServer($id: ID!) { service(id: $id) { id server { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesList($f: ServiceFilter, $first: Int, $after: String) {\n  services(filter: $f, first: $first, after: $after) { totalCount edges { node { id domain status client { id } } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query ServicesList($f: ServiceFilter, $first: Int, $after: String) {\n  services(filter: $f, first: $first, after: $after) { totalCount edges { node { id domain status client { id } } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesOfClient($id: ID!) { client(id: $id) { id services { edges { node { id domain } } } } }"): (typeof documents)["query ServicesOfClient($id: ID!) { client(id: $id) { id services { edges { node { id domain } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicesActivity($c: ID) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { action details } } } }"): (typeof documents)["query ServicesActivity($c: ID) { activityLog(first: 50, filter: { clientId: $c }) { edges { node { action details } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation ServicesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"): (typeof documents)["mutation ServicesMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ServicesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation ServicesDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }"): (typeof documents)["mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMe { me { sessionId } }"): (typeof documents)["query SessionsAndStaffMe { me { sessionId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }"): (typeof documents)["mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }"): (typeof documents)["mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }"): (typeof documents)["mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }"): (typeof documents)["mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }"): (typeof documents)["mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation SessionsAndStaffCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation SessionsAndStaffUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }"): (typeof documents)["mutation SessionsAndStaffUpdateClientUser($id: ID!, $i: UpdateClientUserInput!) { updateClientUser(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeClientEmail { me { client { email } } }"): (typeof documents)["query SessionsAndStaffMeClientEmail { me { client { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeClientFirstName { me { client { firstName } } }"): (typeof documents)["query SessionsAndStaffMeClientFirstName { me { client { firstName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeClientCity { me { client { city } } }"): (typeof documents)["query SessionsAndStaffMeClientCity { me { client { city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeClientProfile { me { client { firstName city } } }"): (typeof documents)["query SessionsAndStaffMeClientProfile { me { client { firstName city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeClientAccount { me { client { id status currency } permissions } }"): (typeof documents)["query SessionsAndStaffMeClientAccount { me { client { id status currency } permissions } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMeStaff { me { staff { id } } }"): (typeof documents)["query SessionsAndStaffMeStaff { me { staff { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffClient($id: ID!) { client(id: $id) { id } }"): (typeof documents)["query SessionsAndStaffClient($id: ID!) { client(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffClientNamePhone($id: ID!) { client(id: $id) { lastName phoneNumber } }"): (typeof documents)["query SessionsAndStaffClientNamePhone($id: ID!) { client(id: $id) { lastName phoneNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffContactCity($id: ID!) { contact(id: $id) { city } }"): (typeof documents)["query SessionsAndStaffContactCity($id: ID!) { contact(id: $id) { city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionsAndStaffMembers($first: Int, $after: String) { staffMembers(first: $first, after: $after) {\n  totalCount edges { cursor node { __typename id email role active } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query SessionsAndStaffMembers($first: Int, $after: String) { staffMembers(first: $first, after: $after) {\n  totalCount edges { cursor node { __typename id email role active } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffLoginAsClient($id: ID!) { loginAsClient(clientId: $id) { token } }"): (typeof documents)["mutation SessionsAndStaffLoginAsClient($id: ID!) { loginAsClient(clientId: $id) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"): (typeof documents)["mutation SessionsAndStaffMergeClients($k: ID!, $d: ID!) { mergeClients(keepId: $k, discardId: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SessionsAndStaffDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation SessionsAndStaffDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsFirstUseSettings { settings { requiredClientFields } billingSettings { taxMode autoApplyCredit } }"): (typeof documents)["query SettingsFirstUseSettings { settings { requiredClientFields } billingSettings { taxMode autoApplyCredit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SortingPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"): (typeof documents)["mutation SortingPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingInvoices($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query SortingInvoices($f: InvoiceFilter, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  invoices(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingServices($f: ServiceFilter, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  services(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query SortingServices($f: ServiceFilter, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  services(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingClients($f: ClientFilter, $o: ClientOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query SortingClients($f: ClientFilter, $o: ClientOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  clients(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingDomains($f: DomainFilter, $o: DomainOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  domains(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query SortingDomains($f: DomainFilter, $o: DomainOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  domains(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingTransactions($f: TransactionFilter, $o: TransactionOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query SortingTransactions($f: TransactionFilter, $o: TransactionOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingClientServices($c: ID!, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { services(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"): (typeof documents)["query SortingClientServices($c: ID!, $o: ServiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { services(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SortingClientInvoices($c: ID!, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { invoices(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"): (typeof documents)["query SortingClientInvoices($c: ID!, $o: InvoiceOrder, $first: Int, $after: String, $last: Int, $before: String) {\n  client(id: $c) { invoices(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {\n    edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanOutClientChanged { clientChanged { client { id city group { id } contacts { id } } } }"): (typeof documents)["subscription FanOutClientChanged { clientChanged { client { id city group { id } contacts { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanOutInvoiceChanged { invoiceChanged { invoice { id notes lines { id } client { id city } } } }"): (typeof documents)["subscription FanOutInvoiceChanged { invoiceChanged { invoice { id notes lines { id } client { id city } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanOutServiceChanged { serviceChanged { change service { id domain product { id name } client { id } } } }"): (typeof documents)["subscription FanOutServiceChanged { serviceChanged { change service { id domain product { id name } client { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation FanOutRegisterClient($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"): (typeof documents)["mutation FanOutCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation FanOutCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation FanOutCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation FanOutUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }"): (typeof documents)["mutation FanOutUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"): (typeof documents)["mutation FanOutUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FanOutClientChanged2 { clientChanged { client { id city adminNotes } } }"): (typeof documents)["subscription FanOutClientChanged2 { clientChanged { client { id city adminNotes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FanOutUpdateClient2($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"): (typeof documents)["mutation FanOutUpdateClient2($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }"): (typeof documents)["subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"): (typeof documents)["mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }"): (typeof documents)["mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"): (typeof documents)["mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id } }"): (typeof documents)["mutation SubscriptionsSetStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"): (typeof documents)["mutation TransactionsCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransactionsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"): (typeof documents)["mutation TransactionsDeleteClients($ids: [ID!]!) { deleteClients(ids: $ids, confirm: true) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransactionsFirst($first: Int) { transactions(first: $first) { totalCount edges { node { ...TransactionFields } } } }"): (typeof documents)["query TransactionsFirst($first: Int) { transactions(first: $first) { totalCount edges { node { ...TransactionFields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UpgradesInvoiceLines on Invoice { lines { description amount { amount } tax1 { amount } computation {\n  source explanation price { amount currency } cycle quantity periodStart periodEnd days daysInCycle previousPrice { amount } previousCycle previousDaysInCycle\n  discountPercent discountBase { amount } promotionCode rounding taxRules { name level rate compound } } } }"): (typeof documents)["fragment UpgradesInvoiceLines on Invoice { lines { description amount { amount } tax1 { amount } computation {\n  source explanation price { amount currency } cycle quantity periodStart periodEnd days daysInCycle previousPrice { amount } previousCycle previousDaysInCycle\n  discountPercent discountBase { amount } promotionCode rounding taxRules { name level rate compound } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) {\n  service { id } currency product { id } previousProduct { id } cycle previousCycle cycleStart nextDueDate daysInCycle daysInNewCycle daysLeft\n  recurringAmount { amount } previousRecurringAmount { amount } credited { amount } debited { amount } amount { amount currency } tax { amount } total { amount } } }"): (typeof documents)["query UpgradesPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) {\n  service { id } currency product { id } previousProduct { id } cycle previousCycle cycleStart nextDueDate daysInCycle daysInNewCycle daysLeft\n  recurringAmount { amount } previousRecurringAmount { amount } credited { amount } debited { amount } amount { amount currency } tax { amount } total { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) {\n  id status total { amount } items { kind status description product { id } cycle configOptions { optionId quantity } service { id } recurringAmount { amount }\n  invoice { id status total { amount } ...UpgradesInvoiceLines } } invoices { id } } }"): (typeof documents)["mutation UpgradesUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) {\n  id status total { amount } items { kind status description product { id } cycle configOptions { optionId quantity } service { id } recurringAmount { amount }\n  invoice { id status total { amount } ...UpgradesInvoiceLines } } invoices { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesManual($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id product { id } billingCycle recurringAmount { amount } } }"): (typeof documents)["mutation UpgradesManual($s: ID!, $i: ManualServiceChangeInput!) { changeServicePackage(serviceId: $s, input: $i) { id product { id } billingCycle recurringAmount { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesService($id: ID!) { service(id: $id) { id status product { id } billingCycle nextDueDate recurringAmount { amount } configOptions { optionId quantity } } }"): (typeof documents)["query UpgradesService($id: ID!) { service(id: $id) { id status product { id } billingCycle nextDueDate recurringAmount { amount } configOptions { optionId quantity } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesCancelOrder($id: ID!) { cancelOrder(id: $id) { id status } }"): (typeof documents)["mutation UpgradesCancelOrder($id: ID!) { cancelOrder(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesAcceptOrder($id: ID!) { acceptOrder(id: $id) { id } }"): (typeof documents)["mutation UpgradesAcceptOrder($id: ID!) { acceptOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesOrder($id: ID!) { order(id: $id) { status items { status } } }"): (typeof documents)["query UpgradesOrder($id: ID!) { order(id: $id) { status items { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }"): (typeof documents)["mutation UpgradesMarkPaid($id: ID!) { markInvoicePaid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }"): (typeof documents)["mutation UpgradesSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"): (typeof documents)["mutation UpgradesTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }"): (typeof documents)["mutation UpgradesCreateOptions($i: ConfigOptionGroupInput!) { createConfigOptionGroup(input: $i) { options { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"): (typeof documents)["mutation UpgradesRunCreate($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query UpgradesCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation UpgradesCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesInvoiceStatus($id: ID!) { invoice(id: $id) { status } }"): (typeof documents)["query UpgradesInvoiceStatus($id: ID!) { invoice(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { items { invoice { ...UpgradesInvoiceLines } } } }"): (typeof documents)["mutation UpgradesPlaceOrder($c: CartInput!) { placeOrder(cart: $c) { items { invoice { ...UpgradesInvoiceLines } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesDailyRun($d: LocalDate) { runDailyRun(date: $d) { id } }"): (typeof documents)["mutation UpgradesDailyRun($d: LocalDate) { runDailyRun(date: $d) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradesLatestInvoice($c: ID!) { invoices(filter: { clientId: $c }, first: 1) { edges { node { ...UpgradesInvoiceLines } } } }"): (typeof documents)["query UpgradesLatestInvoice($c: ID!) { invoices(filter: { clientId: $c }, first: 1) { edges { node { ...UpgradesInvoiceLines } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...UpgradesInvoiceLines } }"): (typeof documents)["mutation UpgradesCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...UpgradesInvoiceLines } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradesAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation UpgradesAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"): (typeof documents)["mutation YearCreateAddon($i: AddonInput!) { createAddon(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"): (typeof documents)["mutation YearCreateTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"): (typeof documents)["mutation YearAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearAccept($id: ID!) { acceptOrder(id: $id) { items { service { id } } } }"): (typeof documents)["mutation YearAccept($id: ID!) { acceptOrder(id: $id) { items { service { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"): (typeof documents)["mutation YearRunCommand($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation YearAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { terminatesOn } }"): (typeof documents)["mutation YearRequestCancellation($i: CancellationRequestInput!) { requestCancellation(input: $i) { terminatesOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearService($id: ID!) { service(id: $id) { status nextDueDate product { name } billingCycle recurringAmount { amount } addons { status nextDueDate billingCycle } } }"): (typeof documents)["query YearService($id: ID!) { service(id: $id) { status nextDueDate product { name } billingCycle recurringAmount { amount } addons { status nextDueDate billingCycle } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearTermination($id: ID!) { service(id: $id) { terminationDate addons { terminationDate } } }"): (typeof documents)["query YearTermination($id: ID!) { service(id: $id) { terminationDate addons { terminationDate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }"): (typeof documents)["query YearClient($id: ID!) { client(id: $id) { status creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearInvoices($c: ID!) { client(id: $c) { creditBalance { amount } } invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } creditApplied { amount } lines { description amount { amount } } } } } }"): (typeof documents)["query YearInvoices($c: ID!) { client(id: $c) { creditBalance { amount } } invoices(filter: { clientId: $c }, first: 50, orderBy: { field: ISSUE_DATE, direction: ASC }) {\n  edges { node { id status dueDate total { amount } creditApplied { amount } lines { description amount { amount } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearUnpaid { invoices(filter: { status: [UNPAID] }, first: 50) { edges { node { id dueDate client { id } } } } }"): (typeof documents)["query YearUnpaid { invoices(filter: { status: [UNPAID] }, first: 50) { edges { node { id dueDate client { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query YearEmails($c: ID!) { clientEmails(clientId: $c, first: 100) { edges { node { type } } } }"): (typeof documents)["query YearEmails($c: ID!) { clientEmails(clientId: $c, first: 100) { edges { node { type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearPay($id: ID!) { markInvoicePaid(id: $id) { id } }"): (typeof documents)["mutation YearPay($id: ID!) { markInvoicePaid(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step message } } }"): (typeof documents)["mutation YearRun($d: LocalDate) { runDailyRun(date: $d) { status steps { name status count } errors { step message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { creditOnDowngrade } }"): (typeof documents)["mutation YearSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { creditOnDowngrade } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YearUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }"): (typeof documents)["mutation YearUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation FixturesCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation FixturesCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation FixturesCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation FixturesCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixturesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"): (typeof documents)["mutation FixturesCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InvoiceFields on Invoice { id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail\n  subtotal { amount currency } tax1 { amount currency } tax2 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency }\n  tax1Name tax2Name addressedTo { name companyName email country taxId }\n  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit } }"): (typeof documents)["fragment InvoiceFields on Invoice { id number status currency client { id } payer { id } issueDate dueDate datePaid notes overdue clientName clientEmail\n  subtotal { amount currency } tax1 { amount currency } tax2 { amount currency } total { amount currency } creditApplied { amount currency } amountPaid { amount currency } balanceDue { amount currency }\n  tax1Name tax2Name addressedTo { name companyName email country taxId }\n  lines { id position type description taxable service { id } domain { id } addon { id } amount { amount } net { amount } tax1 { amount } tax2 { amount } total { amount } }\n  transactions { id kind gateway transactionId amount { amount } toClientCredit { amount } refunded { amount } refundOf { id } toCredit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency } }"): (typeof documents)["mutation InvoiceHelpersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersUpdateInvoice($id: ID!, $i: UpdateInvoiceInput!) { updateInvoice(id: $id, input: $i) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersPublish($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersPublish($id: ID!, $c: Boolean) { publishInvoice(id: $id, applyCredit: $c) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersCancel($id: ID!) { cancelInvoice(id: $id) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersCancel($id: ID!) { cancelInvoice(id: $id) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersMarkPaid($id: ID!) { markInvoicePaid(id: $id) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersMarkPaid($id: ID!) { markInvoicePaid(id: $id) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceHelpersGet($id: ID!) { invoice(id: $id) { ...InvoiceFields } }"): (typeof documents)["query InvoiceHelpersGet($id: ID!) { invoice(id: $id) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { amount currency } toClientCredit { amount } } }"): (typeof documents)["mutation InvoiceHelpersPay($i: AddInvoicePaymentInput!) { addInvoicePayment(input: $i) { id kind gateway transactionId invoice { id } amount { amount currency } toClientCredit { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersRefund($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { amount currency } refundOf { id } toCredit toClientCredit { amount } } }"): (typeof documents)["mutation InvoiceHelpersRefund($i: RefundTransactionInput!) { refundTransaction(input: $i) { id kind gateway amount { amount currency } refundOf { id } toCredit toClientCredit { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersApplyCredit($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersApplyCredit($id: ID!, $a: String) { applyCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersRemoveCredit($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }"): (typeof documents)["mutation InvoiceHelpersRemoveCredit($id: ID!, $a: String) { removeAppliedCredit(invoiceId: $id, amount: $a) { ...InvoiceFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"): (typeof documents)["mutation InvoiceHelpersAddCredit($i: CreditChangeInput!) { addCredit(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }"): (typeof documents)["mutation InvoiceHelpersSettings($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { taxMode taxRounding autoApplyCredit } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"): (typeof documents)["mutation InvoiceHelpersTaxRule($i: TaxRuleInput!) { createTaxRule(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceHelpersBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"): (typeof documents)["query InvoiceHelpersBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvoiceHelpersSetStatus($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }"): (typeof documents)["mutation InvoiceHelpersSetStatus($id: ID!, $status: InvoiceStatus!, $note: String) { setInvoiceStatus(id: $id, status: $status, note: $note) { id status balanceDue { amount } overdue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceHelpersRefundTotals($id: ID!) { invoice(id: $id) { status amountPaid { amount currency } amountRefunded { amount currency } creditApplied { amount } balanceDue { amount } } }"): (typeof documents)["query InvoiceHelpersRefundTotals($id: ID!) { invoice(id: $id) { status amountPaid { amount currency } amountRefunded { amount currency } creditApplied { amount } balanceDue { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TransactionFields on Transaction { id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { amount currency } toClientCredit { amount } refunded { amount } }"): (typeof documents)["fragment TransactionFields on Transaction { id kind gateway transactionId client { id } invoice { id } clientName clientEmail date toCredit refundOf { id } amount { amount currency } toClientCredit { amount } refunded { amount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceHelpersTransactions($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { ...TransactionFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query InvoiceHelpersTransactions($f: TransactionFilter, $first: Int, $after: String, $last: Int, $before: String) {\n  transactions(filter: $f, first: $first, after: $after, last: $last, before: $before) {\n    totalCount edges { cursor node { ...TransactionFields } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvoiceHelpersGetTransaction($id: ID!) { transaction(id: $id) { ...TransactionFields } }"): (typeof documents)["query InvoiceHelpersGetTransaction($id: ID!) { transaction(id: $id) { ...TransactionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProcessStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"): (typeof documents)["mutation ProcessStaffLogin($e: String!, $p: String!) { login(email: $e, password: $p, realm: STAFF) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StripeGatewayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies } }"): (typeof documents)["mutation StripeGatewayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module enabled currencies } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;