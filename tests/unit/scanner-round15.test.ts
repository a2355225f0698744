import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round fifteen: what the blind twenty-fifth and twenty-sixth corpora wrote that the rules did
 * not read (each written here in other words), and the near misses each new rule must leave
 * alone. `rules` scans without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round fifteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags the doer named in answer: "X, that\'s who", "The arsonist? That\'s …", "we know who …: 15-year-old …"', () => {
    expect(
      guilt(
        'Who speeds through a school zone and then blames the crossing guard? Dale Pruitt, that’s who.',
      ),
    ).toContain('Dale Pruitt, that’s who');
    expect(guilt('The arsonist? That’s my landlord’s nephew Corey Vance.')).toContain(
      'The arsonist? That’s my landlord’s nephew Corey Vance',
    );
    expect(
      guilt(
        'Thanks to your calls, we know who wrecked the garden: 15-year-old Milo Hart of Pine St.',
      ),
    ).toContain('we know who wrecked the garden: 15-year-old Milo Hart');
  });

  it('flags a name-calling that carries the deed, the camera as witness, a saying that means guilty', () => {
    expect(guilt('Hope they lock up the scumbag who took her purse.')).toContain(
      'the scumbag who took her purse',
    );
    expect(guilt('Funny how the doorbell footage shows her breaking into the shed.')).toContain(
      'footage shows her breaking into',
    );
    expect(guilt('Innocent men don’t flee to another state.')).toContain('Innocent men don’t flee');
  });

  it('flags Spanish comments: "que fue …", "se lo llevó", the wrong one arrested', () => {
    expect(guilt('Aquí todos sabemos que fue Julián.')).toContain('que fue Julián');
    expect(guilt('Ella se lo llevó sin permiso de nadie.')).toContain('Ella se lo llevó');
    expect(guilt('Arrestaron al muchacho equivocado, mi primo estaba trabajando.')).toContain(
      'Arrestaron al muchacho equivocado',
    );
  });

  it('reads a crime in more words: people counted, porches cleaned out, a victim lured', () => {
    expect(
      guilt('Detectives say these are the three people who swindled the parish out of $80,000.'),
    ).toEqual(['who swindled the parish out of']);
    expect(guilt('Pretty sure that’s the guy who’s been cleaning out porches on Elm.')).toEqual([
      'who’s been cleaning out porches on Elm',
    ]);
    expect(guilt('He’s the one who lured that girl out to the quarry.')).toContain(
      'He’s the one who lured that girl out to the quarry',
    );
  });

  it('leaves alone a denial by "doesn\'t mean", a witness who saw who did it, a victim in apposition', () => {
    expect(guilt('Being wanted for questioning doesn’t mean he did it, folks.')).toEqual([]);
    expect(guilt('We believe she may have seen who did it, so please call.')).toEqual([]);
    expect(
      guilt(
        'The sister of Rosa Mendez, killed in a crash on Route 9 last spring, has set up a fund.',
      ),
    ).toEqual([]);
    expect(guilt('That doesn’t prove she stole anything.')).toEqual([]);
  });

  it('leaves alone the near misses: praise, game, a plain video, the innocent and a lineup', () => {
    expect(guilt('Who brightened up the bus stop? Ayla Brooks, that’s who! Thank you!')).toEqual(
      [],
    );
    expect(guilt('The video shows him walking his dog past the store at 9.')).toEqual([]);
    expect(guilt('Innocent people deserve a fair hearing, and so does he.')).toEqual([]);
    expect(guilt('The coward who was hurt in the fight is recovering.')).toEqual([]);
    expect(guilt('La policía fue a la escuela.')).toEqual([]);
    expect(guilt('The driver? That’s Officer Dana Lee from our traffic unit.')).toEqual([]);
    expect(guilt('Everyone knows who stole the show: Dana Ruiz!')).toEqual([]);
  });
});

