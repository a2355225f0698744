import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round thirty-three: guilt or innocence in everyday idioms, as the blind eighty-first and
 * eighty-second sets wrote them (guilt-idioms.ts). Each claim sits beside a near miss in the same
 * words that must stay clean, and each near miss is held by one guard. Scanned without the
 * sentence model, so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('innocence said as people say it', () => {
  it('a double-negative denial beside the one who did it; not a stranger who asked the way', () => {
    expect(
      guilt(
        "Lance didn't siphon nothing. It was his brother-in-law Gary with the pump trailer, everybody on the lease knows that.",
      ),
    ).toContain("Lance didn't siphon nothing");
    expect(guilt("He didn't take nothing from me, he just asked for directions.")).toEqual([]);
    expect(
      guilt("He never took nobody's lunch, ha. It was an honor to serve with him, Sarge."),
    ).toEqual([]);
  });

  it('a deed not on someone beside an alibi; not a show that is not on a channel', () => {
    expect(
      guilt(
        'This one is not on Corinne. She wasn’t even in town that day, she was in Houston for her mom’s surgery.',
      ),
    ).toContain('This one is not on Corinne');
    expect(
      guilt('Stop blaming Dale for the fire: it’s not on him, he wasn’t even in town.'),
    ).toContain('it’s not on him');
    expect(guilt('We lost Saturday’s game 3-2. That’s not on him, he was at the dentist.')).toEqual(
      [],
    );
    expect(
      guilt(
        'Correction to the crash alert: the crash is on Harlan Ave. It is not on Harlan Street.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'The arson documentary everyone keeps asking about? It is not on Netflix. She wasn’t even in town when they filmed.',
      ),
    ).toEqual([]);
  });
});

describe('the culprit named as a hunch, a call or a reproach', () => {
  it('"Pretty sure it’s Lance" beside a theft; not the raffle’s winner', () => {
    expect(
      guilt('Pretty sure it’s Lance. He stole the diesel off the Dahl lease and sold it cheap.'),
    ).toContain('Pretty sure it’s Lance');
    expect(guilt('Pretty sure it’s Brandon who won the raffle.')).toEqual([]);
    expect(
      guilt('Somebody stole forty pots off the creek. Pretty sure it’s Mr. Haskins, again.'),
    ).toContain('Pretty sure it’s Mr. Haskins');
  });

  it('"That was Corinne’s call" beside a harm; not a bake sale’s good idea', () => {
    expect(
      guilt(
        'A six-year-old nearly drowned in that pool. One teenager on three lanes? That was Corinne’s call and nobody else’s.',
      ),
    ).toContain('That was Corinne’s call and nobody else’s');
    expect(
      guilt(
        'After the break-ins, we moved the meeting to the library. That was Ana’s call and a great one.',
      ),
    ).toEqual([]);
    expect(guilt('We moved the picnic indoors. That was Dale’s call.')).toEqual([]);
    expect(
      guilt('After the burglary, we moved the briefing indoors. That was Chief Harmon’s call.'),
    ).toEqual([]);
  });

  it('"It was Ronnie Mezick pulling them pots" beside a theft; not Grandpa driving the float', () => {
    expect(
      guilt(
        'Somebody stole forty crab pots off the creek. It was Ronnie Mezick pulling them, I watched him.',
      ),
    ).toContain('It was Ronnie Mezick pulling');
    expect(guilt('Great parade! It was Grandpa driving the float this year.')).toEqual([]);
    expect(
      guilt('After the burglary arrests, it was Officer Diaz driving the lead car in the parade.'),
    ).toEqual([]);
  });

  it('"Corinne, you did this" beside a harm; not a team thanked', () => {
    expect(
      guilt('A boy drowned in that pool while nobody watched. Corinne, you did this.'),
    ).toContain('Corinne, you did this');
    expect(guilt('Forty families fed this week. Marisol, you did this. Thank you!')).toEqual([]);
    expect(
      guilt('We raised $4,000 for the animal shelter after the break-in. Marisol, you did this!'),
    ).toEqual([]);
  });
});

describe('a wrong known, money taken, a deed done before', () => {
  it('"He knew for months" beside a wrong; not a street that has known', () => {
    expect(
      guilt(
        'The plant was cited twice for missing guards. He knew for months and kept the line running.',
      ),
    ).toContain('He knew for months');
    expect(
      guilt('He stole the pots. Everybody on Maple St has known for years.'),
    ).not.toContainEqual(expect.stringContaining('has known'));
    expect(
      guilt(
        'After ten years as a court clerk in the jail division, she knew all along she wanted to work in forensics.',
      ),
    ).toEqual([]);
  });

  it('money helped to, even by a coach; not a buffet', () => {
    expect(guilt('The coach helped himself to more than $41,000 from the booster fund.')).toContain(
      'helped himself to more than $41,000',
    );
    expect(guilt('Grandpa helped himself to the buffet twice.')).toEqual([]);
    expect(guilt('Grandpa helped himself to the tips, lol. He earned them.')).toEqual([]);
    expect(guilt('After the theft report, the sheriff helped himself to the cash bar.')).toEqual(
      [],
    );
  });

  it('old tricks and the same con beside a wrong; not a puppy stealing socks', () => {
    expect(
      guilt(
        'Three arrests for the diesel thefts already, and he was right back to his old tricks.',
      ),
    ).toContain('he was right back to his old tricks');
    expect(
      guilt('After the burglary our dog Biscuit is back to his old tricks, stealing socks!'),
    ).toEqual([]);
    expect(
      guilt(
        'Scam alert: the same caller is back to his old tricks, pretending to be a deputy and asking for bail money.',
      ),
    ).toEqual([]);
  });

  it('a story that fools nobody; not a haircut', () => {
    expect(guilt("Ray Ellison isn't fooling anyone with that self-defense story.")).toContain(
      "Ray Ellison isn't fooling anyone with that self-defense story",
    );
    expect(guilt("He isn't fooling anyone with that haircut, lol.")).toEqual([]);
    expect(guilt('He’s not fooling anybody with that alibi.')).toContain(
      'He’s not fooling anybody with that alibi',
    );
    expect(
      guilt(
        'K9 Bruno swears he was resting his eyes, but he isn’t fooling anyone with that excuse.',
      ),
    ).toEqual([]);
  });

  it('blood on someone’s hands; not a hunter’s', () => {
    expect(guilt("I don't care what the court says, that man has blood on his hands.")).toContain(
      'has blood on his hands',
    );
    expect(guilt('The hunter has blood on his hands after field-dressing the deer.')).toEqual([]);
    expect(
      guilt('That doctor has blood on his hands. Three of his patients overdosed in one month.'),
    ).toContain('has blood on his hands');
    expect(
      guilt('That man has blood on his hands. A surgeon tried for hours to save Rigo.'),
    ).toContain('has blood on his hands');
  });
});

describe('a benefit for one of our own is no campaign', () => {
  // With the sentence model, as the checklist runs: its reading of a call alone is set aside at a
  // benefit in a text that names no election; "Officer Ng … benefit walk" is in
  // scanner-political-round3.test.ts.
  const political = (text: string) => politicalScanner.scan(text).map((f) => f.text);

  it('keeps a call beside Memorial Day, which is no benefit', () => {
    expect(
      political(
        "he'll pay a fine and be pouring again by Memorial Day. This is Kasprzak's town. Boot him in November.",
      ),
    ).toContain('Boot him in November');
  });

  it('keeps a call where the text names an election, a benefit beside it or not', () => {
    expect(
      political('Boot him in November. The council vote was a joke. Vigil for Rigo Friday.'),
    ).toContain('Boot him in November');
  });
});
