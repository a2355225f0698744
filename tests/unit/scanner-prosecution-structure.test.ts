import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c: employees will not make "comments concerning pending prosecutions". Issue 13's rule:
 * commentary on a charged case's evidence, strength, expected outcome, sentence or the
 * defendant's character, not the neutral facts of charges and court dates.
 * Cases are written from those words; `it.fails` marks what a user would expect that the rule
 * does not yet do (the reason is in the test's name).
 */

const { flagged, clean } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

describe('pending prosecution: commentary on a charged case', () => {
  it("flags a judgement of the case's evidence or strength", () => {
    flagged('The evidence against Hale is overwhelming.', 'The evidence', 'overwhelming');
    flagged('The case against him is airtight.', 'case', 'airtight');
    flagged('The video is damning.', 'video is damning');
    flagged('His alibi is flimsy at best.', 'alibi is flimsy');
    flagged('Honestly the DNA makes this a slam dunk for the DA.', 'DNA', 'slam dunk');
    flagged('This is an open and shut case.', 'open and shut');
    flagged('The evidence speaks for itself.', 'evidence speaks for itself');
    flagged('Prosecutors have a weak case.', 'weak case');
  });

  it('flags a predicted or wished-for outcome only a court decides', () => {
    flagged("He'll take a plea deal before trial, guaranteed.", 'take a plea deal');
    flagged('No jury in this county will acquit her.', 'No jury', 'acquit her');
    flagged('He is going to be convicted, no question.', 'going to be convicted');
    flagged("He'll walk free, just watch.", "He'll walk free");
    flagged("The charges won't stick.", "won't stick");
    flagged('I expect the jury to see right through her story.', 'expect the jury');
    flagged("He's going away for a long time.", 'going away for a long time');
  });

  it('flags what the writer wants the sentence to be', () => {
    flagged('I hope he gets life for what he did.', 'hope he gets life');
    flagged('She deserves the maximum sentence.', 'deserves the maximum sentence');
    flagged('Lock him up and throw away the key.', 'Lock him up', 'throw away the key');
    flagged("He'll be lucky to ever see daylight again.", 'lucky', 'see daylight');
  });

  it("flags a judgement of the defendant's character", () => {
    flagged("He's a career criminal who will never change.", 'career criminal');
    flagged("He's a career criminal who will never change.", 'never change');
    flagged('The defendant has never shown any remorse.', 'never shown any remorse');
    flagged('He is a danger to everyone in this town.', 'He is a danger');
    flagged('Marcus Hale is a monster.', 'Marcus Hale is a monster');
  });

  it('points at the words through emoji, accents and an earlier CRLF paragraph', () => {
    const text = '🚨 Update 🚨\r\n\r\n🚓 The evidence against José Núñez is overwhelming.';
    const finding = flagged(text, 'The evidence against José Núñez is overwhelming');
    expect(finding.start).toBe(text.indexOf('The evidence'));
    expect(finding.text).not.toMatch(/[\r\n🚓]/u);
  });

  it('flags a lone surname that opens the sentence as the defendant', () => {
    flagged('Hale is a danger to everyone in this town.', 'Hale is a danger');
  });

  it('flags a sentencing wish with "gives", not only "give"', () => {
    flagged('Hope the judge gives him the max.', 'gives him the max');
  });

  it('covers the whole of "doesn\'t lie": the contraction is two words, not one', () => {
    flagged("The bodycam footage doesn't lie.", "footage doesn't lie");
  });

  it('covers the whole of "slam-dunk", not "slam-" (the hyphen is a word of its own)', () => {
    flagged('This case is a slam-dunk for the DA.', 'slam-dunk');
  });

  it('ends a finding on the judgement, not on the emoji after it', () => {
    const text = 'The evidence against Hale is overwhelming 💯';
    expect(flagged(text, 'The evidence').text).toBe('The evidence against Hale is overwhelming');
  });
});

describe('pending prosecution: what stays clean', () => {
  it('does not flag the neutral facts of charges, custody and court dates', () => {
    for (const text of [
      'Hale is charged with two counts of burglary.',
      'Hale was arraigned Monday and pleaded not guilty.',
      'His next court date is March 4 at the county courthouse.',
      'Sentencing is scheduled for June 12.',
      'Trial is set for September 9.',
      'The trial begins Monday in Courtroom 3.',
      'He is expected to appear in court Monday.',
      'She is due in court on May 2.',
      'He will be arraigned Monday.',
      'Hale is being held on $50,000 bond.',
      'The judge set bail at $10,000.',
      'Hale, 34, is charged with arson; his next court date is May 2.',
      'The case remains under investigation.',
      'Anyone with information about the case should call Detective Ruiz at 555-0100.',
    ])
      clean(text);
  });

  it('does not flag the presumption of innocence, a denial or a plain question', () => {
    clean('Everyone charged with a crime is presumed innocent until proven guilty.');
    clean('We are NOT saying the case is weak.');
    clean('When is his next court date?');
    clean('What is he charged with?');
  });

  it('does not flag strength, walking away or danger that is not about a case', () => {
    for (const text of [
      'Strong winds knocked down power lines on Oak Street.',
      'The strong smell of gasoline led officers to the garage.',
      'The victim is a strong swimmer and walked away from the crash.',
      'Our K-9 Rex is a solid member of the team.',
      'Missing: Tom Reed, 78, walked away from his home on Elm Street.',
      'He walked out of the store without paying, police said.',
      'Witnesses said the car was going fast.',
      'The flooded underpass is a danger to drivers, so we closed the road.',
      'Animal Services took the dog to the shelter.',
      'Sgt. Ruiz is a career firefighter who retires Friday.',
      "The county's long-term plan calls for a new jail.",
    ])
      clean(text);
  });

  it('does not flag the penalty a charge carries: "faces up to 10 years if convicted"', () => {
    clean('He faces up to 10 years in prison if convicted.');
  });

  it('does not flag "If convicted, he faces up to 10 years", the same fact', () => {
    clean('If convicted, he faces up to 10 years in prison.');
  });

  it('does not flag "a strong case for" a safety habit (no prosecution in it)', () => {
    clean('We have a strong case for wearing helmets on e-scooters.');
  });

  it("does not flag the DA's office deciding whether to charge: a neutral fact", () => {
    clean("The DA's office will decide whether to file charges.");
  });

  it('does not flag "nobody is predicting", a denial like "nobody is saying"', () => {
    clean("Nobody is predicting he'll walk free.");
  });

  it('does not flag a road called dangerous: "this" is not a defendant', () => {
    clean('This intersection is dangerous.');
  });

  it('does not flag an officer called "a career police officer"', () => {
    clean('He is a career police officer and a proud dad.');
  });

  it('does not crash or flag a lone emoji, only punctuation, or an empty text', () => {
    for (const text of ['', '💯', '!!!???', '\r\n\r\n', '—'.repeat(50)]) clean(text);
  });
});
