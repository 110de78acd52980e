/**
 * The part of Plesk's request schemas (agent_input.xsd and the types it uses)
 * that the Plesk plugin sends, transcribed from the Plesk XML API reference:
 * element names, order, and how often each may occur. Plesk's types are
 * xs:sequence, so an element out of order is a parse error (errcode 1014) on a
 * real panel; the test server rejects it the same way.
 */

export interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

/** An element with its content model, or a choice between sequences. */
export type Particle =
  | { el: string; min: number; max: number; content: Content }
  | { choice: Particle[][]; min: number; max: number };
export type Content = 'text' | 'empty' | 'any' | Particle[];

const UNBOUNDED = Number.POSITIVE_INFINITY;
const one = (el: string, content: Content = 'text'): Particle => ({ el, min: 1, max: 1, content });
const opt = (el: string, content: Content = 'text'): Particle => ({ el, min: 0, max: 1, content });
const many = (el: string, content: Content = 'text', min = 0): Particle => ({ el, min, max: UNBOUNDED, content });
const choice = (alternatives: Particle[][], min = 1): Particle => ({ choice: alternatives, min, max: 1 });

/** A filter: one kind of key, repeated, or empty for "all". */
const filterOf = (...keys: string[]): Particle => one('filter', [choice(keys.map((key) => [many(key, 'text', 1)]), 0)]);

const property = many('property', [one('name'), one('value')]);

const webspaceFilter = filterOf('id', 'owner-id', 'name', 'owner-login', 'guid', 'owner-guid', 'external-id', 'owner-external-id');

const customerAddGenInfo: Particle[] = [
  opt('cname'),
  one('pname'),
  one('login'),
  one('passwd'),
  opt('status'),
  opt('phone'),
  opt('fax'),
  opt('email'),
  opt('address'),
  opt('city'),
  opt('state'),
  opt('pcode'),
  opt('country'),
  opt('locale'),
  opt('external-id'),
  opt('description'),
];

const webspaceAddGenSetup: Particle[] = [
  one('name'),
  choice([[one('owner-id')], [one('owner-login')], [one('owner-guid')], [one('owner-external-id')]], 0),
  opt('htype'),
  { el: 'ip_address', min: 1, max: 2, content: 'text' },
  opt('status'),
  opt('external-id'),
];

const webspaceSetGenSetup: Particle[] = [
  opt('status'),
  opt('name'),
  choice([[one('owner-id')], [one('owner-login')], [one('owner-guid')], [one('owner-external-id')]], 0),
  { el: 'ip_address', min: 0, max: 2, content: 'text' },
  opt('guid'),
  opt('external-id'),
  opt('admin-as-vendor'),
];

const vrtHst: Particle[] = [property, { el: 'ip_address', min: 0, max: 2, content: 'text' }];

