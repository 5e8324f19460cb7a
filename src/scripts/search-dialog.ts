import { translator, type Messages } from '../i18n/translate.ts';

/** Pagefind's browser API, typed for the calls made here. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
  sub_results: SubResult[];
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}


const MAX_RESULTS = 8;
/** Sections shown under a chapter: enough to jump straight to the right place, few enough to scan. */
const MAX_SECTIONS = 3;

export async function startSearch(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  input.focus();
  const t = translator(JSON.parse(dialog.dataset['messages'] ?? '{}') as Messages, dialog.dataset['lang'] ?? 'en');

  let pagefind: Pagefind;
  try {
    // The path is only known at run time (base path), so Vite must not try to bundle it.
    pagefind = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
  } catch {
    status.textContent = t('site.search.unavailable');
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
      total === 0 ? t('site.search.none', { term }) : total > MAX_RESULTS ? t('site.search.foundMore', { count: total, shown: MAX_RESULTS }) : t('site.search.found', { count: total });
  };
  input.addEventListener('input', () => void run());
  if (input.value) void run();
}

/** Pagefind escapes page text and adds only <mark> around matches, so its excerpts are safe as HTML. */
function excerptOf(html: string): HTMLParagraphElement {
  const excerpt = document.createElement('p');
  excerpt.innerHTML = html;
  return excerpt;
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-title';
  link.textContent = data.meta.title ?? data.url;
  item.append(link);
  if (data.meta.section) {
    const section = document.createElement('span');
    section.className = 'search-result-section';
    section.textContent = data.meta.section;
    item.append(section);
  }
  // Matches under a heading of the chapter; the chapter's own opening is already the main excerpt.
  const sections = data.sub_results.filter((s) => s.url !== data.url).slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    item.append(excerptOf(data.excerpt));
    return item;
  }
  const list = document.createElement('ul');
  list.className = 'search-sections';
  list.append(
    ...sections.map((s) => {
      const entry = document.createElement('li');
      const a = document.createElement('a');
      a.href = s.url;
      a.textContent = s.title;
      entry.append(a, excerptOf(s.excerpt));
      return entry;
    }),
  );
  item.append(list);
  return item;
}
