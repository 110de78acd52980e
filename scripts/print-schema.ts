/** Writes schema.graphql from the resolvers; a test fails while the committed file is stale. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../src/schema';

printAppSchema()
  .then((sdl) => writeFileSync(join(__dirname, '../../schema.graphql'), sdl))
  .then(() => console.log('schema.graphql written'));
