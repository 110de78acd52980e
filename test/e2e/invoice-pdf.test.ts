import { idOf, keyOf } from '../support/ids';
import { invoicePdfLinkSignature } from '../../src/billing/invoice-pdf.service';
import type { TestApp } from '../support/test-app';
import { PAY, REFUND, startInvoiceTestApp, type invoiceHelpers } from '../support/invoices';
import { graphql } from '../generated';
import type { ClientPermission } from '../generated/graphql';

const LINK = graphql(`mutation InvoicePdfLink($id: ID!) { createInvoicePdfLink(invoiceId: $id) { url expiresAt } }`);
const CREATE_USER = graphql(`mutation InvoicePdfCreateUser($c: ID!, $i: CreateClientUserInput!) { createClientUser(clientId: $c, input: $i) { id email } }`);
const CREATE_INVOICE = graphql(`mutation InvoicePdfCreateInvoice($i: CreateInvoiceInput!) { createInvoice(input: $i) { id number total { amount } } }`);

const ISSUER = {
  issuerName: 'Hostwerk B.V.',
  issuerAddress: 'Keizersgracht 12\n1015 CS Amsterdam\nNetherlands',
  issuerEmail: 'billing@hostwerk.example',
  issuerTaxId: 'NL859123456B01',
  invoiceFooter: 'IBAN NL91 ABNA 0417 1643 00 — payment within 14 days',
};

/** The text of every page (pdfjs-dist, the PDF reader of Firefox), one string per page. */
async function pdfPages(pdf: Uint8Array): Promise<{ pages: string[]; info: Record<string, unknown> }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: pdf, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    const { info } = await document.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await document.destroy();
  }
}

