import { describe, expect, it } from 'vitest';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { obscenityScanner } from '../../src/shared/policy/scanners/obscenity';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';
import { scannerExpectations } from './scanner-expectations';

describe('confidential, round three: a lower-case caveat beside a stamp', () => {
  const found = (text: string) => confidentialScanner.scan(text).map((f) => f.text);
  it('flags a lower-case caveat on the line of a stamped marking', () => {
    expect(found('[RMS paste – CJIS data, do not disseminate: plate 4KX…]')).toContain(
      'do not disseminate',
    );
    // (since round twenty-two the caveat's span takes in whom it keeps out)
    expect(found('FOUO, do not forward outside the unit')).toContain(
      'do not forward outside the unit',
    );
  });
  it('leaves a lower-case caveat alone, or a line away from the stamp', () => {
    expect(found('Please do not share your PIN with anyone who calls you.')).toEqual([]);
    expect(found('CJIS audit passed this year.\nAnd please do not share your passwords.')).toEqual([
      'CJIS',
    ]);
  });
});

describe('obscenity, round three: letters with points between them', () => {
  const { flagged, clean } = scannerExpectations(obscenityScanner, 'III.B.1.a');
  it('flags a dotted spelling with or without the last point', () => {
    flagged('somebody painted "F.U.C.K 12" on the wall', 'F.U.C.K');
    flagged('S.H.I.T happens on that corner', 'S.H.I.T');
    flagged('F.U.C.K. this', 'F.U.C.K.');
  });
  it('leaves initials and abbreviations', () => {
    clean('The U.S.A. team and the P.T.A meet at the Y.M.C.A tonight.');
  });
});

describe('personal data, round three: a public street address', () => {
  const { flagged, clean } = scannerExpectations(personalDataScanner, 'III.B.3.c');
  it('leaves a public yard or a street named for public buildings', () => {
    clean('City Public Works Yard, 1 Municipal Way');
    clean('Drop-off at 100 Civic Center Dr, 9 a.m. to noon.');
  });
  it('still flags a private address', () => {
    flagged('He lives at 412 Oak Street with his mother.', '412 Oak Street');
  });
  it('still flags a home beside a yard, a works or a street people live on', () => {
    flagged('The dog was found in the back yard of 1234 Maple Dr last night.', '1234 Maple Dr');
    flagged('She works nights and lives at 88 Birch Ln.', '88 Birch Ln');
    flagged('The suspect lives at 17 Justice Ln in Riverside.', '17 Justice Ln');
    flagged('His house is 230 Government Way, the blue one.', '230 Government Way');
  });
});
