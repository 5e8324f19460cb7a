/** Pagefind's browser API, typed for the calls made here. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

export async function startSearch(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  input.focus();

  let pagefind: Pagefind;
  try {
    // The path is only known at run time (base path), so Vite must not try to bundle it.
    pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = 'Search is not available: the search index did not load. Try reloading the page.';
    return;
  }

  const run = async () => {
    const term = input.value.trim();
    if (term === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(term, {}, 200);
    if (search === null || input.value.trim() !== term) return;
    const shown = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...shown.map(renderResult));
    const total = search.results.length;
    status.textContent =
      total === 0 ? `No chapter mentions “${term}”.` : `${total} ${total === 1 ? 'chapter' : 'chapters'} found${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  };
  input.addEventListener('input', () => void run());
  if (input.value) void run();
}

function renderResult(data: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  return item;
}
