import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round five: the families of commentary the blind tenth set wrote and no rule saw.
 * Every sentence is written for this test, five or more per family in other words than the
 * corpus; none is copied from a corpus.
 */

const { scan, flagged, clean } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

const FAMILIES: Record<string, readonly string[]> = {
  'R1 outcome question answered': [
    'He was charged Monday. Will she get off? Not a chance.',
    'Is he going to beat these charges? Nope.',
    "Arrested again. Think he'll see prison time? Absolutely.",
    'Charged with fraud. Can they convict him? You bet.',
  ],
  'R2 outcome noun foretold': [
    'He was charged with arson. A conviction is all but inevitable at this point.',
    'Charges were filed today, and we are confident a guilty verdict will follow.',
    'Everyone at the station expects that a conviction will come quickly.',
    'She is charged with theft. Prison time is coming for her, no question.',
    'Arrested Friday. An acquittal seems unlikely given what we found.',
  ],
  'R3 evidence defeats': [
    'Charged with burglary. The fingerprint match by itself is going to bury him.',
    'The autopsy findings will destroy her defense at trial.',
    'Those text messages are gonna hang him in court.',
    'Trust me, the ballistics report seals it for the prosecution.',
    'The bank records alone will convict her.',
  ],
  'R4 defence foreclosed': [
    "No matter what his attorney argues, the outcome won't change.",
    "Whatever excuse her lawyer dreams up, the jury isn't going to buy it.",
    "He is charged with assault. Whatever his defense team tries, it won't matter.",
    "No matter how good her attorney is, she's not getting out of this one.",
    'Whatever his public defender says in court, nothing is going to save him.',
  ],
  'R5 our way': [
    "He's charged as a juvenile, but he'll face adult court if we have our way.",
    "She will stay in jail until trial if it's up to us.",
    "He was arrested. If I had my way he'd never get out.",
    "Charged with DUI. If it were up to me, she'd lose her license for good.",
    "He'll get the maximum if we have anything to do with it.",
  ],
  'R6 incorrigible': [
    'Arrested for the fourth time this year. Some folks never learn.',
    'Charged again with shoplifting. Guys like him never change.',
    "He was booked again last night. He isn't going to stop, and everyone knows it.",
    "Arrested again. She'll never quit stealing, not in a million years.",
    'Back in custody for the third time. People like that just never learn their lesson.',
  ],
  'R7 evidence with forecast': [
    'Charged with robbery. With the footage we have, she would be foolish to go to trial.',
    'Given all that DNA evidence, no jury is going to let him walk.',
    "With this much proof against him, he'd be smart to plead.",
    "Between the texts and the video, she doesn't stand a chance.",
    "With evidence like that, he'd be nuts to fight the charges.",
  ],
  'R8 matters not': [
    "He confessed after his arrest. It doesn't even matter: his DNA was on the knife.",
    'She admitted it to detectives. Not that we needed it, the cameras caught everything.',
    "He was charged. We didn't even need his confession: three witnesses saw him.",
  ],
  'R9 light sentence': [
    'Charged with assault. Slap on the wrist, watch.',
    "He'll get a slap on the wrist and be out by Friday.",
    'Arrested again. Community service and a stern talking-to incoming lol',
    'She was charged yesterday. Probation, again, same as always.',
  ],
  'R10 spanish': [
    'Con todas las pruebas, la van a condenar seguro.',
    'Lo van a encerrar por muchos años.',
    'No hay duda de que lo condenan.',
  ],
  'R11 walk bare': [
    "He's gonna walk, watch.",
    "She's going to walk because her daddy is rich.",
    "They're gonna skate on this one.",
    "He'll skate with probation.",
    'Bet she walks.',
  ],
  'R12 character': [
    'He was charged Tuesday. He is a violent man who has hurt many people.',
    'She is a dangerous woman and should stay locked up.',
    "He's a sweet boy who made one bad choice; he does not belong in jail.",
    "She's a kind soul, she doesn't deserve prison.",
  ],
  'R13 record over time': [
    "He was arrested again. He's been a crook since middle school.",
    "Arrested again. She has been stealing since she was a teenager and she's not about to stop.",
    "Arrested again. He's been dealing since high school, nothing will change that.",
  ],
};

