/**
 * When this environment variable names a file, `astro build` writes its `BuiltSite` there and
 * stops; `npm run build` (scripts/build.ts) then finishes the site in a fresh process. Kept apart
 * from finish-site.ts so that the waiting script loads nothing else while Astro builds.
 */
export const FINISH_LATER = 'CULTURE_FIRST_FINISH_LATER';
