import { buildSchema, getOperationAST, parse } from 'graphql';
import { variableProblems } from '../../src/shared/variable-problems';

const schema = buildSchema(`
  enum Kind { A B }
  input Line { description: String! amount: String! taxable: Boolean kind: Kind }
  input Input { clientId: ID! lines: [Line!]! count: Int }
  type Query { x(input: Input, line: Line): Int }
`);
const problemsOf = (query: string, variables: Record<string, unknown>) => {
  const document = parse(query);
  return variableProblems(schema, document, getOperationAST(document)!, variables)?.extensions;
};

describe('issue 13.5: variables that do not fit their types, at their paths from the argument', () => {
  it('lists every problem, each at the argument path, with a reason and words for end users', () => {
    const extensions = problemsOf(`query($i: Input!) { x(input: $i) }`, {
      i: { clientId: '1', lines: [{ amount: 3 }, { description: 'x', amount: '1', taxable: 'yes', kind: 'C', bogus: 1 }], count: 1.5 },
    });
    expect(extensions).toEqual({
      code: 'BAD_USER_INPUT', reason: 'VALUE_REQUIRED', field: ['input', 'lines', 0, 'description'],
      fields: [
        { path: ['input', 'lines', 0, 'description'], reason: 'VALUE_REQUIRED', message: 'description is required' },
        { path: ['input', 'lines', 0, 'amount'], reason: 'INVALID_FORMAT', message: 'amount must be text' },
        { path: ['input', 'lines', 1, 'taxable'], reason: 'INVALID_FORMAT', message: 'taxable must be true or false' },
        { path: ['input', 'lines', 1, 'kind'], reason: 'INVALID_FORMAT', message: 'kind is not one of the allowed values' },
        { path: ['input', 'lines', 1, 'bogus'], reason: 'INVALID_FORMAT', message: 'bogus is not a field of this input' },
        { path: ['input', 'count'], reason: 'INVALID_FORMAT', message: 'count must be a whole number' },
      ],
    });
  });

  it('a variable inside a literal is placed under its field and list position; one used twice keeps its own name', () => {
    expect(problemsOf(`query($l: Line!) { x(input: { clientId: "1", lines: [{ description: "a", amount: "1" }, $l] }) }`, { l: { description: 'a' } })?.field)
      .toEqual(['input', 'lines', 1, 'amount']);
    expect(problemsOf(`query($l: Line!) { a: x(line: $l) b: x(line: $l) }`, { l: { description: 'a' } })?.field).toEqual(['l', 'amount']);
  });

  it('a required variable left out or null, and a fitting one', () => {
    expect(problemsOf(`query($i: Input!) { x(input: $i) }`, {})?.fields).toEqual([{ path: ['input'], reason: 'VALUE_REQUIRED', message: 'input is required' }]);
    expect(problemsOf(`query($i: Input!) { x(input: $i) }`, { i: null })?.fields).toEqual([{ path: ['input'], reason: 'VALUE_REQUIRED', message: 'input is required' }]);
    expect(problemsOf(`query($i: Input!) { x(input: $i) }`, { i: { clientId: '1', lines: [] } })).toBeUndefined();
  });
});
