import { describe, it } from 'node:test';
import { expect } from 'chai';
import { base64Size } from '../../src/base64-text.js';
import { attachmentLocation, readAttachment, type AttachmentLocation } from '../../src/fhir/attachment-content.js';
import { FhirError } from '../../src/fhir/errors.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: 'https://fhir.example.org/r4', getAccessToken: async () => 'secret-token' };

/**
 * [what it is, URL, source, where it is read: `<url> with|without token`, or 'refused']. A source
 * whose base is relative to the page is in attachment-content.test.ts, in the browser.
 */
const CASES: Array<[string, string, { fhirBase?: string } | undefined, string]> = [
  ['a relative Binary resolves against the source', 'Binary/123', SOURCE, 'https://fhir.example.org/r4/Binary/123 with token'],
  ['an absolute Binary below the source', 'https://fhir.example.org/r4/Binary/a.b-1', SOURCE, 'https://fhir.example.org/r4/Binary/a.b-1 with token'],
  ['a base with a trailing slash is the same base', 'Binary/1', { fhirBase: 'https://fhir.example.org/r4/' }, 'https://fhir.example.org/r4/Binary/1 with token'],
  ['same origin but another path is another server: no token', 'https://fhir.example.org/other/Binary/1', SOURCE, 'https://fhir.example.org/other/Binary/1 without token'],
  ['a path that only starts like the base is not below it', 'https://fhir.example.org/r4x/Binary/1', SOURCE, 'https://fhir.example.org/r4x/Binary/1 without token'],
  ['a Binary on another https server: no token', 'https://docs.example.org/fhir/Binary/7', SOURCE, 'https://docs.example.org/fhir/Binary/7 without token'],
  ['in bundle mode an absolute https Binary', 'https://docs.example.org/fhir/Binary/7', undefined, 'https://docs.example.org/fhir/Binary/7 without token'],
  ['in bundle mode a relative URL has nothing to resolve against', 'Binary/1', undefined, 'refused'],
  ['a file that is not a Binary read', 'https://docs.example.org/a.pdf', SOURCE, 'refused'],
  ['a resource below the source that is not a Binary', 'DocumentReference/1', SOURCE, 'refused'],
  ['a Binary version or operation', 'Binary/1/_history/2', SOURCE, 'refused'],
  ['an id that is not a FHIR id', 'Binary/%2e%2e', SOURCE, 'refused'],
  ['a query', 'Binary/1?_format=json', SOURCE, 'refused'],
  ['a fragment', 'Binary/1#page=2', SOURCE, 'refused'],
  ['credentials in the URL', 'https://user:pw@docs.example.org/fhir/Binary/1', SOURCE, 'refused'],
  ['http elsewhere', 'http://docs.example.org/fhir/Binary/1', SOURCE, 'refused'],
  ['javascript:', 'javascript:alert(1)//Binary/1', SOURCE, 'refused'],
  ['data:', 'data:text/html,<script>alert(1)</script>', SOURCE, 'refused'],
  ['empty', '  ', SOURCE, 'refused'],
];

describe('core: where attachment content is read from', () => {
  for (const [name, url, source, expected] of CASES) {
    it(name, () => {
      const found = attachmentLocation(url, source);
      expect(found ? `${found.url} ${found.onSource ? 'with' : 'without'} token` : 'refused').to.equal(expected);
    });
  }

  it('names the base and id it reads from', () => {
    expect(attachmentLocation('https://docs.example.org/fhir/Binary/7', SOURCE)).to.deep.equal({
      url: 'https://docs.example.org/fhir/Binary/7',
      base: 'https://docs.example.org/fhir/',
      id: '7',
      onSource: false,
    });
  });
});

const binary = (data: unknown, contentType = 'application/pdf') => JSON.stringify({ resourceType: 'Binary', id: '1', contentType, data });

/** A fetch that answers one response, and records what it was asked. */
function scriptedFetch(answer: () => Response) {
  const calls: { url: string; authorization: string | null }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), authorization: new Headers(init?.headers).get('Authorization') });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: string, status = 200) => () => new Response(body, { status, headers: { 'Content-Type': 'application/fhir+json' } });

async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'no error';
  } catch (error) {
    return error instanceof FhirError ? `${error.kind}${error.status ? ` ${error.status}` : ''}` : String(error);
  }
}

describe('core: reading attachment content through FhirClient', () => {
  const onSource = attachmentLocation('Binary/1', SOURCE)!;
  const elsewhere = attachmentLocation('https://docs.example.org/fhir/Binary/1', SOURCE)!;

  it('reads a Binary below the source with the source’s token, and gives its data', async () => {
    const { fetch, calls } = scriptedFetch(json(binary('JVBE RkYt\n')));
    const content = await readAttachment(onSource, SOURCE, { fetch, retries: 0 });
    expect(content).to.deep.equal({ data: 'JVBERkYt', contentType: 'application/pdf' });
    expect(calls).to.deep.equal([{ url: 'https://fhir.example.org/r4/Binary/1', authorization: 'Bearer secret-token' }]);
  });

  it('reads a Binary elsewhere without the token', async () => {
    const { fetch, calls } = scriptedFetch(json(binary('JVBERkYt')));
    await readAttachment(elsewhere, SOURCE, { fetch, retries: 0 });
    expect(calls).to.deep.equal([{ url: 'https://docs.example.org/fhir/Binary/1', authorization: null }]);
  });

  /** [what the server answers, where, the error] */
  const ERRORS: Array<[string, () => Response, AttachmentLocation, string]> = [
    ['401 from the source: log in again', json('{}', 401), onSource, 'auth 401'],
    ['401 from another server: not the source’s login', json('{}', 401), elsewhere, 'forbidden 401'],
    ['404', json('{}', 404), onSource, 'not-found 404'],
    ['503', json('{}', 503), onSource, 'server 503'],
    ['not a Binary', json(JSON.stringify({ resourceType: 'Patient', id: '1' })), onSource, 'malformed'],
    ['a Binary without data', json(JSON.stringify({ resourceType: 'Binary', id: '1' })), onSource, 'malformed'],
    ['data that is not base64', json(binary('@@@@')), onSource, 'malformed'],
    ['data past the size limit', json(binary('QUJDRA==')), onSource, 'malformed'],
  ];
  for (const [name, answer, location, expected] of ERRORS) {
    it(`fails as ${expected}: ${name}`, async () => {
      const { fetch } = scriptedFetch(answer);
      expect(await failure(readAttachment(location, SOURCE, { fetch, retries: 0, maxBytes: 3 }))).to.equal(expected);
    });
  }

  it('retries a read like every FHIR read, and stops on abort', async () => {
    let answers = 0;
    const { fetch, calls } = scriptedFetch(() => (answers++ === 0 ? json('{}', 503)() : json(binary('QQ=='))()));
    const waits: number[] = [];
    const content = await readAttachment(onSource, SOURCE, { fetch, wait: async (ms) => void waits.push(ms) });
    expect(content.data).to.equal('QQ==');
    expect(calls).to.have.length(2);
    expect(waits).to.have.length(1);
    const abort = new AbortController();
    abort.abort();
    expect(await failure(readAttachment(onSource, SOURCE, { fetch, signal: abort.signal }))).to.equal('aborted');
  });

  it('gives the decoded size of base64', () => {
    expect([base64Size(''), base64Size('QQ=='), base64Size('QUI='), base64Size('QUJD')]).to.deep.equal([0, 1, 2, 3]);
  });
});
