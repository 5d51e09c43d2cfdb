/**
 * Registers a tag once. A second registration of the same class is silent; of another class
 * it warns and keeps the first, so two copies of a bundle on one page never throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor) {
    console.warn(`[hn-elements] <${tag}> is already defined by another copy; keeping the first.`);
  }
}
