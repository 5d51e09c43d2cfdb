import type { LanguageTexts } from './types.js';

/** Nynorsk. Skrive for ein innbyggjar som les sitt eige svar, på klart språk. */
export const nn: LanguageTexts = {
  shared: {
    outside: 'Svaret ligg utanfor det som er vanleg for dei fleste friske. Det kan ha mange årsaker, og tyder ikkje alltid at noko er gale.',
    nextNormal: 'Du treng ikkje gjere noko på grunn av dette svaret.',
    nextOutside: 'Har du ikkje alt ein avtale om å gå gjennom svaret, kan du spørje fastlegen din kva det tyder for deg.',
    nextCritical: 'Legen din tek kontakt med deg om dette svaret. Blir du dårlegare før det, ring legevakta på 116 117. Ved fare for liv, ring 113.',
    nextUnknown: 'Spør den som tok prøva dersom du lurer på kva svaret tyder for deg.',
  },
  tests: {
    hb: {
      about: 'Hemoglobin er stoffet i dei raude blodcellene som fraktar oksygen rundt i kroppen.',
      normal: 'Blodet ditt har ei vanleg mengd hemoglobin.',
      low: 'Låg hemoglobin blir kalla blodmangel (anemi). Det kan gjere deg trøytt og andpusten, og kjem ofte av for lite jern, blødingar eller andre sjukdomar.',
      high: 'Høg hemoglobin kan kome av røyking, at du har drukke for lite, eller av sjukdomar i lunger, hjarte eller beinmerg.',
    },
    crp: {
      about: 'CRP stig når det er ein betennelse eller infeksjon i kroppen. Prøva seier ikkje kvar i kroppen.',
      normal: 'Svaret tyder ikkje på ein monaleg betennelse eller infeksjon akkurat no.',
      high: 'Forhøgd CRP tyder at kroppen reagerer på ein betennelse eller infeksjon. Di høgare verdien er, di kraftigare er reaksjonen ofte.',
    },
    hba1c: {
      about: 'HbA1c viser gjennomsnittleg blodsukker dei siste to til tre månadene.',
      normal: 'Blodsukkeret ditt har lege på eit vanleg nivå dei siste månadene.',
      high: 'Høgt langtidsblodsukker kan tyde at du har diabetes eller er i ferd med å få det. Har du diabetes frå før, viser det kor godt blodsukkeret er regulert.',
      low: 'Lågt langtidsblodsukker er sjeldan eit problem, men kan henge saman med blodmangel eller medisinar som senkar blodsukkeret.',
    },
    ferritin: {
      about: 'Ferritin viser kor mykje jern kroppen har på lager. Kroppen treng jern for å lage blod.',
      normal: 'Kroppen din har eit vanleg jernlager.',
      low: 'Lågt ferritin tyder at jernlageret er lite. Det kan gjere deg trøytt, og er vanleg ved kraftige menstruasjonar, lite jern i kosten eller blødingar.',
      high: 'Høgt ferritin kan kome av betennelse, leversjukdom eller at kroppen tek opp for mykje jern.',
    },
    creatinine: {
      about: 'Kreatinin er eit avfallsstoff frå musklane som nyrene skil ut. Prøva viser kor godt nyrene reinsar blodet.',
      normal: 'Svaret tyder på at nyrene dine reinsar blodet som dei skal.',
      high: 'Høgt kreatinin kan tyde at nyrene reinsar blodet dårlegare enn vanleg. Det kan også kome av at du har drukke lite, eller av mykje musklar.',
      low: 'Lågt kreatinin er vanlegvis ufarleg og heng ofte saman med lite muskelmasse.',
    },
    egfr: {
      about: 'eGFR er eit overslag over kor mykje blod nyrene reinsar kvart minutt. Det blir rekna ut frå kreatinin, alder og kjønn.',
      normal: 'Nyrene dine reinsar blodet som venta.',
      low: 'Låg eGFR tyder at nyrene reinsar blodet saktare enn vanleg. Det er vanleg at verdien søkk litt med alderen.',
      high: 'Ein høg eGFR er sjeldan teikn på sjukdom.',
    },
    cholesterol: {
      about: 'Kolesterol er eit feitt i blodet. Over tid kan mykje kolesterol auke risikoen for hjarte- og karsjukdom.',
      normal: 'Kolesterolet ditt er på eit vanleg nivå.',
      high: 'Høgt kolesterol gir ingen plager i seg sjølv, men kan over mange år auke risikoen for hjarteinfarkt og hjerneslag. Mat, mosjon og eventuelt medisinar kan senke det.',
    },
    ldl: {
      about: 'LDL er den delen av kolesterolet som kan leggje seg i blodårene.',
      normal: 'LDL-kolesterolet ditt er på eit vanleg nivå.',
      high: 'Høgt LDL kan over tid auke risikoen for hjarte- og karsjukdom. Kor lågt det bør vere, kjem an på din eigen risiko, så legen vurderer det saman med andre forhold.',
    },
    tsh: {
      about: 'TSH er eit hormon som styrer skjoldbruskkjertelen. Prøva viser om stoffskiftet er for lågt eller for høgt.',
      normal: 'Stoffskiftet ditt ser ut til å vere som det skal.',
      high: 'Høg TSH kan tyde lågt stoffskifte. Det kan gi trøyttleik, frysing og vektauke.',
      low: 'Låg TSH kan tyde høgt stoffskifte. Det kan gi hjartebank, uro og vekttap.',
    },
    'vitamin-d': {
      about: 'D-vitamin trengst for sterke bein og musklar. Kroppen lagar det i sollys, og vi får det frå feit fisk, tran og tilskot.',
      normal: 'Du har nok D-vitamin.',
      low: 'Lågt D-vitamin er vanleg i Noreg om vinteren. Tran, feit fisk eller eit tilskot kan hjelpe.',
      high: 'Høgt D-vitamin kjem nesten alltid av mykje tilskot. Sjekk kor mykje du tek.',
      nextOutside: 'Spør fastlegen din eller på apoteket om kor mykje D-vitamin som passar for deg.',
    },
    inr: {
      about: 'INR viser kor raskt blodet levrar seg. Prøva blir mest brukt for å styre dosen av blodfortynnande medisin som warfarin.',
      normal: 'Blodet ditt levrar seg slik det skal for deg.',
      high: 'Høg INR tyder at blodet levrar seg saktare, og at du lettare kan blø.',
      low: 'Låg INR tyder at blodet levrar seg raskare. Brukar du blodfortynnande, kan dosen vere for låg.',
      nextOutside: 'Brukar du blodfortynnande medisin, følg beskjeden du får om dosen. Ikkje endre dosen sjølv.',
    },
    psa: {
      about: 'PSA er eit protein som blir laga i prostata. Verdien kan stige av fleire grunnar.',
      normal: 'PSA-verdien din er på eit vanleg nivå for alderen.',
      high: 'Forhøgd PSA kan kome av forstørra prostata, betennelse eller kreft. Dei fleste med litt høg PSA har ikkje kreft, men legen vurderer om du treng fleire undersøkingar.',
    },
  },
};
