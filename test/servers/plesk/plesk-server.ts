/**
 * A Plesk XML API server for tests: the agent.php endpoint over HTTPS (or HTTP)
 * on loopback, with the customers, subscriptions, service plans and IP
 * addresses a panel keeps, the uniqueness rules a panel enforces, packets
 * checked against Plesk's element order (plesk-schema.ts), and failures that
 * can be injected on the next request or on a named operation.
 *
 * Automatic login as Plesk documents it
 * (https://docs.plesk.com/en-US/obsidian/administrator-guide/plesk-administration/automatic-logging-in-to-plesk.80002/):
 * server/create_session gives a session token for a login and the user's IP
 * address (Base64, as the reference for session values asks; plain text is
 * refused here, stricter than newer panels), and
 * GET /enterprise/rsession_init.php?PLESKSESSID=<token> logs the browser in
 * once, only from that address and only while the token is fresh.
 * Deleting a customer deletes its subscriptions, as on a panel.
 *
 * Its certificate is self-signed and names the panel's host name only
 * (plesk.test), not the address it listens on: a panel's certificate is
 * issued for the server host name (Plesk secures itself with a Let's Encrypt
 * certificate for the host name, or a self-signed one when it cannot get one:
 * https://www.plesk.com/kb/docs/plesk-single-server-post-install-configuration-ssl-tls-certificates-securing-plesk/),
 * so a panel reached by IP never matches it by name.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { AddressInfo, Socket, isIP } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { selfSignedCertificate, TestCertificate } from '../tls-certificate';
import { REQUEST_SCHEMA, XmlNode, validate } from './plesk-schema';

/** The host name in the test panel's certificate. */
export const PANEL_HOST_NAME = 'plesk.test';

export interface FakeCustomer {
  id: number;
  guid: string;
  login: string;
  password: string;
  personalName: string;
  company?: string;
  email?: string;
  phone?: string;
  address?: string;
  city?: string;
  state?: string;
  postcode?: string;
  country?: string;
  externalId?: string;
  status: number;
}

export interface FakeWebspace {
  id: number;
  guid: string;
  name: string;
  ownerId: number;
  status: number;
  externalId?: string;
  planGuid?: string;
  ftpLogin: string;
  ftpPassword: string;
  ipAddresses: string[];
}

export interface FakeSession {
  login: string;
  userIp: string;
  createdAt: number;
  used: boolean;
}

/** How long a session token may wait for its first use (the panel's session idle time is 30 minutes by default; shorter here). */
export const SESSION_TOKEN_TTL_MS = 5 * 60_000;

/** A mail account on a site (the site id of a subscription's main domain is the subscription's id). */
export interface FakeMailAccount {
  id: number;
  siteId: number;
  /** The full address, name@domain. */
  address: string;
  password?: string;
  mailbox: boolean;
  /** SpamAssassin filtering of this account; off for a new account, as on Plesk. */
  spamFilter: boolean;
}

export interface FakePlan {
  id: number;
  guid: string;
  name: string;
}

export type FailureMode =
  | 'error' // an operation-level error result, nothing applied
  | 'system-error' // a packet-level <system> error, nothing applied
  | 'http-500'
  | 'timeout' // never answer, nothing applied
  | 'apply-then-timeout'; // apply, then never answer (a lost response)

export interface FakePleskOptions {
  secure?: boolean;
  login?: string;
  password?: string;
  secretKey?: string;
  plans?: string[];
  ips?: Array<{ ip: string; type: 'shared' | 'exclusive' }>;
}

interface Failure {
  mode: FailureMode;
  /** `operator/operation`, e.g. `webspace/add`; any request when absent. */
  operation?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
});

