/** The role AWS Organizations creates in the accounts it creates (it has AdministratorAccess: prefer a read-only role of your own). */
export const DEFAULT_ROLE_NAME = 'OrganizationAccountAccessRole';
/** Accounts scanned at once; each has the live source's own limits (64 calls, 8 per service and region). */
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;
