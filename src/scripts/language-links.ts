/**
 * The same page in another language keeps what the address carries beyond the page: a result's
 * `?id=` and a shared result's `#code` stay with the reader when they switch language.
 */
export function keepAddressOnLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-language-link]')) {
    link.addEventListener('click', () => {
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = location.hash;
      link.href = target.href;
    });
  }
}
