/** On narrow screens the sidebar is behind a Menu button; Escape closes it and returns focus. */
export function wireMobileMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const sidebar = document.querySelector<HTMLElement>('[data-sidebar]');
  if (!button || !sidebar) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    set(open);
    if (open) sidebar.querySelector<HTMLAnchorElement>('a[aria-current="page"], a')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sidebar.classList.contains('open')) {
      set(false);
      button.focus();
    }
  });
}
