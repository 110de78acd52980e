import { Extensions } from 'type-graphql';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Issue 10.2: mutations that check or hash a password carry this extension.
 * One operation may hold only one of them: aliases would otherwise multiply
 * the argon2 work (and the guesses) a single request buys.
 */
const PASSWORD_WORK = 'passwordWork';

/** Marks a mutation as checking or hashing a password. */
export const PasswordWork = () => Extensions({ [PASSWORD_WORK]: true });

/** Refuses (BAD_USER_INPUT) an operation that selects more than one password mutation, aliases and fragments included. */
export const onePasswordMutationPerOperation: ValidationRule = (context: ValidationContext) => {
  const mutationFields = context.getSchema().getMutationType()?.getFields() ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const countIn = (set: SelectionSetNode, seen: Set<string>): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (mutationFields[selection.name.value]?.extensions?.[PASSWORD_WORK]) count++;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += countIn(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) count += countIn(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
    return count;
  };
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation' || countIn(node.selectionSet, new Set()) <= 1) return;
      context.reportError(new GraphQLError('One operation may log in, sign up or change a password only once', {
        nodes: [node],
        extensions: { code: 'BAD_USER_INPUT' },
      }));
    },
  };
};
