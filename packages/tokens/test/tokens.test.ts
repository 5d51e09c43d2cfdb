import { expect } from '@open-wc/testing';
import { adoptTokens, contrastChecks, fontFamily, tokenList, tokens, tokensCssText, breakpoints } from '@hn-elements/tokens';

// Mocha globals from @web/test-runner, typed locally (the tsconfig loads no global test types).
const { describe, it } = globalThis as unknown as {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => void | Promise<void>) => void;
};

const rootValue = (doc: Document, name: string) =>
  doc.defaultView!.getComputedStyle(doc.documentElement).getPropertyValue(name).trim();

describe('@hn-elements/tokens', () => {
  it('adoptTokens adds one sheet however often it is called', () => {
    const before = document.adoptedStyleSheets.length;
    adoptTokens();
    for (let i = 0; i < 100; i++) expect(adoptTokens(document)).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.be.at.most(before + 1);
    expect(rootValue(document, '--hn-color-blueberry-500')).to.equal('#188097');
  });

  it('adds the sheet again when something replaced adoptedStyleSheets', () => {
    adoptTokens();
    document.adoptedStyleSheets = [];
    expect(rootValue(document, '--hn-space-4')).to.equal('');
    expect(adoptTokens()).to.equal(true);
    expect(rootValue(document, '--hn-space-4')).to.equal('1rem');
  });

  it('a page :root rule overrides a token, and the aliases follow', () => {
    adoptTokens();
    const style = document.createElement('style');
    style.textContent = ':root { --hn-color-blueberry-500: #123456; }';
    document.head.append(style);
    try {
      const probe = document.createElement('div');
      probe.style.color = 'var(--hn-color-primary)';
      document.body.append(probe);
      expect(getComputedStyle(probe).color).to.equal('rgb(18, 52, 86)');
      probe.remove();
    } finally {
      style.remove();
    }
  });

  it('styles another document (iframe) with a sheet of its own realm', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const doc = frame.contentDocument!;
      expect(adoptTokens(doc)).to.equal(true);
      expect(adoptTokens(doc)).to.equal(false);
      expect(doc.adoptedStyleSheets.length).to.equal(1);
      expect(rootValue(doc, '--hn-target-size')).to.equal('44px');
    } finally {
      frame.remove();
    }
  });

  it('the high-contrast theme re-declares dependent aliases on the themed element', () => {
    adoptTokens();
    const themed = document.createElement('div');
    themed.dataset.hnTheme = 'high-contrast';
    const probe = document.createElement('span');
    probe.style.outlineColor = 'var(--hn-focus-ring-color)';
    probe.style.color = 'var(--hn-color-text)';
    themed.append(probe);
    document.body.append(themed);
    const cs = getComputedStyle(probe);
    // CanvasText in a light page: black, not the plum of the default focus colour.
    expect(cs.outlineColor).to.equal(cs.color);
    themed.remove();
  });

  it('exports constants generated from tokens.json', () => {
    expect(tokens.color.blueberry[500]).to.equal('#188097');
    expect(tokens.focusRing.width).to.equal('3px');
    expect(tokens.targetSize).to.equal('44px');
    expect(breakpoints).to.deep.equal({ xs: 360, sm: 564, md: 768, lg: 1088, xl: 1450 });
    expect(tokensCssText.startsWith(':where(:root)')).to.equal(true);
    const names = tokenList.map((t) => t.name);
    expect(new Set(names).size).to.equal(names.length);
    expect(names).to.include('--hn-color-text');
  });

  it('the document sheet declares Source Sans 3 with font-display: swap, and the font loads from dist/fonts', async () => {
    adoptTokens();
    const sheet = document.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r instanceof CSSFontFaceRule))!;
    expect(sheet, 'a sheet with @font-face').to.exist;
    const rules = [...sheet.cssRules].filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule);
    expect(rules).to.have.length(6);
    for (const rule of rules) {
      expect(rule.style.getPropertyValue('font-family')).to.equal(`"${fontFamily}"`);
      expect(rule.style.getPropertyValue('font-display')).to.equal('swap');
    }
    expect(tokens.font.family.startsWith(`"${fontFamily}"`)).to.equal(true);
    await document.fonts.load(`16px "${fontFamily}"`);
    expect(document.fonts.check(`16px "${fontFamily}"`)).to.equal(true);
    const probe = document.createElement('p');
    probe.style.fontFamily = 'var(--hn-font-family)';
    probe.textContent = 'Blåbær';
    document.body.append(probe);
    expect(getComputedStyle(probe).fontFamily.startsWith(`"${fontFamily}"`)).to.equal(true);
    probe.remove();
  });

  it('declares the font only where neither another copy nor the page has', () => {
    const fontRules = (doc: Document) =>
      doc.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof doc.defaultView!.CSSFontFaceRule).length;
    const frames = [1, 2, 3].map(() => document.body.appendChild(document.createElement('iframe')));
    try {
      const [fresh, ownFont, otherCopy] = frames.map((f) => f.contentDocument!);
      adoptTokens(fresh);
      expect(fontRules(fresh!)).to.equal(6);
      // The page has its own Source Sans 3: it keeps it, and no second set of faces downloads.
      const style = ownFont!.createElement('style');
      style.textContent = `@font-face { font-family: "${fontFamily}"; src: url(own.woff2) format("woff2"); }`;
      ownFont!.head.append(style);
      adoptTokens(ownFont);
      expect(fontRules(ownFont!)).to.equal(0);
      expect(rootValue(ownFont!, '--hn-space-4')).to.equal('1rem');
      // Another copy of the package (a second standalone.js) declared it already.
      (otherCopy as unknown as Record<symbol, boolean>)[Symbol.for('hn-elements.tokens.fonts')] = true;
      adoptTokens(otherCopy);
      expect(fontRules(otherCopy!)).to.equal(0);
    } finally {
      for (const f of frames) f.remove();
    }
  });

  it('every semantic pair meets WCAG AA', () => {
    expect(contrastChecks.length).to.be.greaterThan(30);
    for (const c of contrastChecks) expect(c.ratio, `${c.foreground} on ${c.background}`).to.be.at.least(c.min);
  });
});
