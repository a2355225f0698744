import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c: "Employees will not make statements about the guilt or innocence of any suspect or
 * arrestee". Issue 13's rule: a specific suspect, arrestee or named person as the subject, with a
 * predicate that asserts culpability or innocence (is responsible, did it, the one who, is
 * innocent), not the neutral "was arrested / is charged with / is suspected of".
 * Cases are written from those words; `it.fails` marks what a user would expect that the rule
 * does not yet do (the reason is in the test's name).
 */

const { flagged, clean } = scannerExpectations(guiltOrInnocenceScanner, 'III.B.1.c');

describe('guilt or innocence: a specific person said to have done it', () => {
  it('flags a named person called the one responsible (issue 13)', () => {
    flagged(
      'Everyone knows Marcus Hale is the one responsible for the break-ins on Elm Street.',
      'Marcus Hale',
      'is the one responsible',
    );
    expect(flagged('Marcus Hale is the one responsible.', 'Marcus Hale').text).toBe(
      'Marcus Hale is the one responsible',
    );
  });

  it('flags "did it" said of a name or a pronoun', () => {
    expect(flagged('Daniel Ortiz did it, plain and simple.', 'Daniel Ortiz').text).toBe(
      'Daniel Ortiz did it',
    );
    flagged('He did it and he knows it.', 'He did it');
  });

  it('flags a crime verb done by a named person, a pronoun or a described person', () => {
    flagged('Travis Boone robbed the Circle K on Friday night.', 'Travis Boone robbed');
    flagged('She stole the car from the Walmart lot.', 'She stole the car');
    flagged('The woman in the red hoodie stole the purse.', 'The woman in the red hoodie stole');
    flagged('Marcus Hale stole a car, robbed a bank, and shot a guard.', 'Marcus Hale stole');
  });

  it('flags a person called by the crime, or the one who did it', () => {
    flagged('Kyle Dunn is our porch pirate.', 'Kyle Dunn', 'porch pirate');
    flagged('Marcus Hale was the one who broke into the cars.', 'Marcus Hale', 'broke into');
    flagged("She's the one who shot him.", "She's the one who");
  });

  it('flags guilt or innocence stated outright, including "not guilty" as a claim', () => {
    flagged('The arrestee is guilty.', 'The arrestee is guilty');
    flagged('The arrestee, Jordan Pike, is definitely guilty.', 'Jordan Pike', 'guilty');
    flagged('Jenna Marsh is innocent and will be cleared.', 'Jenna Marsh is innocent');
    flagged("They're innocent.", "They're innocent");
    flagged("Let's be clear: Marcus Hale is innocent.", 'Marcus Hale is innocent');
    flagged('Marcus Hale is not guilty.', 'Marcus Hale is not guilty');
    flagged('The man we arrested had nothing to do with the shooting.', 'nothing to do with');
  });

  it('flags a culpable state past an aside between commas', () => {
    expect(
      flagged('The driver, arrested at the scene, was drunk.', 'The driver', 'was drunk').text,
    ).toBe('The driver, arrested at the scene, was drunk');
    flagged('Dana Pike was definitely drunk behind the wheel.', 'Dana Pike was definitely drunk');
  });

  it('flags a relative clause of a crime about a known person', () => {
    flagged('The teens who vandalized the park were arrested Tuesday.', 'who vandalized the park');
    flagged('We arrested Marcus Hale, who robbed the Circle K on Friday.', 'who robbed');
    flagged('That’s the guy who stole my catalytic converter.', 'guy who stole');
  });

  it('flags a person caught in the act', () => {
    flagged('We caught him on camera breaking into the shed.', 'caught him on camera');
    flagged('Our cameras caught Hale breaking into the shed.', 'caught Hale breaking');
  });

  it('points at the words through emoji, accents, CRLF and earlier paragraphs', () => {
    const text = '🚨 UPDATE 🚨\r\n\r\nJosé Núñez robbed the store on 5th 😡\r\nMore to come.';
    const finding = flagged(text, 'José Núñez robbed the store');
    expect(finding.start).toBe(text.indexOf('José'));
    expect(text.slice(finding.start, finding.end)).toMatch(/^José Núñez robbed the store/);
    expect(finding.text).not.toMatch(/[\r\n]/);
  });

  it('flags a suspect called "the one responsible" as the object of an arrest (issue 13)', () => {
    flagged(
      'Police have arrested the one responsible for the string of car break-ins.',
      'the one responsible',
    );
  });

  it('flags "the suspect" as the subject of "is the one responsible"', () => {
    flagged('The suspect is the one responsible for the fire.', 'The suspect', 'one responsible');
  });

  it('flags a name followed by an appositive before "is the one responsible"', () => {
    flagged(
      'The suspect, Marcus Hale, is the one responsible for the burglaries.',
      'Marcus Hale',
      'one responsible',
    );
  });

  it('flags an appositive that calls the arrestee "the one responsible"', () => {
    flagged('Marcus Hale, the one responsible, was arrested Tuesday.', 'the one responsible');
  });

  it('flags a lone surname that opens the sentence as the subject', () => {
    flagged('Hale is the one responsible.', 'Hale');
  });

  it('flags a lone surname that opens the sentence before a crime verb', () => {
    flagged('Ortiz robbed the store on Friday.', 'Ortiz robbed');
  });

  it('ends a finding on a whole word, not inside "break-ins"', () => {
    flagged(
      'Everyone knows Marcus Hale is the one responsible for the break-ins on Elm Street.',
      'Marcus Hale',
      'break-ins',
    );
  });
});

describe('guilt or innocence: what stays clean', () => {
  it('does not flag the neutral frame: arrested, charged with, suspected of, accused of', () => {
    for (const text of [
      'Ryan Cole was arrested Tuesday.',
      'Ryan Cole is charged with burglary.',
      'Ryan Cole is suspected of the robbery.',
      'He is suspected of stealing two bikes.',
      'She was charged with assault and released on bond.',
      'He is accused of robbing the store.',
      'He was booked into the county jail on charges of robbery.',
      'The suspect fled on foot toward Oak Park.',
      'Hale pleaded not guilty.',
    ])
      clean(text);
  });

  it('does not flag a denial or a supposition', () => {
    for (const text of [
      'We are NOT saying he did it.',
      'Nobody is saying he did it.',
      'Nobody here is claiming Marcus Hale is the one responsible.',
      'If he did it, the court will decide.',
      'Whether she stole the car is for the court to decide.',
    ])
      clean(text);
  });

  it('does not flag a question', () => {
    for (const text of [
      'Did he do it?',
      'Is Marcus Hale the one responsible?',
      'Did Marcus Hale rob the store?',
      'Who robbed the store on Elm Street?',
    ])
      clean(text);
  });

  it('does not flag the presumption of innocence', () => {
    for (const text of [
      'Everyone is presumed innocent until proven guilty in a court of law.',
      'All suspects are presumed innocent until proven guilty.',
      'Marcus Hale is presumed innocent until proven guilty.',
    ])
      clean(text);
  });

  it('does not flag court dates', () => {
    clean('His court date is March 4.');
    clean("Marcus Hale's next court date is March 4 at the county courthouse.");
  });

  it('does not flag officers as the subject', () => {
    for (const text of [
      'Officers shot the suspect after he pointed a gun at them.',
      'Officer Diaz shot the suspect during the struggle.',
      'Officers arrested a man on Main Street.',
      'Deputies arrested him after a short chase.',
      'Detectives caught a break in the case.',
      'Officer Diaz was the one who found him.',
    ])
      clean(text);
  });

  it('does not flag a victim in the passive', () => {
    for (const text of [
      'Rashad Kemp was robbed at gunpoint on Friday.',
      'The victim was robbed at gunpoint outside the store.',
      'A woman was stabbed near the park.',
      'The store was robbed Friday night.',
      'Kemp, the victim, was shot in the leg.',
    ])
      clean(text);
  });

  it('does not flag an appeal for someone unknown', () => {
    for (const text of [
      'We are looking for a man who robbed the Circle K.',
      'Anyone who saw the driver is asked to call us.',
      'Police say a man robbed the store.',
    ])
      clean(text);
  });

  it('does not flag "the same person" no one has identified as responsible', () => {
    clean('Investigators believe the same person is responsible for all three burglaries.');
  });

  // The corpora's labelling rule (tests/corpus/README.md): "the thief who broke into…" states who
  // did it even in an appeal, so an appeal is flagged and a person justifies or rewords it ("a
  // man suspected in the robbery"). Blind development writers mostly left such appeals clean (17
  // of 18); leaving them was tried in rounds eight and nine and reverted both times, because
  // III.B.1.c covers "any suspect", named or not.
  it('flags an appeal that says who did it: "the driver who hit", "the man who robbed"', () => {
    flagged('Help us find the driver who hit a cyclist on Oak Street Friday night.', 'who hit');
    flagged('Have you seen the man who robbed the store?', 'who robbed');
    flagged('We are looking for the people who broke into cars on Elm Street.', 'who broke');
  });

  it('does not flag "allegedly", the hedged form of "is suspected of"', () => {
    clean('Jenna Marsh allegedly stole the car.');
  });

  it('does not crash or flag a lone emoji, only punctuation, or an empty text', () => {
    for (const text of ['', '😡', '!!!???', '\r\n\r\n', '—'.repeat(50)]) clean(text);
  });
});
