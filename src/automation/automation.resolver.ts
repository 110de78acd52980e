import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '../shared/context';
import { DailyRun, DailyRunError, DailyRunStep, NEVER } from './daily-run.entity';
import { Service } from '../provisioning/service.entity';
import { AutoSuspensionOverride, DailyRunPreview, DailyRunSchedule } from './automation.types';
import { dailyRunPreview, dailyRunSchedule, listDailyRuns, runErrors, setAutoSuspensionOverride, startDailyRun } from './automation.service';

@Resolver(() => DailyRun)
export class DailyRunResolver {
  @Authorized('STAFF')
  @Query(() => [DailyRun], { description: 'Staff: the daily runs, newest first.' })
  dailyRuns(
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 30, description: 'How many runs, 1-200.' }) limit: number,
    @Arg('date', () => LocalDateResolver, { nullable: true, description: 'Only the runs of this date.' }) date?: string,
  ): Promise<DailyRun[]> {
    return listDailyRuns(ctx, limit, date ?? undefined);
  }

  @Authorized('STAFF')
  @Query(() => DailyRunSchedule, { description: 'Staff: when the daily run runs, its last run, and a warning when the day\'s run is late or missed.' })
  dailyRunSchedule(@Ctx() ctx: RequestContext): Promise<DailyRunSchedule> {
    return dailyRunSchedule(ctx);
  }

  @Authorized('STAFF')
  @Query(() => DailyRunPreview, { description: 'Staff: what a daily run on the date would do if it ran now (invoices with amounts, credit, reminders, late fees, cancellations, suspensions, terminations, domain renewals and syncs, client statuses). Changes nothing.' })
  dailyRunPreview(@Ctx() ctx: RequestContext, @Arg('date', () => LocalDateResolver, { description: 'The date to preview.' }) date: string): Promise<DailyRunPreview> {
    return dailyRunPreview(ctx, date);
  }

  @Authorized('ADMIN')
  @Mutation(() => DailyRun, { description: 'Admins: runs the daily run now and answers when it has finished. Work an earlier run of the date did is not repeated. CONFLICT while another run is running.' })
  runDailyRun(
    @Ctx() ctx: RequestContext,
    @Arg('date', () => LocalDateResolver, { nullable: true, description: 'The date to run for: today (the default) or an earlier date, e.g. to catch up a missed day.' }) date?: string,
  ): Promise<DailyRun> {
    return startDailyRun(ctx, date ?? undefined);
  }

  @Authorized('STAFF')
  @Mutation(() => AutoSuspensionOverride, { description: 'Staff: keeps a service from being suspended (or terminated) for non-payment before a date, or never. Without until and never the override is removed.' })
  setAutoSuspensionOverride(
    @Ctx() ctx: RequestContext,
    @Arg('serviceId', () => ID, { description: 'The service.' }) serviceId: string,
    @Arg('until', () => LocalDateResolver, { nullable: true, description: 'Not before this date.' }) until?: string,
    @Arg('never', { nullable: true, description: 'True: never.' }) never?: boolean,
  ): Promise<AutoSuspensionOverride> {
    return setAutoSuspensionOverride(ctx, serviceId, until ?? undefined, never ?? undefined);
  }

  @FieldResolver(() => [DailyRunStep], { description: 'What each step did, in order.' })
  async steps(@Root() run: DailyRun): Promise<DailyRunStep[]> {
    return (await run.steps.loadItems()).slice();
  }

  @FieldResolver(() => [DailyRunError], { description: 'Items that failed, in the order they failed.' })
  errors(@Ctx() ctx: RequestContext, @Root() run: DailyRun, @Arg('limit', () => Int, { defaultValue: 100, description: 'How many, 1-1000.' }) limit: number): Promise<DailyRunError[]> {
    return runErrors(ctx, run, limit);
  }
}

/** SV-6: a service's suspension override, for staff (batched across services). */
@Resolver(() => Service)
export class ServiceSuspensionOverrideResolver {
  @Authorized('STAFF')
  @FieldResolver(() => AutoSuspensionOverride, { nullable: true, description: 'Staff: the service\'s override of suspension for non-payment; null when there is none.' })
  async autoSuspensionOverride(@Root() service: Service, @Ctx() ctx: RequestContext): Promise<AutoSuspensionOverride | null> {
    const [found] = await ctx.loaders.automation.suspensionOverrideByService.load(service.id);
    return found ? { service, until: found.until === NEVER ? undefined : found.until, never: found.until === NEVER } : null;
  }
}
