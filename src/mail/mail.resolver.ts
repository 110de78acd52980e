import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { EmailCategory } from '../clients/contact.entity';
import { MailMessage } from './mail-message.entity';
import { listClientMails, resendWelcomeMail, setEmailOptOuts } from './mail.service';

const EmailConnection = ConnectionType(MailMessage, 'Email');

@Resolver()
export class MailResolver {
  @Authorized('STAFF')
  @Query(() => EmailConnection, { description: 'Staff: the emails sent (or waiting to be sent) on behalf of a client, newest first.', complexity: pageComplexity })
  clientEmails(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listClientMails(ctx, toId(clientId, 'clientId'), page);
  }

  @Authorized('STAFF')
  @Mutation(() => [MailMessage], { description: 'Staff: send the welcome email of a service again, to the client and the contacts receiving product emails. Returns the emails queued (none when nobody receives product emails).' })
  resendWelcomeEmail(@Ctx() ctx: RequestContext, @Arg('serviceId', () => ID, { description: 'Id of the service.' }) serviceId: string) {
    return resendWelcomeMail(ctx, toId(serviceId, 'serviceId'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Client, { description: 'Choose the categories of email the client\'s own address does not receive (contacts choose their own). Staff, or the account holder.' })
  setEmailOptOuts(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string,
    @Arg('categories', () => [EmailCategory], { description: 'Every category the client opts out of; an empty list opts in to all.' }) categories: EmailCategory[],
  ) {
    return setEmailOptOuts(ctx, toId(clientId, 'clientId'), categories);
  }
}

@Resolver(() => Client)
export class ClientEmailResolver {
  @FieldResolver(() => [EmailCategory], { description: 'Categories of email the client\'s own address does not receive.' })
  emailOptOuts(@Root() client: Client): EmailCategory[] {
    return client.emailOptOuts ?? [];
  }
}
