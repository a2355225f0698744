import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round nineteen: what the blind thirty-fifth and thirty-sixth sets wrote that the rules did not
 * read (each written here in other words), with its near misses; and the false alarms a fresh-eyes review of round eighteen found on everyday text
 * (a self-defense class, a piano, a bake sale, a school play, a pet), each beside the claim its
 * rule was written for, which must still be flagged. `rules` scans without the sentence model,
 * so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round nineteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('leaves a self-defense class alone and still flags self-defense claimed', () => {
    expect(guilt('Saturday it was self-defense training for seniors, and 40 came.')).toEqual([]);
    expect(guilt('Textbook self defense moves, taught free at the rec center.')).toEqual([]);
    expect(guilt('He was cornered by three of them. It was self-defense.')).toContain(
      'It was self-defense',
    );
    expect(guilt('Textbook self defense, he backed away twice before he swung.')).toContain(
      'Textbook self defense',
    );
  });

  it('takes a hand laid on a person, not on a piano, and no dime taken as pay', () => {
    expect(guilt('She never laid a finger on the piano after that recital.')).toEqual([]);
    expect(guilt('They arrested the wrong man. He never laid a finger on that lady.')).toContain(
      'He never laid a finger on',
    );
    expect(guilt('Bill never laid a hand on Marisol, ask anyone on the block.')).toContain(
      'Bill never laid a hand on',
    );
    expect(guilt('Coach Bill never took a dime for twenty years of Little League.')).toEqual([]);
    expect(guilt('They say the fund was robbed. Carla never took a dime for herself.')).toContain(
      'Carla never took a dime',
    );
  });

  it('reads a deed’s idiom as a deed only where a crime is told', () => {
    expect(
      guilt('Officer Reyes got caught with her hand in the cookie jar at the open house.'),
    ).toEqual([]);
    expect(
      guilt(
        'The church treasurer was arrested after she was caught with her hand in the cookie jar.',
      ),
    ).toContain('caught with her hand in the cookie jar');
    expect(guilt('Timmy told officers it was his idea to bake cookies for the station.')).toEqual(
      [],
    );
    expect(
      guilt('Brody, the older one, told officers it was his idea to torch the shed.'),
    ).toContain('told officers it was his idea');
    expect(
      guilt('After the arrest Dale told officers it was his idea to take the truck.'),
    ).toContain('told officers it was his idea');
  });

  it('vouches for a person, not a pet', () => {
    expect(
      guilt('Our dog Biscuit would never! Someone stole the cookies off the counter.'),
    ).toEqual([]);
    expect(guilt('They arrested Lorraine for the theft. Lorraine would never.')).toContain(
      'Lorraine would never',
    );
  });

  it('leaves a stage, a show stolen, a shove of cake and a cut ball-field line alone', () => {
    expect(guilt('Jess drove the getaway car in the drama club’s heist comedy.')).toEqual([]);
    expect(guilt('Witnesses say Jess drove the getaway car after the bank job.')).toContain(
      'Jess drove the getaway car after the bank job',
    );
    expect(
      guilt('Their father was arrested. He snatched them from their school playground at noon.'),
    ).toContain('He snatched them from their school playground');
    expect(guilt('Coach Ortega stole the show at the charity game.')).toEqual([]);
    expect(guilt('Coach Ortega stole the cash box at the charity game.')).toContain(
      'Ortega stole the cash box',
    );
    expect(guilt('Mia shoved cake in her brother’s face at the party.')).toEqual([]);
    expect(guilt('That guy Rick shoved my mom at the Ward 3 meeting.')).toContain(
      'Rick shoved my mom at the Ward',
    );
    expect(guilt('Tom cut the lines for the new fence at the park.')).toEqual([]);
    expect(guilt('Everyone knows Tom cut the brake lines on her car.')).toContain(
      'Tom cut the brake lines on her car',
    );
  });

  it('leaves a knack and a cat’s hunting alone and still flags a killer', () => {
    expect(guilt('My grandma is a killer at bingo.')).toEqual([]);
    expect(guilt('Whiskers is a cold-blooded killer of mice.')).toEqual([]);
    expect(guilt('Devon Price is a cold-blooded killer and the jury saw it.')).toContain(
      'Devon Price is a cold-blooded killer',
    );
    expect(guilt('Everyone on Birch knows Devon is the killer at large.')).toContain(
      'Devon is the killer',
    );
  });

  it('takes justice delivered as a verdict’s cheer, not a K-9 named Justice', () => {
    expect(guilt('K9 Justice delivered the game ball to the kids.')).toEqual([]);
    expect(guilt('Guilty on all counts. Justice delivered.')).toContain('Justice delivered');
  });
});

