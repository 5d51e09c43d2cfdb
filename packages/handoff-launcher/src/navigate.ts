/**
 * The default navigation: a link element that is never put in the document (so no router or
 * click listener on the page sees it), with `rel="noopener noreferrer"` and no referrer. A new
 * tab therefore gets no `window.opener` and the target sees no `Referer` from the portal.
 */
export function defaultNavigate(url: string, newTab: boolean): boolean {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.referrerPolicy = 'no-referrer';
  if (newTab) link.target = '_blank';
  link.click();
  return true;
}
