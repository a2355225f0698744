import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, families of commentary on a pending prosecution written in other words: a court
 * actor's act wished for, irony at a defence, evidence said to leave nothing to decide, the
 * department untroubled about a trial, a punishment said to be earned, an outcome only a court
 * decides foretold in other verbs, the defendant's character judged over time, and the same in
 * Spanish. Every sentence is written for this test; none is copied from a corpus.
 */

const { flagged, clean, scan } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

/** Written before the rules in prosecution-families.ts: 2/10 and 10/10 then, 10/10 and 10/10 now. */
const INVENTED_POSITIVE: readonly [string, string][] = [
  ['Honestly I want the judge to make an example of her.', 'judge to make an example'],
  ['Best of luck convincing a jury of that story.', 'luck convincing a jury'],
  ['Those prints leave the defense very little room to argue.', 'very little room'],
  ["She has earned every single year she's about to get.", 'earned every single year'],
  ['Delgado, charged Friday with arson, has been a menace to this block for years.', 'menace'],
  ['This one will never even see a courtroom.', 'never even see a courtroom'],
  ['Espero que el juez le dé muchos años de cárcel.', 'juez le dé muchos años'],
  ["She'll answer for every one of those break-ins.", 'answer for'],
  [
    'Will the confession survive a suppression hearing? We are not the least bit worried.',
    'not the least bit worried',
  ],
  ['Here’s hoping the prosecutor refuses any deal for that man.', 'prosecutor refuses any deal'],
];
const INVENTED_NEAR_MISS: readonly string[] = [
  'We hope everyone enjoys the judge’s story time at the library Saturday.',
  'Good luck to all the runners at Saturday’s 5K!',
  'The footage was turned over to the prosecutor’s office Monday.',
  'Officer Reyes has earned the department’s lifesaving award.',
  'Mr. Delgado has been a volunteer at the food pantry for years.',
  'The case will go to trial on April 4.',
  'El juez fijó la fianza en 5,000 dólares.',
  'Residents will have to answer a few questions on the survey.',
  'Will the courthouse be open on Monday? Yes, from 8 to 5.',
  'We hope the owner of the lost dog sees this post.',
];

describe('pending prosecution: invented 10 + 10', () => {
  it('flags every invented positive', () => {
    for (const [text, words] of INVENTED_POSITIVE) flagged(text, words);
  });
  it('keeps every invented near miss clean', () => {
    for (const text of INVENTED_NEAR_MISS) clean(text);
  });
});

describe('pending prosecution: a court actor’s act wished for', () => {
  it('flags wishes in any verb', () => {
    flagged('i really hope the judge sees through every word he says', 'hope the judge sees');
    flagged("Let's hope the jury doesn't fall for his act.", 'hope the jury');
    flagged('We want the prosecutor to go after her with everything.', 'want the prosecutor');
  });
  it('keeps a possessive, a compound noun and a procedural step clean', () => {
    clean('We hope the judge’s retirement party is a blast.');
    clean('We hope the court date works for the families.');
    clean('We hope the court sets a date soon so the families can plan.');
  });
});

describe('pending prosecution: irony at a defence', () => {
  it('flags good luck persuading a court', () => {
    flagged('Good luck explaining the receipts to a jury.', 'Good luck explaining');
    flagged('Best of luck pitching that alibi to the judge, pal.', 'luck pitching');
  });
  it('keeps good luck without a court clean', () => {
    clean('Good luck finding parking downtown this weekend!');
  });
});

describe('pending prosecution: evidence that leaves nothing to decide', () => {
  it('flags evidence leaving little or no room', () => {
    flagged(
      'The bodycam leaves his lawyer nothing to work with, honestly no room to argue.',
      'leaves',
    );
    flagged('That DNA gives the jury no choice at all.', 'gives the jury no choice');
    flagged('We are confident the video will convince any jury.', 'confident the video will');
  });
  it('keeps what is not evidence, and evidence without a trial, clean', () => {
    clean('The storm left us no choice but to close the bridge.');
    clean('We are confident the video will help us find the driver.');
  });
});