/** operator → operation → content model of the operation element. */
export const REQUEST_SCHEMA: Record<string, Record<string, Particle[]>> = {
  customer: {
    get: [filterOf('id', 'login', 'guid', 'external-id'), one('dataset', [opt('gen_info', 'empty'), opt('stat', 'empty')])],
    add: [one('gen_info', customerAddGenInfo)],
    del: [filterOf('id', 'login', 'guid', 'external-id')],
  },
  webspace: {
    get: [
      webspaceFilter,
      one('dataset', [
        opt('gen_info', 'empty'),
        opt('hosting', 'empty'),
        opt('limits', 'empty'),
        opt('stat', 'empty'),
        opt('prefs', 'empty'),
        opt('disk_usage', 'empty'),
        opt('performance', 'empty'),
        opt('subscriptions', 'empty'),
        opt('permissions', 'empty'),
      ]),
    ],
    add: [
      one('gen_setup', webspaceAddGenSetup),
      opt('hosting', [one('vrt_hst', vrtHst)]),
      opt('limits', 'any'),
      opt('prefs', 'any'),
      opt('performance', 'any'),
      opt('permissions', 'any'),
      opt('php-settings', 'any'),
      choice([[one('plan-id')], [one('plan-name')], [one('plan-guid')], [one('plan-external-id')]], 0),
    ],
    set: [
      webspaceFilter,
      one('values', [
        opt('gen_setup', webspaceSetGenSetup),
        opt('hosting', [one('vrt_hst', vrtHst)]),
        opt('limits', 'any'),
        opt('prefs', 'any'),
        opt('performance', 'any'),
        opt('permissions', 'any'),
      ]),
    ],
    del: [webspaceFilter],
    'switch-subscription': [webspaceFilter, choice([[one('plan-guid')], [one('plan-external-id')], [one('no-plan', 'empty')]])],
  },
  'service-plan': {
    get: [filterOf('name', 'id', 'guid', 'external-id'), opt('owner-id'), opt('owner-login'), opt('owner-all', 'empty')],
  },
  // mail_input.xsd create (mailnameAddType, only the parts the plugin sends, in schema order): site-id, then the
  // mail name with its mailbox switch and password, as in Plesk's "Creating Mail Accounts" samples and api-php-lib.
  mail: {
    create: [one('filter', [one('site-id'), one('mailname', [one('name'), opt('mailbox', [opt('enabled'), opt('quota')]), opt('password', [one('value'), opt('type')])])])],
  },
  // spamfilter.xsd set (SpamFilterGetInputType): filter (user names or SpamAssassin ids), preferences (required,
  // may be empty), then <enabled/> or <disabled/>.
  spamfilter: {
    set: [one('filter', [choice([[many('username', 'text', 1)], [many('id', 'text', 1)]])]), one('preferences', 'any'), choice([[one('enabled', 'empty')], [one('disabled', 'empty')]], 0)],
  },
  ip: { get: [] },
  server: {
    get_protos: [],
    // CreateSessionType (server_input.xsd), in the order of the reference:
    // https://docs.plesk.com/en-US/obsidian/api-rpc/reference/managing-plesk-server/creating-session-tokens.73865/
    create_session: [
      one('login'),
      one('data', [one('user_ip'), opt('c_email'), opt('c_phone'), opt('starting_url'), one('source_server')]),
    ],
  },
};

/** Checks `nodes` against a content model; returns the first problem, or undefined when valid. */
export function validate(content: Content, node: XmlNode, path: string): string | undefined {
  if (content === 'any') return undefined;
  if (content === 'text') {
    return node.children.length > 0 ? `${path}: expected text, found <${node.children[0].name}>` : undefined;
  }
  if (content === 'empty') {
    return node.children.length > 0 || node.text !== '' ? `${path}: expected an empty element` : undefined;
  }
  if (node.text !== '') return `${path}: unexpected text`;
  const state = { index: 0, error: undefined as string | undefined };
  matchSequence(content, node.children, state, path);
  if (state.error) return state.error;
  if (state.index < node.children.length) {
    return `${path}: unexpected <${node.children[state.index].name}> at position ${state.index + 1}`;
  }
  return undefined;
}

function matchSequence(particles: Particle[], nodes: XmlNode[], state: { index: number; error?: string }, path: string): boolean {
  for (const particle of particles) {
    let count = 0;
    while (count < particle.max && state.index < nodes.length && startsWith(particle, nodes[state.index])) {
      if ('el' in particle) {
        const node = nodes[state.index];
        const error = validate(particle.content, node, `${path}/${node.name}`);
        if (error) {
          state.error = error;
          return false;
        }
        state.index += 1;
      } else {
        const alternative = particle.choice.find((seq) => startsWith(seq[0], nodes[state.index]));
        if (!alternative || !matchSequence(alternative, nodes, state, path)) return false;
      }
      count += 1;
    }
    if (count < particle.min) {
      const expected = 'el' in particle ? `<${particle.el}>` : 'one of ' + particle.choice.map((s) => describe(s[0])).join(', ');
      const found = state.index < nodes.length ? `<${nodes[state.index].name}>` : 'the end';
      state.error = `${path}: expected ${expected}, found ${found}`;
      return false;
    }
  }
  return true;
}

function startsWith(particle: Particle, node: XmlNode): boolean {
  return 'el' in particle ? particle.el === node.name : particle.choice.some((seq) => startsWith(seq[0], node));
}

function describe(particle: Particle): string {
  return 'el' in particle ? `<${particle.el}>` : particle.choice.map((s) => describe(s[0])).join('|');
}
