import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Length, Matches } from '../shared/validators';
import type { RequestContext } from '../shared/context';
import { ConnectionType, PageArgs, pageComplexity } from '../shared/pagination';
import { toId } from '../shared/ids';
import { Client } from '../clients/client.entity';
import { EmailCategory } from '../clients/contact.entity';
import { MailMessage } from './mail-message.entity';
import { ClientMessage } from './client-message.entity';
import { listClientMails, requeueMail, sendClientMessage, setEmailOptOuts } from './mail.service';

@InputType({ description: 'A message from staff to one client or to all clients.' })
class SendClientMessageInput {
  @Field(() => ID, { nullable: true, description: 'The one client to send it to; omit to send it to every client that is not closed.' })
  clientId?: string;

  @Field({ nullable: true, description: 'With all clients: only clients of this language (e.g. "de" also reaches "de-AT").' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;

  @Field(() => EmailCategory, { description: 'Category of the email: it goes to the client (unless opted out) and to the contacts subscribed to it.' })
  category!: EmailCategory;

  @Field({ description: 'Subject line (1-200 characters).' })
  @Length(1, 200)
  subject!: string;

  @Field({ description: 'The message text (1-20000 characters).' })
  @Length(1, 20_000)
  message!: string;
}

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
    return listClientMails(ctx, toId(clientId, 'Client', 'clientId'), page);
  }

  @Authorized('STAFF')
  @Mutation(() => ClientMessage, { description: 'Staff: send a message by email to one client or to all clients (optionally only those of one language); it is kept as a message record.' })
  sendClientMessage(@Ctx() ctx: RequestContext, @Arg('input', () => SendClientMessageInput, { description: 'Audience, category and text.' }) input: SendClientMessageInput) {
    return sendClientMessage(ctx, {
      clientId: input.clientId != null ? toId(input.clientId, 'Client', 'clientId') : undefined,
      language: input.language ?? undefined, category: input.category, subject: input.subject, message: input.message,
    });
  }

  @Authorized('STAFF')
  @Mutation(() => MailMessage, {
    description: 'Staff: send again an email whose delivery is UNCONFIRMED (it may have arrived) or FAILED. It is queued with the same Message-ID and a fresh set of attempts; the recipient may get it twice.',
  })
  requeueEmail(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'Id of the email.' }) id: string) {
    return requeueMail(ctx, toId(id, 'Email', 'id'));
  }

  @Authorized('STAFF', 'CLIENT')
  @Mutation(() => Client, { description: 'Choose the categories of email the client\'s own address does not receive (contacts choose their own). Staff, or the account holder.' })
  setEmailOptOuts(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { description: 'Id of the client.' }) clientId: string,
    @Arg('categories', () => [EmailCategory], { description: 'Every category the client opts out of; an empty list opts in to all.' }) categories: EmailCategory[],
  ) {
    return setEmailOptOuts(ctx, toId(clientId, 'Client', 'clientId'), categories);
  }
}

@Resolver(() => Client)
export class ClientEmailResolver {
  @FieldResolver(() => [EmailCategory], { description: 'Categories of email the client\'s own address does not receive.' })
  emailOptOuts(@Root() client: Client): EmailCategory[] {
    return client.emailOptOuts ?? [];
  }
}
