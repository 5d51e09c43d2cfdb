import { html, type TemplateResult } from 'lit';

const MARK = '\u0000';

/**
 * One of a component's own messages with some parameters that are a source's words (a name, a
 * title): the message is in the component's language, each of those parameters is marked with the
 * source's `lang` (WCAG 3.1.2), so "Assigned by Kari Lege" reads the name with a Norwegian voice.
 * `say` is the message as a function of its parameters (a catalogue lookup); `params` holds all
 * parameters, `sourceKeys` names those that are the source's.
 */
export function withSourceWords(
  say: (params: Record<string, string | number>) => string,
  params: Record<string, string | number>,
  sourceKeys: readonly string[],
  lang: string,
): TemplateResult {
  const marked: Record<string, string | number> = { ...params };
  sourceKeys.forEach((key, i) => {
    marked[key] = `${MARK}${i}${MARK}`;
  });
  // split with a capture group: text, index, text, index, ..., text
  const pieces = say(marked).split(new RegExp(`${MARK}(\\d+)${MARK}`));
  return html`${pieces.map((piece, i) => (i % 2 === 0 ? piece : html`<span lang=${lang}>${params[sourceKeys[Number(piece)]!]}</span>`))}`;
}
