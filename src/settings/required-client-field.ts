import { registerEnumType } from 'type-graphql';

/** CL-3: optional client fields an operator can make required. */
export enum RequiredClientField {
  COMPANY_NAME = 'companyName',
  ADDRESS1 = 'address1',
  CITY = 'city',
  STATE = 'state',
  POSTCODE = 'postcode',
  COUNTRY = 'country',
  PHONE_NUMBER = 'phoneNumber',
  SECURITY_QUESTION = 'securityQuestion',
}
registerEnumType(RequiredClientField, { name: 'RequiredClientField' });
