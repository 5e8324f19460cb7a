import type { CodeRole } from '../../domain/result-code/layout.ts';

/** How a shared result names the role it carries. */
export const ROLE_NAMES: Readonly<Record<CodeRole, string>> = {
  'senior-leader': 'Senior leader',
  'people-manager': 'People manager',
  'individual-contributor': 'Individual contributor',
};
