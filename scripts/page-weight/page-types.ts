/** The page types whose weight is measured, each by one representative built file. */
export type PageTypeId = 'home' | 'chapter' | 'assessment' | 'results' | 'team' | '404';

export interface PageType {
  id: PageTypeId;
  label: string;
  /** Path of the page in the built site, relative to its root. */
  file: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', label: 'Home', file: 'index.html' },
  { id: 'chapter', label: 'Chapter (trust)', file: 'playbook/trust/index.html' },
  { id: 'assessment', label: 'Assessment', file: 'assessment/index.html' },
  { id: 'results', label: 'Results', file: 'assessment/results/index.html' },
  { id: 'team', label: 'Team view', file: 'team/index.html' },
  { id: '404', label: '404', file: '404.html' },
];
