import { GraphQLScalarType } from 'graphql';
import { CountryCodeResolver, CurrencyResolver } from 'graphql-scalars';

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
