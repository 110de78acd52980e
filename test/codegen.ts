import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed test operations (`npm run codegen:test`): GraphQL Code Generator's
 * client preset reads every `graphql(`…`)` document in the tests and writes
 * their result and variable types to test/generated (committed; a test fails
 * when it is stale), from the committed schema.graphql.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
  // Only graphql(`…`) calls are typed documents; the plain strings that tests send with gql() stay as they are.
  pluckConfig: { modules: [], globalGqlIdentifierName: 'graphql', gqlMagicComment: 'graphql' },
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Every custom scalar as it crosses the wire (JSON); a new one fails the generation instead of becoming `any`.
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string', // "2026-03-01T12:00:00.000Z"
          LocalDate: 'string', // "2026-03-01"
          CountryCode: 'string', // "DE"
          Currency: 'string', // "EUR"; Money.amount is a decimal string ("12.30")
          EmailAddress: 'string',
          URL: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};
export default config;
