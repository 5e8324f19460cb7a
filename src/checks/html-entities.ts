/**
 * Decodes the entities Astro writes into attribute values, so a link or id reads as the author
 * wrote it. `&amp;` goes last, so that `&amp;quot;` stays the text `&quot;`.
 */
export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