describe('political, round nineteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('takes a bare measure label for a slogan only where a ballot is told', () => {
    expect(political('Spelling bee round 3: yes on K!')).toEqual([]);
    expect(political('Measure K funds two more officers. Yes on K!')).toContain('Yes on K');
    expect(political('Okafor for Ward 2 and yes on K in November')).toContain('yes on K');
  });
});

describe('guilt or innocence from the thirty-fifth and thirty-sixth sets', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('reads a name with “’s” as “is” before an offender noun', () => {
    expect(guilt('Off the record, Whitcombe’s the ringleader, but do not say so.')).toContain(
      'Whitcombe’s the ringleader',
    );
    expect(guilt('Everyone on Fourth knows Tom’s a thief.')).toContain('Tom’s a thief');
    expect(guilt('It’s the thief again on the doorbell camera.')).toEqual([]);
    expect(guilt('Portland’s the car thief capital, they say.')).toEqual([]);
  });

  it('flags an alibi vouched for, not a measure of readiness', () => {
    expect(
      guilt('They arrested Isaiah for the break-in. He wasn’t anywhere near that lot.'),
    ).toContain('He wasn’t anywhere near that');
    expect(
      guilt('They charged Dana with the theft. Dana was nowhere near the store that night.'),
    ).toContain('Dana was nowhere near the');
    expect(guilt('He wasn’t anywhere near ready for the exam.')).toEqual([]);
    expect(guilt('Dana was nowhere near the top of the list.')).toEqual([]);
    expect(guilt('We were nowhere near the end of the list.')).toEqual([]);
  });

  it('reads Spanish: a name after the demonstrative, the doer named by who he is', () => {
    expect(guilt('Esa señora Bramlett le robó a mi abuelita también.')).toContain(
      'Esa señora Bramlett le robó',
    );
    expect(guilt('Fue el vecino, todos lo sabemos.')).toContain('Fue el vecino');
    expect(guilt('Fue el vecino quien llamó a la policía.')).toEqual([]);
  });

  it('flags the doer named as who “it was”, where a deed is told', () => {
    expect(guilt('The cops got the wrong guy. It was Derek Mattingly.')).toContain(
      'It was Derek Mattingly',
    );
    expect(
      guilt('Who torched the truck? We all know it was his old partner Wade Kimbrell.'),
    ).toContain('it was his old partner Wade Kimbrell');
    expect(
      guilt('Someone vandalized the signs. Turns out it was a neighbor, Dale Fitch.'),
    ).toContain('it was a neighbor, Dale Fitch');
    expect(guilt('I watched him walk out with the bag he stole. It was him.')).toContain(
      'It was him',
    );
    expect(guilt('Witnesses said it was a man in a red hoodie who robbed the store.')).toEqual([]);
    expect(guilt('It was him who called 911 after the shooting.')).toEqual([]);
    expect(guilt('It was Christmas Eve when the burglary happened.')).toEqual([]);
    expect(guilt('The burglary happened late. It was Christmas Eve.')).toEqual([]);
    expect(guilt('The shed was robbed. Police say it was a neighbor.')).toEqual([]);
    expect(guilt('It was Officer Diaz who found the stolen car.')).toEqual([]);
    expect(guilt('Great game! It was Derek Mattingly.')).toEqual([]);
  });

  it('takes a person run down as a deed, not a street run down', () => {
    expect(guilt('Derek ran down a woman on a bike and drove off.')).toContain(
      'Derek ran down a woman on a bike and drove',
    );
    expect(guilt('Marcus ran down the street to get help.')).toEqual([]);
  });
});

