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
registerEnumType(RequiredClientField, {
  name: 'RequiredClientField',
  description: 'An optional client field the operator can make required for sign-up and profile edits.',
  valuesConfig: {
    COMPANY_NAME: { description: 'Company name.' },
    ADDRESS1: { description: 'First address line.' },
    CITY: { description: 'City.' },
    STATE: { description: 'State or province.' },
    POSTCODE: { description: 'Postal code.' },
    COUNTRY: { description: 'Country.' },
    PHONE_NUMBER: { description: 'Phone number.' },
    SECURITY_QUESTION: { description: 'Security question and answer.' },
  },
});
