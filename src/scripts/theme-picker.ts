import { isThemePreference, type ThemePreference } from '../theme/preference.ts';

const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

function apply(preference: ThemePreference): void {
  root.dataset.themePreference = preference;
  root.dataset.theme = preference === 'system' ? (dark.matches ? 'dark' : 'light') : preference;
}

/** Wires the theme <select>: remembers the choice and follows the system while "System" is chosen. */
export function applyThemeChoice(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  // The key comes from the page, so it always matches the one the inline head script reads.
  const key = select?.dataset.storageKey;
  const current = root.dataset.themePreference;
  if (select && isThemePreference(current)) select.value = current;
  select?.addEventListener('change', () => {
    const choice = select.value;
    if (!isThemePreference(choice) || !key) return;
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
