/**
 * Opens the search dialog on click or Ctrl/⌘+K. The search code itself (and Pagefind) is a separate
 * chunk fetched on first open, which keeps reading pages light.
 */
export function wireSearchLauncher(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  let loaded: Promise<void> | undefined;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    loaded ??= import('./search-dialog.ts').then((m) => m.startSearch(dialog));
  };
  document.querySelector('[data-search-open]')?.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
