import { describe, expect, it } from 'vitest';
import type { ScanContext } from '../../src/shared/policy/finding';
import { obscenityScanner } from '../../src/shared/policy/scanners/obscenity';

const flagged = (text: string, context: ScanContext = {}) =>
  obscenityScanner.scan(text, context).map((f) => f.text);

const withPlaces = (...placeNames: string[]): ScanContext => ({
  department: { phones: [], emails: [], websites: [], placeNames },
});

describe('the department’s place-name list', () => {
  it('keeps a listed street from being flagged, in any case, as a whole phrase', () => {
    expect(flagged('Water main break: hooker ave is closed')).toEqual(['hooker']);
    expect(flagged('Water main break: hooker ave is closed', withPlaces('Hooker Ave'))).toEqual([]);
    expect(flagged('ROAD CLOSED: HOOKER AVE', withPlaces('Hooker Ave'))).toEqual([]);
  });

  it('matches whole words only: a listed phrase does not cover the same word elsewhere', () => {
    expect(flagged('some hooker was on the corner', withPlaces('Hooker Ave'))).toEqual(['hooker']);
  });

  it('still flags a one-word listed name written all in lower case (an insult, not a name)', () => {
    expect(flagged('Crash reported in Cumming.', withPlaces('Cumming'))).toEqual([]);
    expect(flagged('you hooker', withPlaces('Hooker'))).toEqual(['hooker']);
    expect(flagged('Hooker won again', withPlaces('Hooker'))).toEqual([]);
  });

  it('takes a listed street’s own name, capitalised, as the street ("Hooker and 5th")', () => {
    const text = 'Hooker and 5th is closed until noon.';
    expect(flagged(text)).toEqual(['Hooker']);
    expect(flagged(text, withPlaces('Hooker Avenue'))).toEqual([]);
  });

  it('still flags a real obscenity beside a listed name', () => {
    const text = 'hooker ave is full of sh*t again';
    const findings = obscenityScanner.scan(text, withPlaces('Hooker Ave'));
    expect(findings.map((f) => f.text)).toEqual(['sh*t']);
    expect(text.slice(findings[0]?.start, findings[0]?.end)).toBe('sh*t');
  });
});

describe('capitalised names in name and address positions', () => {
  it('after a title (Sgt., Deputy, Officer, Mr., Judge, Coach)', () => {
    expect(flagged('Thanks to that Hooker for the help')).toEqual(['Hooker']);
    for (const title of ['Sgt.', 'Deputy', 'Officer', 'Mr.', 'Judge', 'Coach', 'Ofc.']) {
      expect(flagged(`Thanks to ${title} Hooker for the help`)).toEqual([]);
    }
    expect(flagged('Officer Hancock and Sgt. Cumming were great')).toEqual([]);
  });

  it('beside a given name, but not beside an adjective or interjection', () => {
    expect(flagged('I spoke with Ana Hooker today.')).toEqual([]);
    expect(flagged('I spoke with a Hooker today.')).toEqual(['Hooker']);
    expect(flagged('Holy Shit that was close')).toEqual(['Shit']);
    expect(flagged('What a Stupid Bitch.')).toEqual(['Bitch']);
    // No word list holds every adjective: read in lower case, "miserable" is one, "ana" a noun.
    expect(flagged('What a Miserable Bitch.')).toEqual(['Bitch']);
    expect(flagged('Such a Nasty Bitch.')).toEqual(['Bitch']);
  });

  it('before a family name or a business word', () => {
    expect(flagged('Thanks to Hooker Johnson for the ride')).toEqual([]);
    expect(flagged('Thanks to Hooker today')).toEqual(['Hooker']);
    expect(flagged("Free gun locks at Dick's Sporting Goods on Saturday")).toEqual([]);
  });

  it('before a street or place word (St, Ave, Creek, Park, Hardware, Auditorium)', () => {
    for (const place of ['Ave', 'St', 'Creek', 'Park', 'Hardware', 'Auditorium', 'Lane']) {
      expect(flagged(`The Hooker ${place} crossing is closed.`)).toEqual([]);
    }
    expect(flagged('The Hooker was closed.')).toEqual(['Hooker']);
    expect(flagged('The Hooker store was closed.')).toEqual(['Hooker']);
  });

  it('after "block of" and after in/at/on/near/from, and after a house number', () => {
    expect(flagged('Last seen in the 300 block of Hooker, heading north')).toEqual([]);
    expect(flagged('The worst of Hooker, heading north')).toEqual(['Hooker']);
    expect(flagged('Crash near Hooker this morning')).toEqual([]);
    expect(flagged('Crash by Hooker this morning')).toEqual(['Hooker']);
    expect(flagged('Drop-off at Walgreens, 4500 Hooker.')).toEqual([]);
  });

  it('after "and" beside a name in a name position ("Officers Kuntz and Hooker")', () => {
    expect(flagged('Congrats to Officers Kuntz and Hooker!')).toEqual([]);
    expect(flagged('We thank Kuntz and Hooker.')).toEqual(['Hooker']);
  });

  it('a rude part inside a capitalised name after other letters ("Dikshit"), not "Bullshit"', () => {
    expect(flagged('Dikshit was great with my mom.')).toEqual([]);
    expect(flagged('Bullshit, all of it.')).toEqual(['Bullshit']);
  });

  it('a name seen once in a name position is a name everywhere else in the text', () => {
    expect(flagged('Hooker residents should detour.')).toEqual(['Hooker']);
    expect(flagged('Hooker Ave is closed. Hooker residents should detour.')).toEqual([]);
    // Only the capitalised word: the same word in lower case is still the insult.
    expect(flagged('Hooker Ave is closed. Some hooker yelled at us.')).toEqual(['hooker']);
  });
});

describe('real obscenities beside names are still flagged', () => {
  it('flags the obscenity and points at its words', () => {
    const text = 'Hooker Ave is full of sh*t';
    const findings = obscenityScanner.scan(text);
    expect(findings.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([['sh*t', 'sh*t']]);
    expect(findings[0]?.section).toBe('III.B.1.a');
  });

  it('flags the f-word before a name, and never takes a lower-case or masked word for a name', () => {
    expect(flagged('that f***ing Dikshit again')).toEqual(['f***ing']);
    expect(flagged('Sgt. Cumming called me a dumb b*tch')).toEqual(['b*tch']);
    expect(flagged('on hooker ave again')).toEqual(['hooker']);
    expect(flagged('Somebody tagged "F*CK 12" on the Hooker Ave underpass')).toEqual(['F*CK']);
  });

  it('keeps the phrase-rules-only baseline as it was (the benchmark compares against it)', () => {
    expect(flagged('I spoke with Ana Hooker today.', { phraseRulesOnly: true })).toEqual([
      'Hooker',
    ]);
  });
});
