import 'reflect-metadata';
import { Min, ValidateIf } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { validateInput } from '../../src/shared/input-validation';

/** How often class-validator looked at a PageArgs (its ValidateIf runs on every validation). */
let validations = 0;

class PageArgs {
  @ValidateIf(() => ++validations > 0)
  @Min(1)
  first!: number;
}

const page = (first: number) => Object.assign(new PageArgs(), { first });
// An @Args() class at the root of an operation-less call: no argument name, no round to wait in.
const data = { root: {}, args: {}, context: {}, info: { parentType: { getFields: () => ({}) }, fieldName: 'items' } as unknown as GraphQLResolveInfo };

describe('issue 12: remembered input passes', () => {
  it('issue 12: a value that passed is not validated again, and a value with a problem is refused every time', async () => {
    await expect(validateInput(page(5), PageArgs, data)).resolves.toBeUndefined();
    await expect(validateInput(page(5), PageArgs, data)).resolves.toBeUndefined();
    expect(validations).toBe(1);
    for (let i = 0; i < 2; i++) {
      await expect(validateInput(page(0), PageArgs, data)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'first must be at least 1' });
    }
    expect(validations).toBe(3);
  });
});
