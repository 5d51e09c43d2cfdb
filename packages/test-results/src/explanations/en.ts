import type { LanguageTexts } from './types.js';

/** English. Written for a citizen reading their own result, in plain language. */
export const en: LanguageTexts = {
  shared: {
    outside: 'The result is outside what is usual for most healthy people. That can have many causes and does not always mean something is wrong.',
    nextNormal: 'You do not need to do anything because of this result.',
    nextOutside: 'If you do not already have an appointment to go through the result, you can ask your GP what it means for you.',
    nextCritical: 'Your doctor will contact you about this result. If you feel worse before then, call the out-of-hours service on 116 117. If life is in danger, call 113.',
    nextUnknown: 'Ask whoever took the sample if you wonder what the result means for you.',
  },
  tests: {
    hb: {
      about: 'Haemoglobin is the substance in red blood cells that carries oxygen around the body.',
      normal: 'Your blood has a usual amount of haemoglobin.',
      low: 'Low haemoglobin is called anaemia. It can make you tired and short of breath, and is often caused by too little iron, bleeding or other illnesses.',
      high: 'High haemoglobin can come from smoking, from drinking too little, or from diseases of the lungs, heart or bone marrow.',
    },
    crp: {
      about: 'CRP rises when there is inflammation or an infection in the body. The test does not say where in the body.',
      normal: 'The result does not point to significant inflammation or infection right now.',
      high: 'Raised CRP means the body is reacting to inflammation or an infection. The higher the value, the stronger the reaction often is.',
    },
    hba1c: {
      about: 'HbA1c shows your average blood sugar over the last two to three months.',
      normal: 'Your blood sugar has been at a usual level over the last few months.',
      high: 'High long-term blood sugar can mean you have diabetes or are developing it. If you already have diabetes, it shows how well your blood sugar is controlled.',
      low: 'Low long-term blood sugar is rarely a problem, but can be linked to anaemia or to medicines that lower blood sugar.',
    },
    ferritin: {
      about: 'Ferritin shows how much iron your body has in store. The body needs iron to make blood.',
      normal: 'Your body has usual iron stores.',
      low: 'Low ferritin means your iron stores are small. It can make you tired, and is common with heavy periods, little iron in the diet or bleeding.',
      high: 'High ferritin can come from inflammation, liver disease or the body taking up too much iron.',
    },
    creatinine: {
      about: 'Creatinine is a waste product from the muscles that the kidneys remove. The test shows how well the kidneys clean the blood.',
      normal: 'The result suggests your kidneys clean the blood as they should.',
      high: 'High creatinine can mean the kidneys clean the blood less well than usual. It can also come from drinking little, or from having a lot of muscle.',
      low: 'Low creatinine is usually harmless and often goes with low muscle mass.',
    },
    egfr: {
      about: 'eGFR estimates how much blood the kidneys clean each minute. It is calculated from creatinine, age and sex.',
      normal: 'Your kidneys clean the blood as expected.',
      low: 'Low eGFR means the kidneys clean the blood more slowly than usual. It is common for the value to fall a little with age.',
      high: 'A high eGFR is rarely a sign of illness.',
    },
    cholesterol: {
      about: 'Cholesterol is a fat in the blood. Over time, a lot of cholesterol can raise the risk of heart and blood vessel disease.',
      normal: 'Your cholesterol is at a usual level.',
      high: 'High cholesterol causes no symptoms by itself, but over many years it can raise the risk of heart attack and stroke. Food, exercise and sometimes medicine can lower it.',
    },
    ldl: {
      about: 'LDL is the part of cholesterol that can build up in the blood vessels.',
      normal: 'Your LDL cholesterol is at a usual level.',
      high: 'High LDL can raise the risk of heart and blood vessel disease over time. How low it should be depends on your own risk, so your doctor looks at it together with other things.',
    },
    tsh: {
      about: 'TSH is a hormone that controls the thyroid gland. The test shows whether your metabolism is too slow or too fast.',
      normal: 'Your thyroid seems to work as it should.',
      high: 'High TSH can mean an underactive thyroid. It can cause tiredness, feeling cold and weight gain.',
      low: 'Low TSH can mean an overactive thyroid. It can cause a racing heart, restlessness and weight loss.',
    },
    'vitamin-d': {
      about: 'Vitamin D is needed for strong bones and muscles. The body makes it in sunlight, and we get it from oily fish, cod liver oil and supplements.',
      normal: 'You have enough vitamin D.',
      low: 'Low vitamin D is common in Norway in winter. Cod liver oil, oily fish or a supplement can help.',
      high: 'High vitamin D almost always comes from taking a lot of supplements. Check how much you take.',
      nextOutside: 'Ask your GP or a pharmacy how much vitamin D is right for you.',
    },
    inr: {
      about: 'INR shows how quickly your blood clots. The test is mostly used to set the dose of blood-thinning medicine such as warfarin.',
      normal: 'Your blood clots as it should for you.',
      high: 'High INR means your blood clots more slowly, and you may bleed more easily.',
      low: 'Low INR means your blood clots faster. If you take a blood thinner, the dose may be too low.',
      nextOutside: 'If you take a blood thinner, follow the advice you get about the dose. Do not change the dose yourself.',
    },
    psa: {
      about: 'PSA is a protein made in the prostate. The value can rise for several reasons.',
      normal: 'Your PSA is at a usual level for your age.',
      high: 'Raised PSA can come from an enlarged prostate, inflammation or cancer. Most people with a slightly high PSA do not have cancer, but your doctor will consider whether you need more tests.',
    },
  },
};