describe('political from the thirty-fifth and thirty-sixth sets', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('flags a call whose object is election day', () => {
    expect(
      political('Okonkwo is running for Sheriff. Come knock doors and support Ana on June 3!'),
    ).toContain('support Ana on June 3');
    expect(political('The council race is close. Stand with us June 3! 🗳️')).toContain(
      'Stand with us June 3',
    );
    expect(
      political('Budget cuts hit DARE. Stand up for our schools on May 14. #YesOn1'),
    ).toContain('Stand up for our schools on May 14');
    expect(
      political('The sheriff will be there too. Join us June 3 for National Night Out.'),
    ).toEqual([]);
    expect(political('Support your neighbours on June 3.')).toEqual([]);
    expect(political('Council recap: support the food bank on June 3 at the fair.')).toEqual([]);
  });

  it('flags a campaign’s hashtag where an election is told, not a safety slogan', () => {
    expect(political('Sheriff Diaz is up for re-election. #KeepLorraine')).toContain(
      '#KeepLorraine',
    );
    expect(political('The ballot question is Tuesday. #PassTheOverride')).toContain(
      '#PassTheOverride',
    );
    expect(political('The council election heats up. #MorrowWard2')).toContain('#MorrowWard2');
    expect(political('Lock your cars! #KeepItLocked')).toEqual([]);
    expect(political('Election week, lock your cars! #KeepItLocked')).toEqual([]);
    expect(political('Election week: #JusticeForMarisela')).toEqual([]);
    expect(political('Toy drive at the station. #KeepLorraine')).toEqual([]);
  });

  it('flags a lower-case slogan, a state office, a write-in, a turnout against a name', () => {
    expect(political('Tamsin Reilly for mayor 2026')).toContain('Reilly for mayor');
    expect(political('Cardoso for State Rep, no question.')).toContain('Cardoso for State Rep');
    expect(political('The ballot has a blank line. Write him in!')).toContain('Write him in');
    expect(political('Every patriot in this town needs to turn out against Cardoso')).toContain(
      'turn out against Cardoso',
    );
    expect(political('Knock doors for Nguyen-Hale this Saturday!')).toContain(
      'Knock doors for Nguyen-Hale',
    );
    expect(political('Thanks Tom for council work this year.')).toEqual([]);
    expect(political('Election night is done. Thanks for council!')).toEqual([]);
    expect(political('Please write your name in the box.')).toEqual([]);
    expect(political('Election day: write Tom in the guest book at the desk.')).toEqual([]);
    expect(political('Officers will knock on doors for Officer Safety Week.')).toEqual([]);
  });

  it('takes the override as a measure and a recall petition as a call', () => {
    expect(political('Support the override. Our kids need it.')).toContain('Support the override');
    expect(political('Hit the override switch on the pump.')).toEqual([]);
    expect(
      political('#RecallMayorDunn, sign the petition at the farmers market Saturday'),
    ).toContain('sign the petition at the farmers market Saturday');
    expect(political('Sign the petition for a stop sign on Elm.')).toEqual([]);
  });
});

describe('commercial from the thirty-fifth and thirty-sixth sets', () => {
  const commercial = (text: string) => rules(commercialScanner, text);

  it('flags a free month by referral, an asking price, a batch price, a coin presale', () => {
    expect(commercial('Get 3 months free with my link bit.ly/ss-guard-77')).toContain(
      'Get 3 months free with my link bit.ly/ss-guard-77',
    );
    expect(commercial('Asking $489k, no realtors.')).toContain('Asking $489k');
    expect(commercial('50 signs for $120, 24hr turnaround')).toContain('50 signs for $120');
    expect(commercial('$15 for the lot, pick up on Elm.')).toContain('$15 for the lot');
    expect(commercial('My firm does free consults, no fee unless we win.')).toContain(
      'no fee unless we win',
    );
    expect(commercial('Poll workers eat free at Sal’s Pizzeria today!')).toContain(
      'eat free at Sal’s Pizzeria',
    );
    expect(commercial('ElectionCoin presale is LIVE')).toContain('presale is LIVE');
  });

  it('leaves the near misses alone', () => {
    expect(commercial('The suspect was asking $50 for each phone.')).toEqual([]);
    expect(commercial('The city is asking $2 million for the new park.')).toEqual([]);
    expect(
      commercial('Selling a boat online this fall? Watch out for the overpayment scam.'),
    ).toEqual([]);
    expect(
      commercial('If someone is suddenly selling a lot of lobster on the cheap, call us.'),
    ).toEqual([]);
    expect(commercial('Selling 2 tickets to the Sox game, anyone interested?')).toContain(
      'Selling 2 tickets',
    );
    expect(
      commercial('SCAM ALERT: messages claim a presale is live with returns 100x guaranteed.'),
    ).toEqual([]);
    expect(commercial('The first week free of charge is the academy’s, for recruits.')).toEqual([]);
  });
});

