import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { analyse } from '../../src/shared/policy/language/analysis';

/*
 * Round thirteen: what the blind twenty-first and twenty-second corpora wrote that the rules did
 * not read (each written here in other words), and the near misses each new rule must leave
 * alone. `rules` scans without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round thirteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags innocence stated: nothing wrong, accusations false, self-defence, a clearing foretold', () => {
    expect(guilt('Deputy Marlowe did absolutely nothing wrong that night.')).toContain(
      'Deputy Marlowe did absolutely nothing wrong',
    );
    expect(guilt('Kira Osei did nothing wrong, and the video shows it.')).toContain(
      'Kira Osei did nothing wrong',
    );
    expect(guilt('We want to be clear: the allegations against her are baseless.')).toContain(
      'the allegations against her are baseless',
    );
    expect(guilt('Free Dontae. He was only defending himself.')).toContain(
      'He was only defending himself',
    );
    expect(guilt('The review is ongoing and we believe he will be fully exonerated.')).toContain(
      'believe he will be fully exonerated',
    );
  });

  it('flags "he is our guy" told of a crime, an attempt stated as fact, the students responsible', () => {
    expect(guilt('Two break-ins on Alder. Trust me, she is our girl.')).toContain(
      'she is our girl',
    );
    expect(guilt('Rufus Kane tried to stab the cashier.')).toContain(
      'Rufus Kane tried to stab the cashier',
    );
    expect(
      guilt('The principal has met with the four boys responsible for the damage to the buses.'),
    ).toContain('the four boys responsible for');
  });

  it('leaves a caller reassured, a candidate, credit for a mural and an attempt by no one', () => {
    expect(
      guilt('You did nothing wrong by calling us, ever. That is what we are here for.'),
    ).toEqual([]);
    expect(guilt('Did she do nothing wrong?')).toEqual([]);
    expect(guilt('Ward 3 needs a fighter, and he is our guy for council.')).toEqual([]);
    expect(guilt('Say hello to the students responsible for the new mural at Elm Park!')).toEqual(
      [],
    );
    expect(guilt('Someone tried to steal my catalytic converter last night.')).toEqual([]);
  });

  it('leaves a habit denied, a corner named by its two streets and a confession denied', () => {
    expect(
      guilt('A caller says the IRS wanted gift cards. The IRS says they never do that.'),
    ).toEqual([]);
    expect(
      guilt('A man walked into the pharmacy at Dunmore & Reyes, showed a knife and left.'),
    ).toEqual([]);
    expect(guilt('A rumor on Facebook is not a confession.')).toEqual([]);
    expect(guilt('There was no confession, whatever you read online.')).toEqual([]);
    expect(guilt('She never did that, and everyone at the shop knows it.')).toContain(
      'She never did that',
    );
  });
});

describe('pending prosecution, round thirteen', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('flags the case called won, the sentence called or demanded, remorse judged', () => {
    expect(pending('Nolan Pike was charged Monday. Honestly this case is a lock.')).toContain(
      'this case is a lock',
    );
    expect(pending('He was arraigned Friday. Easy conviction, if you ask me.')).toContain(
      'Easy conviction',
    );
    expect(pending('Charged with arson. It is as clear-cut as they come.')).toContain(
      'as clear-cut as they come',
    );
    expect(pending('Thirty to life, and not a day less.')).toContain('Thirty to life');
    expect(pending('That man should get the death penalty.')).toContain(
      'should get the death penalty',
    );
    expect(pending('No way she gets anything less than the maximum sentence.')).toContain(
      'anything less than the maximum sentence',
    );
    expect(
      pending('He pleaded not guilty, but I predict him to serve at least ten years in prison.'),
    ).toContain('predict him to serve at least ten years in prison');
    expect(pending('Both were charged. Those two should be tried as adults.')).toContain(
      'should be tried as adults',
    );
    expect(pending('Ruiz was charged. Officers said he has shown no remorse at all.')).toContain(
      'has shown no remorse',
    );
    expect(
      pending('She was indicted on two counts. There is no way she walks away from this.'),
    ).toContain('no way she walks');
  });

  it('leaves the law stated, a prosecutor’s plan, and remorse with no case', () => {
    expect(pending('He was charged with murder and faces 25 to life if convicted.')).toEqual([]);
    expect(pending('The charge carries fifteen to life.')).toEqual([]);
    expect(pending('Prosecutors have asked to try him as an adult.')).toEqual([]);
    expect(pending('My dog shows no remorse for eating the couch.')).toEqual([]);
    expect(pending('He was charged Friday. No way he walks in this heat, take the bus.')).toEqual(
      [],
    );
  });
});

describe('political, round thirteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('flags a candidate kept from office, a ballot called wasted, support given, a campaign event', () => {
    expect(
      political('The mayoral race is close. Don’t let Tom Reyes anywhere near the council seat!'),
    ).toContain('Don’t let Tom Reyes anywhere near the council seat');
    expect(political('Election day is Tuesday. Let’s get her off the board for good.')).toContain(
      'get her off the board',
    );
    expect(political('The runoff is in May. Don’t waste your vote on Ferris.')).toContain(
      'waste your vote on Ferris',
    );
    expect(political('In the sheriff’s race, Dana Whitlock has our full support.')).toContain(
      'Dana Whitlock has our full support',
    );
    expect(
      political('Mark your calendars: Sheriff Ortiz’s campaign kickoff is Saturday at noon.'),
    ).toContain('Ortiz’s campaign kickoff');
    expect(
      political('Election season is here. Come out and support the woman who fixed our streets!'),
    ).toContain('Come out and support the woman');
    expect(political('Vote in March and support candidates who back our officers.')).toContain(
      'support candidates who',
    );
    expect(
      political('Of everyone running, Lena Park is the only candidate with a plan for traffic.'),
    ).toContain('Lena Park is the only candidate with');
    expect(
      political('The council race is on. Time for new leadership on Ward 2, folks.'),
    ).toContain('Time for new leadership');
    expect(political('Early voting is open. Put his sign in your yard today.')).toContain(
      'Put his sign in your yard',
    );
  });

  it('leaves support for an officer, a street closed for a campaign event and an unopposed race', () => {
    expect(political('Officer Dana Whitlock has our full support after Friday’s crash.')).toEqual(
      [],
    );
    expect(
      political('Elm St will be closed Saturday for Sheriff Ortiz’s campaign rally; use Oak.'),
    ).toEqual([]);
    expect(political('Come out and support Officer Jenkins at the 5K on Saturday!')).toEqual([]);
  });
});

describe('juveniles, round thirteen', () => {
  const juveniles = (text: string) => rules(juvenileIdentityScanner, text);

  it('reads a minor thanked as a witness where the crime is told, and a parent named with a title', () => {
    expect(
      juveniles(
        'Someone tagged the library wall overnight. Thanks to 12-year-old Ana Lutz, who spotted the graffiti and called us.',
      ),
    ).toContain('12-year-old Ana Lutz');
    expect(juveniles('Ellis Grant’s 9-year-old daughter was hurt in the crash on Main.')).toContain(
      'Ellis Grant’s 9-year-old',
    );
    expect(juveniles('The fire hurt Tomás Reyes, that 15 yo from the corner house.')).toContain(
      'Tomás Reyes, that 15 yo',
    );
    // Still a celebration where no crime or harm is told.
    expect(juveniles('Congratulations and thanks to 12-year-old Ana Lutz on her award!')).toEqual(
      [],
    );
  });

  it('reads names written with letters beyond Latin-1 as whole names', () => {
    const words = analyse('Mirela Kovačević and Łukasz Wróbel were there.').sentences[0]?.words;
    expect(words?.map((w) => w.text).slice(0, 5)).toEqual([
      'Mirela',
      'Kovačević',
      'and',
      'Łukasz',
      'Wróbel',
    ]);
    expect(
      juveniles('Mirela Kovačević, who is just fifteen, was reported missing Sunday.'),
    ).toContain('Mirela Kovačević, who is just fifteen');
  });
});

describe('confidential, round thirteen', () => {
  const confidential = (text: string) => rules(confidentialScanner, text);

  it('reads a stamp that opens its line as stamping the rest of the line', () => {
    expect(
      confidential(
        'Stay alert.\nINTERNAL USE ONLY: surveillance on the Elm St house until Friday\nThanks!',
      ),
    ).toEqual(['INTERNAL USE ONLY: surveillance on the Elm St house until Friday']);
    // Mid-line, or in a sentence, the stamp alone.
    expect(confidential('This memo is marked INTERNAL USE ONLY, so we cannot share it.')).toEqual([
      'INTERNAL USE ONLY',
    ]);
  });

  it('flags a caveat for sworn personnel and a dispatch log in capitals', () => {
    expect(confidential('Bulletin 12, FOR SWORN PERSONNEL ONLY, attached.')).toContain(
      'SWORN PERSONNEL ONLY',
    );
    expect(
      confidential('Saw the log: 2231 HRS CALLER REPORTS SHOTS FIRED, POSS GSW, UNIT 7 ON SCENE.'),
    ).toEqual(['2231 HRS CALLER REPORTS SHOTS FIRED, POSS GSW, UNIT 7 ON SCENE']);
    expect(confidential('A caller reports the light at 5th and Main is out again.')).toEqual([]);
  });
});

describe('commercial, round thirteen', () => {
  const commercial = (text: string) => rules(commercialScanner, text);

  it('flags a buy-some-get-one offer, a first consult free, prices starting at', () => {
    expect(commercial('Rosa’s Bakery: buy two loaves, get the third free!')).toContain(
      'buy two loaves, get the third free',
    );
    expect(commercial('Hale Law: first consult free, call today.')).toContain('first consult free');
    expect(commercial('My photography sessions start at $90 for families.')).toContain(
      'sessions start at $90',
    );
  });

  it('leaves a fee the city sets', () => {
    expect(commercial('Alarm permits from the city start at $25 a year.')).toEqual([]);
  });
});

/*
 * Round thirteen as a fresh-eyes reviewer read it: ordinary posts the first version flagged, and
 * variants it missed. Each was mended and is held here.
 */
