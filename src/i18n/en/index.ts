import { app } from './app.ts';
import { author } from './author.ts';
import { check } from './check.ts';
import { code } from './code.ts';
import { home } from './home.ts';
import { playbook } from './playbook.ts';
import { results } from './results.ts';
import { site } from './site.ts';
import { team } from './team.ts';

/**
 * Every interface text in English, the source of the keys: another language's catalog
 * (content/i18n/<lang>.yaml) must have exactly these keys. Grouped by where the words appear.
 */
export const en = { ...site, ...home, ...playbook, ...app, ...author, ...check, ...results, ...team, ...code } as const;

export type MessageKey = keyof typeof en;
