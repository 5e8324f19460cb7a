/**
 * On paper a link's target has to be readable in full: every link to this site gets its absolute
 * address (print.css shows it after the link text), and the page's own address fills its print
 * header. Links within the page point nowhere on paper and get none. It runs again just before
 * printing because islands add their links after load.
 */
export function preparePrintAddresses(): void {
  const mark = () => {
    const own = document.querySelector<HTMLElement>('[data-print-address]');
    if (own) own.textContent = location.href.replace(/#.*$/, '');
    for (const link of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#') || link.origin !== location.origin) continue;
      link.dataset.printHref = link.href;
    }
  };
  mark();
  addEventListener('beforeprint', mark);
}
