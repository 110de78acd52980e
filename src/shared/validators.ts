/**
 * The class-validator decorators and functions this server uses, each
 * required from its own module. class-validator's index loads all of its
 * ~100 decorators, and with them libphonenumber's full metadata and all of
 * validator.js: ~3 MiB of heap and 280 modules for a dozen decorators, kept
 * for the life of the process (issue 12: RSS). Types come from the package;
 * test/shared/validators.test.ts checks that these are the package's own
 * exports (a version that moves one of these files fails it) and that the
 * code imports class-validator only from here.
 */
import type * as ClassValidator from 'class-validator';

type Exports<K extends keyof typeof ClassValidator> = Pick<typeof ClassValidator, K>;

export const { ArrayMaxSize } = require('class-validator/cjs/decorator/array/ArrayMaxSize') as Exports<'ArrayMaxSize'>;
export const { ArrayMinSize } = require('class-validator/cjs/decorator/array/ArrayMinSize') as Exports<'ArrayMinSize'>;
export const { IsIn } = require('class-validator/cjs/decorator/common/IsIn') as Exports<'IsIn'>;
export const { IsOptional } = require('class-validator/cjs/decorator/common/IsOptional') as Exports<'IsOptional'>;
export const { ValidateIf } = require('class-validator/cjs/decorator/common/ValidateIf') as Exports<'ValidateIf'>;
export const { ValidateNested } = require('class-validator/cjs/decorator/common/ValidateNested') as Exports<'ValidateNested'>;
export const { Max } = require('class-validator/cjs/decorator/number/Max') as Exports<'Max'>;
export const { Min } = require('class-validator/cjs/decorator/number/Min') as Exports<'Min'>;
export const { IsEmail } = require('class-validator/cjs/decorator/string/IsEmail') as Exports<'IsEmail'>;
export const { Length } = require('class-validator/cjs/decorator/string/Length') as Exports<'Length'>;
export const { Matches } = require('class-validator/cjs/decorator/string/Matches') as Exports<'Matches'>;
export const { MaxLength } = require('class-validator/cjs/decorator/string/MaxLength') as Exports<'MaxLength'>;
export const { getMetadataStorage } = require('class-validator/cjs/metadata/MetadataStorage') as Exports<'getMetadataStorage'>;

const { Validator } = require('class-validator/cjs/validation/Validator') as Exports<'Validator'>;
const validator = new Validator();

/** class-validator's validate(object, options): the index's calls the same Validator. */
export function validate(object: object, options?: ClassValidator.ValidatorOptions): Promise<ClassValidator.ValidationError[]> {
  return validator.validate(object, options);
}
