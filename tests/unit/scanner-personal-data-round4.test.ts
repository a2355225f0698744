import { describe, it } from 'vitest';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(personalDataScanner, 'III.B.3.c');

/**
 * Round four: a plate number set off beside the vehicle it is on ("a silver Camry, 7RQX219"),
 * not right after the word "plate". Sentences written for the family, none from a corpus.
 */
describe('personal data, round four: a plate beside its vehicle', () => {
  it('flags a plate set off by a comma, brackets, a dash or a colon', () => {
    flagged('One camera caught the plate on a silver Camry, 7RQX219, pulling away.', '7RQX219');
    flagged('Look out for a white Ford Transit van (6TRW441) seen near the school.', '6TRW441');
    flagged('The pickup — 8HJK221 — left northbound.', '8HJK221');
    flagged('They drove off in a blue Civic, ABC-1234.', 'ABC-1234');
    flagged('Witnesses saw a gray SUV with Texas plates: LMN 4421.', 'LMN 4421');
  });

  it('leaves models, highways, programme codes and a sentence with no vehicle', () => {
    clean('The suspect drove a 2019 Lexus RX350 toward I-95.');
    clean('Our new Tahoe patrol units arrive Monday (PPV2024).');
    clean('The K-9 unit, K9UNIT2, will be at the fair.');
    clean('Thanks for coming out, see form PD1042 for the details.');
    clean('Road closures on Elm (Phase 2B) start Monday.');
  });
});
