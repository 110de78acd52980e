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
    "mutation ClientStatusCreateClient($i: CreateClientInput!) { createClient(input: $i) { id status } }": typeof types.ClientStatusCreateClientDocument,
    "mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": typeof types.ClientStatusUpdateClientDocument,
    "mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": typeof types.ClientStatusSetClientStatusDocument,
    "query ClientStatusClient($id: ID!) { client(id: $id) { status } }": typeof types.ClientStatusClientDocument,
    "mutation ClientStatusCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.ClientStatusCreateProductDocument,
    "mutation ClientStatusCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.ClientStatusCreateServiceDocument,
    "mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }": typeof types.ClientStatusUpdateServiceDocument,
    "mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }": typeof types.ClientStatusMoveServiceDocument,
    "mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }": typeof types.ClientStatusDeleteServiceDocument,
    "mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": typeof types.ClientStatusCreateDomainDocument,
    "mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": typeof types.ClientStatusUpdateDomainDocument,
    "subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": typeof types.ClientStatusClientChangedDocument,
    "mutation ClientUsersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ClientUsersCreateClientDocument,
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
    "mutation ContactsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ContactsCreateClientDocument,
    "fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }": typeof types.ContactsContactFragmentDoc,
    "mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }": typeof types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }": typeof types.ContactsUpdateDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }": typeof types.ContactsDeleteDocument,
    "query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }": typeof types.ContactsClientDocument,
    "mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }": typeof types.CreditCreateClientDocument,
    "fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": typeof types.CreditEntryFieldsFragmentDoc,
    "mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }": typeof types.CreditAddDocument,
    "mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }": typeof types.CreditRemoveDocument,
    "mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }": typeof types.CreditAdjustDocument,
    "query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }": typeof types.CreditLogDocument,
    "query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }": typeof types.CreditBalanceDocument,
    "mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ConnectionLossCreateClientDocument,
    "query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }": typeof types.ConnectionLossClientCountDocument,
    "mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.ConnectionLossCreateServerDocument,
    "mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.ConnectionLossCreateProductDocument,
    "mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.ConnectionLossCreateServiceDocument,
    "mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": typeof types.ConnectionLossRunModuleCommandDocument,
    "query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.ConnectionLossModuleJobDocument,
    "mutation DomainScenarioCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.DomainScenarioCreateClientDocument,
    "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": typeof types.DomainScenarioCreateContactDocument,
    "mutation DomainScenarioCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.DomainScenarioCreateServerDocument,
    "mutation DomainScenarioCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.DomainScenarioCreateProductDocument,
    "mutation DomainScenarioCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.DomainScenarioCreateServiceDocument,
    "mutation DomainScenarioCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": typeof types.DomainScenarioCreateDomainDocument,
    "mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": typeof types.DomainScenarioAddOrderDocument,
    "mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": typeof types.DomainScenarioAcceptDocument,
    "query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }": typeof types.DomainScenarioDomainsDocument,
    "query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }": typeof types.DomainScenarioDomainDocument,
    "mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": typeof types.DomainScenarioRunServiceDocument,
    "mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }": typeof types.DomainScenarioRunDomainDocument,
    "query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }": typeof types.DomainScenarioJobDocument,
    "mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }": typeof types.DomainScenarioPollDocument,
    "query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }": typeof types.DomainScenarioEmailsDocument,
    "mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }": typeof types.DowngradeCreditSettingsDocument,
    "query DowngradeCreditReadSettings { settings { creditOnDowngrade } }": typeof types.DowngradeCreditReadSettingsDocument,
    "query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }": typeof types.DowngradeCreditPreviewDocument,
    "mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": typeof types.DowngradeCreditUpgradeDocument,
    "query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }": typeof types.DowngradeCreditServiceDocument,
    "query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": typeof types.DowngradeCreditBalanceDocument,
    "mutation DowngradeCreditProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.DowngradeCreditProductDocument,
    "mutation DowngradeCreditClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.DowngradeCreditClientDocument,
    "mutation DowngradeCreditCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.DowngradeCreditCreateServiceDocument,
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
    "mutation LatePayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }": typeof types.LatePayConfigureDocument,
    "mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }": typeof types.LatePayStartDocument,
    "query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }": typeof types.LatePayInvoiceDocument,
    "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }": typeof types.LatePayEmailsDocument,
    "mutation ImpersonationCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.ImpersonationCreateClientDocument,
    "mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }": typeof types.ImpersonationLoginAsDocument,
    "mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }": typeof types.ImpersonationEndDocument,
    "query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }": typeof types.ImpersonationMeDocument,
    "mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": typeof types.ImpersonationUpdateMeDocument,
    "mutation WorkerSplitCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": typeof types.WorkerSplitCreateClientDocument,
    "mutation WorkerSplitCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": typeof types.WorkerSplitCreateProductDocument,
    "mutation WorkerSplitCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": typeof types.WorkerSplitCreateServerDocument,
    "mutation WorkerSplitCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": typeof types.WorkerSplitCreateServiceDocument,
    "mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": typeof types.WorkerSplitRunDocument,
    "mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }": typeof types.WorkerSplitCancelDocument,
    "query WorkerSplitService($id: ID!) { service(id: $id) { status } }": typeof types.WorkerSplitServiceDocument,
    "mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": typeof types.SessionsAndStaffLoginDocument,
    "query SessionsAndStaffMe { me { sessionId } }": typeof types.SessionsAndStaffMeDocument,
    "mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }": typeof types.SessionsAndStaffUpdateProfileDocument,
    "mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }": typeof types.SessionsAndStaffCreateContactDocument,
    "mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }": typeof types.SessionsAndStaffUpdateContactDocument,
    "mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }": typeof types.SessionsAndStaffChangeStaffPasswordDocument,
    "mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }": typeof types.SessionsAndStaffDeactivateDocument,
    "subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }": typeof types.SubscriptionsClientChangedDocument,
    "mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": typeof types.SubscriptionsRegisterDocument,
    "mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }": typeof types.SubscriptionsUpdateDocument,
    "mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": typeof types.SubscriptionsUpdateProfileDocument,
};
const documents: Documents = {
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
    "mutation ClientStatusCreateClient($i: CreateClientInput!) { createClient(input: $i) { id status } }": types.ClientStatusCreateClientDocument,
    "mutation ClientStatusUpdateClient($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id } }": types.ClientStatusUpdateClientDocument,
    "mutation ClientStatusSetClientStatus($id: ID!, $s: ClientStatus!) { setClientStatus(id: $id, status: $s) { id status } }": types.ClientStatusSetClientStatusDocument,
    "query ClientStatusClient($id: ID!) { client(id: $id) { status } }": types.ClientStatusClientDocument,
    "mutation ClientStatusCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.ClientStatusCreateProductDocument,
    "mutation ClientStatusCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.ClientStatusCreateServiceDocument,
    "mutation ClientStatusUpdateService($id: ID!, $i: UpdateServiceInput!) { updateService(id: $id, input: $i) { id status } }": types.ClientStatusUpdateServiceDocument,
    "mutation ClientStatusMoveService($id: ID!, $to: ID!) { moveService(id: $id, toClientId: $to) { id } }": types.ClientStatusMoveServiceDocument,
    "mutation ClientStatusDeleteService($id: ID!) { deleteService(id: $id) }": types.ClientStatusDeleteServiceDocument,
    "mutation ClientStatusCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id } }": types.ClientStatusCreateDomainDocument,
    "mutation ClientStatusUpdateDomain($id: ID!, $i: UpdateDomainInput!) { updateDomain(id: $id, input: $i) { id } }": types.ClientStatusUpdateDomainDocument,
    "subscription ClientStatusClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { status } } }": types.ClientStatusClientChangedDocument,
    "mutation ClientUsersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ClientUsersCreateClientDocument,
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
    "mutation ContactsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ContactsCreateClientDocument,
    "fragment ContactsContact on Contact { id firstName lastName email companyName city country emailCategories subAccount { id email permissions } }": types.ContactsContactFragmentDoc,
    "mutation ContactsCreate($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { ...ContactsContact } }": types.ContactsCreateDocument,
    "mutation ContactsUpdate($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ...ContactsContact } }": types.ContactsUpdateDocument,
    "mutation ContactsDelete($id: ID!) { deleteContact(id: $id) }": types.ContactsDeleteDocument,
    "query ContactsClient($id: ID!) { client(id: $id) { id billingContact { id email } contacts { id email emailCategories } } }": types.ContactsClientDocument,
    "mutation CreditCreateClient($i: CreateClientInput!) { createClient(input: $i) { id currency creditBalance { amount currency } } }": types.CreditCreateClientDocument,
    "fragment CreditEntryFields on CreditEntry { id kind description staff { id } createdAt amount { amount currency } balanceBefore { amount currency } balanceAfter { amount currency } }": types.CreditEntryFieldsFragmentDoc,
    "mutation CreditAdd($i: CreditChangeInput!) { addCredit(input: $i) { ...CreditEntryFields } }": types.CreditAddDocument,
    "mutation CreditRemove($i: CreditChangeInput!) { removeCredit(input: $i) { ...CreditEntryFields } }": types.CreditRemoveDocument,
    "mutation CreditAdjust($i: CreditAdjustmentInput!) { adjustCreditBalance(input: $i) { ...CreditEntryFields } }": types.CreditAdjustDocument,
    "query CreditLog($c: ID!, $first: Int, $after: String) { creditLog(clientId: $c, first: $first, after: $after) {\n  totalCount edges { node { ...CreditEntryFields } } pageInfo { hasNextPage endCursor } } }": types.CreditLogDocument,
    "query CreditBalance($id: ID!) { client(id: $id) { creditBalance { amount currency } } }": types.CreditBalanceDocument,
    "mutation ConnectionLossCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ConnectionLossCreateClientDocument,
    "query ConnectionLossClientCount($email: String!) { clients(filter: { email: $email }) { totalCount } }": types.ConnectionLossClientCountDocument,
    "mutation ConnectionLossCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.ConnectionLossCreateServerDocument,
    "mutation ConnectionLossCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.ConnectionLossCreateProductDocument,
    "mutation ConnectionLossCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.ConnectionLossCreateServiceDocument,
    "mutation ConnectionLossRunModuleCommand($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id } }": types.ConnectionLossRunModuleCommandDocument,
    "query ConnectionLossModuleJob($id: ID!) { moduleJob(id: $id) { status } }": types.ConnectionLossModuleJobDocument,
    "mutation DomainScenarioCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.DomainScenarioCreateClientDocument,
    "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }": types.DomainScenarioCreateContactDocument,
    "mutation DomainScenarioCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.DomainScenarioCreateServerDocument,
    "mutation DomainScenarioCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.DomainScenarioCreateProductDocument,
    "mutation DomainScenarioCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.DomainScenarioCreateServiceDocument,
    "mutation DomainScenarioCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }": types.DomainScenarioCreateDomainDocument,
    "mutation DomainScenarioAddOrder($i: AddOrderInput!) { addOrder(input: $i) { id items { id } } }": types.DomainScenarioAddOrderDocument,
    "mutation DomainScenarioAccept($id: ID!, $items: [AcceptItemInput!]) { acceptOrder(id: $id, items: $items) { status items { status } } }": types.DomainScenarioAcceptDocument,
    "query DomainScenarioDomains($f: DomainFilter) { domains(filter: $f) { edges { node { id name status } } } }": types.DomainScenarioDomainsDocument,
    "query DomainScenarioDomain($id: ID!) { domain(id: $id) { status expiryDate dnsZone { status } } }": types.DomainScenarioDomainDocument,
    "mutation DomainScenarioRunService($s: ID!, $c: String!) { runModuleCommand(serviceId: $s, command: $c) { id } }": types.DomainScenarioRunServiceDocument,
    "mutation DomainScenarioRunDomain($d: ID!, $c: String!, $i: JSONObject) { runDomainCommand(domainId: $d, command: $c, input: $i) { id } }": types.DomainScenarioRunDomainDocument,
    "query DomainScenarioJob($id: ID!) { moduleJob(id: $id) { status } }": types.DomainScenarioJobDocument,
    "mutation DomainScenarioPoll($s: ID!) { pollRegistry(serverId: $s) }": types.DomainScenarioPollDocument,
    "query DomainScenarioEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type language recipient subject status attempts lastError messageId } } } }": types.DomainScenarioEmailsDocument,
    "mutation DowngradeCreditSettings($i: UpdateSettingsInput!) { updateSettings(input: $i) { acceptOrdersOnPayment creditOnDowngrade } }": types.DowngradeCreditSettingsDocument,
    "query DowngradeCreditReadSettings { settings { creditOnDowngrade } }": types.DowngradeCreditReadSettingsDocument,
    "query DowngradeCreditPreview($s: ID!, $i: ServiceChangeInput!) { serviceChangePreview(serviceId: $s, input: $i) { amount { amount } creditToBalance { amount currency } } }": types.DowngradeCreditPreviewDocument,
    "mutation DowngradeCreditUpgrade($s: ID!, $i: ServiceChangeInput!) { upgradeService(serviceId: $s, input: $i) { status invoices { id } } }": types.DowngradeCreditUpgradeDocument,
    "query DowngradeCreditService($id: ID!) { service(id: $id) { product { id } recurringAmount { amount } } }": types.DowngradeCreditServiceDocument,
    "query DowngradeCreditBalance($id: ID!) { client(id: $id) { creditBalance { amount } } }": types.DowngradeCreditBalanceDocument,
    "mutation DowngradeCreditProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.DowngradeCreditProductDocument,
    "mutation DowngradeCreditClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.DowngradeCreditClientDocument,
    "mutation DowngradeCreditCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.DowngradeCreditCreateServiceDocument,
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
    "mutation LatePayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }": types.LatePayConfigureDocument,
    "mutation LatePayStart($id: ID!, $g: String!) { payInvoice(invoiceId: $id, gateway: $g) { reference } }": types.LatePayStartDocument,
    "query LatePayInvoice($id: ID!) { invoice(id: $id) {\n  status amountPaid { amount } balanceDue { amount }\n  transactions { id kind gateway transactionId amount { amount currency } toClientCredit { amount } } } }": types.LatePayInvoiceDocument,
    "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }": types.LatePayEmailsDocument,
    "mutation ImpersonationCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.ImpersonationCreateClientDocument,
    "mutation ImpersonationLoginAs($c: ID!) { loginAsClient(clientId: $c) { token me { sessionId client { id email } impersonator { id } staff { id } } } }": types.ImpersonationLoginAsDocument,
    "mutation ImpersonationEnd { endImpersonation { sessionId staff { id email } client { id } } }": types.ImpersonationEndDocument,
    "query ImpersonationMe { me { sessionId staff { id } client { id } impersonator { id } permissions } }": types.ImpersonationMeDocument,
    "mutation ImpersonationUpdateMe($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": types.ImpersonationUpdateMeDocument,
    "mutation WorkerSplitCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }": types.WorkerSplitCreateClientDocument,
    "mutation WorkerSplitCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }": types.WorkerSplitCreateProductDocument,
    "mutation WorkerSplitCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }": types.WorkerSplitCreateServerDocument,
    "mutation WorkerSplitCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }": types.WorkerSplitCreateServiceDocument,
    "mutation WorkerSplitRun($s: ID!) { runModuleCommand(serviceId: $s, command: \"create\") { id status } }": types.WorkerSplitRunDocument,
    "mutation WorkerSplitCancel($id: ID!) { cancelModuleJob(id: $id) { id status } }": types.WorkerSplitCancelDocument,
    "query WorkerSplitService($id: ID!) { service(id: $id) { status } }": types.WorkerSplitServiceDocument,
    "mutation SessionsAndStaffLogin($e: String!, $p: String!, $r: LoginRealm) { login(email: $e, password: $p, realm: $r) { token } }": types.SessionsAndStaffLoginDocument,
    "query SessionsAndStaffMe { me { sessionId } }": types.SessionsAndStaffMeDocument,
    "mutation SessionsAndStaffUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { email } }": types.SessionsAndStaffUpdateProfileDocument,
    "mutation SessionsAndStaffCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id email subAccount { id } } }": types.SessionsAndStaffCreateContactDocument,
    "mutation SessionsAndStaffUpdateContact($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id email } }": types.SessionsAndStaffUpdateContactDocument,
    "mutation SessionsAndStaffChangeStaffPassword($i: ChangeStaffPasswordInput!) { changeStaffPassword(input: $i) { id } }": types.SessionsAndStaffChangeStaffPasswordDocument,
    "mutation SessionsAndStaffDeactivate($id: ID!) { deactivateStaff(id: $id) { id active } }": types.SessionsAndStaffDeactivateDocument,
    "subscription SubscriptionsClientChanged($id: ID) { clientChanged(id: $id) { clientId change client { id city } } }": types.SubscriptionsClientChangedDocument,
    "mutation SubscriptionsRegister($i: RegisterClientInput!) { registerClient(input: $i) { id } }": types.SubscriptionsRegisterDocument,
    "mutation SubscriptionsUpdate($id: ID!, $i: UpdateClientInput!) { updateClient(id: $id, input: $i) { id city } }": types.SubscriptionsUpdateDocument,
    "mutation SubscriptionsUpdateProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id city } }": types.SubscriptionsUpdateProfileDocument,
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
export function graphql(source: "mutation ClientStatusCreateClient($i: CreateClientInput!) { createClient(input: $i) { id status } }"): (typeof documents)["mutation ClientStatusCreateClient($i: CreateClientInput!) { createClient(input: $i) { id status } }"];
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
export function graphql(source: "mutation ClientStatusCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation ClientStatusCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientStatusCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation ClientStatusCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
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
export function graphql(source: "mutation ClientUsersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ClientUsersCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
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
export function graphql(source: "mutation ContactsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ContactsCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
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
export function graphql(source: "mutation DomainScenarioCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateContact($c: ID!, $i: CreateContactInput!) { createContact(clientId: $c, input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation DomainScenarioCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DomainScenarioCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"): (typeof documents)["mutation DomainScenarioCreateDomain($i: CreateDomainInput!) { createDomain(input: $i) { id name } }"];
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
export function graphql(source: "mutation DowngradeCreditProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation DowngradeCreditProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DowngradeCreditClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation DowngradeCreditClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DowngradeCreditCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation DowngradeCreditCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
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
export function graphql(source: "mutation LatePayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }"): (typeof documents)["mutation LatePayConfigure($i: ConfigurePaymentGatewayInput!) { configurePaymentGateway(input: $i) { module } }"];
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
export function graphql(source: "query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }"): (typeof documents)["query LatePayEmails($c: ID!) { clientEmails(clientId: $c, first: 50) { edges { node { type recipient subject body } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImpersonationCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation ImpersonationCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
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
export function graphql(source: "mutation WorkerSplitCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"): (typeof documents)["mutation WorkerSplitCreateClient($i: CreateClientInput!) { createClient(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSplitCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"): (typeof documents)["mutation WorkerSplitCreateProduct($i: CreateProductInput!) { createProduct(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSplitCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"): (typeof documents)["mutation WorkerSplitCreateServer($i: CreateServerInput!) { createServer(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerSplitCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"): (typeof documents)["mutation WorkerSplitCreateService($i: CreateServiceInput!) { createService(input: $i) { id } }"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;