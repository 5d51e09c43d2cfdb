import type { LanguageTexts } from './types.js';

/** Bokmål. Written for a citizen reading their own answer, in klart språk. */
export const nb: LanguageTexts = {
  shared: {
    outside: 'Svaret ligger utenfor det som er vanlig for de fleste friske. Det kan ha mange årsaker, og betyr ikke alltid at noe er galt.',
    nextNormal: 'Du trenger ikke gjøre noe på grunn av dette svaret.',
    nextOutside: 'Har du ikke allerede en avtale om å gå gjennom svaret, kan du spørre fastlegen din hva det betyr for deg.',
    nextCritical: 'Legen din tar kontakt med deg om dette svaret. Blir du dårligere før det, ring legevakten på 116 117. Ved fare for liv, ring 113.',
    nextUnknown: 'Spør den som tok prøven hvis du lurer på hva svaret betyr for deg.',
  },
  tests: {
    hb: {
      about: 'Hemoglobin er stoffet i de røde blodcellene som frakter oksygen rundt i kroppen.',
      normal: 'Blodet ditt har en vanlig mengde hemoglobin.',
      low: 'Lav hemoglobin kalles blodmangel (anemi). Det kan gjøre deg trett og andpusten, og skyldes ofte for lite jern, blødninger eller andre sykdommer.',
      high: 'Høy hemoglobin kan komme av røyking, at du har drukket for lite, eller av sykdommer i lunger, hjerte eller beinmarg.',
    },
    crp: {
      about: 'CRP stiger når det er en betennelse eller infeksjon i kroppen. Prøven sier ikke hvor i kroppen.',
      normal: 'Svaret tyder ikke på en betydelig betennelse eller infeksjon akkurat nå.',
      high: 'Forhøyet CRP betyr at kroppen reagerer på en betennelse eller infeksjon. Jo høyere verdien er, jo kraftigere er reaksjonen ofte.',
    },
    hba1c: {
      about: 'HbA1c viser det gjennomsnittlige blodsukkeret ditt de siste to til tre månedene.',
      normal: 'Blodsukkeret ditt har ligget på et vanlig nivå de siste månedene.',
      high: 'Høyt langtidsblodsukker kan bety at du har diabetes eller er i ferd med å få det. Har du diabetes fra før, viser det hvor godt blodsukkeret er regulert.',
      low: 'Lavt langtidsblodsukker er sjelden et problem, men kan henge sammen med blodmangel eller medisiner som senker blodsukkeret.',
    },
    ferritin: {
      about: 'Ferritin viser hvor mye jern kroppen har på lager. Kroppen trenger jern for å lage blod.',
      normal: 'Kroppen din har et vanlig jernlager.',
      low: 'Lavt ferritin betyr at jernlageret er lite. Det kan gjøre deg trett, og er vanlig ved kraftige menstruasjoner, lite jern i kosten eller blødninger.',
      high: 'Høyt ferritin kan komme av betennelse, leversykdom eller at kroppen tar opp for mye jern.',
    },
    creatinine: {
      about: 'Kreatinin er et avfallsstoff fra musklene som nyrene skiller ut. Prøven viser hvor godt nyrene renser blodet.',
      normal: 'Svaret tyder på at nyrene dine renser blodet som de skal.',
      high: 'Høyt kreatinin kan bety at nyrene renser blodet dårligere enn vanlig. Det kan også komme av at du har drukket lite, eller av mye muskler.',
      low: 'Lavt kreatinin er vanligvis ufarlig og henger ofte sammen med lite muskelmasse.',
    },
    egfr: {
      about: 'eGFR er et anslag på hvor mye blod nyrene renser hvert minutt. Det regnes ut fra kreatinin, alder og kjønn.',
      normal: 'Nyrene dine renser blodet som forventet.',
      low: 'Lav eGFR betyr at nyrene renser blodet langsommere enn vanlig. Det er vanlig at verdien synker litt med alderen.',
      high: 'En høy eGFR er sjelden et tegn på sykdom.',
    },
    cholesterol: {
      about: 'Kolesterol er et fett i blodet. Over tid kan mye kolesterol øke risikoen for hjerte- og karsykdom.',
      normal: 'Kolesterolet ditt er på et vanlig nivå.',
      high: 'Høyt kolesterol gir ingen plager i seg selv, men kan over mange år øke risikoen for hjerteinfarkt og hjerneslag. Mat, mosjon og eventuelt medisiner kan senke det.',
    },
    ldl: {
      about: 'LDL er den delen av kolesterolet som kan legge seg i blodårene.',
      normal: 'LDL-kolesterolet ditt er på et vanlig nivå.',
      high: 'Høyt LDL kan over tid øke risikoen for hjerte- og karsykdom. Hvor lavt det bør være, avhenger av din egen risiko, så legen vurderer det sammen med andre forhold.',
    },
    tsh: {
      about: 'TSH er et hormon som styrer skjoldbruskkjertelen. Prøven viser om stoffskiftet er for lavt eller for høyt.',
      normal: 'Stoffskiftet ditt ser ut til å være som det skal.',
      high: 'Høy TSH kan bety lavt stoffskifte. Det kan gi tretthet, frysing og vektøkning.',
      low: 'Lav TSH kan bety høyt stoffskifte. Det kan gi hjertebank, uro og vekttap.',
    },
    'vitamin-d': {
      about: 'D-vitamin trengs for sterke bein og muskler. Kroppen lager det i sollys, og vi får det fra fet fisk, tran og tilskudd.',
      normal: 'Du har nok D-vitamin.',
      low: 'Lavt D-vitamin er vanlig i Norge om vinteren. Tran, fet fisk eller et tilskudd kan hjelpe.',
      high: 'Høyt D-vitamin kommer nesten alltid av mye tilskudd. Sjekk hvor mye du tar.',
      nextOutside: 'Spør fastlegen din eller på apoteket om hvor mye D-vitamin som passer for deg.',
    },
    inr: {
      about: 'INR viser hvor raskt blodet levrer seg. Prøven brukes mest for å styre dosen av blodfortynnende medisin som warfarin.',
      normal: 'Blodet ditt levrer seg slik det skal for deg.',
      high: 'Høy INR betyr at blodet levrer seg langsommere, og at du lettere kan blø.',
      low: 'Lav INR betyr at blodet levrer seg raskere. Bruker du blodfortynnende, kan dosen være for lav.',
      nextOutside: 'Bruker du blodfortynnende medisin, følg beskjeden du får om dosen. Ikke endre dosen selv.',
    },
    psa: {
      about: 'PSA er et protein som lages i prostata. Verdien kan stige av flere grunner.',
      normal: 'PSA-verdien din er på et vanlig nivå for alderen.',
      high: 'Forhøyet PSA kan komme av forstørret prostata, betennelse eller kreft. De fleste med litt høy PSA har ikke kreft, men legen vurderer om du trenger flere undersøkelser.',
    },
  },
};
