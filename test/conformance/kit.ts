import {
  CommandContext,
  CommandResult,
  ModuleError,
  ModuleLogger,
  ProductContext,
  ProvisioningModule,
  ServerContext,
  ServiceContext,
  SiblingServiceContext,
} from '@hostbill/plugin-sdk';
import { commandContext, type ClientRecord } from '../../src/provisioning/command-context';

/** What the protocol test server (or real server) says about the remote account of a service. */
export interface RemoteState {
  exists: boolean;
  suspended: boolean;
  /** The remote plan/package/product set, in the module's own terms. */
  plan?: string;
  /** The remote password, when the remote system lets the test server see it. */
  password?: string;
}

/**
 * Everything the conformance kit needs to drive one module against a server
 * that speaks its protocol. Each plugin's test file builds one.
 */
export interface ConformanceHarness {
  module: ProvisioningModule;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Connection to the running protocol server. */
  server(): ServerContext;
  /** A server context whose port has nothing listening (connection refused). */
  unreachableServer(): ServerContext;
  /** Two different packages, for changePackage. */
  products: [ProductContext, ProductContext];
  /** A fresh, never-provisioned service (unique domain/username per call). */
  newService(): ServiceContext;
  /** Remote state read from the protocol server's side. */
  remote(service: ServiceContext): Promise<RemoteState>;
  /** How many remote accounts exist for this service (must be 0 or 1). */
  remoteCount(service: ServiceContext): Promise<number>;
  /**
   * Make the server misbehave on its next request:
   * - 'error': answer with a protocol-level error,
   * - 'timeout': never answer.
   */
  failNext(mode: 'error' | 'timeout'): void;
  /**
   * Lose the answer to the request that actually creates the remote account
   * (not to an existence check before it): the server does the work and never
   * answers. The retry must then find and adopt what the lost request made.
   */
  loseCreateResponse(): void;
}

export const silentLogger: ModuleLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** A client record: the job runner's own context assembly (commandContext) maps it, so the kit hands modules no more than production does. */
const CLIENT: ClientRecord = {
  id: 1,
  firstName: 'Ada',
  lastName: 'Lovelace',
  companyName: 'Analytical Engines Ltd',
  email: 'ada@example.org',
  phoneNumber: '+44.2071234567',
  address1: '1 Engine Street',
  city: 'London',
  postcode: 'N1 1AA',
  country: 'GB',
  language: 'en',
};

/** Runs every command through the module the way the job runner does: merging moduleData. */
export class ServiceDriver {
  constructor(
    private readonly harness: ConformanceHarness,
    public service: ServiceContext,
    public product: ProductContext,
  ) {}

  /** The context of one command, with the command's extra fields (e.g. suspend's reason). */
  context<Extra extends object = object>(
    options: { server?: ServerContext; timeoutMs?: number; key?: string; otherServicesOnServer?: SiblingServiceContext[] } = {},
    extra?: Extra,
  ): CommandContext & Extra {
    return commandContext({
      service: this.service,
      otherServicesOnServer: options.otherServicesOnServer ?? [],
      client: CLIENT,
      product: this.product,
      server: options.server ?? this.harness.server(),
      idempotencyKey: options.key ?? `svc-${this.service.id}-create`,
      logger: silentLogger,
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    }, extra);
  }

  apply(result: CommandResult): void {
    this.service = {
      ...this.service,
      username: result.username ?? this.service.username,
      moduleData: { ...this.service.moduleData, ...(result.moduleData ?? {}) },
    };
  }
}

export function runConformance(name: string, harness: ConformanceHarness): void {
  describe(`PM-1 conformance: ${name}`, () => {
    beforeAll(() => harness.start());
    afterAll(() => harness.stop());

    it('PM-1/SV-3: create → suspend → unsuspend → changePackage → changePassword → terminate, checked on the remote side', async () => {
      const [planA, planB] = harness.products;
      const d = new ServiceDriver(harness, harness.newService(), planA);

      d.apply(await harness.module.create(d.context()));
      d.service = { ...d.service, status: 'Active' };
      expect(await harness.remote(d.service)).toMatchObject({ exists: true, suspended: false });
      const planBefore = (await harness.remote(d.service)).plan;

      d.apply(await harness.module.suspend(d.context({}, { reason: 'abuse' })));
      expect(await harness.remote(d.service)).toMatchObject({ exists: true, suspended: true });

      d.apply(await harness.module.unsuspend(d.context()));
      expect(await harness.remote(d.service)).toMatchObject({ exists: true, suspended: false });

      // As the catalogue's changePackage: `product` is the new one, `previousProduct` the one the service had.
      d.apply(await harness.module.changePackage(d.context({}, { product: planB, previousProduct: planA })));
      d.product = planB;
      const afterChange = await harness.remote(d.service);
      expect(afterChange.exists).toBe(true);
      expect(afterChange.plan).toBeDefined();
      expect(afterChange.plan).not.toEqual(planBefore);

      if (harness.module.changePassword) {
        d.apply(await harness.module.changePassword(d.context({}, { newPassword: 'N3w-Secret-pass!' })));
        const remote = await harness.remote(d.service);
        if (remote.password !== undefined) expect(remote.password).toBe('N3w-Secret-pass!');
      }

      d.apply(await harness.module.terminate(d.context()));
      expect(await harness.remote(d.service)).toMatchObject({ exists: false });
    });

    it('PM-3: an error answer throws a ModuleError and changes nothing remotely', async () => {
      const d = new ServiceDriver(harness, harness.newService(), harness.products[0]);
      d.apply(await harness.module.create(d.context()));
      harness.failNext('error');
      await expect(harness.module.suspend(d.context({}, { reason: '' }))).rejects.toBeInstanceOf(ModuleError);
      expect(await harness.remote(d.service)).toMatchObject({ exists: true, suspended: false });
    });

    it('PM-3: a timeout throws a retryable ModuleError', async () => {
      const d = new ServiceDriver(harness, harness.newService(), harness.products[0]);
      harness.failNext('timeout');
      const error = await harness.module.create(d.context({ timeoutMs: 300 })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ModuleError);
      expect((error as ModuleError).retryable).toBe(true);
    });

    it('PM-3: connection refused throws a retryable ModuleError', async () => {
      const d = new ServiceDriver(harness, harness.newService(), harness.products[0]);
      const error = await harness.module
        .create(d.context({ server: harness.unreachableServer() }))
        .then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ModuleError);
      expect((error as ModuleError).retryable).toBe(true);
    });

    it('SV-3: a create retried after a lost response leaves exactly one remote account', async () => {
      const d = new ServiceDriver(harness, harness.newService(), harness.products[0]);
      harness.loseCreateResponse();
      await expect(harness.module.create(d.context({ timeoutMs: 300 }))).rejects.toBeInstanceOf(ModuleError);
      // The job runner retries with the same idempotency key and the moduleData it had before.
      d.apply(await harness.module.create(d.context()));
      expect(await harness.remoteCount(d.service)).toBe(1);
      expect(await harness.remote(d.service)).toMatchObject({ exists: true, suspended: false });
    });
  });
}
