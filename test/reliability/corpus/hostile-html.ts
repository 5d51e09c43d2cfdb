// Hostile HTML and URLs. Every payload that manages to run calls `window.__hnPwned(<n>)` (or sets
// it, or reaches it through `parent`/`top` from a frame), so a test can tell whether anything ran.
// The corpus is ours: written from the classic families of HTML injection, not copied from a list.

/** The global every payload tries to reach. Tests install a function here and count the calls. */
export const TRAP = '__hnPwned';

/** A name a clobbering payload tries to put on `window` / `document` (must stay undefined). */
export const CLOBBER = '__hnClobber';

/** Ids a payload tries to give its elements, taken from the components' own markup (see clobbering test). */
export const CLOBBERING_IDS = ['pane-heading', 'reader-title', 'heading', 'hn-main', 'reply-text', 'list', 'getElementById', 'cookie'];

const run = (n: number) => `${TRAP}(${n})`;

/** HTML payloads, one family each, tagged so a failure names the family. */
export const HOSTILE_HTML: [family: string, html: string][] = [
  ['script', `<script>${run(1)}</script>`],
  ['script with src', `<script src="data:text/javascript,${run(2)}"></script>`],
  ['img onerror', `<img src="x" onerror="${run(3)}">`],
  ['img onerror without quotes', `<img src=x onerror=${run(4)}>`],
  ['body onload', `<body onload="${run(5)}">`],
  ['details ontoggle', `<details open ontoggle="${run(6)}"><summary>Mer</summary>tekst</details>`],
  ['autofocus onfocus', `<input autofocus onfocus="${run(7)}"><div tabindex="0" onfocus="${run(8)}">fokus</div>`],
  ['mouse handlers', `<p onmouseover="${run(9)}" onclick="${run(10)}" onpointerenter="${run(11)}">hold over meg</p>`],
  ['media handlers', `<video><source onerror="${run(12)}"></video><audio src="x" onerror="${run(13)}"></audio>`],
  ['javascript: link', `<a href="javascript:${run(14)}">lenke</a>`],
  ['javascript: mixed case', `<a href="JaVaScRiPt:${run(15)}">lenke</a>`],
  ['javascript: with entities', `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run(16)}">lenke</a>`],
  ['javascript: with tab and newline', `<a href="jav&#x09;ascr&#x0A;ipt:${run(17)}">lenke</a>`],
  ['javascript: with leading control character', `<a href="&#x01; javascript:${run(18)}">lenke</a>`],
  ['javascript: with colon entity', `<a href="javascript&colon;${run(19)}">lenke</a>`],
  ['vbscript: link', `<a href="vbscript:msgbox(1)">lenke</a>`],
  ['data: html link', `<a href="data:text/html,<script>parent.${run(20)}</script>">lenke</a>`],
  ['data: base64 link', `<a href="data:text/html;base64,${btoa(`<script>parent.${run(21)}</script>`)}">lenke</a>`],
  ['svg script', `<svg><script>${run(22)}</script></svg>`],
  ['svg onload', `<svg onload="${run(23)}"></svg>`],
  ['svg animate', `<svg><animate onbegin="${run(24)}" attributeName="x" dur="1s"/></svg>`],
  ['svg set href', `<svg><a><set attributeName="href" to="javascript:${run(25)}"/><text y="20">svg</text></a></svg>`],
  ['svg use data:', `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${run(26)}'/></svg>#x"/></svg>`],
  ['svg xlink:href', `<svg><a xlink:href="javascript:${run(27)}"><text y="20">svg</text></a></svg>`],
  ['svg image in data: URL', `<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='parent.${run(28)}'/>">`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.${run(29)}</script>"></iframe>`],
  ['iframe javascript:', `<iframe src="javascript:parent.${run(30)}"></iframe>`],
  ['frameset', `<frameset><frame src="javascript:parent.${run(31)}"></frameset>`],
  ['object', `<object data="javascript:${run(32)}"></object>`],
  ['embed', `<embed src="javascript:${run(33)}">`],
  ['form action', `<form action="javascript:${run(34)}"><button>Send</button></form>`],
  ['formaction', `<form><button formaction="javascript:${run(35)}">Send</button><input type="image" formaction="javascript:${run(36)}"></form>`],
  ['isindex', `<isindex action="javascript:${run(37)}" type="image">`],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:${run(38)}">`],
  ['base href', `<base href="javascript:${run(39)}//">`],
  ['link stylesheet', `<link rel="stylesheet" href="javascript:${run(40)}">`],
  ['style element', `<style>@import 'javascript:${run(41)}'; body { background: url("javascript:${run(42)}") }</style>`],
  ['style attribute url', `<div style="background:url(javascript:${run(43)})">stil</div>`],
  ['CSS expression', `<div style="width: expression(${run(44)})">uttrykk</div>`],
  ['CSS behaviour', `<div style="behavior: url(x.htc); -moz-binding: url(x.xml#x)">oppførsel</div>`],
  ['mXSS: noscript', `<noscript><p title="</noscript><img src=x onerror=${run(45)}>"></p></noscript>`],
  ['mXSS: math table mglyph style', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${run(46)}&gt;">`],
  ['mXSS: svg p style', `<svg></p><style><a id="</style><img src=1 onerror=${run(47)}>">`],
  ['mXSS: form math', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run(48)}>`],
  ['mXSS: xmp and title', `<xmp><p title="</xmp><img src=x onerror=${run(49)}>">`],
  ['mXSS: textarea', `<textarea><img title="</textarea><img src=x onerror=${run(50)}>"></textarea>`],
  ['mXSS: comment', `<!--><img src=x onerror=${run(51)}>-->`],
  ['mXSS: CDATA in svg', `<svg><![CDATA[><img src=x onerror=${run(52)}>]]></svg>`],
  ['template', `<template><script>${run(53)}</script><img src=x onerror=${run(54)}></template>`],
  ['template shadowrootmode', `<div><template shadowrootmode="open"><img src=x onerror=${run(55)}></template></div>`],
  ['MathML link', `<math><mi xlink:href="javascript:${run(56)}">x</mi><maction actiontype="statusline#" xlink:href="javascript:${run(57)}">y</maction></math>`],
  ['DOM clobbering: window name', `<img name="${CLOBBER}" src="x"><form id="${CLOBBER}"></form><a id="${CLOBBER}" href="https://example.org/">a</a>`],
  ['DOM clobbering: component ids', CLOBBERING_IDS.map((id) => `<p id="${id}" name="${id}">falsk ${id}</p>`).join('')],
  ['DOM clobbering: document props', `<form name="getElementById"></form><img name="cookie"><img name="body"><embed name="createElement">`],
  ['attribute breakout', `"><img src=x onerror=${run(58)}>`],
  ['unclosed tags', `<img src=x onerror=${run(59)} <b>`],
  ['button outside form', `<button onclick="${run(60)}">klikk</button>`],
  ['marquee', `<marquee onstart="${run(61)}">x</marquee>`],
  ['custom element name', `<hn-inbox onload="${run(62)}"></hn-inbox><x-y onclick="${run(63)}">egendefinert</x-y>`],
];

/** URLs that must never become a link, a frame, an image or a hand-off target. */
export const HOSTILE_URLS: string[] = [
  `javascript:${run(100)}`,
  ` JaVaScRiPt:${run(101)}`,
  `java\tscript:${run(102)}`,
  `\u0001javascript:${run(103)}`,
  `javascript&colon;${run(104)}`,
  `data:text/html,<script>parent.${run(105)}</script>`,
  `data:text/html;base64,${btoa(`<script>parent.${run(106)}</script>`)}`,
  'vbscript:msgbox(1)',
  'blob:https://vendor.example.org/0b3d',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
  'http://evil.example/x',
  'https://evil.example/phishing',
  'https://vendor.example.org.evil.example/lookalike',
  'https://vendor.example.org@evil.example/userinfo',
  'https://user:pass@evil.example/x',
  'not a url',
];

/** Allowed https addresses that carry a payload: they may be used, but only as an encoded URL. */
export const HTTPS_PAYLOAD_URLS: string[] = [
  `https://vendor.example.org/"><script>${run(107)}</script>`,
  `https://vendor.example.org/tools?next=<img src=x onerror=${run(108)}>#"onmouseover="${run(109)}`,
];

/** Text that looks like code: must show as text. */
export const SCRIPTY_TEXT: string[] = HOSTILE_HTML.map(([, html]) => html);

/** One document holding every payload, separated by plain paragraphs. */
export const HOSTILE_DOCUMENT = HOSTILE_HTML.map(([family, html]) => `<h2>${family}</h2>\n${html}\n<p>Vanlig tekst etter ${family}.</p>`).join('\n');

/** Base64 of the UTF-8 bytes of `text`, as FHIR's Attachment.data holds it. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Keys whose strings are structure (what a model needs to accept the resource), not text to show. */
const STRUCTURE = new Set([
  'resourceType', 'id', 'reference', 'system', 'code', 'status', 'intent', 'kind', 'fullUrl', 'type', 'use',
  'instantiatesCanonical', 'canonical', 'contentType', 'language', 'mode', 'relation', 'valueCode', 'priority',
  'docStatus', 'versionId', 'action', 'outcome', 'unit', 'gender', 'versionAlgorithmString',
]);
const URL_KEYS = new Set(['valueUrl', 'valueUri', 'instantiatesUri', 'href']);

/**
 * A copy of `value` (a Bundle or any part of one) with every string a person reads replaced by a
 * hostile one: HTML payloads in names, titles and descriptions, hostile URLs wherever a link is
 * read, the whole hostile document in every narrative (`text.div`) and in every other attachment
 * (as text/html). Structure (ids, references, codes, dates, canonical URLs) stays, so the models
 * still accept the resources and the payloads reach the screen.
 */
export function poison(value: unknown): unknown {
  let html = 0;
  let url = 0;
  let attachment = 0;
  const nextHtml = () => HOSTILE_HTML[html++ % HOSTILE_HTML.length]![1];
  // Every other address is an allowed https one carrying a payload, so launchers and links render.
  const nextUrl = () => (url++ % 2 ? HTTPS_PAYLOAD_URLS[(url >> 1) % HTTPS_PAYLOAD_URLS.length]! : HOSTILE_URLS[(url >> 1) % HOSTILE_URLS.length]!);
  const walk = (node: unknown, key: string, parent: Record<string, unknown> | undefined): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, key, parent));
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(record)) out[k] = walk(v, k, record);
      if (typeof record['contentType'] === 'string' && ('data' in record || 'url' in record)) {
        // Every other attachment becomes the hostile document as HTML; the rest get a hostile address.
        if (attachment++ % 2 === 0) Object.assign(out, { contentType: 'text/html; charset=utf-8', data: base64(HOSTILE_DOCUMENT), url: undefined });
        else if ('url' in record) out['url'] = nextUrl();
      }
      return out;
    }
    if (typeof node !== 'string') return node;
    if (key === 'div') return `<div xmlns="http://www.w3.org/1999/xhtml">${HOSTILE_DOCUMENT}</div>`;
    if (key === 'data') return node;
    if (URL_KEYS.has(key)) return nextUrl();
    if (key === 'value' && parent?.['system'] === 'url') return nextUrl();
    if (key === 'url') return node; // extension and canonical URLs identify things
    if (STRUCTURE.has(key)) return node;
    if (/^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(node)) return node; // dates
    return nextHtml();
  };
  return walk(value, '', undefined);
}