describe('round thirteen, as a reviewer read it', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const political = (text: string) => rules(politicalScanner, text);
  const juveniles = (text: string) => rules(juvenileIdentityScanner, text);
  const confidential = (text: string) => rules(confidentialScanner, text);
  const commercial = (text: string) => rules(commercialScanner, text);

  it('leaves a sentence handed down, sought or carried, and calls one demanded', () => {
    expect(pending('Corey Fisk was sentenced Tuesday to 25 to life for the 2019 murder.')).toEqual(
      [],
    );
    expect(pending('Fisk pleaded guilty and was given 30 to life.')).toEqual([]);
    expect(pending('The charges carry a sentence of 25 to life.')).toEqual([]);
    expect(pending('Prosecutors are seeking 25 to life, according to court records.')).toEqual([]);
    expect(pending('After the verdict, Fisk will serve 25 to life.')).toEqual([]);
    expect(pending('He should get 25 to life.')).toContain('25 to life');
    expect(pending('15 years to life, easy.')).toContain('15 years to life');
  });

  it('reads a name’s capital as a capital, where the flag would make it case-blind', () => {
    expect(guilt('The neighbors did nothing wrong by calling us.')).toEqual([]);
    expect(guilt('The allegations against Officer Salas are false.')).toContain(
      'The allegations against Officer Salas are false',
    );
    expect(political('Election day is Tuesday. Don’t waste your vote on rumors.')).toEqual([]);
    expect(political('Don’t let your dog near the council chambers on election night.')).toEqual(
      [],
    );
    expect(political('The mayor’s campaign rally is Friday; come out and see the floats.')).toEqual(
      [],
    );
  });

  it('takes an office’s title for no election: support for a deputy or a family', () => {
    expect(
      political('Deputy Lane has our full support as she recovers. Sheriff Wells visited her.'),
    ).toEqual([]);
    expect(
      political(
        'The Miller family has our full support. The sheriff’s office extends its condolences.',
      ),
    ).toEqual([]);
    expect(
      political('Lakeside Food Bank has our full support this winter, the mayor said.'),
    ).toEqual([]);
    expect(political('Election day is Nov 5. Get Tom Reyes off the council!')).toContain(
      'Get Tom Reyes off the council',
    );
    expect(political('Do not let Marcus Lee win the council seat. Vote in March.')).toContain(
      'Do not let Marcus Lee win the council seat',
    );
  });

  it('keeps a slogan with a date and a campaign event people are asked to', () => {
    expect(political('Reyes for Sheriff November 5th!')).toContain('Reyes for Sheriff');
    expect(political('Elm St will be closed Saturday for Sheriff Ortiz’s rally; use Oak.')).toEqual(
      [],
    );
  });

  it('leaves a clearing for duty or from a road, a referral to an officer, a credit', () => {
    expect(guilt('We expect them to be cleared from the roadway by 5 p.m.')).toEqual([]);
    expect(
      guilt('Deputy Ruiz was hurt Tuesday. We expect her to be cleared for duty soon.'),
    ).toEqual([]);
    expect(guilt('We expect Officer Salas to be fully cleared.')).toContain(
      'expect Officer Salas to be fully cleared',
    );
    expect(guilt('Questions about car break-ins? Call Officer Tran. He’s our guy!')).toEqual([]);
    expect(guilt('The students responsible for the fire safety video won first place!')).toEqual(
      [],
    );
    expect(
      guilt('The boys responsible for repairing the damage to the dugout volunteered all weekend.'),
    ).toEqual([]);
  });

  it('reads an attempt as its deed would be read, sayings and phrasal crimes alike', () => {
    expect(guilt('Grandpa Joe tried to beat the heat at the splash pad today!')).toEqual([]);
    expect(guilt('Maria Lopez hit the brakes but slid into the ditch.')).toEqual([]);
    expect(guilt('Jordan Price tried to break into a home on Oak Street.')).toContain(
      'Jordan Price tried to break into a home on Oak Street',
    );
  });

  it('leaves a celebration that names damage or a graffiti clean-up, and keeps a title-like surname', () => {
    expect(
      juveniles('Thanks to 13-year-old Noah Kim, who helped clean up storm damage on Elm St.'),
    ).toEqual([]);
    expect(
      juveniles('Shout-out to 9-year-old Liam Ortiz, who painted over the graffiti on his fence!'),
    ).toEqual([]);
    expect(juveniles('Ryan Judge, 15, was arrested for the break-in.')).toContain('Ryan Judge, 15');
  });

  it('leaves an invitation for sworn personnel and a page’s advice after a stamp', () => {
    expect(confidential('The SWAT tryouts are open to sworn personnel only.')).toEqual([]);
    expect(confidential('DO NOT SHARE: your one-time passcodes with anyone who calls.')).toEqual([
      'DO NOT SHARE',
    ]);
    expect(confidential('RESTRICTED: Elm St parking Saturday for the parade.')).toEqual([
      'RESTRICTED',
    ]);
    expect(confidential('CONFIDENTIAL: Tips can be submitted anonymously.')).toEqual([
      'CONFIDENTIAL',
    ]);
    expect(confidential('**CONFIDENTIAL** - surveillance on the Elm house until Friday')).toEqual([
      'CONFIDENTIAL** - surveillance on the Elm house until Friday',
    ]);
  });

  it('leaves a public body’s fees and reads a dozen and a free first consult', () => {
    expect(commercial('CPR classes from $35 at the Red Cross.')).toEqual([]);
    expect(commercial('Buy a dozen donuts, get six free at Hank’s.')).toContain(
      'Buy a dozen donuts, get six free',
    );
    expect(commercial('Dr. Moss offers a free first consult.')).toContain('free first consult');
  });

  it('leaves a case word in another sense: a court to play on, a lock that is a bet', () => {
    expect(
      pending(
        'The new pickleball court at Reed Park opens Saturday. It’s a lock the kids love it!',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Officer Bell retired after 30 years as our court liaison. We expect him to spend the next twenty years on a boat!',
      ),
    ).toEqual([]);
  });
});

