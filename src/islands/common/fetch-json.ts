/**
 * Fetches a JSON file of this site (the instrument, the norms): same origin, so the page's policy
 * (connect-src 'self') allows it, and the browser's cache serves it again. Rejects on any failure,
 * a missing file included.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
