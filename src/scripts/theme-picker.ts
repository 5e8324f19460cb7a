import { isThemePreference, themeStorageKey, type ThemePreference } from '../theme/preference.ts';

const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

function apply(preference: ThemePreference): void {
  root.dataset.themePreference = preference;
  root.dataset.theme = preference === 'system' ? (dark.matches ? 'dark' : 'light') : preference;
}

/** Wires the theme <select>: remembers the choice and follows the system while "System" is chosen. */
export function applyThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  const key = themeStorageKey(import.meta.env.BASE_URL);
  const current = root.dataset.themePreference;
  if (select && isThemePreference(current)) select.value = current;
  select?.addEventListener('change', () => {
    const choice = select.value;
    if (!isThemePreference(choice)) return;
    apply(choice);
    try {
      localStorage.setItem(key, choice);
    } catch {
      // Storage blocked by policy: the choice still applies to this page.
    }
  });
  dark.addEventListener('change', () => {
    if (root.dataset.themePreference === 'system') apply('system');
  });
}
