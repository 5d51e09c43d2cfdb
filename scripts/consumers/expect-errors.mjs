// The negative type checks: a deliberately wrong file marks each line that must not type-check
// with a comment `@expect-error TS2322` on the line above it (in TypeScript, TSX or a Vue
// template); `TS2339|TS2551` accepts either code (TypeScript adds "did you mean" to some
// messages, under another code, depending on the type's size). `compareErrors` matches a compiler's report against those marks: every mark needs
// an error with its code on the next line, and any other error is unexpected. So a check fails
// when the types go `any` (an expected error vanishes) and when they break in another way (an
// unexpected error, e.g. "Cannot find module").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = /@expect-error\s+(TS\d+(?:\|TS\d+)*)/;
const REPORTED = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** `[{ file, line, code }]` for every mark in the files (paths relative to `dir`). */
export function expectedErrors(dir, files) {
  const expected = [];
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      const match = MARK.exec(text);
      if (match) expected.push({ file, line: index + 2, code: match[1], codes: match[1].split('|') });
    });
  }
  return expected;
}

/** The errors in a `tsc --pretty false` / `vue-tsc --pretty false` report. */
export function reportedErrors(output) {
  return output
    .split('\n')
    .map((line) => REPORTED.exec(line.trim()))
    .filter(Boolean)
    .map(([, file, line, column, code, message]) => ({ file: file.replaceAll('\\', '/'), line: Number(line), column: Number(column), code, message }));
}

/** `{ ok, missing, unexpected }`: marks without their error, and errors without a mark. */
export function compareErrors(expected, reported) {
  const matches = (e, r) => r.file.endsWith(e.file) && r.line === e.line && e.codes.includes(r.code);
  const missing = expected.filter((e) => !reported.some((r) => matches(e, r)));
  const unexpected = reported.filter((r) => !expected.some((e) => matches(e, r)));
  return { ok: expected.length > 0 && missing.length === 0 && unexpected.length === 0, missing, unexpected };
}

export function describeComparison({ missing, unexpected }) {
  return [
    ...missing.map((e) => `  missing ${e.code} at ${e.file}:${e.line} (the types accept what they must refuse)`),
    ...unexpected.map((r) => `  unexpected ${r.code} at ${r.file}:${r.line}: ${r.message}`),
  ].join('\n');
}
