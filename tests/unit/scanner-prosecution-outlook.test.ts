import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, the shapes of commentary on a pending prosecution that the first sentence rules
 * missed: forecasts of what the defendant, a jury, a judge or a lawyer will do; the prosecution's
 * hold on the defendant; evidence said to settle the case; a court's decision judged; the
 * defendant's record and future; a defence dismissed or dared. Every sentence here is written for
 * this test, none is copied from a corpus.
 */

const { flagged, clean, scan } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

describe('pending prosecution: forecasts of the defendant', () => {
  it('flags a return to custody or to the street forecast', () => {
    flagged("Give it a few weeks and she'll be back in handcuffs.", 'back in handcuffs');
    flagged("he'll be out on bond by the weekend, mark my words", 'out on bond by the');
    flagged('Hes gonna be home by Christmas lol', 'home by');
  });

  it('flags talking, lawyering or wriggling out of it', () => {
    flagged("She isn't lying her way out of this one.", 'lying her way out');
    flagged('his attorney is gonna get him off, just watch', 'get him off');
    flagged('NO WAY ANY OF THIS STICKS', 'STICKS');
  });

  it('flags demanded consequences and a claim judged', () => {
    flagged('Those two need to face serious consequences.', 'face serious consequences');
    flagged('Her alibi falls apart under any scrutiny.', 'falls apart');
    flagged('With texts like those, his defence does not stand a chance.', 'stand a chance');
  });

  it('keeps court dates, pleas and the penalty a charge carries clean', () => {
    clean('The trial will begin March 9 at the county courthouse.');
    clean('His attorney said he will plead not guilty at arraignment.');
    clean('If convicted, he could spend up to ten years in prison.');
    clean('He was sentenced Tuesday and will serve eight years.');
    clean('He is due back in court on June 3.');
  });

  it('keeps the department and everyday words clean', () => {
    clean('Deputies will be back on the streets with the toy drive Saturday.');
    clean('Glow sticks will be handed out at the gate.');
    clean('Thieves will not get away with much if your car is empty.');
    clean('Please get out of the car slowly if you are stopped.');
    clean('Measure B would pay for four new crossing guards.');
  });
});

describe('pending prosecution: the court and the lawyers forecast', () => {
  it('flags what a jury, judge, prosecutor or lawyer is forecast to do', () => {
    flagged('We doubt the jurors will take long on this one.', 'jurors will take long');
    flagged('Judge Morrow will go easy on her, like always.', 'Judge Morrow will go easy');
    flagged('Let us hope the judge hands him every year he can.', 'judge hands');
    flagged('the prosecutor is gonna fold and offer a deal, watch', 'prosecutor is gonna fold');
  });

  it('keeps scheduling clean, and a street named Court', () => {
    clean('A judge will set bail at a hearing on Friday.');
    clean('The jury will begin deliberating Monday morning.');
    clean('The DA will decide whether to file charges.');
    clean('The 200 block of Court Street will close at noon.');
  });
});

describe("pending prosecution: the case's evidence", () => {
  it("flags the prosecution's hold on the defendant", () => {
    flagged('Detectives have her dead to rights.', 'have her dead to rights');
    flagged('We got the whole thing on the bodycam.', 'got the whole thing on the bodycam');
    flagged('considering what they have on him', 'what they have on him');
    flagged('the cops have nothing but one grainy photo', 'have nothing but');
  });

  it('flags evidence said to settle the case', () => {
    flagged('The bodycam shows everything.', 'bodycam shows everything');
    flagged('The DNA results leave no doubt.', 'leave no doubt');
  });

  it('keeps custody and descriptions of video clean', () => {
    clean('We have him in custody and charges are pending.');
    clean('The video shows a man in a green jacket leaving the store.');
  });
});

describe('pending prosecution: decisions, record and defence', () => {
  it('flags a bond or release judged', () => {
    flagged('A $2,000 bond is nowhere near enough for someone with his record.', '$2,000');
    flagged('We are frustrated by the judge’s ruling.', 'frustrated', 'ruling');
    flagged('Let go again! Unbelievable.', 'Let go again');
    flagged('Got probation?? Ridiculous.', 'probation?? Ridiculous');
    flagged('Soft-on-crime judges keep doing this.', 'Soft-on-crime judges');
  });

  it('keeps the decision stated as fact clean', () => {
    clean('Bond was set at $2,000 and he was released Tuesday.');
    clean('Not enough volunteers signed up for the cleanup.');
  });

  it('flags the record and future as commentary', () => {
    flagged('Career thief, always will be.', 'Career thief');
    flagged("Men like him don't change.", "don't change");
    flagged('should never have been let out', 'never have been let out');
    flagged('that boy is heading down the wrong path', 'heading down the wrong path');
  });

  it('keeps "Roads are … dangerous" clean: a plural "are" is no named defendant', () => {
    clean('Bridges are icy and dangerous this morning.');
  });

  it('flags a defence dismissed only where there is a case', () => {
    flagged('His lawyer says the stop was illegal. Nice try.', 'Nice try');
    clean('Nice try, squirrel! The bird feeder is squirrel-proof.');
    flagged("Let's see his lawyer explain the fingerprints.", "Let's see his lawyer explain");
    clean('Good luck finding parking downtown on Saturday!');
  });

  it('points at the words of the finding', () => {
    const text = 'Charged Monday.\n\nThey have him dead to rights.';
    const finding = flagged(text, 'have him dead to rights');
    expect(finding.start).toBe(text.indexOf('They have'));
    expect(finding.text).toBe('They have him dead to rights');
  });
});

/*
 * Ten positives and ten near misses written after the rules above, before running them. On the
 * first run the rules got 5 of 10 positives and 10 of 10 near misses right; the five misses
 * ("mark my words" at the start, "the whole thing on camera", a bond judged across a question
 * mark, "never see the outside", "a long 20 years") led to the general shapes now in the rules.
 */
const INVENTED_POSITIVES = [
  "Mark my words, his rich daddy's lawyer gets him probation.",
  "They've got the whole thing on the store's cameras, he's done.",
  'This evidence is rock solid and the defense knows it.',
  'bail for a guy with 3 DUIs? too low by a mile',
  "Zero chance this one goes to trial, she'll cop a plea.",
  "she'll never see the outside again and good",
  "A judge who keeps releasing this guy is part of the problem, he's a menace.",
  "He shouldn't have been on the street in the first place.",
  'Gonna be a long 20 years for you buddy',
  'the DA is going to bury him at trial',
];
const INVENTED_NEAR_MISSES = [
  'Morales remains in the county jail on a $100,000 bond.',
  'A preliminary hearing has been set for April 2 at 9 a.m.',
  'The district attorney will review the evidence before deciding on charges.',
  'Webb pleaded not guilty at his arraignment Thursday.',
  'Manslaughter carries a sentence of up to 15 years in this state.',
  'The charges against her were dismissed in January.',
  'Our volunteers will be back at the farmers market this Saturday.',
  'Doorbell cameras help us solve cases, so register yours with us.',
  "Good luck to all the runners in Sunday's 5K!",
  'The jury was selected Monday and opening statements start today.',
];

describe('pending prosecution: ten invented positives and ten near misses', () => {
  it.each(INVENTED_POSITIVES)('flags: %s', (text) => {
    expect(scan(text).length).toBeGreaterThan(0);
  });
  it.each(INVENTED_NEAR_MISSES)('keeps clean: %s', (text) => {
    clean(text);
  });
});
