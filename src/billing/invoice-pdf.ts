/**
 * Issue 4 point 4: the PDF of an invoice. Pure rendering: everything printed
 * comes in the data object (see invoice-pdf.service.ts for the loader).
 * DejaVu Sans is embedded so Cyrillic and Greek names and currency signs
 * (₽ € £ ₹) print; the standard PDF fonts only cover Latin-1.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { formatAmount } from '../shared/money';
import { InvoiceStatus, type InvoiceAddress } from './invoice.entity';
import { TransactionKind } from './transaction.entity';
import { isoDate } from '../shared/dates';
import { globalId } from '../shared/ids';

export interface InvoicePdfData {
  issuer: { name: string; address: string; email: string; taxId: string; footer: string };
  /** Amounts print as prefix + amount + suffix, or "amount CODE" when both are empty. */
  currency: { code: string; prefix: string; suffix: string };
  invoice: {
    id: number;
    number?: string;
    status: InvoiceStatus;
    issueDate: string;
    dueDate: string;
    datePaid?: Date;
    notes?: string;
    subtotalMinor: bigint;
    tax1Name?: string;
    tax1Rate?: string;
    tax1Minor: bigint;
    tax2Name?: string;
    tax2Rate?: string;
    tax2Minor: bigint;
    totalMinor: bigint;
    creditAppliedMinor: bigint;
    amountPaidMinor: bigint;
    amountRefundedMinor: bigint;
    balanceDueMinor: bigint;
  };
  addressee: InvoiceAddress;
  lines: { description: string; netMinor: bigint; taxMinor: bigint; totalMinor: bigint }[];
  /** appliedMinor: the part that counted towards the amount paid (the rest moved client credit). */
  transactions: { date: Date; kind: TransactionKind; gateway: string; transactionId: string; amountMinor: bigint; appliedMinor: bigint }[];
}

type Doc = InstanceType<typeof PDFDocument>;
type Cell = { text: string; width: number; align?: 'left' | 'right' };

const MARGIN = 50;
const BODY_SIZE = 9;
const CELL_GAP = 8;
const TEXT_COLOR = '#222222';
const MUTED_COLOR = '#666666';
const RULE_COLOR = '#cccccc';

/** pdfkit and its fonts code take 5 MB of heap: loaded with the first PDF, not by every server that never renders one (issue 12). */
const pdfKit = async (): Promise<typeof PDFDocument> => (await import('pdfkit')).default;

let fontCache: { regular: Buffer; bold: Buffer } | undefined;

/** Read once; resolved through the package so it works from src/ (ts-jest) and dist/. */
function fonts() {
  if (!fontCache) {
    const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontCache = { regular: readFileSync(join(folder, 'DejaVuSans.ttf')), bold: readFileSync(join(folder, 'DejaVuSans-Bold.ttf')) };
  }
  return fontCache;
}

/** "Invoice INV-7", or "Draft invoice #<global id>" before a number is assigned (the id the API shows). */
export function invoiceTitle(invoice: Pick<InvoicePdfData['invoice'], 'id' | 'number'>): string {
  return invoice.number ? `Invoice ${invoice.number}` : `Draft invoice #${globalId('Invoice', invoice.id)}`;
}

export async function renderInvoicePdf(data: InvoicePdfData): Promise<Buffer> {
  const title = invoiceTitle(data.invoice);
  const doc = new (await pdfKit())({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: data.invoice.number ?? title, ...(data.issuer.name ? { Author: data.issuer.name } : {}) },
  });
  const output = collect(doc);
  doc.registerFont('regular', fonts().regular);
  doc.registerFont('bold', fonts().bold);
  doc.font('regular').fontSize(BODY_SIZE).fillColor(TEXT_COLOR);

  const money = (minor: bigint) => formatMoney(minor, data.currency);
  drawHeading(doc, data, title);
  drawAddressee(doc, data.addressee);
  drawLines(doc, data.lines, money);
  drawTotals(doc, data.invoice, money);
  drawTransactions(doc, data.transactions, money);
  drawParagraph(doc, 'Notes', data.invoice.notes);
  drawFooterText(doc, data.issuer.footer);
  numberPages(doc);
  doc.end();
  return output;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function formatMoney(minor: bigint, currency: InvoicePdfData['currency']): string {
  const sign = minor < 0n ? '-' : '';
  const digits = formatAmount(minor < 0n ? -minor : minor, currency.code);
  if (!currency.prefix && !currency.suffix) return `${sign}${digits} ${currency.code}`;
  return `${sign}${currency.prefix}${digits}${currency.suffix}`;
}


const STATUS_LABELS: Record<InvoiceStatus, string> = {
  [InvoiceStatus.DRAFT]: 'Draft',
  [InvoiceStatus.UNPAID]: 'Unpaid',
  [InvoiceStatus.PAID]: 'Paid',
  [InvoiceStatus.CANCELLED]: 'Cancelled',
  [InvoiceStatus.REFUNDED]: 'Refunded',
  [InvoiceStatus.COLLECTIONS]: 'Collections',
  [InvoiceStatus.PAYMENT_PENDING]: 'Payment pending',
};

