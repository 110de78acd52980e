import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { CountryCodeResolver, CurrencyResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * graphql-scalars accepts ISO codes in any case ("nl", "eur"); the server stores
 * and compares them in their canonical upper case. Same names as the originals,
 * so the schema is unchanged; use these everywhere instead of the originals.
 */
function upperCased(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => String(config.parseValue!(value)).toUpperCase(),
    parseLiteral: (ast, variables) => String(config.parseLiteral!(ast, variables)).toUpperCase(),
  });
}

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCodeScalar = upperCased(CountryCodeResolver);
/** ISO 4217, upper case. */
export const CurrencyScalar = upperCased(CurrencyResolver);

/** Enough for every date a page shows; on overflow the set starts over. */
const MAX_KNOWN_DATES = 10_000;

/**
 * graphql-scalars' LocalDate checks every date it sends through a Date
 * object and its ISO string: about 2% of a client area's CPU (issue 12),
 * where a page repeats the same few hundred dates. Each date string that
 * passed that check is remembered, so it is checked once; anything else
 * (another string, not a string) still goes through the check. Input
 * parsing is unchanged.
 */
export function withRememberedLocalDates(schema: GraphQLSchema): GraphQLSchema {
  const known = new Set<string>();
  const config = LocalDateResolver.toConfig();
  const LocalDate = new GraphQLScalarType({
    ...config,
    serialize: (value) => {
      if (typeof value === 'string' && known.has(value)) return value;
      const date = config.serialize!(value) as string;
      if (known.size >= MAX_KNOWN_DATES) known.clear();
      known.add(date);
      return date;
    },
  });
  return mapSchema(schema, { [MapperKind.SCALAR_TYPE]: (type) => (type.name === LocalDate.name ? LocalDate : type) });
}