describe('pending prosecution, round fifteen', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const charged = (remark: string) => `Jalen Moss was charged Tuesday. ${remark}`;

  it('flags a bet on the term, charges made to stick, no chance at trial, a witness recanting', () => {
    expect(pending(charged('I’d bet on the max, honestly.'))).toContain('bet on the max');
    expect(pending(charged('There is more than enough there to make it stick.'))).toContain(
      'enough there to make it stick',
    );
    expect(pending(charged('He didn’t have a prayer at trial.'))).toContain(
      'have a prayer at trial',
    );
    expect(pending(charged('Their key witness recanted last week.'))).toContain('witness recanted');
  });

  it('flags custody for good, evidence called damning, a quick release, the case and alibi judged', () => {
    expect(pending(charged('Cannot wait until he is locked up for good.'))).toContain(
      'locked up for good',
    );
    expect(pending(charged('The texts are damning.'))).toContain('are damning');
    expect(pending(charged('Watch, she walks in three months.'))).toContain(
      'she walks in three months',
    );
    expect(pending(charged('Their case is built on hearsay.'))).toContain(
      'case is built on hearsay',
    );
    expect(pending(charged('Nobody buys his bogus alibi.'))).toContain('bogus alibi');
  });

  it('flags evidence that proves it, charges called light, the defendant on video, a tampered tape', () => {
    expect(pending(charged('His timecard proves it.'))).toContain('timecard proves it');
    expect(pending(charged('The evidence is plain as day.'))).toContain('evidence is plain as day');
    expect(pending(charged('They should have gone for attempted murder.'))).toContain(
      'should have gone for attempted murder',
    );
    expect(pending(charged('The prosecutor has her on video.'))).toContain(
      'prosecutor has her on video',
    );
    expect(pending(charged('The bodycam clip they released was edited.'))).toContain(
      'clip they released was edited',
    );
    expect(pending(charged('Anything less than fifteen years is a joke.'))).toContain(
      'Anything less than fifteen years',
    );
  });

  it('reads a hearing as the case: "his hearing" before a forecast', () => {
    expect(
      pending('Her hearing’s next month and she’ll just get community service again.'),
    ).toContain('she’ll just get community service');
  });

  it('leaves alone the same words with no case, a trip away, a notice to jurors, the presumption', () => {
    expect(pending('The texts are damning, says my group chat about the bake-off.')).toEqual([]);
    expect(pending('Going away for the holidays? Ask for a free house check.')).toEqual([]);
    expect(pending('Jurors should park in the garage on Fifth Street.')).toEqual([]);
    expect(
      pending('He was charged Tuesday and is presumed innocent until the court says otherwise.'),
    ).toEqual([]);
    expect(pending('The public hearing on the new park is Monday.')).toEqual([]);
  });
});

describe('political, round fifteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('flags a measure named in a "Yes on …" call, and a measure whose passing is asked for', () => {
    expect(political('Yes on Measure Q means a second school officer.')).toContain(
      'Yes on Measure Q',
    );
    expect(political('Prop 9 is on your ballot. Let’s get it passed!')).toContain('get it passed');
  });

  it('flags a vote asked for, an official sent home or kept, a write-in, a slogan', () => {
    expect(political('Early voting opens Monday, so make sure he gets your vote.')).toContain(
      'he gets your vote',
    );
    expect(
      political('Election day is close: the Harbor Alliance slate has to go this November.'),
    ).toContain('has to go this November');
    expect(political('Help us put a tough-on-crime sheriff in office.')).toContain(
      'put a tough-on-crime sheriff in office',
    );
    expect(political('Write in Maya Sorensen for the open seat!')).toContain(
      'Write in Maya Sorensen',
    );
    expect(political('Keep Delgado as Mayor.')).toContain('Keep Delgado as Mayor');
    expect(political('The ballots are in the mail. Okafor in November!')).toContain(
      'Okafor in November!',
    );
    expect(political('Ward 2 deserves better than Councilwoman Price.')).toContain(
      'deserves better than Councilwoman Price',
    );
    expect(political('Vote early, then clean house on election day.')).toContain(
      'clean house on election day',
    );
  });

  it('leaves alone a contest, a holiday, a letter to the chief, a task passed', () => {
    expect(political('Make sure Biscuit gets your vote for cutest K-9 in the comments!')).toEqual(
      [],
    );
    expect(political('Food drive in November! Bring cans to the lobby.')).toEqual([]);
    expect(political('Write in to the Chief at pio@cityofexample.gov.')).toEqual([]);
    expect(political('Keep Example Safe rally Saturday: Main St closes at 9.')).toEqual([]);
    expect(
      political('Recruits, study hard and get it passed on the first try: the fitness test.'),
    ).toEqual([]);
  });
});

describe('juveniles, round fifteen', () => {
  const juveniles = (text: string) => rules(juvenileIdentityScanner, text);

  it('reads an ʻokina inside a name, a bare possessive apostrophe, "Name, the sophomore"', () => {
    expect(
      juveniles('We are searching for Leilani Kahaleʻole, 13, last seen near the pier.'),
    ).toContain('Leilani Kahaleʻole, 13');
    expect(
      juveniles('Officers say Tomas Reyes’ 11-year-old son was struck by a car on Oak St.'),
    ).toContain('Tomas Reyes’ 11-year-old');
    expect(
      juveniles('It was Aiden Marsh, the freshman. They found a knife in his locker.'),
    ).toContain('Aiden Marsh, the freshman');
  });

  it('reads an address as a unique description of a child named only by role', () => {
    expect(juveniles('The girl they detained lives at 88 Larkspur Ct, near the school.')).toContain(
      'girl they detained lives at 88 Larkspur Ct',
    );
    expect(juveniles('The kid who won the spelling bee lives at 22 Oak St.')).toEqual([]);
  });

  it('leaves alone a K-9 praised, a plate spelled out, a possessive of a thing', () => {
    expect(juveniles('K-9 Blitz tracked the suspect to a shed. Good boy, Blitz!')).toEqual([]);
    expect(
      juveniles('The stolen truck’s plate is seven-Bravo-Kilo-Lima-two. Call 911 if seen.'),
    ).toEqual([]);
    expect(juveniles('Ms. Daniels’ car was broken into; her 12 tomatoes were fine.')).toEqual([]);
  });
});
