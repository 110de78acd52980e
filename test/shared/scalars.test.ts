import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { withRememberedLocalDates } from '../../src/shared/scalars';

/** Issue 12: LocalDate outputs are checked once per date string, and a kept check is the library's own answer. */
describe('issue 12: LocalDate output with remembered dates', () => {
  const schema = withRememberedLocalDates(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          date: { type: LocalDateResolver, args: { value: { type: GraphQLString } }, resolve: (_root, { value }) => value },
          dateObject: { type: LocalDateResolver, resolve: () => new Date('2026-12-03T00:00:00Z') },
          echo: { type: LocalDateResolver, args: { value: { type: LocalDateResolver } }, resolve: (_root, { value }) => value },
        },
      }),
    }),
  );
  const date = async (value: string) => {
    const result = await graphql({ schema, source: 'query($v: String) { date(value: $v) }', variableValues: { v: value } });
    return result.errors ? result.errors[0].message : result.data!.date;
  };

  it('valid dates are sent, again and again; invalid ones are refused every time as the library refuses them', async () => {
    for (let round = 0; round < 2; round++) {
      expect(await date('2028-02-29')).toBe('2028-02-29');
      expect(await date('2027-02-29')).toBe('Value is not a valid LocalDate: 2027-02-29');
      expect(await date('2026-13-01')).toBe('Value is not a valid LocalDate: 2026-13-01');
      expect(await date('2026-12-03T00:00:00Z')).toBe('Value is not a valid LocalDate: 2026-12-03T00:00:00Z');
    }
    const result = await graphql({ schema, source: '{ dateObject }' });
    expect(result.errors?.[0].message).toMatch(/^Value is not string/);
  });

  it('inputs are parsed by the library unchanged', async () => {
    const ok = await graphql({ schema, source: '{ echo(value: "2026-12-03") }' });
    expect(ok.data).toEqual({ echo: '2026-12-03' });
    const refused = await graphql({ schema, source: '{ echo(value: "2026-02-30") }' });
    expect(refused.errors?.[0].message).toMatch(/not a valid LocalDate/);
  });
});
