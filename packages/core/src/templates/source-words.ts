import { html, type TemplateResult } from 'lit';

const MARK = '\u0000';

/**
 * One of a component's own messages with some parameters that are a source's words (a name, a
 * title): the message is in the component's language, each of those parameters is marked with the
 * source's `lang` (WCAG 3.1.2), so "Assigned by Kari Lege" reads the name with a Norwegian voice.
 * `say` is the message as a function of its parameters (a catalogue lookup); `params` holds all
 * parameters, `sourceKeys` names those that are the source's; `lang` is their language, or a
 * function giving each key's (several sources' names in one sentence, each in its own language).
 * A parameter that is already content (a sentence with a source's words marked inside it, such as
 * core's `sourceErrorWords`) is put in as it is.
 */
export function withSourceWords(
  say: (params: Record<string, string | number>) => string,
  params: Readonly<Record<string, string | number | TemplateResult>>,
  sourceKeys: readonly string[],
  lang: string | ((key: string) => string),
): TemplateResult {
  const langOf = typeof lang === 'string' ? () => lang : lang;
  const isContent = (key: string) => typeof params[key] === 'object';
  const slots = [...sourceKeys, ...Object.keys(params).filter((key) => isContent(key) && !sourceKeys.includes(key))];
  const marked: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) marked[key] = typeof value === 'object' ? '' : value;
  slots.forEach((key, i) => {
    marked[key] = `${MARK}${i}${MARK}`;
  });
  // split with a capture group: text, index, text, index, ..., text
  const pieces = say(marked).split(new RegExp(`${MARK}(\\d+)${MARK}`));
  return html`${pieces.map((piece, i) => {
    if (i % 2 === 0) return piece;
    const key = slots[Number(piece)]!;
    return sourceKeys.includes(key) && !isContent(key) ? html`<span lang=${langOf(key)}>${params[key]}</span>` : params[key];
  })}`;
}