/*
 * Round fourteen, from the blind twenty-third and twenty-fourth corpora's misses (each written
 * here in other words), with the near misses each rule must leave alone.
 */
describe('round fourteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const political = (text: string) => rules(politicalScanner, text);
  const juveniles = (text: string) => rules(juvenileIdentityScanner, text);

  it('reads a minor named after a description that ends in a comma, and not a speaker', () => {
    expect(
      juveniles('Deputies arrested the 14-year-old who set the dumpster fire, Kyle Brandt.'),
    ).toContain('14-year-old who set the dumpster fire, Kyle Brandt');
    expect(juveniles('A 15-year-old was hurt in the crash, Dana Smith said.')).toEqual([]);
    expect(
      juveniles('Thanks to 11-year-old Rosa Diaz, who saw a man grab a phone at the bus stop.'),
    ).toContain('11-year-old Rosa Diaz');
    expect(juveniles('Have you seen Ana Ruiz, 13? She left school at noon.')).toContain(
      'Ana Ruiz, 13',
    );
    expect(juveniles('Rumors name a Westfield High junior, Cole Tatum, as the shooter.')).toContain(
      'junior, Cole Tatum',
    );
  });

  it('flags guilt said with an obscenity, innocence by the evidence, a deed filmed by its doer', () => {
    expect(guilt('Arrested again? Guilty as hell.')).toContain('Guilty as hell');
    expect(guilt('The dashcam clears her, plain and simple.')).toContain('dashcam clears her');
    expect(guilt('The idiot filmed himself doing it.')).toContain('filmed himself doing it');
    expect(guilt('Meet the guy behind the Elm St burglaries: Ray Coe, 41.')).toContain(
      'the guy behind',
    );
    expect(guilt('He filmed himself singing at the parade.')).toEqual([]);
  });

  it('flags a record held up, custody relished and a light outcome called', () => {
    expect(pending('Charged again, with a rap sheet a mile long.').join(' ')).toContain(
      'rap sheet a mile long',
    );
    expect(pending('Enjoy jail, buddy.')).toContain('Enjoy jail');
    expect(pending('Charged with DUI again. Probation at most, watch.')).toContain(
      'Probation at most',
    );
    expect(pending('She set a record for the mile at the county meet.')).toEqual([]);
    expect(pending('Marlow was charged Tuesday. He’s a violent thug, plain and simple.')).toContain(
      'He’s a violent thug',
    );
    expect(pending('She was charged Friday, and she’s not getting a deal from anyone.')).toContain(
      'not getting a deal',
    );
    expect(pending('He was charged as a juvenile, so he’ll be out by 21.').join(' ')).toContain(
      'be out by 21',
    );
    expect(pending('The detour will be out by summer, the city says.')).toEqual([]);
  });

  it('flags calls in a campaign without a vote word, and leaves them outside one', () => {
    expect(political('The runoff is Tuesday. Let’s get him over the line!')).toContain(
      'get him over the line',
    );
    expect(political('Early voting is open, so make sure she wins.')).toContain(
      'make sure she wins',
    );
    expect(political('Election day is Tuesday. Do NOT give that man your vote.')).toContain(
      'Do NOT give that man your vote',
    );
    expect(political('The council race is on. Time to clean house in November.')).toContain(
      'clean house in November',
    );
    expect(political('The library levy on your ballot deserves a YES.')).toContain(
      'levy on your ballot deserves a YES',
    );
    expect(political('Our relay team needs you: get her over the line at the 5K!')).toEqual([]);
  });
});
