// A synthetic inbox of any size, for the virtualisation tests and `npm run bench`: messages in
// threads of one to four (by thread identifier and inResponseTo), with some form tasks and letters.
import type { Bundle, Resource } from '@medplum/fhirtypes';

const SENDERS = ['Siri Fjeld', 'Ida Nilsen', 'Magnus Eide', 'Tor Lunde', 'Nina Aas', 'Anders Holm', 'Lise Berge'];
const TOPICS = ['Svar på blodprøven', 'Innkalling til kontroll', 'Fornye resept', 'Prøvesvar', 'Spørsmål om medisiner', 'Timeavtale', 'Treningsprogram'];
const WORDS = ['hei', 'takk', 'for', 'svar', 'vi', 'sees', 'på', 'timen', 'blodprøven', 'var', 'fin', 'ta', 'kontakt', 'hvis', 'du', 'lurer', 'på', 'noe'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inbox. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedInbox {
  bundle: Bundle;
  messages: number;
  threads: number;
  tasks: number;
  letters: number;
}

/** `messages` Communications (plus one task and one letter per 50 messages), all for Patient/kari. */
export function generateInbox(messages: number, seed = 42, now = new Date('2026-11-20T09:00:00Z')): GeneratedInbox {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const resources: Resource[] = [];
  let made = 0;
  let threads = 0;
  while (made < messages) {
    threads += 1;
    const length = Math.min(messages - made, 1 + Math.floor(next() * 4));
    const thread = `gen-thread-${threads}`;
    const topic = `${pick(TOPICS)} ${threads}`;
    const sender = pick(SENDERS);
    let start = now.getTime() - Math.floor(next() * 400 * 24 * 60) * 60_000;
    for (let i = 0; i < length; i += 1) {
      made += 1;
      const fromCitizen = i % 2 === 1;
      const words = Array.from({ length: 8 + Math.floor(next() * 30) }, () => pick(WORDS)).join(' ');
      start += Math.floor(next() * 3 * 24 * 60) * 60_000;
      resources.push({
        resourceType: 'Communication',
        id: `gen-${made}`,
        identifier: [{ system: 'urn:hn-elements:thread', value: thread }],
        status: 'completed',
        subject: { reference: 'Patient/kari' },
        topic: { text: topic },
        ...(i > 0 ? { inResponseTo: [{ reference: `Communication/gen-${made - 1}` }] } : {}),
        sender: fromCitizen ? { reference: 'Patient/kari', display: 'Kari Nordmann' } : { reference: `Practitioner/p${threads % 7}`, display: sender },
        sent: new Date(Math.min(start, now.getTime())).toISOString(),
        ...(fromCitizen || next() < 0.7 ? { received: new Date(Math.min(start + 3_600_000, now.getTime())).toISOString() } : {}),
        payload: [{ contentString: `${words[0]!.toUpperCase()}${words.slice(1)}.` }],
      });
    }
  }
  const extras = Math.floor(messages / 50);
  for (let i = 1; i <= extras; i += 1) {
    resources.push({
      resourceType: 'Task',
      id: `gen-task-${i}`,
      status: pick(['requested', 'in-progress', 'completed', 'cancelled'] as const),
      intent: 'order',
      description: `Skjema ${i}`,
      for: { reference: 'Patient/kari' },
      authoredOn: new Date(now.getTime() - i * 86_400_000).toISOString(),
    });
    resources.push({
      resourceType: 'DocumentReference',
      id: `gen-letter-${i}`,
      status: 'current',
      category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter' }] }],
      subject: { reference: 'Patient/kari' },
      date: new Date(now.getTime() - i * 3 * 86_400_000).toISOString(),
      description: `Brev ${i}`,
      content: [{ attachment: { contentType: 'application/pdf', url: `https://example.org/brev/${i}.pdf`, title: `brev-${i}.pdf` } }],
    });
  }
  return {
    bundle: { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) },
    messages: made,
    threads,
    tasks: extras,
    letters: extras,
  };
}

/**
 * Exactly `items` list items: one message per thread, no tasks or letters (for a list of a given
 * length, e.g. just below or above the size from which the list is virtualised).
 */
export function generateThreads(items: number, seed = 7, now = new Date('2026-11-20T09:00:00Z')): Bundle {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const resources: Resource[] = Array.from({ length: items }, (_, i) => {
    const words = Array.from({ length: 8 + Math.floor(next() * 30) }, () => pick(WORDS)).join(' ');
    const sent = now.getTime() - (i + 1) * 3_600_000;
    return {
      resourceType: 'Communication',
      id: `one-${i + 1}`,
      identifier: [{ system: 'urn:hn-elements:thread', value: `one-thread-${i + 1}` }],
      status: 'completed',
      subject: { reference: 'Patient/kari' },
      topic: { text: `${pick(TOPICS)} ${i + 1}` },
      sender: { reference: `Practitioner/p${i % 7}`, display: pick(SENDERS) },
      sent: new Date(sent).toISOString(),
      ...(next() < 0.7 ? { received: new Date(sent + 60_000).toISOString() } : {}),
      payload: [{ contentString: `${words[0]!.toUpperCase()}${words.slice(1)}.` }],
    };
  });
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}
