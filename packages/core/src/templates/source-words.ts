import { html, type TemplateResult } from 'lit';

const MARK = '\u0000';

/**
 * One of a component's own messages with some parameters that are a source's words (a name, a
 * title): the message is in the component's language, each of those parameters is marked with the
 * source's `lang` (WCAG 3.1.2), so "Assigned by Kari Lege" reads the name with a Norwegian voice.
 * `say` is the message as a function of its parameters (a catalogue lookup); `params` holds all
 * parameters, `sourceKeys` names those that are the source's; `lang` is their language, or a
 * function giving each key's (several sources' names in one sentence, each in its own language).
 */
export function withSourceWords(
  say: (params: Record<string, string | number>) => string,
  params: Record<string, string | number>,
  sourceKeys: readonly string[],
  lang: string | ((key: string) => string),
): TemplateResult {
  const langOf = typeof lang === 'string' ? () => lang : lang;
  const marked: Record<string, string | number> = { ...params };
  sourceKeys.forEach((key, i) => {
    marked[key] = `${MARK}${i}${MARK}`;
  });
  // split with a capture group: text, index, text, index, ..., text
  const pieces = say(marked).split(new RegExp(`${MARK}(\\d+)${MARK}`));
  return html`${pieces.map((piece, i) => (i % 2 === 0 ? piece : html`<span lang=${langOf(sourceKeys[Number(piece)]!)}>${params[sourceKeys[Number(piece)]!]}</span>`))}`;
}