describe('invoice PDF download (issue 4 point 4)', () => {
  let t: TestApp;
  let admin: string;
  let h: ReturnType<typeof invoiceHelpers>;
  let origin: string;

  const download = (path: string, token?: string) => fetch(`${origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const pdfOf = (id: string, token?: string) => download(`/invoices/${id}/pdf`, token);
  const textOf = async (res: Response) => {
    expect(res.status).toBe(200);
    return pdfPages(new Uint8Array(await res.arrayBuffer()));
  };
  const errorCode = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
  const linkFor = async (id: string, token: string) => h.ok(await t.gql(LINK, { id }, token)).createInvoicePdfLink;

  beforeAll(async () => {
    ({ t, admin, h } = await startInvoiceTestApp());
    origin = new URL(t.url).origin;
    await h.settings({ ...ISSUER, invoiceNumberFormat: 'INV/{NUMBER:4}', autoApplyCredit: true });
  });
  afterAll(() => t.stop());

  it('issue 11.12: the payments table shows what went to credit and adds up to the amount paid', async () => {
    const client = await h.newClient({ country: 'NL' });
    const invoice = await h.invoice(client.id, ['10.00']); // €12.10
    const payment = h.ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '20.00', gateway: 'stripe', transactionId: 'ch_Over' } }, admin)).addInvoicePayment;
    h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '10.00', transactionId: 're_Over' } }, admin));
    const [text] = (await textOf(await pdfOf(invoice.id, admin))).pages;
    expect(text).toContain('Date Type Gateway Transaction ID Amount Credit On invoice');
    expect(text).toContain('Payment stripe ch_Over €20.00 €7.90 €12.10');
    expect(text).toContain('Refund stripe re_Over -€10.00 -€7.90 -€2.10');
    expect(text).toContain('Amount paid €10.00');
  });

  it('issue 4.4: the PDF shows the operator, the addressee (Cyrillic), lines, tax, credit, payments and totals with the currency sign', async () => {
    const client = await h.newClient({ firstName: 'Иван', lastName: 'Петров', country: 'NL', city: 'Utrecht', address1: 'Oudegracht 5' });
    await h.addCredit(client.id, '21.00');
    const invoice = await h.invoice(client.id, ['100.00'], { notes: 'Thank you for your order' });
    expect([invoice.total.amount, invoice.creditApplied.amount]).toEqual(['121.00', '21.00']);
    const payment = h.ok(await t.gql(PAY, { i: { invoiceId: invoice.id, amount: '50.00', gateway: 'stripe', transactionId: 'ch_3PdfTest' } }, admin)).addInvoicePayment;
    h.ok(await t.gql(REFUND, { i: { paymentId: payment.id, amount: '10.00', transactionId: 're_3PdfTest' } }, admin));

    const res = await pdfOf(invoice.id, admin);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="invoice-${invoice.number!.replace('/', '-')}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const { pages, info } = await textOf(res);
    expect(pages).toHaveLength(1);
    const text = pages[0];
    expect(info).toMatchObject({ Title: invoice.number, Author: 'Hostwerk B.V.' });
    for (const expected of [
      `Invoice ${invoice.number}`, 'Status: Unpaid', `Issue date: ${invoice.issueDate}`, `Due date: ${invoice.dueDate}`,
      'Hostwerk B.V.', 'Keizersgracht 12', '1015 CS Amsterdam', 'billing@hostwerk.example', 'Tax ID: NL859123456B01',
      'Иван Петров', 'Oudegracht 5', 'Utrecht', 'Netherlands',
      'Line 1', '€100.00', '€21.00', 'VAT NL (21%)', '€121.00',
      'Payment stripe ch_3PdfTest €50.00', 'Refund stripe re_3PdfTest -€10.00', 'Thank you for your order', 'IBAN NL91 ABNA 0417 1643 00 — payment within 14 days',
    ]) expect(text).toContain(expected);
    // Amount paid is net of refunds; the balance due is total − credit applied − amount paid.
    expect(text).toContain('Subtotal €100.00 VAT NL (21%) €21.00 Total €121.00 Credit applied €21.00 Amount paid €40.00 Refunded €10.00 Balance due €60.00');
    expect(text).not.toContain('Page 1 of');
  });

  it('issue 4.4: staff, the owning client and a sub-account with INVOICES may download; others may not', async () => {
    const client = await h.newClient({ country: 'NL' });
    const invoice = await h.invoice(client.id, ['10.00']);
    const owner = await client.token();
    expect((await textOf(await pdfOf(invoice.id, owner))).pages[0]).toContain('€12.10');

    const user = async (permissions: ClientPermission[]) => {
      const email = `pdf-user-${permissions.join('-') || 'none'}-${Date.now()}@example.com`;
      h.ok(await t.gql(CREATE_USER, { c: client.id, i: { email, firstName: 'Sub', lastName: 'User', password: 'user-password-123', permissions } }, owner));
      return t.clientToken(email, 'user-password-123');
    };
    expect((await pdfOf(invoice.id, await user(['INVOICES']))).status).toBe(200);
    const withoutInvoices = await pdfOf(invoice.id, await user(['SUPPORT']));
    expect([withoutInvoices.status, await errorCode(withoutInvoices)]).toEqual([403, 'FORBIDDEN']);

    // Issue 10.7: another client's invoice is NOT_FOUND, as a missing one is.
    const stranger = await (await h.newClient()).token();
    const foreign = await pdfOf(invoice.id, stranger);
    expect([foreign.status, await errorCode(foreign)]).toEqual([404, 'NOT_FOUND']);

    const anonymous = await pdfOf(invoice.id);
    expect([anonymous.status, await errorCode(anonymous), anonymous.headers.get('www-authenticate')]).toEqual([401, 'UNAUTHENTICATED', 'Bearer']);
    const badToken = await pdfOf(invoice.id, 'not-a-session-token');
    expect([badToken.status, await errorCode(badToken)]).toEqual([401, 'UNAUTHENTICATED']);
    const malformed = await pdfOf('12abc', admin);
    expect([malformed.status, await errorCode(malformed)]).toEqual([400, 'BAD_USER_INPUT']);
    const missing = await pdfOf(idOf('Invoice', 99999999), admin);
    expect([missing.status, await errorCode(missing)]).toEqual([404, 'NOT_FOUND']);
  });

  it('issue 4.4: a Draft is a proforma for staff (current client details) and hidden from the client', async () => {
    const client = await h.newClient({ firstName: 'Γιώργος', lastName: 'Παπαδόπουλος', country: 'GR' });
    const draft = await h.invoice(client.id, ['7.50'], { draft: true });
    const res = await pdfOf(draft.id, admin);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="invoice-draft-${draft.id}.pdf"`);
    const { pages, info } = await textOf(res);
    expect(pages[0]).toContain(`Draft invoice #${draft.id}`);
    expect(pages[0]).toContain('Proforma');
    expect(pages[0]).toContain('Γιώργος Παπαδόπουλος');
    expect(info.Title).toBe(`Draft invoice #${draft.id}`);

    const hidden = await pdfOf(draft.id, await client.token());
    expect([hidden.status, await errorCode(hidden)]).toEqual([404, 'NOT_FOUND']);
  });

  it('issue 4.4: a signed link downloads without a header for 5 minutes, for that invoice only', async () => {
    const client = await h.newClient({ country: 'NL' });
    const invoice = await h.invoice(client.id, ['20.00']);
    const other = await h.invoice(client.id, ['30.00']);
    const link = await linkFor(invoice.id, await client.token());
    expect(link.url).toMatch(new RegExp(`^/invoices/${invoice.id}/pdf\\?expires=\\d+&signature=[\\w-]{43}$`));
    const lifetime = Date.parse(link.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000);
    expect((await textOf(await download(link.url))).pages[0]).toContain(invoice.number);

    const url = new URL(link.url, origin);
    const expires = Number(url.searchParams.get('expires'));
    const signature = url.searchParams.get('signature')!;
    const withQuery = (id: string, query: Record<string, string>) => `/invoices/${id}/pdf?${new URLSearchParams(query)}`;
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    const past = Math.floor(Date.now() / 1000) - 1;
    const refused = [
      withQuery(other.id, { expires: String(expires), signature }),
      withQuery(invoice.id, { expires: String(expires + 1), signature }),
      withQuery(invoice.id, { expires: String(expires), signature: flip(signature, 10) }),
      withQuery(invoice.id, { expires: String(expires), signature: flip(signature, 42) }),
      withQuery(invoice.id, { expires: String(expires), signature: `${signature}x` }),
      withQuery(invoice.id, { expires: String(expires) }),
      // Signed with the right key but expired.
      withQuery(invoice.id, { expires: String(past), signature: invoicePdfLinkSignature(t.config.secretsKey!, keyOf(invoice.id), past) }),
    ];
    for (const path of refused) {
      const res = await download(path);
      expect([path, res.status, await errorCode(res)]).toEqual([path, 403, 'FORBIDDEN']);
    }
    // A link is only created for someone who may read the invoice.
    const stranger = await (await h.newClient()).token();
    expect(h.errorOf(await t.gql(LINK, { id: invoice.id }, stranger)).code).toBe('NOT_FOUND');
    expect(h.errorOf(await t.gql(LINK, { id: invoice.id })).code).toBe('UNAUTHENTICATED');
  });

  it('issue 4.4: a long invoice runs onto several numbered pages with every line', async () => {
    const client = await h.newClient({ country: 'NL' });
    const lines = Array.from({ length: 70 }, (_, i) => ({
      description: `Item #${String(i + 1).padStart(3, '0')} ${i % 7 === 0 ? 'managed VPS with daily offsite backups, monitoring and a dedicated IPv4 address for the whole period' : 'hosting'}`,
      amount: '1.00',
    }));
    const invoice = h.ok(await t.gql(CREATE_INVOICE,
      { i: { clientId: client.id, lines } }, admin)).createInvoice;
    const { pages } = await textOf(await pdfOf(invoice.id, admin));
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join(' ');
    for (const line of lines) expect(text).toContain(line.description);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(pages[pages.length - 1]).toContain(`€${invoice.total.amount}`);
  });
});
