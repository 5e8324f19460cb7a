/**
 * On narrow screens the Menu button opens the panel it controls (the chapter list on playbook
 * pages, the main links elsewhere). Escape closes it and returns focus to the button.
 */
export function wireMobileMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return;
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('open', open);
    document.documentElement.classList.toggle('menu-open', open);
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    set(open);
    if (open) panel.querySelector<HTMLAnchorElement>('a[aria-current="page"], a')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.classList.contains('open')) {
      set(false);
      button.focus();
    }
  });
  // Back on a wide screen the panel is always shown; a stale "open" would lock the page's scrolling.
  matchMedia('(min-width: 50.01rem)').addEventListener('change', (event) => {
    if (event.matches) set(false);
  });
}
