/**
 * The operations both servers answer (this server's schema.graphql names;
 * bench/reference/schema.ts implements them). The staff list asks each
 * client's newest invoices in today's shape (no `Client.invoices`: one
 * aliased root `invoices` per client) or, once the schema has it, through
 * `Client.invoices`; the bench introspects this server to choose.
 */
export type InvoicesShape = 'aliased root queries' | 'Client.invoices';

const MONEY = 'amount currency';
const INVOICE_SUMMARY = `id number status issueDate dueDate total { ${MONEY} } balanceDue { amount }`;

/** The logged-in client's home: the first 50 services with their product, the first 50 domains, the newest 50 invoices with their lines. */
export const CLIENT_AREA = `query ClientArea {
  me { client { id firstName lastName companyName email status creditBalance { ${MONEY} }
    services(first: 50) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id domain status billingCycle registrationDate nextDueDate recurringAmount { ${MONEY} } product { id name } } } }
    domains(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name status registrationDate expiryDate autoRenew } } } } }
  invoices(first: 50) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${INVOICE_SUMMARY} lines { id description amount { amount } total { amount } } } } }
}`;

const CLIENT_SUMMARY = `id firstName lastName companyName email status creditBalance { ${MONEY} }
      services(first: 5) { totalCount edges { node { id domain status billingCycle nextDueDate recurringAmount { ${MONEY} } product { id name } } } }`;
const NEWEST_INVOICES = `invoices(first: 5) { totalCount edges { node { ${INVOICE_SUMMARY} } } }`;

/**
 * Staff: a page of `pageSize` clients with their first 5 services (and products) and,
 * unless `invoices` is undefined, each client's newest 5 invoices. In today's
 * shape the page's client ids are the variables $c0.. (the caller knows them).
 */
export function staffList(pageSize: number, invoices?: InvoicesShape): string {
  if (invoices === 'aliased root queries') {
    const ids = Array.from({ length: pageSize }, (_, i) => `$c${i}: ID!`).join(', ');
    const aliases = Array.from({ length: pageSize }, (_, i) => `  i${i}: invoices(first: 5, filter: { clientId: $c${i} }) { totalCount edges { node { ${INVOICE_SUMMARY} } } }`);
    return `query StaffList($after: String, ${ids}) {
  clients(first: ${pageSize}, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${CLIENT_SUMMARY} } } }
${aliases.join('\n')}
}`;
  }
  return `query StaffList($after: String) {
  clients(first: ${pageSize}, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { ${CLIENT_SUMMARY}${invoices ? `\n      ${NEWEST_INVOICES}` : ''} } } }
}`;
}

/** The variables of staffList for one page: its cursor and, in today's shape, its client ids. */
export function staffListVariables(page: { after?: string; clientIds: string[] }, invoices?: InvoicesShape) {
  const variables: Record<string, unknown> = { after: page.after };
  if (invoices === 'aliased root queries') page.clientIds.forEach((id, i) => (variables[`c${i}`] = id));
  return variables;
}

/** Staff watching every client, as the issue's fan-out does. */
export const CLIENT_CHANGED = `subscription { clientChanged { clientId change at client { id status } } }`;

export const SET_CLIENT_STATUS = `mutation($id: ID!, $status: ClientStatus!) { setClientStatus(id: $id, status: $status) { id status } }`;

export const CLIENT_FIELDS = `{ __type(name: "Client") { fields { name } } }`;
