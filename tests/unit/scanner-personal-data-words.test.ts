import { describe, expect, it } from 'vitest';
import type { ScanContext } from '../../src/shared/policy/finding';
import { readSpelledValue } from '../../src/shared/policy/language/spelled-values';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';

const DEPARTMENT: ScanContext = {
  department: {
    phones: ['911', '(555) 555-0100', '(555) 555-0123'],
    emails: ['pio@cityofexample.gov'],
    websites: ['https://www.cityofexample.gov/police'],
  },
};

const flagged = (text: string, context: ScanContext = DEPARTMENT) =>
  personalDataScanner.scan(text, context).map((f) => f.text);

describe('identifiers introduced in words (III.B.3.c)', () => {
  it.each([
    ['Her plate is K-L-M four four two and she speeds past the school.', 'K-L-M four four two'],
    ['A witness told us the plate started with P-X-R two seven. Call us.', 'P-X-R two seven'],
    ['The van had a plate starting 7KX, last seen on Elm.', '7KX'],
    [
      'Plate is T as in Tom, R, F, eight eight one. Please send someone',
      'T as in Tom, R, F, eight eight one',
    ],
    ['His licence number ending 4471 was on the ticket.', '4471'],
    ['the plate is Kilo Lima Mike four four two', 'Kilo Lima Mike four four two'],
    ['The truck had tag 7kpd219 on it.', '7kpd219'],
    ['Silver Camry, Plate: ABC 1234, circling the school.', 'ABC 1234'],
    ['the licence plate was KLM 4 4 2 I believe', 'KLM 4 4 2'],
    ['Her plate is K. L. M. 4 4 2 and she parks there.', 'K. L. M. 4 4 2'],
    ['Plate reading “KLM 442” was seen.', 'KLM 442'],
    ['Her license ends in 4471.', '4471'],
    ['registration number 7KX442 on the trailer', '7KX442'],
    [
      'Her social is five two nine, four oh, one one eight seven.',
      'five two nine, four oh, one one eight seven',
    ],
    ['text me at 555 0177 tonight', '555 0177'],
  ])('finds the value in “%s”', (text, value) => {
    expect(flagged(text)).toEqual([value]);
  });

  it('reports a case number with its label, as the corpus labels it', () => {
    expect(flagged('Filed online, case number twenty-six dash oh four one. Any news?')).toEqual([
      'case number twenty-six dash oh four one',
    ]);
    expect(
      flagged('Mention report no. twenty-six dash oh three nine one two when you call.'),
    ).toEqual(['report no. twenty-six dash oh three nine one two']);
  });

  it('says what kind of identifier it found and cites the section', () => {
    const [plate] = personalDataScanner.scan('Her plate is K-L-M four four two.', DEPARTMENT);
    expect(plate?.message).toContain('licence-plate');
    expect(plate?.section).toBe('III.B.3.c');
    const [caseNumber] = personalDataScanner.scan('case number twenty-six dash oh four one');
    expect(caseNumber?.message).toContain('case or report number');
  });

  it('points its offsets at the value', () => {
    const text = 'Same car every night. Plate is T as in Tom, R, F, eight eight one. Send someone.';
    const [finding] = personalDataScanner.scan(text, DEPARTMENT);
    expect(finding && text.slice(finding.start, finding.end)).toBe(
      'T as in Tom, R, F, eight eight one',
    );
  });

  it('stops the value where the sentence or the value ends', () => {
    expect(flagged('The plate was 8BXK-119 I think')).toEqual(['8BXK-119']);
    expect(flagged('Her plate is K-L-M four four two. Five officers came.')).toEqual([
      'K-L-M four four two',
    ]);
  });

  it('finds a private phone number said in words, never the department’s own line', () => {
    expect(flagged('Her number is five five five, oh one seven seven, call her.')).toEqual([
      'five five five, oh one seven seven',
    ]);
    expect(flagged('Our number is five five five, five five five, oh one hundred.')).toEqual([]);
    expect(flagged('Call me at five five five, five five five, oh one two three.')).toEqual([]);
    // Without the department's lines the same digits are someone's number.
    expect(flagged('Call me at five five five, five five five, oh one two three.', {})).toEqual([
      'five five five, five five five, oh one two three',
    ]);
  });

  it.each([
    'Plates are $15, and the smokehouse donates 20%.',
    '$25 a plate and every dollar goes to the fund.',
    'Among the tags: “F*CK THE PIGS” in red letters.',
    'Officers saw a sedan with temporary paper tags in the area around 2 p.m.',
    'You will get a report number by email within one business day.',
    'Our plate readers check plates against lists of stolen cars.',
    'Tag a friend who needs this reminder!',
    'Tag 3 friends and share.',
    'Case number one priority is safety.',
    'It was number 7 on the list and number 12 after.',
    'the case number format is 26-XXXXX',
    'I saw the plate, it was a Texas one.',
    'a dark SUV with no front plate and damage to the mirror',
    'My driver’s license expires in 2027.',
    'Bring your driver license and 2 forms of ID.',
    'Plates, 2024 models only',
    'Bring your license and 2 forms of ID.',
    'Follow us on social media in 2026.',
    'Registration is free for 2026.',
    'Call me at 5 pm.',
    'I will call him at 10 30 tonight.',
    'Sentinel is installing cameras, call them at five five five oh one seven seven.',
  ])('leaves “%s” clean', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('needs more than one or two symbols unless the words say only part is given', () => {
    expect(flagged('The plate is K-L.')).toEqual([]);
    expect(flagged('The plate ends in K-L-M.')).toEqual(['K-L-M']);
    expect(flagged('The plate is K-L-M.')).toEqual([]);
  });

  it('is off when only the phrase rules run', () => {
    expect(flagged('Her plate is K-L-M four four two.', { phraseRulesOnly: true })).toEqual([]);
  });
});

describe('places and lines that are not a private person’s', () => {
  it('a police substation’s address is a public building', () => {
    expect(
      flagged('Bring proof of ownership to the Eastside Substation, 1840 Pike Street, Monday.'),
    ).toEqual([]);
    expect(flagged('The substation at 2215 Lamar Blvd will house 28 officers.')).toEqual([]);
    expect(flagged('The owner at 2215 Lamar Blvd will be notified.')).toEqual(['2215 Lamar Blvd']);
  });

  it('an address that names a case ("the 2024 Harbor Street homicide") is not a home', () => {
    expect(flagged('The trial in the 2024 Harbor Street homicide begins Monday.')).toEqual([]);
    expect(flagged('Shots were fired at 2024 Harbor Street on Monday.')).toEqual([
      '2024 Harbor Street',
    ]);
  });

  it('a business’s line ("call them at", "call the shop at") is not a private number', () => {
    expect(
      flagged('Sentinel Smart Home is installing cameras — call them at (555) 555-0191 to book.'),
    ).toEqual([]);
    expect(flagged('Call the shop at 555-0191 for hours.')).toEqual([]);
    expect(flagged('If you see him, call his sister at (555) 555-0191.')).toEqual([
      '(555) 555-0191',
    ]);
  });
});

describe('reading a spelled value', () => {
  it('turns spoken digits into the number dialled', () => {
    const text = 'twenty-six dash oh four one';
    expect(readSpelledValue(text, 0, text.length)).toMatchObject({
      digitString: '26041',
      dashed: true,
      spoken: true,
      end: text.length,
    });
    const hundred = 'five five five oh one hundred';
    expect(readSpelledValue(hundred, 0, hundred.length)?.digitString).toBe('5550100');
  });

  it('counts an “I” or an “A” only when more of the value follows it', () => {
    const text = '8BXK-119 I think';
    expect(readSpelledValue(text, 0, text.length)?.end).toBe('8BXK-119'.length);
    const letters = 'A B C 1 2 3';
    expect(readSpelledValue(letters, 0, letters.length)).toMatchObject({ letters: 3, digits: 3 });
  });

  it('reads nothing where no value starts', () => {
    expect(readSpelledValue('the area', 0, 8)).toBeUndefined();
  });
});

describe('identifiers given in parts, in the radio alphabet, or as record abbreviations', () => {
  it('flags a partial plate whose end is said apart ("K-W-N, ending in 48")', () => {
    expect(flagged('A witness caught a partial plate: K-W-N, ending in 48.')).toEqual([
      'K-W-N, ending in 48',
    ]);
    expect(flagged('We only got part of the plate: R-T-X, ends with 9.')).toEqual([
      'R-T-X, ends with 9',
    ]);
    expect(flagged('Witnesses got a partial plate, K-W-N, on a blue sedan.')).toEqual(['K-W-N']);
    expect(flagged('They saw the first three letters of the plate: K-W-N.')).toEqual(['K-W-N']);
    // Three letters alone, not said to be partial, are too little to identify a car.
    expect(flagged('The plate: K-W-N.')).toEqual([]);
  });

  it('reads "X-ray" as the radio alphabet\'s X', () => {
    expect(flagged('had a plate starting with Bravo X-ray Tango six one, silver F-150')).toEqual([
      'Bravo X-ray Tango six one',
    ]);
  });

  it('flags a dispatch incident number written "INC 26-031877"', () => {
    expect(flagged('this is what came across: "INC 26-031877 / R/P ADV SUBJ"')).toEqual([
      'INC 26-031877',
    ]);
  });

  it("does not take a motorcycle's model year and make for a house number", () => {
    expect(flagged('Sgt. Diaz is selling his 2015 Harley Road King, garage kept.')).toEqual([]);
    expect(flagged('For sale: a 2009 Ford Ranger Drive train rebuilt.')).toEqual([]);
    expect(flagged('He lives at 2015 Maple Road and parks on the lawn.')).toEqual([
      '2015 Maple Road',
    ]);
  });
});
