/**
 * What tells two elements apart other than colour (WCAG 1.4.1): the properties that differ between
 * them, and between their `::before` and `::after`, leaving out every colour and background
 * property. An empty list means a sighted citizen who cannot tell the colours apart sees no
 * difference at all.
 */
const NON_COLOUR = [
  'content',
  'border-top-width',
  'border-bottom-width',
  'border-left-width',
  'border-right-width',
  'border-top-style',
  'border-bottom-style',
  'outline-style',
  'outline-width',
  'text-decoration-line',
  'text-decoration-thickness',
  'font-weight',
  'font-style',
  'width',
  'height',
] as const;

export function differencesBesidesColour(a: Element, b: Element): string[] {
  const differences: string[] = [];
  for (const pseudo of [null, '::before', '::after'] as const) {
    const styleA = getComputedStyle(a, pseudo);
    const styleB = getComputedStyle(b, pseudo);
    for (const property of NON_COLOUR) {
      if (pseudo === null && (property === 'width' || property === 'height' || property === 'content')) continue;
      const valueA = styleA.getPropertyValue(property);
      const valueB = styleB.getPropertyValue(property);
      if (valueA !== valueB) differences.push(`${pseudo ?? ''}${pseudo ? ' ' : ''}${property}: ${valueA} / ${valueB}`);
    }
  }
  return differences;
}
