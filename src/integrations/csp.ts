import type { AstroConfig } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';
import { scriptHash, themeInitScript } from '../theme/init-script.ts';

/**
 * The strict policy every page carries as a <meta> tag. Astro adds the hashes of the scripts and
 * styles it bundles; the theme script is inline on purpose (it must run before first paint, from
 * the top of <body>, after the policy), so its hash is added here. The sample server
 * configurations (scripts/deploy/) add, as a header, only what a <meta> policy cannot say, such as
 * frame-ancestors; the hashes stay in the pages.
 */
type Csp = Exclude<NonNullable<AstroConfig['security']['csp']>, boolean>;

export function contentSecurityPolicy(settings: SiteSettings): Csp {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'none'",
      "worker-src 'self' blob:",
    ],
    scriptDirective: {
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: [scriptHash(themeInitScript(settings.basePath, settings.defaultTheme))],
    },
    styleDirective: { resources: ["'self'"] },
  };
}
