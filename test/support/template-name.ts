/** Kept apart from database.ts: global setup must not load the ORM (jest realms would mix its metadata). */
export const TEMPLATE_DATABASE = 'hostbill_test_template';
