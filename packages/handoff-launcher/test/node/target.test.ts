import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkHandoffTarget, checkIssuer, isOpaqueLaunchId, normalizeOrigin, smartLaunchUrl } from '../../src/target.js';

const ALLOWED = ['https://vendor.example.org', 'http://127.0.0.1:5175', 'https://Booking.Example.org:443/'];

describe('checkHandoffTarget', () => {
  it('accepts an https deep link whose origin is on the allowlist', () => {
    const check = checkHandoffTarget('https://vendor.example.org/tasks/123?x=1#top', ALLOWED);
    expect(check.ok).to.equal(true);
    if (check.ok) expect(check.url.href).to.equal('https://vendor.example.org/tasks/123?x=1#top');
  });

  it('compares normalised origins: case, default port and a trailing slash in the allowlist do not matter', () => {
    expect(checkHandoffTarget('https://booking.example.org/b/1', ALLOWED).ok).to.equal(true);
    expect(checkHandoffTarget('https://BOOKING.example.org:443/b/1', ALLOWED).ok).to.equal(true);
    expect(normalizeOrigin('https://Booking.Example.org:443/')).to.equal('https://booking.example.org');
    expect(normalizeOrigin('javascript:alert(1)')).to.equal(undefined);
  });

  const refused: [string, string][] = [
    ['javascript:alert(document.cookie)', 'not-https'],
    ['JaVaScRiPt:alert(1)', 'not-https'],
    ['java\tscript:alert(1)', 'not-https'],
    ['  javascript:alert(1)', 'not-https'],
    ['data:text/html,<script>alert(1)</script>', 'not-https'],
    ['vbscript:msgbox(1)', 'not-https'],
    ['blob:https://vendor.example.org/0b1f', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['ftp://vendor.example.org/x', 'not-https'],
    ['http://vendor.example.org/tasks/1', 'not-https'],
    ['http://127.0.0.1:9999/tasks/1', 'not-https'],
    ['http://localhost:5175/tasks/1', 'not-https'],
    ['/tasks/123', 'invalid-url'],
    ['tasks/123', 'invalid-url'],
    ['//evil.example/tasks', 'invalid-url'],
    ['', 'invalid-url'],
    ['https://', 'invalid-url'],
    ['https://user:secret@vendor.example.org/tasks/1', 'invalid-url'],
    ['https://vendor.example.org@evil.example/tasks/1', 'invalid-url'],
    ['https://evil.example/tasks/1', 'not-allowed'],
    ['https://vendor.example.org.evil.example/tasks/1', 'not-allowed'],
    ['https://vendor.example.org:8443/tasks/1', 'not-allowed'],
    ['https:\\\\evil.example\\tasks', 'not-allowed'],
    ['https:evil.example/tasks', 'not-allowed'],
    ['https://xn--vndor-gra.example.org/', 'not-allowed'],
  ];
  for (const [href, reason] of refused) {
    it(`refuses ${JSON.stringify(href)} as ${reason}`, () => {
      const check = checkHandoffTarget(href, ALLOWED);
      expect(check.ok).to.equal(false);
      if (!check.ok) expect(check.reason).to.equal(reason);
    });
  }

  it('allows http only on loopback and only when the allowlist names that exact http origin', () => {
    expect(checkHandoffTarget('http://127.0.0.1:5175/tasks/1', ALLOWED).ok).to.equal(true);
    expect(checkHandoffTarget('http://127.0.0.1:5175/tasks/1', ['https://127.0.0.1:5175']).ok).to.equal(false);
    expect(checkHandoffTarget('http://10.0.0.1:5175/tasks/1', ['http://10.0.0.1:5175']).ok).to.equal(false);
    expect(checkHandoffTarget('http://[::1]:5175/t', ['http://[::1]:5175']).ok).to.equal(true);
  });

  it('refuses everything when there is no allowlist, and ignores junk in it', () => {
    expect(checkHandoffTarget('https://vendor.example.org/', undefined).ok).to.equal(false);
    expect(checkHandoffTarget('https://vendor.example.org/', []).ok).to.equal(false);
    expect(checkHandoffTarget('https://vendor.example.org/', ['*', 'vendor.example.org', 42 as unknown as string]).ok).to.equal(false);
    expect(checkHandoffTarget(42, ALLOWED).ok).to.equal(false);
  });
});

describe('SMART launch helpers', () => {
  it('accepts an https iss (or loopback http) without credentials or fragment', () => {
    expect(checkIssuer('https://fhir.example.org/r4')?.href).to.equal('https://fhir.example.org/r4');
    expect(checkIssuer('http://127.0.0.1:5173/fhir/helse-bergen')).to.exist;
    expect(checkIssuer('http://fhir.example.org/r4')).to.equal(undefined);
    expect(checkIssuer('https://u:p@fhir.example.org/r4')).to.equal(undefined);
    expect(checkIssuer('javascript:alert(1)')).to.equal(undefined);
    expect(checkIssuer('/fhir')).to.equal(undefined);
    expect(checkIssuer(undefined)).to.equal(undefined);
  });

  it('accepts only opaque launch ids, never a JWT or something with odd characters', () => {
    expect(isOpaqueLaunchId('q2Vx0mB8sW9kTn4LrY7aHc')).to.equal(true);
    expect(isOpaqueLaunchId('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJrYXJpIn0.c2ln')).to.equal(false);
    expect(isOpaqueLaunchId('eyJhbGciOiJSUzI1NiJ9eyJzdWIiOiJr')).to.equal(false);
    expect(isOpaqueLaunchId('short')).to.equal(false);
    expect(isOpaqueLaunchId('abc def ghi jkl mno pqr')).to.equal(false);
    expect(isOpaqueLaunchId('abcdefghijklmnop&x=1')).to.equal(false);
    expect(isOpaqueLaunchId(undefined)).to.equal(false);
    expect(isOpaqueLaunchId('a'.repeat(300))).to.equal(false);
  });

  it('adds iss and launch to the deep link, replacing any the link already had', () => {
    const url = smartLaunchUrl(new URL('https://vendor.example.org/app?launch=old&task=7'), new URL('https://fhir.example.org/r4/'), 'q2Vx0mB8sW9kTn4LrY7aHc');
    const parsed = new URL(url);
    expect(parsed.searchParams.getAll('launch')).to.deep.equal(['q2Vx0mB8sW9kTn4LrY7aHc']);
    expect(parsed.searchParams.get('iss')).to.equal('https://fhir.example.org/r4');
    expect(parsed.searchParams.get('task')).to.equal('7');
  });
});
