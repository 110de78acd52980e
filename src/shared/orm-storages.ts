import asyncHooks = require('node:async_hooks');
import { OnDemandStorage } from './on-demand-storage';

// MikroORM makes its storages when its core module loads (the transaction context, "inside a flush", raw fragments):
// loaded here with OnDemandStorage standing in, before anything else loads it. A process that loads MikroORM first
// only keeps paying for the hooks.
const { AsyncLocalStorage } = asyncHooks;
(asyncHooks as { AsyncLocalStorage: unknown }).AsyncLocalStorage = OnDemandStorage;
try {
  require('@mikro-orm/core');
} finally {
  (asyncHooks as { AsyncLocalStorage: unknown }).AsyncLocalStorage = AsyncLocalStorage;
}