describe('pending prosecution from the thirty-fifth and thirty-sixth sets', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('flags the outcome called certain, the case called empty, a co-defendant’s turn', () => {
    expect(pending('Keller was charged with fraud. Conviction’s a lock.')).toContain(
      'Conviction’s a lock',
    );
    expect(pending('Tavares was charged. The DA’s office doesn’t have a case.')).toContain(
      'DA’s office doesn’t have a case',
    );
    expect(pending('He was convicted in May; no way his appeal goes anywhere.')).toContain(
      'no way his appeal goes',
    );
    expect(pending('Both were charged, and Rui Tavares flipped on him.')).toContain(
      'flipped on him',
    );
    expect(pending('Coyle is expected to plead to a lesser charge of theft.')).toContain(
      'is expected to plead to',
    );
  });

  it('leaves a subscription, a light switch and a flip with no case alone', () => {
    expect(pending('Protect your parents! Get 3 months free with my link.')).toEqual([]);
    expect(pending('Flip on the lights, Tom.')).toEqual([]);
    expect(pending('He was charged Monday. Just flip on the news at six.')).toEqual([]);
    expect(pending('The pancakes are ready; flip on Sunday.')).toEqual([]);
    expect(pending('She is expected to plead her case to the zoning board.')).toEqual([]);
    expect(pending('The defendant’s sister is expected to plead her case to the board.')).toEqual(
      [],
    );
  });
});

describe('confidential from the thirty-third, thirty-fifth and thirty-sixth sets', () => {
  const confidential = (text: string) => rules(confidentialScanner, text);

  it('reads a pasted report’s numbered parties, an NCIC key, a deployment, a records label', () => {
    expect(
      confidential('From the report: S1 MARSH ADMITTED TO TAKING THE PURSE, STATED HE NEEDED CASH'),
    ).toEqual(['S1 MARSH ADMITTED TO TAKING THE PURSE, STATED HE NEEDED CASH']);
    expect(confidential('S/O DETAINED, BAT RECOVERED IN YARD, V1 TRANSPORTED GENERAL')).toEqual([
      'S/O DETAINED, BAT RECOVERED IN YARD, V1 TRANSPORTED GENERAL',
    ]);
    expect(confidential('NCIC MKE/EMJ entered 11/02 0114 by Disp. 2')).toEqual([
      'NCIC MKE/EMJ entered 11/02 0114 by Disp. 2',
    ]);
    expect(
      confidential('Units 14/16 staging behind the mall, plainclothes detail 2100-0200'),
    ).toEqual(['Units 14/16 staging behind the mall, plainclothes detail 2100-0200']);
    expect(confidential('We have two plainclothes units assigned 0900–1500 hrs')).toEqual([
      'plainclothes units assigned 0900–1500 hrs',
    ]);
    expect(confidential('TF REQ 3 UNITS PIER 2 K9 STBY NO RADIO TRAFFIC')).toEqual([
      'REQ 3 UNITS PIER 2 K9 STBY NO RADIO TRAFFIC',
    ]);
    expect(confidential('Subj: OKAFOR, Daniel J. Priors: 4')).toEqual([
      'Subj: OKAFOR, Daniel J. Priors: 4',
    ]);
    expect(confidential('Incident Summary: 3 officers assigned, staging at Lot B')).toEqual([
      'Incident Summary: 3 officers assigned, staging at Lot B',
    ]);
  });

  it('leaves a post that names the systems or the hours alone', () => {
    expect(confidential('The stolen car was entered into NCIC the same night.')).toEqual([]);
    expect(confidential('Records window hours 0900-1700, Monday to Friday.')).toEqual([]);
    expect(confidential('Plainclothes officers will be at the mall this weekend.')).toEqual([]);
    expect(confidential('V8 ENGINE FOR SALE, CALL TODAY')).toEqual([]);
    expect(confidential('Two officers assigned to the school zone will wave hello.')).toEqual([]);
    expect(confidential('Ask for Ofc. Reyes at the front desk. She is great.')).toEqual([]);
  });
});

