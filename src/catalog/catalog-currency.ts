import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * Issue 11.12: `catalog(currency:)` returns only that currency's prices. The
 * price fields below it (product, addon and option prices) read the currency
 * from the root `catalog` field of their own path, so another root field of
 * the same operation (staff `products`) still sees every price.
 */
export function catalogCurrencyOf(info: GraphQLResolveInfo): string | undefined {
  let root = info.path;
  while (root.prev) root = root.prev;
  const field = rootField(info, info.operation.selectionSet, String(root.key), new Set());
  if (field?.name.value !== 'catalog') return undefined;
  const definition = info.schema.getQueryType()?.getFields().catalog;
  if (!definition) return undefined;
  const currency = getArgumentValues(definition, field, info.variableValues).currency;
  return typeof currency === 'string' ? currency : undefined;
}

/** The root field answering under `key`, looking through fragments. */
function rootField(info: GraphQLResolveInfo, set: SelectionSetNode, key: string, seen: Set<string>): FieldNode | undefined {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias?.value ?? selection.name.value) === key) return selection;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const found = rootField(info, selection.selectionSet, key, seen);
      if (found) return found;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = info.fragments[selection.name.value];
      const found = fragment && rootField(info, fragment.selectionSet, key, seen);
      if (found) return found;
    }
  }
  return undefined;
}

export const byCurrency = <T extends { currencyCode: string }>(rows: T[], currency?: string) => (currency ? rows.filter((r) => r.currencyCode === currency) : rows);
