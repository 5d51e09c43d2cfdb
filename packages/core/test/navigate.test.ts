// hostPageUrl (a host's page a component links to) and offerNavigation (a followed link offered to the
// host as hn-navigate): one table each. In the browser, because a page is resolved against the document.
import { expect } from '@open-wc/testing';
import { hostPageUrl, offerNavigation, type NavigateDetail } from '../src/navigate.js';

describe('hostPageUrl', () => {
  const here = location.origin;
  /** [what the host gave, fragment, the link or undefined] */
  const CASES: Array<[string | undefined, string | undefined, string | undefined]> = [
    ['/appointments', 'helse-bergen/Appointment/a1', `${here}/appointments#helse-bergen/Appointment/a1`],
    ['/inbox?view=letters', undefined, `${here}/inbox?view=letters`],
    ['  /inbox  ', 'x', `${here}/inbox#x`],
    ['#', 'Appointment/a1', `${location.href.split('#')[0]}#Appointment/a1`],
    ['https://portal.example/timer', 'a', 'https://portal.example/timer#a'],
    ['http://127.0.0.1:5173/timer', undefined, 'http://127.0.0.1:5173/timer'],
    ['http://portal.example/timer', undefined, undefined],
    ['https://user:secret@portal.example/timer', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    [' JavaScript:alert(1)', undefined, undefined],
    ['data:text/html,<script>alert(1)</script>', undefined, undefined],
    ['ftp://portal.example/', undefined, undefined],
    ['https://[bad', undefined, undefined],
    ['', 'a', undefined],
    ['   ', 'a', undefined],
    [undefined, 'a', undefined],
  ];
  for (const [value, fragment, expected] of CASES) {
    it(`${JSON.stringify(value)}${fragment ? ` #${fragment}` : ''} -> ${String(expected)}`, () => {
      expect(hostPageUrl(value, fragment)).to.equal(expected);
    });
  }
});

describe('offerNavigation', () => {
  const detail: NavigateDetail = { href: `${location.origin}/appointments`, reference: 'Appointment/a1', sourceId: 'helse-bergen' };
  /** [the click, whether the host is asked, whether the host takes it, whether the browser's navigation is prevented] */
  const CASES: Array<[string, MouseEventInit, boolean, boolean, boolean]> = [
    ['a plain click (or Enter), taken by the host', {}, true, true, true],
    ['a plain click, left to the browser', {}, true, false, false],
    ['Ctrl (new tab)', { ctrlKey: true }, false, true, false],
    ['Cmd (new tab)', { metaKey: true }, false, true, false],
    ['Shift (new window)', { shiftKey: true }, false, true, false],
    ['Alt (download)', { altKey: true }, false, true, false],
    ['the middle button', { button: 1 }, false, true, false],
  ];
  for (const [name, init, asked, takes, prevented] of CASES) {
    it(name, () => {
      const event = new MouseEvent('click', { cancelable: true, ...init });
      const seen: NavigateDetail[] = [];
      offerNavigation(event, (d) => {
        seen.push(d);
        return !takes;
      }, detail);
      expect(seen).to.deep.equal(asked ? [detail] : []);
      expect(event.defaultPrevented).to.equal(prevented);
    });
  }

  it('a click something else already handled is not offered', () => {
    const event = new MouseEvent('click', { cancelable: true });
    event.preventDefault();
    let asked = false;
    offerNavigation(event, () => {
      asked = true;
      return true;
    }, detail);
    expect(asked).to.equal(false);
  });
});
