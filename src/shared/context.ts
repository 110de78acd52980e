import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';

/**
 * The context of one GraphQL operation: what services take first. The areas
 * add their own members (the viewer, loaders, modules, jobs) in
 * src/composition.ts, so that shared/ knows none of them.
 */
export interface RequestContext {
  /** Identifies this operation in the server log; returned with internal errors (extensions.requestId). */
  requestId: string;
  /** The EntityManager fork of this operation. */
  em: EntityManager;
  ip: string;
  config: Config;
}
