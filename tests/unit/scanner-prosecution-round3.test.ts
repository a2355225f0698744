import { describe, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round three: the shapes of commentary the blind eighth set wrote and no rule saw
 * (prosecution-shapes.ts and the fixes beside it). The record or the character of the defendant
 * held up, evidence put on the defendant, the defence said to have nothing, the case attacked as
 * unlawful, a jury forecast to be quick, the end of the case called, custody demanded, and the
 * same in Spanish. Every sentence is written for this test; none is copied from a corpus.
 */

const { flagged, clean } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

/**
 * Written after the first cut of the rules, before the second: 6/10 flagged and 10/10 clean then
 * (the misses: "considering his past", "racked up … prior DUIs", "turned up all over", "all over
 * for them", "scamming … for years", "headed for a hung jury"); 10/10 and 10/10 now.
 */
const INVENTED_POSITIVE: readonly [string, string][] = [
  ['Bail was set at $20k. Considering his past, nobody should be shocked.', 'Considering his past'],
  ["Guy's racked up six prior DUIs, and now he's charged again.", 'six prior DUIs'],
  [
    'Their fingerprints turned up all over the stolen truck. Both were booked Sunday.',
    'fingerprints turned up all over',
  ],
  ['Honestly his attorney has zero to work with here.', 'attorney has zero'],
  [
    'The deputies never got a warrant for that phone, so the charges are garbage.',
    'never got a warrant',
  ],
  ['This jury will be back before lunch, trust me.', 'jury will be back before lunch'],
  [
    "It's all over for them once the bank records come in. Both are charged with fraud.",
    'all over for them',
  ],
  ['Leave that creep in jail till his trial.', 'Leave that creep in jail'],
  [
    "She's been scamming seniors for years and was finally arrested Thursday.",
    'been scamming seniors for years',
  ],
  ['this whole case is headed for a hung jury, watch', 'headed for a hung jury'],
];

const INVENTED_NEAR_MISS: readonly string[] = [
  'Marcus Reed, 31, was charged with burglary. Detectives collected fingerprints at the scene.',
  'Reed was arrested Monday. Police said he has no prior arrests.',
  'Officer Dana Pike was sworn in Friday. She is a good officer and a great mom.',
  'The suspect was booked into jail. His lawyer has filed a motion to suppress the evidence.',
  'A jury was seated Tuesday and will return Monday for testimony.',
  'The trial ended in a mistrial last week and a retrial is set for March.',
  'Officers need a warrant to search your home unless you consent.',
  'He was charged with theft. Let him know you care: send cards to the family.',
  'The man charged with arson has been working at the plant since 2015, his employer said.',
  'Keep them in your prayers. The driver was charged with vehicular homicide.',
];

describe('pending prosecution round 3: invented 10 + 10', () => {
  it('flags every invented positive', () => {
    for (const [text, words] of INVENTED_POSITIVE) flagged(text, words);
  });
  it('keeps every invented near miss clean', () => {
    for (const text of INVENTED_NEAR_MISS) clean(text);
  });
});

describe('pending prosecution: the record held up', () => {
  it('flags a record framed or possessed', () => {
    flagged(
      'Arrested again. With a record like that, he was always going to end up here.',
      'record like that',
    );
    flagged('The woman arrested Friday has a lengthy criminal record.', 'lengthy criminal record');
    flagged('Dude has like nine priors and they keep letting him out.', 'nine priors');
  });
  it('keeps no record, a record of service, and a record without a case clean', () => {
    clean('With a record like that, the band will sell out the fairgrounds.');
    clean('Police said the driver, who was arrested, has no criminal record.');
    clean('The suspect was arrested. Sgt. Ames has a long record of service, said the chief.');
  });
});

describe('pending prosecution: character claimed', () => {
  it('flags bad and good character alike', () => {
    flagged(
      'She is charged with assault. That woman has shown everyone exactly who she is.',
      'shown everyone exactly who she is',
    );
    flagged(
      'He is charged with fraud? We all know him from church. Decent guy, coached little league.',
      'Decent guy',
    );
    flagged('She was arrested by mistake, she wouldn’t hurt a fly.', 'hurt a fly');
  });
  it('keeps praise of the department’s own people, and praise without a case, clean', () => {
    clean('We all know him from church. Decent guy, coached little league for years.');
    clean('The suspect was charged. Our dispatcher Kim is a good person and saved a life today.');
  });
});

describe('pending prosecution: evidence put on the defendant', () => {
  it('flags traces said to be his or hers', () => {
    flagged('Her DNA was on the knife handle.', 'Her DNA was on the knife');
    flagged("The suspect's blood matched, end of story.", 'blood matched');
  });
  it('keeps collected evidence and prints taken at booking clean', () => {
    clean('Her prints were taken at booking.');
    clean('Blood was found on the sidewalk and officers are asking for witnesses.');
  });
});

describe('pending prosecution: the defence said to have nothing', () => {
  it('flags a defence with nothing or no case', () => {
    flagged('Her public defender has got nothing.', 'defender has got nothing');
    flagged('His lawyers have no case and they know it.', 'have no case');
  });
  it('keeps a defence filing clean', () => {
    clean('The defense has asked for more time to review the video.');
  });
});

describe('pending prosecution: the case attacked as unlawful', () => {
  it('flags a missing warrant, an illegal search, a coerced confession', () => {
    flagged('He was arrested, but cops never even had a warrant.', 'had a warrant');
    flagged('That search was illegal and the charges should be tossed.', 'illegal');
    flagged('He is charged with robbery. The confession was coerced.', 'coerced');
  });
  it('keeps the law explained and a claim reported clean', () => {
    clean('It is illegal to leave a child alone in a car. The mother was arrested.');
    clean('His attorney argues the search was illegal; a hearing is set for June 3.');
    clean('Officers need a warrant to search a home; the suspect was charged Monday.');
  });
});

describe('pending prosecution: a quick jury', () => {
  it('flags a jury forecast to take minutes', () => {
    flagged("Jurors won't need more than five minutes on this one.", 'five minutes');
    flagged('twelve people are gonna be out ten minutes, tops', 'twelve people');
  });
  it('keeps a jury’s schedule clean', () => {
    clean('The jury will deliberate Monday after closing arguments.');
    clean('Jurors will return at 9 a.m. for more testimony.');
  });
});

describe('pending prosecution: the end of the case called', () => {
  it('flags ends in a conviction, over for him, done for', () => {
    flagged('This one ends with a guilty plea.', 'ends with a guilty plea');
    flagged("The video is clear. It's game over for him.", 'game over for him');
    flagged("He's done for.", 'done for');
  });
  it('keeps a trial’s end as fact, loose ends and a season over clean', () => {
    clean('The first trial ended in a mistrial in May.');
    clean('Detectives are tying up loose ends in the case before charges are filed.');
    clean("The season's over for him after the knee injury, coach says.");
  });
});

describe('pending prosecution: custody demanded', () => {
  it('flags let him sit, under the jail, keep her in a cell', () => {
    flagged('Let her sit in there until trial.', 'Let her sit');
    flagged('Bury that man under the prison.', 'under the prison');
    flagged('Judge, please keep him in jail.', 'keep him in jail');
  });
  it('keeps letting and keeping of other kinds clean', () => {
    clean('Let him sit down and rest, the medics said.');
    clean('Please keep her in your thoughts this week.');
  });
});

describe('pending prosecution: habits and unchanged character', () => {
  it('flags wrongdoing over years and a career wrongdoer who never changes', () => {
    flagged(
      'Voss was charged Friday. Voss has been pulling scams since the 90s.',
      'pulling scams since',
    );
    flagged('A career hustler who ain’t ever gonna change.', 'career hustler');
    flagged('He was arrested again. Nothing about him has changed.', 'changed');
  });
  it('keeps a job over years and an address not changed clean', () => {
    clean('He has been selling cars for years. He was charged Friday.');
    clean('He was arrested at home; he has not changed his address since.');
  });
});

describe('pending prosecution: questions, places, and politics', () => {
  it('keeps a yes/no question asked, and answers it', () => {
    clean('Q: Is he going to get off?');
    flagged(
      'Q: Is he going to get off?\nA: Not a chance. This one ends in a conviction.',
      'ends in a conviction',
    );
  });
  it('keeps "where she belongs" without a cell, and soft on crime of a DA, clean', () => {
    clean('Send her back to the statehouse where she belongs!');
    clean('With a soft-on-crime DA in charge, the county needs new leadership.');
    flagged('Behind bars is where he belongs.', 'belongs');
  });
});

describe('pending prosecution: Spanish forecasts', () => {
  it('flags a plea, a verdict or a release forecast', () => {
    flagged('Se espera que se declare culpable el lunes.', 'se declare culpable');
    flagged('Con esas pruebas no hay forma de que salga libre.', 'no hay forma');
    flagged('Seguro que la condenan.', 'Seguro que la condenan');
  });
  it('keeps a plea of not guilty, a hearing and a recovery clean', () => {
    clean('Se espera que se declare no culpable en la audiencia.');
    clean('Se espera que comparezca ante el juez el martes.');
    clean('Esperamos que salga pronto del hospital.');
  });
});

describe('pending prosecution: outcomes relished', () => {
  it('flags gloating over a trial and a prosecutor’s promise of an outcome', () => {
    flagged("Can't wait to see him squirm at trial.", 'squirm at trial');
    flagged(
      '“We are going to make sure she never hurts anyone again,” the prosecutor said.',
      'make sure she never hurts anyone again',
    );
  });
  it('keeps eagerness without a case and safety advice clean', () => {
    clean("Can't wait for National Night Out!");
    clean("Can't wait for the trial to start so the family gets answers.");
    clean('Make sure your kids never ride without a helmet again.');
    clean('Make sure he never rides without a helmet again, parents.');
  });
});
