/**
 * Issue 15.1 (DN-1): the domain branch of the module-command job. A registrar
 * command runs like a service command (module-command.jobs.ts: lease, time
 * limit, retries, the same idempotency key on every attempt) with the domain
 * as its context; the domain record changes only on success, a failure stays
 * on it (lastModuleError) with the record as it was.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ModuleError, type DomainCommandContext, type DomainSyncResult } from '@hostbill/plugin-sdk';
import { decryptSecret, encryptSecret } from '../shared/secrets';
import { localToday } from '../shared/clock';
import { SYSTEM_ACTOR } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import { mask, recordingLogger, secretsKeyOf } from '../plugins/module-settings';
import { Domain } from './domain.entity';
import { ModuleJob, ModuleJobStatus } from './module-job.entity';
import { clientContext } from './command-context';
import { domainCommandSpec, hasCommand, movedOnDuring } from './module-command-catalogue';
import { serverContext, serverSecretValues } from './server.service';
import { applyDomainSync } from './domain-sync';
import { afterDomainStatusChange, zoneFirstFor } from './domain-live';
import { publishDomainChanged } from './domain.service';
import { jobEventOf } from './module-command.service';
import { registrarServerOf } from './domain-command.service';
import { followServices } from './client-status';
import { holdsLease, type Lease } from './module-job-lease';
import { attemptLog, recordJobOutcome, settleJob, type JobDeps, type Outcome, type Prepared, type Verdict } from './module-command.jobs';

/** The registrar module's context for the job's domain, with its secrets decrypted for this call only; anything missing fails for good. */
export async function prepareDomainCommand(deps: JobDeps, job: ModuleJob, lines: string[], signal: AbortSignal): Promise<Prepared> {
  const em = deps.orm.em.fork();
  const key = secretsKeyOf(deps);
  const domain = await em.findOneOrFail(Domain, job.domain!.id);
  const spec = domainCommandSpec(job.command);
  if (!spec) throw new ModuleError(`"${job.command}" is not a registrar command`, { retryable: false });
  if (!domain.registrar) throw new ModuleError(`Domain ${domain.name} has no registrar`, { retryable: false });
  const module = deps.modules.modules.get(domain.registrar);
  if (!module || module.kind !== 'registrar') throw new ModuleError(`Registrar module "${domain.registrar}" is not loaded`, { retryable: false });
  if (!hasCommand(module, job.command)) throw new ModuleError(`Module ${module.name} has no command "${job.command}"`, { retryable: false });
  const server = await registrarServerOf(em, domain);
  if (!server) throw new ModuleError(`No enabled server of registrar module ${domain.registrar} for ${domain.name}`, { retryable: false });
  const client = await em.findOneOrFail(Client, domain.client.id);
  const serverCtx = serverContext(deps, server);

  const secretInput = (spec.secretInput ?? []).filter((name) => typeof job.input[name] === 'string');
  const decrypted = Object.fromEntries(secretInput.map((name) => [name, decryptSecret(key, String(job.input[name]))]));
  const savedEppCode = domain.eppCodeEncrypted ? decryptSecret(key, domain.eppCodeEncrypted) : undefined;
  const secrets = [...serverSecretValues(server, serverCtx.settings), ...Object.values(decrypted), savedEppCode ?? ''].filter((v) => v && v.length >= 3);
  const context: DomainCommandContext = {
    domain: {
      id: String(domain.id),
      name: domain.name,
      years: Number(job.input.years ?? 1),
      expiryDate: domain.expiryDate ?? undefined,
      nameservers: [...domain.nameservers],
      eppCode: decrypted.eppCode ?? savedEppCode,
      registrant: clientContext(client),
      moduleData: { ...domain.moduleData },
    },
    server: serverCtx,
    // Stable across every attempt of this job: a retried register or renew finds the work of an earlier attempt.
    idempotencyKey: `domain-${domain.id}-${job.command}-${job.id}`,
    logger: recordingLogger(lines, secrets),
    signal,
    ...spec.extraContext?.(job.input),
  };
  const logInput = { ...job.input, ...Object.fromEntries(secretInput.map((name) => [name, true])) };
  const request = {
    command: job.command,
    attempt: job.attempts,
    module: module.name,
    server: { id: server.id, name: server.name, hostname: server.hostname },
    domain: domain.name,
    idempotencyKey: context.idempotencyKey,
    input: JSON.parse(mask(JSON.stringify(logInput), secrets)),
  };
  const command = (module as unknown as Record<string, (ctx: DomainCommandContext) => Promise<unknown>>)[job.command];
  const zoneFirst = job.command === 'register' ? await zoneFirstFor(em, deps, domain.name) : undefined;
  const run = async () => {
    // Issue 15.3: the zone first (made once; a retry finds it), so that the registry finds nameservers that answer.
    if (zoneFirst) {
      await zoneFirst.create({ ...deps, em: deps.orm.em.fork() }, domain.id).catch((error: unknown) => {
        throw new ModuleError(`The DNS zone could not be created before the registration: ${error instanceof Error ? error.message : String(error)}`, { retryable: true, cause: error });
      });
      lines.push('DNS zone created before the registration');
    }
    return command.call(module, context);
  };
  return { module, run, secrets, request };
}