let regionNames: Intl.DisplayNames | undefined;
function countryName(code: string): string {
  try {
    // Made on the first PDF, not when the server starts: its ICU data stays in memory once loaded.
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const contentBottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` fits below the cursor; returns whether it did. */
function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= contentBottom(doc)) return false;
  doc.addPage();
  return true;
}

/** Operator on the left, invoice title, status and dates on the right. */
function drawHeading(doc: Doc, data: InvoicePdfData, title: string): void {
  const top = doc.y;
  const columnWidth = contentWidth(doc) / 2 - CELL_GAP;
  const rightX = MARGIN + contentWidth(doc) / 2 + CELL_GAP;
  const { issuer, invoice } = data;

  if (issuer.name) doc.font('bold').fontSize(14).text(issuer.name, MARGIN, top, { width: columnWidth });
  doc.font('regular').fontSize(BODY_SIZE);
  const issuerLines = [
    ...issuer.address.split(/\r?\n/),
    issuer.email,
    issuer.taxId ? `Tax ID: ${issuer.taxId}` : '',
  ].filter((line) => line.trim() !== '');
  for (const line of issuerLines) doc.text(line, MARGIN, doc.y, { width: columnWidth });
  const leftBottom = doc.y;

  doc.font('bold').fontSize(16).text(title, rightX, top, { width: columnWidth, align: 'right' });
  doc.font('regular').fontSize(BODY_SIZE);
  const facts = [
    ...(invoice.status === InvoiceStatus.DRAFT ? ['Proforma: not yet issued'] : []),
    `Status: ${STATUS_LABELS[invoice.status]}`,
    `Issue date: ${invoice.issueDate}`,
    `Due date: ${invoice.dueDate}`,
    ...(invoice.datePaid ? [`Date paid: ${isoDate(invoice.datePaid)}`] : []),
  ];
  for (const fact of facts) doc.text(fact, rightX, doc.y, { width: columnWidth, align: 'right' });

  doc.y = Math.max(leftBottom, doc.y) + 24;
}

function drawAddressee(doc: Doc, to: InvoiceAddress): void {
  const width = contentWidth(doc) / 2;
  doc.font('bold').fontSize(BODY_SIZE).fillColor(MUTED_COLOR).text('Bill to', MARGIN, doc.y, { width });
  doc.fillColor(TEXT_COLOR).fontSize(11).text(to.name, { width });
  doc.font('regular').fontSize(BODY_SIZE);
  const lines = [
    to.companyName && to.companyName !== to.name ? to.companyName : '',
    to.address1,
    to.address2,
    [to.postcode, to.city].filter(Boolean).join(' '),
    to.state,
    to.country ? countryName(to.country) : '',
    to.email,
    to.taxId ? `Tax ID: ${to.taxId}` : '',
  ].filter((line): line is string => !!line && line.trim() !== '');
  for (const line of lines) doc.text(line, { width });
  doc.moveDown(2);
}

/** One table row at the cursor; every cell wraps within its width. */
function drawRow(doc: Doc, cells: Cell[], font: 'regular' | 'bold' = 'regular'): void {
  doc.font(font).fontSize(BODY_SIZE);
  const height = rowHeight(doc, cells);
  const top = doc.y;
  let x = MARGIN;
  for (const cell of cells) {
    // The gap goes on the side away from the text, so right-aligned amounts end at the table's edge.
    const textX = cell.align === 'right' ? x + CELL_GAP : x;
    doc.text(cell.text, textX, top, { width: cell.width - CELL_GAP, align: cell.align ?? 'left' });
    x += cell.width;
  }
  doc.y = top + height;
  rule(doc, RULE_COLOR);
  doc.y += 4;
}

function rowHeight(doc: Doc, cells: Cell[]): number {
  return Math.max(...cells.map((cell) => doc.heightOfString(cell.text || ' ', { width: cell.width - CELL_GAP })));
}

function rule(doc: Doc, color: string): void {
  doc.save().moveTo(MARGIN, doc.y + 2).lineTo(MARGIN + contentWidth(doc), doc.y + 2).lineWidth(0.5).strokeColor(color).stroke().restore();
  doc.y += 2;
}

/** Rows under a header that repeats at the top of every page the table runs onto. */
function drawTable(doc: Doc, header: Cell[], rows: Cell[][]): void {
  ensureSpace(doc, 2 * rowHeight(doc, header) + 12);
  drawRow(doc, header, 'bold');
  for (const row of rows) {
    doc.font('regular').fontSize(BODY_SIZE);
    if (ensureSpace(doc, rowHeight(doc, row) + 8)) drawRow(doc, header, 'bold');
    drawRow(doc, row);
  }
}

function drawLines(doc: Doc, lines: InvoicePdfData['lines'], money: (minor: bigint) => string): void {
  const amountWidth = 85;
  const descriptionWidth = contentWidth(doc) - 3 * amountWidth;
  const columns = (description: string, net: string, tax: string, total: string): Cell[] => [
    { text: description, width: descriptionWidth },
    { text: net, width: amountWidth, align: 'right' },
    { text: tax, width: amountWidth, align: 'right' },
    { text: total, width: amountWidth, align: 'right' },
  ];
  drawTable(
    doc,
    columns('Description', 'Net', 'Tax', 'Total'),
    lines.map((line) => columns(line.description, money(line.netMinor), money(line.taxMinor), money(line.totalMinor))),
  );
  doc.moveDown();
}

/** "VAT NL (21%)": rates are stored as numeric text ("21.0000"), printed without trailing zeros. */
const taxLabel = (name: string | undefined, rate: string | undefined, fallback: string) =>
  name ? `${name}${rate ? ` (${rate.includes('.') ? rate.replace(/\.?0+$/, '') : rate}%)` : ''}` : fallback;

function drawTotals(doc: Doc, invoice: InvoicePdfData['invoice'], money: (minor: bigint) => string): void {
  const rows: { label: string; value: string; strong?: boolean }[] = [
    { label: 'Subtotal', value: money(invoice.subtotalMinor) },
    ...(invoice.tax1Name || invoice.tax1Minor ? [{ label: taxLabel(invoice.tax1Name, invoice.tax1Rate, 'Tax 1'), value: money(invoice.tax1Minor) }] : []),
    ...(invoice.tax2Name || invoice.tax2Minor ? [{ label: taxLabel(invoice.tax2Name, invoice.tax2Rate, 'Tax 2'), value: money(invoice.tax2Minor) }] : []),
    { label: 'Total', value: money(invoice.totalMinor), strong: true },
    { label: 'Credit applied', value: money(invoice.creditAppliedMinor) },
    { label: 'Amount paid', value: money(invoice.amountPaidMinor) },
    ...(invoice.amountRefundedMinor > 0n ? [{ label: 'Refunded', value: money(invoice.amountRefundedMinor) }] : []),
    { label: 'Balance due', value: money(invoice.balanceDueMinor), strong: true },
  ];
  const valueWidth = 100;
  const labelWidth = 200;
  const labelX = MARGIN + contentWidth(doc) - valueWidth - labelWidth;
  for (const row of rows) {
    doc.font(row.strong ? 'bold' : 'regular').fontSize(row.strong ? 10 : BODY_SIZE);
    const height = Math.max(doc.heightOfString(row.label, { width: labelWidth - CELL_GAP }), doc.heightOfString(row.value, { width: valueWidth }));
    ensureSpace(doc, height + 4);
    const top = doc.y;
    doc.text(row.label, labelX, top, { width: labelWidth - CELL_GAP, align: 'right' });
    doc.text(row.value, labelX + labelWidth, top, { width: valueWidth, align: 'right' });
    doc.y = top + height + 4;
  }
  doc.font('regular').fontSize(BODY_SIZE).moveDown(2);
}

/**
 * Issue 11.12: each payment and refund with the part that went to or came
 * from client credit, so the "On invoice" column adds up to the amount paid.
 */
function drawTransactions(doc: Doc, transactions: InvoicePdfData['transactions'], money: (minor: bigint) => string): void {
  if (!transactions.length) return;
  drawSectionTitle(doc, 'Payments and refunds');
  const columns = (date: string, kind: string, gateway: string, id: string, amount: string, credit: string, applied: string): Cell[] => [
    { text: date, width: 65 },
    { text: kind, width: 50 },
    { text: gateway, width: 70 },
    { text: id, width: contentWidth(doc) - 65 - 50 - 70 - 3 * 75 },
    { text: amount, width: 75, align: 'right' },
    { text: credit, width: 75, align: 'right' },
    { text: applied, width: 75, align: 'right' },
  ];
  drawTable(
    doc,
    columns('Date', 'Type', 'Gateway', 'Transaction ID', 'Amount', 'Credit', 'On invoice'),
    transactions.map((t) => columns(
      isoDate(t.date), t.kind === TransactionKind.REFUND ? 'Refund' : 'Payment', t.gateway, t.transactionId,
      money(t.amountMinor), money(t.amountMinor - t.appliedMinor), money(t.appliedMinor),
    )),
  );
  doc.moveDown(2);
}

function drawSectionTitle(doc: Doc, title: string): void {
  doc.font('bold').fontSize(10);
  ensureSpace(doc, 3 * doc.currentLineHeight(true));
  doc.text(title, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

/** Free text flows onto further pages by itself. */
function drawParagraph(doc: Doc, title: string, text: string | undefined): void {
  if (!text?.trim()) return;
  drawSectionTitle(doc, title);
  doc.font('regular').fontSize(BODY_SIZE).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(2);
}

function drawFooterText(doc: Doc, footer: string): void {
  if (!footer.trim()) return;
  doc.font('regular').fontSize(8).fillColor(MUTED_COLOR).text(footer, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.fillColor(TEXT_COLOR);
}

/** "Page n of m" in the bottom margin, only when the invoice runs to several pages. */
function numberPages(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(MUTED_COLOR)
      .text(`Page ${i - start + 1} of ${count}`, MARGIN, doc.page.height - bottomMargin / 2, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
