import { createHash } from 'node:crypto';
import { themeStorageKey, type ThemePreference } from './preference.ts';

/**
 * The one inline script: it must run before the first paint so a dark-theme reader never sees a
 * white flash, which an external or module script cannot guarantee. Its hash goes into the CSP.
 */
export function themeInitScript(base: string, fallback: ThemePreference): string {
  const key = JSON.stringify(themeStorageKey(base));
  return `(function(){var p=${JSON.stringify(fallback)};try{var s=localStorage.getItem(${key});if(s==="light"||s==="dark"||s==="system")p=s}catch(e){}var d=p==="system"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):p;document.documentElement.dataset.theme=d;document.documentElement.dataset.themePreference=p})()`;
}

export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