/** Records the attempt of a registrar job inside `tx` (the job locked): module log, job state, the domain on success, activity, event. */
export async function finishDomainJob(tx: EntityManager, deps: JobDeps, job: ModuleJob, lease: Lease, outcome: Outcome, verdict: Verdict): Promise<void> {
  const { ok, errorText } = verdict;
  const domain = await tx.findOneOrFail(Domain, { id: job.domain!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const result = outcome.result;
  // An EPP code the module returned is a secret like the ones it was given.
  const eppCode = ok && job.command === 'getEppCode' && typeof result === 'string' ? result : undefined;
  const secrets = eppCode ? [...outcome.secrets, eppCode] : outcome.secrets;
  const summary = eppCode ? { eppCode: 'received (not logged)' } : Array.isArray(result) ? { nameservers: result } : (result ?? {});
  const log = attemptLog(tx, { domain }, job, lease, outcome, verdict, summary, secrets);
  if (!holdsLease(job, lease)) return log.notApplied();
  const from = domain.status;
  let changed = false;
  // A sync records its result (and what follows a status change) through applyDomainSync, like the registry poll.
  let synced = false;
  let overtaken = false;
  if (ok) {
    const spec = domainCommandSpec(job.command);
    if (spec?.statusOnSuccess === 'reported') {
      changed = (await applyDomainSync(tx, SYSTEM_ACTOR, domain, result as DomainSyncResult, { jobId: job.id }, deps)).changed.length > 0;
      synced = true;
    } else if (spec) {
      // As for services (module-command.jobs.ts): staff moved the domain on while the command ran (set it Cancelled,
      // say): the registry's answer is logged, the domain keeps their status, and staff are told what the registry did.
      overtaken = movedOnDuring(spec, domain.status);
      if (!overtaken) {
        if (spec.statusOnSuccess) domain.status = spec.statusOnSuccess;
        const output = spec.applySuccess?.({ domain, input: job.input, result, encrypt: (value) => encryptSecret(secretsKeyOf(deps), value), today: localToday(deps.config.automation) });
        if (output) job.output = output;
        changed = true;
      }
    }
    domain.lastModuleError = overtaken ? `${job.command}: done at the registry after the domain became ${domain.status}, which it stays; check it there` : undefined;
  } else if (!outcome.handedBack) domain.lastModuleError = `${job.command}: ${errorText}`;
  await settleJob(tx, deps, job, lease, outcome, verdict);
  // Issue 15.3: a registration that failed for good takes the zone made for it off the DNS server again.
  if (job.command === 'register' && job.status === ModuleJobStatus.FAILED) {
    const zoneFirst = await zoneFirstFor(tx, deps, domain.name);
    if (zoneFirst) await zoneFirst.remove({ ...deps, em: tx }, domain.id);
  }
  log.applied();
  recordJobOutcome(tx, 'Domain', domain, job, from, domain.status, errorText);
  if (from !== domain.status && !synced) {
    await followServices(tx, SYSTEM_ACTOR, [domain.client.id]);
    await afterDomainStatusChange(tx, deps, domain, from);
  }
  await publishDomainChanged(tx, changed || overtaken || !!errorText ? 'UPDATED' : 'JOB_UPDATED', domain, domain.id, jobEventOf(job));
}
