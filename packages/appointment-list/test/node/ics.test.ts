import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Resource } from '@medplum/fhirtypes';
import { appointmentToIcs, escapeIcsText, foldIcsLine, icsFileName } from '../../src/ics.js';
import { toAppointmentViews } from '../../src/model.js';
import { NOW, standardBundle } from '../fixtures.js';

const items = toAppointmentViews(standardBundle().entry!.map((e) => e.resource!) as Resource[], { id: 'helse-bergen', name: 'Helse Bergen' }, NOW).items;
const texts = { preparationLabel: 'Slik forbereder du deg', videoLabel: 'Videotime' };

describe('appointmentToIcs', () => {
  const ics = appointmentToIcs(items.find((i) => i.id === 'a1')!, texts, NOW);

  it('is a VCALENDAR with one VEVENT, CRLF line ends and UTC times', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.split('BEGIN:VEVENT').length).to.equal(2);
    expect(ics).to.contain('\r\nDTSTART:20261124T090000Z\r\n');
    expect(ics).to.contain('\r\nDTEND:20261124T093000Z\r\n');
    expect(ics).to.contain('\r\nUID:helse-bergen-a1@hn-elements\r\n');
    expect(ics.replace(/\r\n/g, '')).not.to.contain('\n');
  });

  it('keeps every physical line within 75 octets', () => {
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });

  it('carries place, preparation and source, unfolded', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.contain('LOCATION:Øyepoliklinikken\\, Jonas Lies vei 72\\, 5021 Bergen');
    expect(unfolded).to.contain('Slik forbereder du deg: Møt 15 minutter før. Ta med oversikt over medisinene dine.');
    expect(unfolded).to.contain('Helse Bergen');
  });

  it('puts the video link in URL for video appointments', () => {
    const video = appointmentToIcs(items.find((i) => i.id === 'a2')!, texts, NOW).replace(/\r\n /g, '');
    expect(video).to.contain('\r\nURL:https://video.example.org/room/abc123\r\n');
  });
});

describe('ics helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('folds without splitting a multi-byte character', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'ø'.repeat(80)}`);
    const parts = folded.split('\r\n ');
    expect(parts.length).to.be.greaterThan(1);
    expect(parts.join('')).to.equal(`DESCRIPTION:${'ø'.repeat(80)}`);
  });

  it('makes a plain file name', () => {
    expect(icsFileName(items.find((i) => i.id === 'a1')!)).to.equal('2026-11-24 Kontroll hos øyelege.ics');
  });
});
