import { describe, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round four: the families of commentary the blind ninth set wrote and no rule saw,
 * and the neutral facts that rules took for commentary. Every sentence is written for this test;
 * none is copied from a corpus.
 */

const { flagged, clean } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

describe('pending prosecution round 4: neutral facts stay clean', () => {
  it('keeps a sentencing date a court date', () => {
    clean('Ruiz pleaded guilty in March. His sentencing hearing is set for June 4.');
    clean('Sentencing date: July 9, before Judge Amos.');
    flagged(
      'He pleaded guilty. Sentencing will be a formality, he gets the max.',
      'Sentencing will',
    );
  });
  it('keeps a charging step expected of a prosecutor clean, not an outcome expected', () => {
    clean('We expect the prosecutor to add two more counts once the lab work is back.');
    clean('Detectives expect the DA to file charges against the second driver this week.');
    flagged('We fully expect prosecutors to seek the maximum.', 'expect prosecutors');
  });
  it('keeps the wanted-notice warning clean', () => {
    clean('Gates is wanted on an assault warrant. Consider him armed and dangerous; call 911.');
    clean('A warrant is out for her arrest. She should be considered dangerous, do not approach.');
    flagged('Charged with assault again. He is a dangerous man and always has been.', 'dangerous');
  });
  it('keeps work never done, and a court not yet seen, clean', () => {
    clean('Vance, charged with fraud, took the deposits and never came back to do the job.');
    clean('He was charged Friday. Folks, he hasn’t even been to court yet, let the process work.');
    clean('She has not seen a courtroom yet; her arraignment is Monday.');
    flagged('Trust me, this will never see a courtroom.', 'never see a courtroom');
    flagged('He will do the time for this one.', 'do the time');
  });
});
