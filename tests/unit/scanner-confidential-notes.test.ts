import { describe, expect, it } from 'vitest';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { pastedNotes } from '../../src/shared/policy/scanners/records-notes';

const flagged = (text: string) => confidentialScanner.scan(text).map((f) => f.text);

describe('pasted dispatch and records-system notes (III.B.1.c)', () => {
  it('finds a dispatch line beside a marking, each reported on its own', () => {
    const text =
      'Avoid the area.\n\n14:02 DISP: RP adv male w/ possible rifle N side of bldg, units 2B14 2B22 enrt, FOUO\n\nParents: stay away.';
    expect(flagged(text)).toEqual([
      '14:02 DISP: RP adv male w/ possible rifle N side of bldg, units 2B14 2B22 enrt',
      'FOUO',
    ]);
  });

  it('finds a records note after the stamps that introduce it', () => {
    expect(
      flagged(
        'RMS NOTE – CJIS DATA – DO NOT DISTRIBUTE: subj has prior DV hx, 2 active protective orders, NCIC hit neg\n\nThanks.',
      ),
    ).toEqual([
      'CJIS',
      'DO NOT DISTRIBUTE',
      'subj has prior DV hx, 2 active protective orders, NCIC hit neg',
    ]);
  });

  it('ends a note quoted in a comment at its closing quote', () => {
    expect(
      flagged(
        'Here’s what my friend got: "Units staging Harmon/Vail, subj possibly armed". So is it safe?',
      ),
    ).toEqual(['Units staging Harmon/Vail, subj possibly armed']);
    expect(flagged("It says 'Subj hx of DV, 2 prior FI cards.' How is that ok??")).toEqual([
      'Subj hx of DV, 2 prior FI cards',
    ]);
  });

  it('finds a note that carries no stamp at all', () => {
    expect(
      flagged('Dispatch notes: caller adv neighbor yelling, subj left in blue veh NB on Main'),
    ).toEqual(['Dispatch notes: caller adv neighbor yelling, subj left in blue veh NB on Main']);
    expect(flagged('w/m 30s, red hoodie, LKA 400 blk Elm, wants & warrants pending')).toEqual([
      'w/m 30s, red hoodie, LKA 400 blk Elm, wants & warrants pending',
    ]);
  });

  it('says what it found and cites the section', () => {
    const [note] = confidentialScanner.scan('Subj hx of DV, 2 prior FI cards');
    expect(note?.section).toBe('III.B.1.c');
    expect(note?.message).toContain('Subj hx of DV, 2 prior FI cards');
    expect(note?.message).toContain('dispatch or records-system note');
  });

  it('points its offsets at the note', () => {
    const text = 'Update: all clear.\nsubj has prior DV hx, NCIC hit neg\nThanks!';
    const [note] = pastedNotes(text, []);
    expect(note && text.slice(note.start, note.end)).toBe('subj has prior DV hx, NCIC hit neg');
  });

  it.each([
    'Call our confidential tip line at (555) 555-0123.',
    'The incident is being reviewed by our Internal Affairs unit.',
    'Reports involving stolen firearms are time-sensitive — call right away.',
    'October is DV Awareness Month. Survivors can get protective orders at the courthouse; our DV unit can help.',
    'Multiple units are staging at the Kroger lot while SWAT clears the building.',
    'Heading out w/ the kids, 10-4 officer! Code 3 all the way lol',
    'How do NCIC and our CAD system work? A thread on records.',
    'Per the dispatch log, officers arrived in 4 minutes.',
    'Got a 4x4 truck for the flood rescues.',
    'Apt 2B14 was not involved.',
    'BOLO for a missing man driving a blue veh, last seen w/ his dog.',
  ])('leaves “%s” clean', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('reads subjects in the plural and a direction in a dispatcher’s letters (round nine)', () => {
    expect(
      flagged('Shooter possibly in rear yard, 2 subjs fled N on foot toward the creek.'),
    ).toEqual(['subjs fled N on foot toward the creek']);
    // Written out for the public, a direction is no shorthand.
    expect(flagged('Two people fled north on foot toward the creek.')).toEqual([]);
    expect(flagged('The driver fled N on Route 9 before we arrived.')).toEqual([]);
  });

  it('reads a call’s priority and the queue’s state in the screen’s capitals (round ten)', () => {
    expect(
      flagged('Saw this on the scanner app: 0312 PRIORITY 3 BURG RES – NO UNITS AVAIL – HOLD'),
    ).toEqual(['PRIORITY 3 BURG RES – NO UNITS AVAIL – HOLD']);
    // Said to the public, a priority is no note.
    expect(
      flagged('Your safety is our top priority 24/7. Officers are available to help.'),
    ).toEqual([]);
    expect(flagged('PRIORITY 1: keep the fire lanes clear during the parade.')).toEqual([]);
  });

  it('needs one word only a note carries, not only shorthand the public also writes', () => {
    // NCIC, DV, w/, bldg, protective orders: 2.5 of weight, but nothing only a note says.
    expect(flagged('NCIC explained: DV cases w/ protective orders, bldg security')).toEqual([]);
    expect(flagged('He wants NCIC, DV w/ bldg checks explained')).toEqual([]);
    // One word only a note says is not enough alone.
    expect(flagged('The subj line of the e-mail was blank.')).toEqual([]);
    expect(flagged('subj line blank, hx unknown')).toEqual(['subj line blank, hx unknown']);
  });

  // A stamp that opens its line stamps the rest of it (round thirteen): the finding is what to remove.
  it('keeps the markings as they were', () => {
    expect(flagged('INTERNAL USE ONLY: roster attached')).toEqual([
      'INTERNAL USE ONLY: roster attached',
    ]);
    expect(flagged('our confidential tip line')).toEqual([]);
    expect(flagged('CONFIDENTIAL: do not post')).toEqual(['CONFIDENTIAL: do not post']);
  });

  it('knows the short and plain forms of the sensitive-information caveats', () => {
    expect(flagged('Attached, LE SENSITIVE – photo array')).toEqual(['LE SENSITIVE']);
    expect(flagged('LE SENSITIVE – photo array attached')).toEqual([
      'LE SENSITIVE – photo array attached',
    ]);
    expect(flagged('Sensitive But Unclassified')).toEqual(['Sensitive But Unclassified']);
    // "le" is French too: the short form is a caveat only when stamped in capitals.
    expect(flagged('un café le sensitive matin')).toEqual([]);
  });
});
