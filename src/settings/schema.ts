import { z } from 'zod';
import { AA_TEXT, contrastRatio, isHexColour } from './contrast.ts';
import { THEME_BACKGROUNDS } from './theme-colours.ts';

const hexColour = z.string().refine(isHexColour, { message: 'must be a hex color such as "#1f5a96"' });

const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as "en" or "en-GB"' });

const publicFile = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.includes('..') && !/^[a-z]+:/i.test(p), {
    message: 'must be a path inside public/, such as "logo.svg" (no leading slash, no "..", no URL)',
  });

/**
 * The settings of one deployment, read from `content/site.yaml`.
 * Each field's comment is its documentation; the README's "Settings" section repeats it.
 */
export const siteSettingsSchema = z
  .object({
    /** The organization that publishes this copy; shown in the footer and the page titles' suffix. */
    organization: z.string().min(1),
    /** The site's name in the header and in every page title. */
    title: z.string().min(1).max(60),
    /** One line under the title on the home page. */
    tagline: z.string().min(1).max(160),
    /** The language of the pages, as a BCP 47 tag ("en", "en-GB", "fr"). */
    lang: languageTag.default('en'),
    /**
     * Every language the site is built in, the default (`lang`) included. Other languages get their
     * pages under their own prefix (`/de/…`), their interface words from `content/i18n/<language>.yaml`
     * and their chapters from `content/playbook/<language>/`.
     */
    languages: z.array(languageTag).min(1).optional(),
    /** Per language other than the default: the site's own words in that language. */
    translations: z
      .record(
        languageTag,
        z
          .object({
            title: z.string().min(1).max(60).optional(),
            tagline: z.string().min(1).max(160).optional(),
            footerText: z.string().max(280).optional(),
            helpLabel: z.string().min(1).max(40).optional(),
          })
          .strict(),
      )
      .default({}),
    /** Favicon, a file in public/. SVG, PNG and ICO work. */
    favicon: publicFile.default('favicon.svg'),
    /** Logo shown before the title in the header, a file in public/; leave out for text only. */
    logo: publicFile.optional(),
    /** Accent colour for links and buttons, one per theme; each must reach 4.5:1 on its theme's background. */
    accent: z.object({ light: hexColour, dark: hexColour }).default({ light: '#1f5a96', dark: '#8cc4ff' }),
    /** The theme a first-time visitor sees; each visitor can change it, and the choice is remembered. */
    defaultTheme: z.enum(['light', 'dark', 'system']).default('system'),
    /** The path dist/ is served under ("/" or "/intranet/culture/"). BASE_PATH overrides it for one build. */
    basePath: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, {
        message: 'must start and end with "/" and hold only letters, digits, ".", "_", "~" and "-" between slashes',
      })
      .default('/'),
    /** Which parts of the site are built besides the playbook. */
    sections: z
      .object({
        /** The private readiness check at /assessment/. */
        assessment: z.boolean().default(true),
        /** The facilitator's team view at /team/. */
        team: z.boolean().default(true),
      })
      .default({ assessment: true, team: true }),
    team: z
      .object({
        /** The team view shows no figure until this many results are loaded. Never below 3. */
        minGroupSize: z.number().int().min(3, { message: 'must be at least 3, so that no result can be singled out' }).default(5),
        /** Quartiles (the middle half of the team) appear from this many results. Never below 10. */
        spreadMinimum: z
          .number()
          .int()
          .min(10, { message: 'must be at least 10, so that a quartile is never close to one person’s score' })
          .default(10),
      })
      .default({ minGroupSize: 5, spreadMinimum: 10 }),
    /** A help or contact link shown in the footer: an https:, http:, mailto: URL or a path on this site. */
    help: z
      .object({
        label: z.string().min(1).max(40),
        url: z.string().regex(/^(?:https?:\/\/|mailto:|\/)/, { message: 'must start with https://, http://, mailto: or /' }),
      })
      .optional(),
    /** A sentence of your own in the footer. */
    footerText: z.string().max(280).default(''),
    /**
     * Offline use: a service worker keeps the check, its results, the history, the team view and
     * the chapters a reader opened, so they work without the network, and announces a newer
     * version. Browsers allow it only over HTTPS (or on localhost). Set to false where service
     * workers are not allowed; a worker installed before is then removed on the next visit.
     */
    offline: z.boolean().default(true),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const languages = settings.languages ?? [settings.lang];
    if (!languages.includes(settings.lang)) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: `must include the default language "${settings.lang}" (the "lang" field)` });
    }
    const seen = new Set<string>();
    languages.forEach((language, i) => {
      if (seen.has(language)) ctx.addIssue({ code: 'custom', path: ['languages', i], message: `"${language}" is listed twice` });
      seen.add(language);
    });
    for (const language of Object.keys(settings.translations)) {
      if (!languages.includes(language) || language === settings.lang) {
        ctx.addIssue({ code: 'custom', path: ['translations', language], message: `"${language}" is not one of the other languages in "languages"` });
      }
    }
    for (const theme of ['light', 'dark'] as const) {
      const accent = settings.accent[theme];
      for (const background of THEME_BACKGROUNDS[theme]) {
        const ratio = contrastRatio(accent, background);
        if (ratio < AA_TEXT) {
          ctx.addIssue({
            code: 'custom',
            path: ['accent', theme],
            message: `${accent} has a contrast ratio of ${ratio.toFixed(2)}:1 on the ${theme} theme's background ${background}; WCAG AA needs at least ${AA_TEXT}:1. Pick a ${theme === 'light' ? 'darker' : 'lighter'} color.`,
          });
          break;
        }
      }
    }
  })
  .transform((settings) => ({ ...settings, languages: settings.languages ?? [settings.lang] }));

export type SiteSettings = z.output<typeof siteSettingsSchema>;
