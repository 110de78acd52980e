/**
 * SV-17: the product welcome email of a service, queued through the mail
 * service when its create command succeeds and resent by staff.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../shared/context';
import { notFound } from '../shared/errors';
import { recordActivity } from '../activity/activity.service';
import { queueMail } from '../mail/mail.service';
import { MailMessage } from '../mail/mail-message.entity';
import { Service } from './service.entity';

/** SV-17: queues the product welcome email of service `serviceId` inside the caller's transaction; returns the outbox rows' ids. */
export async function queueWelcomeMail(em: EntityManager, serviceId: number): Promise<number[]> {
  const service = await em.findOne(Service, serviceId, { populate: ['product'] });
  if (!service) throw notFound('Service', serviceId);
  return queueMail(em, service.client.id, 'productWelcome', {
    product: service.product.getEntity().name, domain: service.domain ?? '-', username: service.username ?? '-',
  });
}

/** Staff: sends the welcome email of a service again (SV-17). */
export function resendWelcomeMail(ctx: RequestContext, serviceId: number): Promise<MailMessage[]> {
  return ctx.em.transactional(async (em) => {
    const ids = await queueWelcomeMail(em, serviceId);
    const service = await em.findOneOrFail(Service, serviceId);
    recordActivity(em, ctx, { action: 'service.resendWelcomeEmail', targetType: 'Service', targetId: String(serviceId), clientId: service.client.id, details: { emails: ids.length } });
    return em.find(MailMessage, { id: ids }, { orderBy: { id: 'asc' } });
  });
}
