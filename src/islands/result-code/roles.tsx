import type { Role } from '../../domain/result/role.ts';
import { useWords } from '../common/words.tsx';

/** The catalog key that names a role a result carries (`common.role.*`): on a result, a shared result and in the team view. */
export const roleKey = (role: Role) => `common.role.${role}` as const;

/** A role's name in the page's language. */
export function RoleName({ role }: { role: Role }) {
  const t = useWords();
  return <>{t(roleKey(role))}</>;
}