describe('pending prosecution: the department untroubled about a trial', () => {
  it('flags reassurance after a question about the case', () => {
    flagged('Will the charges stick? Our detectives aren’t worried.', 'worried');
    flagged('Prosecutors are not losing any sleep over this one going to trial.', 'losing');
  });
  it('keeps a deferral and an untroubled sentence off the case clean', () => {
    clean('Will the prints hold up at trial? That is for the court to decide.');
    clean('Rain on Saturday? We are not worried, the parade goes on.');
  });
});

describe('pending prosecution: a punishment earned or deserved', () => {
  it('flags a punishment earned', () => {
    flagged('A man who robs a 90-year-old has earned every day of prison he gets.', 'earned');
    flagged('she deserves 30 to life', 'deserves 30 to life');
    flagged('He has earned some hard time.', 'hard time');
  });
  it('keeps awards and time off clean', () => {
    clean('Our volunteers deserve some time off after this week.');
    clean('Sergeant Cole has earned 25 years of service pins.');
    clean('He deserves some time with his family after the surgery.');
  });
});

describe('pending prosecution: an outcome foretold in other verbs', () => {
  it('flags answering for it, never reaching a court, being out', () => {
    flagged('They will answer for what they did to that family.', 'answer for');
    flagged("This isn't even going to make it to a jury.", 'make it to a jury');
    flagged('Someone with six prior arrests should not be out.', 'should not be out');
  });
  it('keeps court facts, a reason, and advice clean', () => {
    clean('The case will not go to trial because he pleaded guilty in May.');
    clean('The chief will answer questions at the town hall.');
    clean('You should not be walking on the ice this week.');
  });
});

describe('pending prosecution: character judged over time', () => {
  it('flags a defendant called a menace or always in trouble', () => {
    flagged(
      'Vance was arrested Tuesday. Vance has been in and out of jail since he was 15.',
      'in and out of jail',
    );
    flagged('Charged with burglary again. He has always been nothing but trouble.', 'trouble');
  });
  it('keeps the same words without a case clean', () => {
    clean(
      'He has been in and out of trouble since middle school, his coach says, and now he is team captain.',
    );
  });
});

describe('pending prosecution: Spanish', () => {
  it('flags wishes, forecasts and deserved punishments', () => {
    flagged('Ojalá lo condenen a cadena perpetua.', 'Ojalá');
    flagged('Con esas pruebas no va a salir en años.', 'no va a salir');
    flagged('Ese tipo merece 30 años.', 'merece 30 años');
  });
  it('keeps neutral Spanish clean', () => {
    clean('El autobús no sale hoy por la tormenta.');
    clean('Espero que todos disfruten del desfile.');
  });
});

describe('pending prosecution: a porch camera is not a sentence', () => {
  it('keeps "next time" apart from "time" served', () => {
    clean('I hope my doorbell cam gets your face next time.');
    expect(scan('I hope he gets serious time for this.').length).toBeGreaterThan(0);
  });
});

describe('pending prosecution: a second invented batch, after the rules', () => {
  it('flags wishes, deserts and reassurance in further words', () => {
    flagged('Praying the jurors see him for what he is.', 'jurors see');
    flagged('That man has earned every one of those 40 years.', 'earned');
    flagged('He deserves whatever the judge throws at him.', 'deserves whatever');
    flagged('Will the DNA stand up in court? We’re not worried.', 'worried');
  });
  it('keeps a juror described, a message to the court and a trial run clean', () => {
    clean('We hope jurors summoned for Monday remember to bring ID.');
    clean("We want the court to know the community supports the victims' program.");
    clean("We're not worried about attendance for the trial run of the new bike lane.");
    clean('Our K9 Rex has earned a well deserved retirement after 9 years.');
  });
});

describe('pending prosecution: a judge or a court off the case', () => {
  it('keeps a retirement and a parking tip clean', () => {
    clean('Congratulations, Judge Amos! We hope the judge enjoys a well-earned retirement.');
    clean('Good luck finding parking near the court this week.');
  });
});