describe('round nineteen, mended after a fresh-eyes review', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const political = (text: string) => rules(politicalScanner, text);
  const commercial = (text: string) => rules(commercialScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const confidential = (text: string) => rules(confidentialScanner, text);

  it('leaves a game’s “it was”, a helper named and a knack alone', () => {
    expect(
      guilt('Great game tonight! Who took the winning shot at the buzzer? It was Jalen Brooks!'),
    ).toEqual([]);
    expect(guilt('Who stole the show at the talent night? It was Maria Lopez!')).toEqual([]);
    expect(
      guilt('The suspect was arrested. It was Carol Diaz who noticed the plate and alerted us.'),
    ).toEqual([]);
    expect(
      guilt('The caller who reported the break-in? It was Tom Hale, and we thank him.'),
    ).toEqual([]);
    expect(guilt('Someone robbed the Nguyens. It was Tom Hale who broke in.')).toContain(
      'It was Tom Hale',
    );
    expect(guilt('Meet K-9 Max! Max’s a total thief when it comes to tennis balls.')).toEqual([]);
    expect(guilt('Casino Night is back! Sgt. Lowe’s the dealer at table 3.')).toEqual([]);
    expect(guilt('Tyler Nash had 5 steals in the charity game. He’s our guy!')).toEqual([]);
  });

  it('asks a deed of an alibi and of “fue el vecino”', () => {
    expect(guilt('Good news: Hurricane Lee was nowhere near the coast by Sunday morning.')).toEqual(
      [],
    );
    expect(
      guilt('Last season they weren’t even near the playoffs; this year they’re champs!'),
    ).toEqual([]);
    expect(
      guilt('¿Quién ganó el concurso de chili en la feria? ¡Fue el vecino de al lado!'),
    ).toEqual([]);
  });

  it('still flags what the new guards must not hide', () => {
    expect(
      guilt('Everyone knows Dustin Reed shot that man in the movie theater parking lot.'),
    ).not.toEqual([]);
    expect(guilt('Everyone knows Jake Ruiz robbed the comedy club on 5th.')).not.toEqual([]);
    expect(guilt('Her ex Tom Hale assaulted her at the rehearsal dinner.')).not.toEqual([]);
    expect(guilt('Kyle Benson was the shooter at the mall.')).not.toEqual([]);
    expect(guilt('Derek Moss shoved women out of his way to get to the exit.')).not.toEqual([]);
    expect(guilt('Guilty on every count. Justice delivered to the victims.')).toContain(
      'Justice delivered',
    );
    expect(
      guilt('They charged him for nothing. He never laid a finger on the piano teacher.'),
    ).toContain('He never laid a finger on');
    expect(guilt('Dale Voss never took a dime for personal use, the audit says.')).toContain(
      'Voss never took a dime',
    );
    expect(
      guilt('The cops let their dog bite him after the arrest. Tyrell would never.'),
    ).toContain('Tyrell would never');
  });

  it('leaves a softball run-down alone', () => {
    expect(
      guilt('Softball recap: Jordan Price ran down the runner between second and third to win!'),
    ).toEqual([]);
  });

  it('keeps election day, hashtags, offices and petitions to campaigns', () => {
    expect(
      political('Polls open at 7 a.m. Deputies will be on hand to support poll workers on Nov. 4.'),
    ).toEqual([]);
    expect(
      political('Mayor Ruiz and Chief Holt will be at National Night Out. Stand with us Aug. 5!'),
    ).toEqual([]);
    expect(
      political('Sheriff Daniels is shaving his head for childhood cancer. #ShaveForTheBrave'),
    ).toEqual([]);
    expect(political('Sheriff’s heat advisory: check on neighbours. #DefeatTheHeat')).toEqual([]);
    expect(political('Election season in #SchoolDistrict12: polling places listed below.')).toEqual(
      [],
    );
    expect(
      political('Our Explorers will be knocking on doors for Toys for Tots this weekend.'),
    ).toEqual([]);
    expect(
      political('Thanks to Officer Ortiz for State Senate testimony on school safety.'),
    ).toEqual([]);
    expect(
      political(
        'From the County Clerk: if your candidate is not printed on the ballot, write them in on the line provided.',
      ),
    ).toEqual([]);
    expect(
      political('Car seat recall: check your model. Want a stop sign at Oak? Sign the petition.'),
    ).toEqual([]);
    expect(
      political('Our traffic safety initiative: sign the petition at the front desk.'),
    ).toEqual([]);
  });

  it('keeps a flip to a co-defendant, not a truck on a road', () => {
    expect(
      pending('The driver was charged with DUI after his pickup flipped on Route 9 overnight.'),
    ).toEqual([]);
    expect(pending('He was charged with DUI after his SUV flipped on Highway 30.')).toEqual([]);
    expect(pending('Both were charged, and his cousin flipped on Marcus.')).toContain(
      'flipped on Marcus',
    );
  });

  it('reads a shout-out and a parade’s staffing as public words', () => {
    expect(
      confidential('Huge S/O to the 6 officers assigned to our Shop with a Cop event!'),
    ).toEqual([]);
    expect(
      confidential(
        'For the July 4th parade, 40 officers assigned along the route, plus unmarked cars watching for drunk drivers.',
      ),
    ).toEqual([]);
  });

  it('keeps a fundraiser, a scam and the department’s camp out of the new price rules', () => {
    expect(
      commercial('Our bake sale is Saturday: 3 pies for $20, all proceeds to the K-9 fund.'),
    ).toEqual([]);
    expect(
      commercial('Auction of unclaimed property: $15 for the lot, proceeds go to the Explorers.'),
    ).toEqual([]);
    expect(
      commercial(
        'Heads up: a man posing as a landlord was asking $900 cash only for an apartment he doesn’t own.',
      ),
    ).toEqual([]);
    expect(commercial('Selling a couch, like new, pick up today?')).toContain('Selling a couch');
  });

  it('holds each of the review’s guards on its own near miss', () => {
    expect(guilt('K-9 Max’s a thief, he took my sandwich right off the table!')).toEqual([]);
    expect(political('We thank Ortiz for State Senate testimony on school safety.')).toEqual([]);
    expect(
      political('Early voting is open. If your candidate isn’t listed, write her in.'),
    ).toEqual([]);
    expect(
      confidential('Big S/O to the 6 officers assigned to Lot C, staging for the parade!'),
    ).toEqual([]);
  });

  it('keeps a cause’s hashtag beside a sheriff’s name clean and a recall’s flagged', () => {
    expect(political('Sheriff Daniels says lock your doors tonight. #KeepPortlandSafe')).toEqual(
      [],
    );
    expect(political('#RecallMayorDunn, we need 4,000 more signatures by Friday')).toContain(
      '#RecallMayorDunn',
    );
    expect(political('Sheriff Daniels is up for re-election. #KeepDaniels')).toContain(
      '#KeepDaniels',
    );
  });

  it('reads an officer posted to a building as a duty, not a slogan', () => {
    expect(
      political('Election day security posts:\nSgt. Patel for council\nOfficer Diaz for mayor'),
    ).toEqual([]);
    expect(political('Election day is Tuesday!\nPatel for council\nDiaz for mayor')).toEqual([
      'Patel for council',
      'Diaz for mayor',
    ]);
  });
});