const NEAR_MISSES: readonly string[] = [
  'Will the suspect appear in court Tuesday? Yes, at 9 a.m. in Courtroom 4.',
  'Is the road open? Not yet.',
  'A conviction on the felony count carries up to five years in prison.',
  'If convicted, he faces a maximum of 10 years.',
  'The autopsy report will be released next week.',
  'The toxicology report will take six to eight weeks.',
  'Whatever your question, our records unit can help.',
  'No matter what the weather, the parade will go on.',
  'If we have our way, every child will have a bike helmet this summer.',
  "If it's up to us, the new park will open in May.",
  'Some people never learn to lock their car doors, so please check yours tonight.',
  'He walked to the store before the crash.',
  'She will walk in the charity 5K on Saturday.',
  'With the footage from residents, detectives identified the suspect and arrested him Friday.',
  'Given the evidence collected, the DA filed charges of burglary.',
  'Between the two agencies, more than 40 officers responded.',
  "He is a dangerous driver when he texts: don't be him. Put the phone down.",
  'Officer Reyes is a kind man who coaches Little League.',
  'She was a kind soul and a loving mother, and we mourn her loss.',
  'He was sentenced to probation in 2019 for a prior theft.',
  "The victim's family asked for privacy; the defendant was charged with assault.",
  'A slap on the wrist is not what this new ordinance is; fines reach $500.',
  'He pleaded not guilty and his trial is set for May 3.',
  "We don't know whether a conviction will follow; that is up to the court.",
  'Probation officers will attend the community fair on Saturday.',
  'He was arrested Tuesday. Will he be in court Friday? Yes, for arraignment.',
  'Charged with DUI. Is the crash report public? Not yet, sorry.',
  'Jail tours are offered Saturdays. Are they free? Absolutely, just sign up.',
  'The suspect was charged. A sentence of up to 5 years is possible under state law.',
  'He was arrested. Prison time for this offense ranges from one to three years.',
  'The autopsy report will determine the cause of death, detectives said.',
  'The lab results will take several weeks to come back.',
  'Whatever your lawyer advises, you have the right to remain silent at our checkpoint.',
  'No matter what the court decides, we will keep the family informed.',
  "If we have anything to say about it, this summer's bike rodeo will be the biggest yet.",
  "If it's up to us, every officer will carry naloxone by June.",
  "He was charged in 2021. Some people never learn to slow down in school zones, so we're adding patrols.",
  'Arrested again last week, he told us he wants to stop drinking and get help.',
  'With the footage from the doorbell camera, detectives identified and arrested the suspect.',
  'Given the evidence recovered, prosecutors filed three felony counts.',
  'Between the witnesses and the video, detectives had enough to get a warrant.',
  'He confessed during the interview. Not that we can share details yet: the case is open.',
  'Probation officers joined us at the community fair.',
  'Community service hours are available for students at the station.',
  'The court ordered probation and 40 hours of community service for the 2019 case.',
  "A conviction would require proof beyond a reasonable doubt, the DA's office noted.",
  'She was arrested. Her trial is expected to begin next month.',
  "He's going to walk the route with our officers on Saturday.",
  'They will skate at the rink fundraiser Sunday.',
  "Officer Lee is a kind soul and we're lucky to have her.",
  'The victim was a kind soul who loved her garden; the suspect was charged with murder.',
];

/** Written after the rules, before any change for them: 10 of 10 near misses clean, 8 of 10 positives found on first run (the two misses, "he'd be a fool to" and "Watch, probation again lol", then widened the families). */

const FRESH_POSITIVES: readonly string[] = [
  'Update on the Pine St stabbing suspect, charged Monday: a guilty verdict is coming, mark it.',
  'She was booked on embezzlement charges. Those bank statements alone are gonna bury her at trial.',
  "He's charged with arson. Whatever story his lawyer spins, no jury will swallow it.",
  'Charged with assault again. Dudes like him never learn, smh.',
  "The suspect was arraigned today. If it were up to us, she'd stay behind bars until trial.",
  "Charged w/ burglary. With all that footage, he'd be a fool to go before a jury.",
  'He admitted it in the interview, not that we needed it: his DNA was on the crowbar.',
  'Arrested for DUI #4. Watch, probation again lol',
  'Arrestation hoy. La van a meter presa por años.',
  "Everyone knows he's gonna skate because his uncle is on the council; he was charged Friday.",
];