export class FakePleskServer {
  readonly customers = new Map<number, FakeCustomer>();
  readonly webspaces = new Map<number, FakeWebspace>();
  /** Session tokens from server/create_session. */
  readonly sessions = new Map<string, FakeSession>();
  /** Logins that rsession_init.php let in, in order. */
  readonly panelLogins: Array<{ login: string; ip: string }> = [];
  readonly mailAccounts = new Map<number, FakeMailAccount>();
  readonly plans: FakePlan[];
  readonly ips: Array<{ ip: string; type: 'shared' | 'exclusive' }>;
  /** `operator/operation` of every packet received, in order. */
  readonly requests: string[] = [];
  /** Schema violations seen (a correct client leaves this empty). */
  readonly schemaErrors: string[] = [];
  /** The panel's self-signed certificate (HTTPS only). */
  readonly certificate?: TestCertificate;

  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  private failures: Failure[] = [];
  private nextId = 1;
  private readonly options: Required<Omit<FakePleskOptions, 'secretKey'>> & { secretKey?: string };

  constructor(options: FakePleskOptions = {}) {
    this.options = {
      secure: options.secure ?? true,
      login: options.login ?? 'admin',
      password: options.password ?? 'admin-pass',
      secretKey: options.secretKey,
      plans: options.plans ?? ['Starter', 'Business'],
      ips: options.ips ?? [
        { ip: '192.0.2.10', type: 'exclusive' },
        { ip: '192.0.2.20', type: 'shared' },
        { ip: '2001:db8::20', type: 'shared' },
      ],
    };
    this.plans = this.options.plans.map((name) => ({ id: this.id(), guid: randomUUID(), name }));
    this.ips = this.options.ips;
    if (this.options.secure) this.certificate = selfSignedCertificate(PANEL_HOST_NAME, [`DNS:${PANEL_HOST_NAME}`]);
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  get secure(): boolean {
    return this.options.secure;
  }

  async start(): Promise<void> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => this.handle(req, res);
    this.server = this.certificate
      ? https.createServer({ cert: this.certificate.cert, key: this.certificate.key }, handler)
      : http.createServer(handler);
    this.server.on(this.options.secure ? 'secureConnection' : 'connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  failNext(mode: FailureMode, operation?: string): void {
    this.failures.push({ mode, operation });
  }

  webspaceByName(name: string): FakeWebspace | undefined {
    return [...this.webspaces.values()].find((w) => w.name === name);
  }

  mailAccount(address: string): FakeMailAccount | undefined {
    return [...this.mailAccounts.values()].find((m) => m.address === address.toLowerCase());
  }

  planName(guid: string | undefined): string | undefined {
    return this.plans.find((p) => p.guid === guid)?.name;
  }

  // ---- HTTP ------------------------------------------------------------

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://plesk.test');
      if (url.pathname === '/enterprise/rsession_init.php') {
        this.sessionInit(url, req.socket.remoteAddress ?? '', res);
        return;
      }
      if (req.method !== 'POST' || req.url !== '/enterprise/control/agent.php') {
        res.writeHead(404).end();
        return;
      }
      const answer = this.answer(req.headers, Buffer.concat(chunks).toString('utf8'));
      if (answer === undefined) return; // never answer
      if (answer.status !== 200) {
        res.writeHead(answer.status, { 'Content-Type': 'text/html' }).end('<html>Internal Server Error</html>');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?>${answer.body}`);
    });
  }

  private answer(headers: http.IncomingHttpHeaders, body: string): { status: number; body: string } | undefined {
    const authorized = this.options.secretKey
      ? headers['key'] === this.options.secretKey
      : headers['http_auth_login'] === this.options.login && headers['http_auth_passwd'] === this.options.password;
    if (!authorized) return { status: 200, body: systemError('1001', 'Authentication failed - wrong password.') };

    let packet: XmlNode;
    try {
      packet = toNodes(parser.parse(body)).find((n) => n.name === 'packet')!;
      if (!packet) throw new Error('no <packet>');
    } catch {
      return { status: 200, body: systemError('1014', 'Parser error: Request is invalid.') };
    }
    const [operatorNode] = packet.children;
    const [operationNode] = operatorNode?.children ?? [];
    if (!operatorNode || !operationNode || packet.children.length !== 1 || operatorNode.children.length !== 1) {
      return { status: 200, body: systemError('1014', 'Parser error: one operator and one operation per packet here.') };
    }
    const key = `${operatorNode.name}/${operationNode.name}`;
    this.requests.push(key);
    const content = REQUEST_SCHEMA[operatorNode.name]?.[operationNode.name];
    if (!content) return { status: 200, body: systemError('1014', `Parser error: unknown operation ${key}`) };
    const invalid = validate(content, operationNode, key);
    if (invalid) {
      this.schemaErrors.push(invalid);
      return { status: 200, body: systemError('1014', `Parser error: Request is invalid. ${invalid}`) };
    }

    const failureIndex = this.failures.findIndex((f) => !f.operation || f.operation === key);
    const failure = failureIndex >= 0 ? this.failures.splice(failureIndex, 1)[0] : undefined;
    switch (failure?.mode) {
      case 'timeout':
        return undefined;
      case 'http-500':
        return { status: 500, body: '' };
      case 'system-error':
        return { status: 200, body: systemError('1003', 'Agent initialization failed.') };
      case 'error':
        return { status: 200, body: wrap(operatorNode.name, operationNode.name, errorResult('1023', 'Operation failed.')) };
    }
    const results = this.apply(operatorNode.name, operationNode.name, operationNode);
    if (failure?.mode === 'apply-then-timeout') return undefined;
    return { status: 200, body: wrap(operatorNode.name, operationNode.name, results) };
  }

  // ---- operations --------------------------------------------------------

  private apply(operator: string, operation: string, node: XmlNode): string {
    switch (`${operator}/${operation}`) {
      case 'customer/get':
        return this.customerGet(node);
      case 'customer/add':
        return this.customerAdd(node);
      case 'customer/del':
        return this.select(this.customers, node, customerKey).map(([id]) => {
          this.customers.delete(id);
          for (const w of [...this.webspaces.values()].filter((w) => w.ownerId === id)) this.webspaces.delete(w.id);
          return okResult(`<id>${id}</id>`);
        }).join('') || errorResult('1013', 'client does not exist');
      case 'webspace/get':
        return this.webspaceGet(node);
      case 'webspace/add':
        return this.webspaceAdd(node);
      case 'webspace/set':
        return this.webspaceSet(node);
      case 'webspace/del':
        return this.each(node, (w) => {
          this.webspaces.delete(w.id);
          return okResult(`<id>${w.id}</id>`);
        });
      case 'webspace/switch-subscription':
        return this.webspaceSwitch(node);
      case 'service-plan/get':
        return this.planGet(node);
      case 'mail/create':
        return this.mailCreate(node);
      case 'spamfilter/set':
        return this.spamFilterSet(node);
      case 'ip/get':
        return okResult(
          `<addresses>${this.ips
            .map((a) => `<ip_info><ip_address>${a.ip}</ip_address><netmask>255.255.255.0</netmask><type>${a.type}</type><interface>eth0</interface></ip_info>`)
            .join('')}</addresses>`,
        );
      case 'server/get_protos':
        return okResult('<protos><proto>1.6.9.0</proto><proto>1.6.9.1</proto></protos>');
      case 'server/create_session':
        return this.createSession(node);
      default:
        return errorResult('1017', 'Not supported by the test server');
    }
  }

  private createSession(node: XmlNode): string {
    const login = text(node, 'login')!;
    const data = field(node, 'data')!;
    const userIp = fromBase64(text(data, 'user_ip') ?? '');
    if (userIp === undefined || isIP(userIp) === 0) return errorResult('1019', 'user_ip must be the Base64 of an IP address.');
    if (fromBase64(text(data, 'source_server') ?? '') === undefined) return errorResult('1019', 'source_server must be Base64.');
    if (login !== this.options.login && ![...this.customers.values()].some((c) => c.login === login)) {
      return errorResult('1013', `User ${login} does not exist.`);
    }
    const id = randomBytes(16).toString('hex');
    this.sessions.set(id, { login, userIp, createdAt: Date.now(), used: false });
    return okResult(`<id>${id}</id>`);
  }

  /** rsession_init.php: a fresh, unused token from its user's address opens the panel (a redirect with the session cookie); anything else goes to the login page. */
  private sessionInit(url: URL, remoteAddress: string, res: http.ServerResponse): void {
    const token = url.searchParams.get('PLESKSESSID') ?? '';
    const session = this.sessions.get(token);
    const from = remoteAddress.replace(/^::ffff:/, '');
    if (!session || session.used || Date.now() - session.createdAt > SESSION_TOKEN_TTL_MS || session.userIp.replace(/^::ffff:/, '') !== from) {
      res.writeHead(303, { Location: '/login_up.php' }).end();
      return;
    }
    session.used = true;
    this.panelLogins.push({ login: session.login, ip: from });
    res.writeHead(303, { Location: '/smb/', 'Set-Cookie': `PLESKSESSID=${randomBytes(16).toString('hex')}; Path=/; Secure; HttpOnly` }).end();
  }

  private customerGet(node: XmlNode): string {
    const found = this.select(this.customers, node, customerKey);
    if (found.length === 0) return errorResult('1013', 'client does not exist');
    return found
      .map(([id, c]) =>
        okResult(
          `<id>${id}</id><data><gen_info><cr_date>2026-01-01</cr_date><cname>${esc(c.company ?? '')}</cname><pname>${esc(c.personalName)}</pname>` +
            `<login>${esc(c.login)}</login><status>${c.status}</status><email>${esc(c.email ?? '')}</email><country>${esc(c.country ?? '')}</country>` +
            `<guid>${c.guid}</guid>${c.externalId ? `<external-id>${esc(c.externalId)}</external-id>` : ''}</gen_info></data>`,
        ),
      )
      .join('');
  }

  private customerAdd(node: XmlNode): string {
    const info = field(node, 'gen_info')!;
    const login = text(info, 'login')!;
    const password = text(info, 'passwd')!;
    const externalId = text(info, 'external-id');
    if (password.length < 5) return errorResult('1019', 'Password is too short.');
    if ([...this.customers.values()].some((c) => c.login === login)) {
      return errorResult('1007', `User account ${login} already exists.`);
    }
    if (externalId && [...this.customers.values()].some((c) => c.externalId === externalId)) {
      return errorResult('1007', `Customer with external id ${externalId} already exists.`);
    }
    const customer: FakeCustomer = {
      id: this.id(),
      guid: randomUUID(),
      login,
      password,
      personalName: text(info, 'pname')!,
      company: text(info, 'cname'),
      email: text(info, 'email'),
      phone: text(info, 'phone'),
      address: text(info, 'address'),
      city: text(info, 'city'),
      state: text(info, 'state'),
      postcode: text(info, 'pcode'),
      country: text(info, 'country'),
      externalId,
      status: Number(text(info, 'status') ?? 0),
    };
    this.customers.set(customer.id, customer);
    return okResult(`<id>${customer.id}</id><guid>${customer.guid}</guid>`);
  }

  private webspaceGet(node: XmlNode): string {
    const found = this.select(this.webspaces, node, webspaceKey);
    if (found.length === 0) return errorResult('1013', 'Webspace does not exist');
    return found
      .map(([id, w]) =>
        okResult(
          `<filter-id>${id}</filter-id><id>${id}</id><data><gen_info><cr_date>2026-01-01</cr_date><name>${esc(w.name)}</name>` +
            `<ascii-name>${esc(w.name)}</ascii-name><status>${w.status}</status><real_size>0</real_size><owner-id>${w.ownerId}</owner-id>` +
            `<dns_ip_address>${w.ipAddresses[0]}</dns_ip_address><htype>vrt_hst</htype><guid>${w.guid}</guid></gen_info></data>`,
        ),
      )
      .join('');
  }

  private webspaceAdd(node: XmlNode): string {
    const setup = field(node, 'gen_setup')!;
    const name = text(setup, 'name')!;
    const ownerId = Number(text(setup, 'owner-id'));
    const ips = setup.children.filter((c) => c.name === 'ip_address').map((c) => c.text);
    const vrt = field(field(node, 'hosting'), 'vrt_hst');
    const props = new Map((vrt?.children ?? []).filter((c) => c.name === 'property').map((p) => [text(p, 'name')!, text(p, 'value')!]));
    const externalId = text(setup, 'external-id');
    const planName = text(node, 'plan-name');
    if (!this.customers.has(ownerId)) return errorResult('1015', 'Owner not found.');
    if (this.webspaceByName(name)) return errorResult('1007', `Domain ${name} already exists.`);
    if (externalId && [...this.webspaces.values()].some((w) => w.externalId === externalId)) {
      return errorResult('1007', 'External id is already in use.');
    }
    const unknownIp = ips.find((ip) => !this.ips.some((a) => a.ip === ip));
    if (unknownIp) return errorResult('1018', `IP address ${unknownIp} not found.`);
    const plan = planName === undefined ? undefined : this.plans.find((p) => p.name === planName);
    if (planName !== undefined && !plan) return errorResult('1013', `Service plan ${planName} does not exist.`);
    const ftpLogin = props.get('ftp_login');
    const ftpPassword = props.get('ftp_password');
    if (!ftpLogin || !ftpPassword) return errorResult('1019', 'ftp_login and ftp_password are required.');
    if (!/^[a-z][a-z0-9._-]{0,15}$/.test(ftpLogin)) return errorResult('1019', `Invalid system user name ${ftpLogin}.`);
    if ([...this.webspaces.values()].some((w) => w.ftpLogin === ftpLogin)) {
      return errorResult('1007', `System user ${ftpLogin} already exists.`);
    }
    const webspace: FakeWebspace = {
      id: this.id(),
      guid: randomUUID(),
      name,
      ownerId,
      status: Number(text(setup, 'status') ?? 0),
      externalId,
      planGuid: plan?.guid,
      ftpLogin,
      ftpPassword,
      ipAddresses: ips,
    };
    this.webspaces.set(webspace.id, webspace);
    return okResult(`<id>${webspace.id}</id><guid>${webspace.guid}</guid>`);
  }

  private webspaceSet(node: XmlNode): string {
    const values = field(node, 'values')!;
    const status = text(field(values, 'gen_setup'), 'status');
    if (status !== undefined && !['0', '16', '32', '64'].includes(status)) {
      return errorResult('1019', `Wrong status value ${status}.`);
    }
    const vrt = field(field(values, 'hosting'), 'vrt_hst');
    return this.each(node, (w) => {
      if (status !== undefined) w.status = Number(status);
      for (const p of (vrt?.children ?? []).filter((c) => c.name === 'property')) {
        if (text(p, 'name') === 'ftp_password') w.ftpPassword = text(p, 'value')!;
      }
      return okResult(`<id>${w.id}</id>`);
    });
  }

  private webspaceSwitch(node: XmlNode): string {
    const guid = text(node, 'plan-guid');
    if (guid !== undefined && !this.plans.some((p) => p.guid === guid)) return errorResult('1013', 'Plan does not exist.');
    return this.each(node, (w) => {
      w.planGuid = guid;
      return okResult(`<id>${w.id}</id>`);
    });
  }

  private planGet(node: XmlNode): string {
    const filter = field(node, 'filter')!;
    const names = filter.children.filter((c) => c.name === 'name').map((c) => c.text);
    const found = names.length ? this.plans.filter((p) => names.includes(p.name)) : this.plans;
    if (found.length === 0) return errorResult('1013', 'Service plan does not exist.');
    return found.map((p) => okResult(`<id>${p.id}</id><name>${esc(p.name)}</name><guid>${p.guid}</guid>`)).join('');
  }

  private mailCreate(node: XmlNode): string {
    const filter = field(node, 'filter')!;
    const site = this.webspaces.get(Number(text(filter, 'site-id')));
    if (!site) return errorResult('1013', 'Site does not exist.');
    const mailname = field(filter, 'mailname')!;
    const address = `${text(mailname, 'name')!.toLowerCase()}@${site.name}`;
    if (this.mailAccount(address)) return errorResult('1007', `Mail name ${address} already exists.`);
    const password = text(field(mailname, 'password'), 'value');
    if (password !== undefined && password.length < 5) return errorResult('1019', 'Password is too short.');
    const account: FakeMailAccount = { id: this.id(), siteId: site.id, address, password, mailbox: text(field(mailname, 'mailbox'), 'enabled') === 'true', spamFilter: false };
    this.mailAccounts.set(account.id, account);
    return okResult(`<mailname><id>${account.id}</id><name>${esc(text(mailname, 'name')!)}</name></mailname>`);
  }

  private spamFilterSet(node: XmlNode): string {
    const enabled = field(node, 'enabled') ? true : field(node, 'disabled') ? false : undefined;
    return field(node, 'filter')!.children.map((user) => {
      const account = user.name === 'username' ? this.mailAccount(user.text) : this.mailAccounts.get(Number(user.text));
      if (!account) return errorResult('1013', `SpamAssassin user ${user.text} does not exist.`);
      if (enabled !== undefined) account.spamFilter = enabled;
      return okResult(`<${user.name}>${esc(user.text)}</${user.name}>`);
    }).join('');
  }

  /** Applies `fn` to every subscription the filter selects; "not found" when none. */
  private each(node: XmlNode, fn: (w: FakeWebspace) => string): string {
    const found = this.select(this.webspaces, node, webspaceKey);
    if (found.length === 0) return errorResult('1013', 'Webspace does not exist');
    return found.map(([, w]) => fn(w)).join('');
  }

  private select<T>(map: Map<number, T>, node: XmlNode, key: (item: T, id: number, field: string) => string | undefined) {
    const filter = field(node, 'filter')!;
    const entries = [...map.entries()];
    if (filter.children.length === 0) return entries;
    return entries.filter(([id, item]) => filter.children.some((c) => key(item, id, c.name) === c.text));
  }

  private id(): number {
    return this.nextId++;
  }
}

function customerKey(c: FakeCustomer, id: number, name: string): string | undefined {
  return { id: String(id), login: c.login, guid: c.guid, 'external-id': c.externalId }[name];
}

function webspaceKey(w: FakeWebspace, id: number, name: string): string | undefined {
  return { id: String(id), name: w.name, guid: w.guid, 'owner-id': String(w.ownerId), 'external-id': w.externalId }[name];
}

function toNodes(ordered: unknown): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const entry of ordered as Array<Record<string, unknown>>) {
    const name = Object.keys(entry).find((k) => k !== ':@');
    if (!name || name === '#text' || name.startsWith('?')) continue;
    const inner = entry[name] as Array<Record<string, unknown>>;
    const textNode = inner.find((c) => '#text' in c);
    nodes.push({ name, children: toNodes(inner), text: textNode ? String(textNode['#text']) : '' });
  }
  return nodes;
}

function field(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

function text(node: XmlNode | undefined, name: string): string | undefined {
  return field(node, name)?.text;
}

/**
 * What a browser does with a panel login link: one GET, from loopback. The
 * panel's certificate names plesk.test, so it is not checked here; the
 * panel's answer is a redirect either into the panel or to its login page.
 */
export function openPanelLink(link: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(link);
    const get = url.protocol === 'https:' ? https.get : http.get;
    get(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    }).on('error', reject);
  });
}

/** Strict Base64 (RFC 4648 alphabet and padding), undefined when it is not. */
function fromBase64(value: string): string | undefined {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) return undefined;
  return Buffer.from(value, 'base64').toString('utf8');
}

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function okResult(inner: string): string {
  return `<result><status>ok</status>${inner}</result>`;
}

function errorResult(code: string, message: string): string {
  return `<result><status>error</status><errcode>${code}</errcode><errtext>${esc(message)}</errtext></result>`;
}

function wrap(operator: string, operation: string, results: string): string {
  return `<packet version="1.6.9.1"><${operator}><${operation}>${results}</${operation}></${operator}></packet>`;
}

function systemError(code: string, message: string): string {
  return `<packet version="1.6.9.1"><system><status>error</status><errcode>${code}</errcode><errtext>${esc(message)}</errtext></system></packet>`;
}
