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

  it('reads a crime in more words: people counted, a victim lured', () => {
    expect(
      guilt('Detectives say these are the three people who swindled the parish out of $80,000.'),
    ).toEqual(['who swindled the parish out of']);
    expect(guilt('He’s the one who lured that girl out to the quarry.')).toContain(
      'lured that girl',
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
    expect(pending(charged('His bodycam clip they released was edited.'))).toContain(
      'His bodycam clip they released was edited',
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
      'Help us put a tough-on-crime sheriff in office',
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

describe('false alarms named by round thirteen’s review, mended in round fifteen', () => {
  it('leaves alone a recruit called the only candidate, and young people credited for a work', () => {
    expect(
      rules(
        politicalScanner,
        'Officer Ng is the only candidate in this academy class with a perfect fitness score.',
      ),
    ).toEqual([]);
    expect(
      rules(
        politicalScanner,
        'Early voting is open: Ng is the only candidate in this race who gets it.',
      ),
    ).toContain('Ng is the only candidate in this race');
    expect(
      rules(
        guiltOrInnocenceScanner,
        'The teens responsible for the mural on Fifth Street will be honored Tuesday.',
      ),
    ).toEqual([]);
    expect(
      rules(
        guiltOrInnocenceScanner,
        'Police arrested the three teens responsible for the break-ins.',
      ),
    ).toContain('the three teens responsible for');
  });
});

describe('round fifteen, as a reviewer read it', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const political = (text: string) => rules(politicalScanner, text);

  it('leaves alone a doer named who is an officer, an animal, a parade driver or a good deed', () => {
    expect(guilt('We know who organized it: Officer Dana Ruiz.')).toEqual([]);
    expect(guilt('We all know who cleaned the park: 16-year-old Tyler Brandt.')).toEqual([]);
    expect(guilt('The culprit? That’s our very own Sgt. Mike Ruiz.')).toEqual([]);
    expect(guilt('The culprit? That’s our K-9 Rocco, who ate the cake.')).toEqual([]);
    expect(guilt('The thief? It was a raccoon named Bandit.')).toEqual([]);
    expect(guilt('Who drove the lead float in the parade? It was Tyler Brandt!')).toEqual([]);
    expect(guilt('Surveillance video shows him taking the oath of office.')).toEqual([]);
    expect(guilt('Shout out to the little monster who painted this rock!')).toEqual([]);
    expect(guilt('Confirmamos que fue Rocco, nuestro K-9, quien encontró al niño.')).toEqual([]);
    expect(guilt('La oficial Ruiz: ella se lo llevó a su casa al perrito perdido.')).toEqual([]);
    expect(guilt('Maria Lopez lured the lost dog out with a hot dog.')).toEqual([]);
    expect(guilt('Volunteers cleaned out porches and basements after the flood.')).toEqual([]);
  });

  it('still reads a deed seen, a proof asserted, other doers and other wordings', () => {
    expect(guilt('I saw who did it and it was Tyler Brandt.').join(' ')).toMatch(/who did it/);
    expect(guilt('There is no doubt the footage proves he stole the car.')).toContain(
      'he stole the car',
    );
    expect(guilt('The burglar? That’s Corey Vance.')).toContain('The burglar? That’s Corey Vance');
    expect(guilt('An innocent man doesn’t run.')).toContain('innocent man doesn’t run');
    expect(guilt('ella se lo llevo todo')).toContain('ella se lo llevo');
    expect(guilt('Sabemos que fue Julián Pérez Gómez.')).toContain('que fue Julián Pérez Gómez');
  });

  it('leaves alone rumour control, tips, fireworks, a K-9’s hearing, a recovery; reads the rest', () => {
    expect(pending('That video going around was edited. The man in it was not arrested.')).toEqual(
      [],
    );
    expect(
      pending(
        'Password tip: you should go for the maximum length your bank allows. Scammers claim to be your bank.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Illegal fireworks have been nothing but trouble this week; three people were arrested.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Retired K-9 Duke has been nothing but trouble since he lost his hearing, and we love him.',
      ),
    ).toEqual([]);
    expect(
      pending('He was arrested after the crash; doctors say he walks in a few weeks.'),
    ).toEqual([]);
    expect(pending('He’s presumed innocent until a jury of his peers says otherwise.')).toEqual([]);
    expect(pending('He was charged. That’s damning.')).toContain('That’s damning');
    expect(pending('He was charged. His alibi is bogus.')).toContain('alibi is bogus');
    expect(pending('He’s going away for the rest of his life after that trial.')).toContain(
      'He’s going away for the rest of his life',
    );
    expect(pending('He was charged Monday. The judge should allow the death penalty.')).toContain(
      'The judge should allow the death penalty',
    );
  });

  it('leaves alone block letters, a plain statement, the clerk, a holiday, an explainer', () => {
    expect(political('Filling out a found-property claim? Please write in BLOCK LETTERS.')).toEqual(
      [],
    );
    expect(
      political(
        'The November election will put a new sheriff in office for the first time in 16 years.',
      ),
    ).toEqual([]);
    expect(political('Make sure the County Clerk gets your ballot on time.')).toEqual([]);
    expect(political('Register by Oct 15. Vote in November!')).toEqual([]);
    expect(
      political(
        'Share this post and get it passed around so everyone knows the ballot drop-off hours.',
      ),
    ).toEqual([]);
    expect(
      political('A Yes on Prop 12 vote funds the dispatch center; a No on Prop 12 vote does not.'),
    ).toEqual([]);
    expect(political('Ward 2 deserves better than Council Member Hargrove.')).toContain(
      'deserves better than Council Member Hargrove',
    );
  });

  it('reads a left quotation mark typed for an ʻokina inside a name', () => {
    expect(rules(juvenileIdentityScanner, 'Keoni Alapa‘i, 15, was arrested.')).toContain(
      'Keoni Alapa‘i, 15',
    );
  });
});