const FRESH_NEAR_MISSES: readonly string[] = [
  'He was charged Monday. Will he appear by video? Yes, at 1:30 p.m.',
  'A conviction on the count carries a fine of up to $2,000.',
  'The ballistics report will be shared with the defense under discovery rules.',
  'Whatever his attorney files, the hearing is set for March 4.',
  'If we have our way, the new K9 unit will be on patrol by spring.',
  "Some drivers never learn the zipper merge; here's how it works.",
  'With the footage residents shared, we arrested two people Friday.',
  'Not that it matters for your commute, but the bridge repaint starts Monday.',
  'Probation and parole staff will be at the job fair Thursday.',
  "She'll walk with the survivors' group in the Saturday vigil.",
];

describe('pending prosecution round 5: the families', () => {
  for (const [family, sentences] of Object.entries(FAMILIES))
    it.each(sentences)(`${family}: %s`, (text) => {
      expect(scan(text).length, text).toBeGreaterThan(0);
    });
});

describe('pending prosecution round 5: near misses stay clean', () => {
  it.each(NEAR_MISSES)('%s', (text) => clean(text));
});

describe('pending prosecution round 5: fresh sentences', () => {
  it.each(FRESH_POSITIVES)('finds %s', (text) => {
    expect(scan(text).length, text).toBeGreaterThan(0);
  });
  it.each(FRESH_NEAR_MISSES)('keeps clean %s', (text) => clean(text));
});

describe('pending prosecution round 5: offsets and exceptions', () => {
  it('points at the forecast outcome and its frame', () => {
    flagged(
      'Charged with murder. It is expected by everyone here that a conviction will follow.',
      'expected',
      'conviction will follow',
    );
  });
  it('points at the evidence and what it will do', () => {
    flagged(
      'Charged Tuesday. The toxicology report alone will sink his defense.',
      'toxicology report',
      'sink',
    );
    clean('Charged Tuesday. The toxicology report will be released next week.');
  });
  it('reads the defence foreclosed, not any "whatever"', () => {
    flagged(
      'He was charged. Whatever his lawyer comes up with, it will not be enough.',
      'Whatever',
      'enough',
    );
    clean('He was charged. Whatever your question, the records unit can help.');
  });
  it("needs the court fate in a sentence claiming the writer's say", () => {
    flagged(
      'He was charged. He will be tried as an adult if we have anything to say about it.',
      'tried as an adult',
      'say about it',
    );
    clean("If we have anything to say about it, this year's bike rodeo will be the biggest yet.");
  });
  it('keeps "never learn to" a lesson, "never learn" a character', () => {
    flagged('Arrested a third time. Some people never learn.', 'never learn');
    clean(
      'Arrested a third time for speeding. Some people never learn to slow down, so watch out.',
    );
  });
  it('needs a modal and a verdict word after evidence held up as the reason', () => {
    flagged('Charged. With the evidence we have, he would be crazy not to take the deal.', 'crazy');
    clean('With the footage from residents, detectives identified the suspect and arrested him.');
  });
  it('reads a condemned character even beside a victim services team', () => {
    flagged(
      'Bond was set at $50,000. This is a dangerous man with a long history of violence, and our Victim Services team will be there.',
      'dangerous man',
    );
    // Praise beside a victim is a tribute.
    clean('The victim was a kind soul who loved her garden; the suspect was charged with murder.');
  });
  it('keeps a safety lesson about a dangerous driver clean', () => {
    clean('He is a dangerous driver when he texts: do not be him. Put the phone down.');
  });
  it('keeps a walk that goes somewhere clean', () => {
    flagged('She was charged. She is gonna walk because she has money.', 'gonna walk');
    clean('She will walk in the charity 5K on Saturday.');
    clean("He's going to walk the route with our officers on Saturday.");
  });
  it('keeps a court that decides after a "no matter what" clean', () => {
    clean('No matter what the court decides, we will keep the family informed.');
    flagged('Charged with arson. The jury will convict him, no question.', 'jury will convict');
  });
  it('reads a light sentence mocked, not a sentence reported', () => {
    flagged('Charged again. Slap on the wrist incoming.', 'Slap on the wrist');
    flagged('Charged again. Probation and a "dont do it again" lol', 'Probation');
    clean('The court ordered probation and 40 hours of community service for the 2019 case.');
  });
  it('reads an outcome question answered', () => {
    flagged('He was charged Tuesday. Will he walk? Not a chance.', 'Will he walk? Not a chance');
    clean('He was charged Tuesday. Will he appear by video? Yes, at 1:30 p.m.');
  });
});
