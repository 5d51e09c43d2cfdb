import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Resource } from '@medplum/fhirtypes';
import { conceptText, humanNameText, readText, referenceDisplay, resourceName, withoutUnpairedBidi } from '../../src/fhir/readers.js';
import { indexByReference } from '../../src/fhir/validate.js';

const RLO = '\u202E';
const LRO = '\u202D';
const RLE = '\u202B';
const PDF = '\u202C';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** [what it is, source text, what is left] */
const BIDI: Array<[string, string, string]> = [
  ['no controls', 'Brev fra Helse Bergen', 'Brev fra Helse Bergen'],
  ['an override left open (a spoofed file name)', `Brev${RLO} fdp.exe`, 'Brev fdp.exe'],
  ['an override closed inside the text is kept', `a ${RLO}bc${PDF} d`, `a ${RLO}bc${PDF} d`],
  ['a closer with nothing to close', `abc${PDF} d`, 'abc d'],
  ['an isolate closed is kept', `${RLI}שלום${PDI} Kari`, `${RLI}שלום${PDI} Kari`],
  ['an isolate left open', `${FSI}Kari`, 'Kari'],
  ['an isolate closer with nothing to close', `Kari${PDI}`, 'Kari'],
  ['an embedding left open inside a closed isolate', `${RLI}a${RLE}b${PDI}c`, `${RLI}ab${PDI}c`],
  ['a PDF cannot close an isolate', `${RLI}a${PDF}b${PDI}`, `${RLI}ab${PDI}`],
  ['nested pairs', `${LRO}a${RLO}b${PDF}c${PDF}`, `${LRO}a${RLO}b${PDF}c${PDF}`],
  ['two openers, one closer: the outer one goes', `${LRO}a${RLO}b${PDF}c`, `a${RLO}b${PDF}c`],
  ['a line end ends what is open', `${RLO}a\nb${PDF}`, 'a\nb'],
];

describe('core: readers for text from sources', () => {
  for (const [name, input, expected] of BIDI) {
    it(`bidi: ${name}`, () => {
      expect(withoutUnpairedBidi(input)).to.equal(expected);
    });
  }

  it('reads strings: trimmed, empty and non-strings are nothing', () => {
    expect(readText('  Kari  ')).to.equal('Kari');
    for (const value of ['', '   ', `${RLO}`, 42, null, undefined, { text: 'x' }]) expect(readText(value), String(value)).to.equal(undefined);
  });

  it('reads a CodeableConcept: text, else the first coding with a display', () => {
    expect(conceptText({ text: 'Kontroll', coding: [{ display: 'Annet' }] })).to.equal('Kontroll');
    expect(conceptText({ text: ' ', coding: [{ code: 'x' }, 'junk', { display: 'Oppfølging' }] })).to.equal('Oppfølging');
    expect(conceptText({ coding: 'not a list' })).to.equal(undefined);
    expect(conceptText('Kontroll')).to.equal(undefined);
  });

  it('reads a HumanName: text, else given and family', () => {
    expect(humanNameText({ text: 'Kari Nordmann', given: ['K'] })).to.equal('Kari Nordmann');
    expect(humanNameText({ given: ['Ola', 7, 'Jakob'], family: 'Nordmann' })).to.equal('Ola Jakob Nordmann');
    expect(humanNameText({ family: 'Nordmann' })).to.equal('Nordmann');
    expect(humanNameText({})).to.equal(undefined);
    expect(humanNameText('Kari')).to.equal(undefined);
  });

  it('reads the name of a resource of any kind', () => {
    expect(resourceName({ resourceType: 'Practitioner', name: [{}, { given: ['Siri'], family: 'Fjeld' }] })).to.equal('Siri Fjeld');
    expect(resourceName({ resourceType: 'Organization', name: 'Helse Bergen' })).to.equal('Helse Bergen');
    expect(resourceName({ resourceType: 'Device', deviceName: [{ name: 'Blodtrykksmåler', type: 'user-friendly-name' }] })).to.equal('Blodtrykksmåler');
    expect(resourceName({ resourceType: 'Patient' })).to.equal(undefined);
    expect(resourceName(undefined)).to.equal(undefined);
  });

  it('reads a Reference in words: display, contained, any resolved type, and nothing for an identifier', () => {
    const index = indexByReference([
      { resourceType: 'Device', id: 'bp', deviceName: [{ name: 'Blodtrykksmåler', type: 'user-friendly-name' }] },
      { resourceType: 'Organization', id: 'hb', name: 'Helse Bergen' },
      { resourceType: 'PractitionerRole', id: 'role' },
    ] as Resource[]);
    const container = { contained: [{ resourceType: 'Practitioner', id: 'p1', name: [{ given: ['Siri'], family: 'Fjeld' }] }] };
    expect(referenceDisplay({ display: 'Fastlegen', reference: 'Organization/hb' }, index)).to.equal('Fastlegen');
    expect(referenceDisplay({ reference: 'Device/bp' }, index)).to.equal('Blodtrykksmåler');
    expect(referenceDisplay({ reference: 'https://fhir.example.org/r4/Organization/hb' }, index)).to.equal('Helse Bergen');
    expect(referenceDisplay({ reference: '#p1' }, index, container)).to.equal('Siri Fjeld');
    expect(referenceDisplay({ reference: '#nobody' }, index, container)).to.equal(undefined);
    expect(referenceDisplay({ reference: 'PractitionerRole/role' }, index)).to.equal(undefined);
  });

  it('reads a PractitionerRole as its practitioner, one step only', () => {
    const index = indexByReference([
      { resourceType: 'Practitioner', id: 'lege', name: [{ given: ['Per'], family: 'Hansen' }] },
      { resourceType: 'PractitionerRole', id: 'fastlege', practitioner: { reference: 'Practitioner/lege' } },
      { resourceType: 'PractitionerRole', id: 'vikar', practitioner: { display: 'Vikarlege Ås' } },
      { resourceType: 'PractitionerRole', id: 'loop', practitioner: { reference: 'PractitionerRole/loop' } },
      { resourceType: 'PractitionerRole', id: 'via-role', practitioner: { reference: 'PractitionerRole/fastlege' } },
    ] as Resource[]);
    const container = { contained: [{ resourceType: 'PractitionerRole', id: 'r1', practitioner: { reference: '#p2' } }, { resourceType: 'Practitioner', id: 'p2', name: [{ text: 'Ola Lege' }] }] };
    const rows: Array<[unknown, string | undefined]> = [
      [{ reference: 'PractitionerRole/fastlege' }, 'Per Hansen'],
      [{ reference: 'PractitionerRole/vikar' }, 'Vikarlege Ås'],
      [{ reference: 'PractitionerRole/loop' }, undefined],
      [{ reference: 'PractitionerRole/via-role' }, undefined],
      [{ reference: '#r1' }, 'Ola Lege'],
      [{ display: 'Fastlege Per', reference: 'PractitionerRole/fastlege' }, 'Fastlege Per'],
    ];
    for (const [reference, expected] of rows) expect(referenceDisplay(reference, index, container), JSON.stringify(reference)).to.equal(expected);
    expect(referenceDisplay({ identifier: { system: 'urn:oid:2.16.578.1.12.4.1.2', value: '12345' } }, index)).to.equal(undefined);
    expect(referenceDisplay('Organization/hb', index)).to.equal(undefined);
  });
});
