import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round eighteen: what the blind twenty-ninth to thirty-second corpora wrote that the rules did
 * not read (each written here in other words), and the near misses each new rule and guard must
 * leave alone. `rules` scans without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round eighteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags innocence in a comment’s own words', () => {
    expect(guilt('Hes innocent, he was at work all night.')).toContain('Hes innocent');
    expect(guilt('This man was defending himself, plain and simple.')).toContain(
      'This man was defending himself',
    );
    expect(guilt('My son was only defending himself from three guys.')).toContain(
      'My son was only defending himself',
    );
    expect(guilt('Free Marcus. He never laid a hand on that cashier.')).toContain(
      'He never laid a hand on',
    );
    expect(guilt('Ms. Pruett didn’t take a dime from that charity.')).toContain(
      'Pruett didn’t take a dime',
    );
    expect(guilt('Watch, the jury will see she was set up by her own partner.')).toContain(
      'she was set up by',
    );
    expect(guilt('He was just walking home. Self defense 100%.')).toContain('Self defense 100%');
    expect(guilt('Anyone who saw the video knows it was clearly self-defense.')).toContain(
      'it was clearly self-defense',
    );
    expect(guilt('My grandpa is NOT a thief and never was.')).toContain(
      'My grandpa is NOT a thief',
    );
  });

  it('flags the deed as an idiom, a confession reported, the doer named after a long deed', () => {
    expect(guilt('Dolores Vance cooked the books at the food bank for years.')).toContain(
      'Dolores Vance cooked the books at the food bank',
    );
    expect(
      guilt('So Trevor gets caught with his hand in the register and nothing happens?'),
    ).toContain('caught with his hand in the register');
    expect(guilt('The passenger, Eli Bram, 19, told deputies it was his idea.')).toContain(
      'told deputies it was his idea',
    );
    expect(
      guilt('We know who broke the windows at the Elm Street library branch: Colby Parrish, 22.'),
    ).toContain('We know who broke the windows at the Elm Street library branch: Colby Parrish');
    expect(
      guilt('Everyone here says Nico Salas (DOB on file) is our guy for the shed break-ins.'),
    ).toContain('Nico Salas (DOB on file) is our guy for the shed break-ins');
    expect(guilt('Coach Brandt did it, ask anyone at the rink.')).toContain('Brandt did it');
    expect(guilt('Trust me, Hollis drove the getaway car that night.')).toContain(
      'Hollis drove the getaway car that night',
    );
    expect(guilt('She cut the brake lines on his truck, everybody knows.')).toContain(
      'She cut the brake lines on his truck',
    );
    expect(guilt('He definitely took the scooters from the garage.')).toContain(
      'He definitely took the scooters from the garage',
    );
    expect(guilt('Marisol Vega (15) was the one driving the stolen Kia.')).toContain(
      'Marisol Vega (15) was the one driving the stolen Kia',
    );
    expect(guilt('It’s the same guy that shoved the clerk at the Shell station.')).toContain(
      'It’s the same guy that shoved the clerk',
    );
    expect(guilt('Jury was out for an hour on this one. GUILTY.')).toContain('GUILTY.');
    expect(guilt('Three men were sentenced Tuesday. Justice delivered.')).toContain(
      'Justice delivered',
    );
  });

  it('leaves alone the near misses of those rules', () => {
    expect(guilt('Sign up for the free self-defense class at the rec center.')).toEqual([]);
    expect(guilt('His attorney says it was self-defense and he will plead not guilty.')).toEqual(
      [],
    );
    expect(guilt('The tables were set up by volunteers. She was set up by 9 a.m.')).toEqual([]);
    expect(guilt('Officers never laid a hand on him; the video shows it.')).toEqual([]);
    expect(guilt('The mayor cut the ribbon on the new park on Friday.')).toEqual([]);
    expect(guilt('My neighbor took the car to the shop on Tuesday.')).toEqual([]);
    expect(guilt('Rest in peace to her dad, hit in the crosswalk on Fifth last night.')).toEqual(
      [],
    );
    expect(
      guilt('Praying for Lena Ortiz and her dad 💔 hit in the crosswalk right by the library.'),
    ).toEqual([]);
    expect(guilt('Coach Ruiz is our guy for the job, after the robbery last year.')).toEqual([]);
    expect(guilt('Principal Hayes read the statement about the break-in.')).toEqual([]);
    expect(
      guilt('Dario Fitch and residents of Beat 14 opened the new Eastgate Park on Friday.'),
    ).toEqual([]);
    expect(guilt('Ate the whole cake by myself at the bake sale. GUILTY.')).toEqual([]);
    expect(guilt('Had three slices at the court house bake sale. GUILTY.')).toEqual([]);
    expect(guilt('Look at his face 😂 hes so guilty, he ate the whole sandwich.')).toEqual([]);
    expect(guilt('Dave took the bikes to the repair shop on Main.')).toEqual([]);
    expect(guilt('Mrs. Lee took the packages inside for her neighbor.')).toEqual([]);
    expect(guilt('Marcus Webb Stole 4 Bikes From Our Garage Last Night.')).not.toEqual([]);
  });
});

describe('guilt or innocence, round eighteen, from the thirty-third and thirty-fourth sets', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags a bribe taken, a vote sold, stolen goods bought, a killer described', () => {
    expect(guilt('Alderman Pryce took a bribe from the towing company.')).toContain(
      'Alderman Pryce took a bribe from the towing company',
    );
    expect(guilt('Everyone knows Dunmore has been taking kickbacks for years.')).toContain(
      'Dunmore has been taking kickbacks for years',
    );
    expect(guilt('That man sold his vote on the landfill deal.')).toContain(
      'That man sold his vote on the landfill deal',
    );
    expect(guilt('He’s the one buying the stolen bikes off those kids.')).toContain(
      'He’s the one buying the stolen bikes off those kids',
    );
    expect(guilt('Okafor is a cold-blooded murderer.')).toContain(
      'Okafor is a cold-blooded murderer',
    );
    expect(guilt('Ruiz shot Dante over a parking spot.')).toContain(
      'Ruiz shot Dante over a parking spot',
    );
  });

  it('flags innocence vouched for where an arrest is told, in English and Spanish', () => {
    expect(guilt('They arrested Marisol? Marisol would never.')).toContain('Marisol would never');
    expect(guilt('Wrong guy. He would never do that, he coaches T-ball.')).toContain(
      'He would never do that',
    );
    expect(guilt('No way she’s involved in this scam, she runs the food bank.')).toContain(
      'No way she’s involved in',
    );
    expect(guilt('Mi sobrino no tuvo nada que ver con el robo.')).toContain('no tuvo nada que ver');
    expect(guilt('Beto no empezó la pelea, yo lo vi.')).toContain('no empezó la pelea');
  });

  it('leaves alone the near misses', () => {
    expect(guilt('Grandma would never! She loves those cookies.')).toEqual([]);
    expect(guilt('Officers would never do that. The arrest was by the book.')).toEqual([]);
    expect(guilt('Ruiz shot hoops with the kids at the rec center.')).toEqual([]);
    expect(guilt('He took a break from the council in May.')).toEqual([]);
    expect(guilt('She sold her car to a neighbor.')).toEqual([]);
    expect(guilt('Coach Lee is a well-known local artist.')).toEqual([]);
  });
});

describe('juveniles, round eighteen', () => {
  it('links a name to an age across the school the child is from', () => {
    expect(
      rules(
        juvenileIdentityScanner,
        'It was the Osei twins from Parkview Middle, they’re like 12, always playing with lighters.',
      ),
    ).toContain('Osei twins from Parkview Middle, they’re like 12');
  });
});

describe('pending prosecution, round eighteen', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);

  it('flags the stock sayings of a thread about a charged case', () => {
    expect(pending('Charged again. Some people are never gonna go straight.')).toContain(
      'never gonna go straight',
    );
    expect(pending('Voss was charged today; I hope she gets the time she deserves.')).toContain(
      'gets the time she deserves',
    );
    expect(pending('He’s charged with arson. His best hope is a hung jury.')).toContain(
      'best hope is a hung jury',
    );
    expect(pending('He was charged Monday. The footage from the lot is damning.')).toContain(
      'The footage from the lot is damning',
    );
    expect(pending('At trial the state’s witness fell apart under cross.')).toContain(
      'fell apart under cross',
    );
    expect(pending('The trial starts Monday. Reasonable doubt written all over it.')).toContain(
      'Reasonable doubt written all over it',
    );
    expect(pending('Kids like him get railroaded at trial every day.')).toContain('get railroaded');
    expect(pending('She was charged with assault. She’s lucky it isn’t a felony.')).toContain(
      'She’s lucky it isn’t a felony',
    );
    expect(pending('My brother is charged but everyone will see at trial.')).toContain(
      'everyone will see at trial',
    );
    expect(pending('Charged with DUI again. Anything less is a joke.')).toContain(
      'Anything less is a joke',
    );
    expect(pending('He is charged; the judge should make an example of him.')).toContain(
      'make an example of him',
    );
    expect(pending('Charged a third time? Not getting off easy, pal.')).toContain(
      'Not getting off easy',
    );
    expect(pending('The DA said she will ask the court for the maximum.')).toContain(
      'ask the court for the maximum',
    );
    expect(
      pending('He was charged. His attorney is going to have a tough time with that video.'),
    ).toContain('attorney is going to have a tough time');
  });

  it('flags what the thirty-third and thirty-fourth sets said of a charged case', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['Both were indicted. They will try to cut deals, watch.', 'will try to cut deals'],
      ['At trial the alibi witness contradicted herself twice.', 'contradicted herself'],
      [
        'The jury gave him 40 years and he deserves every one of them.',
        'deserves every one of them',
      ],
      ['He was convicted in May. His appeal is going nowhere.', 'appeal is going nowhere'],
      [
        'Charged with DUI again. He will keep doing this until someone dies.',
        'will keep doing this until',
      ],
      [
        'He was charged. His lawyer is going to tear apart that lineup.',
        'lawyer is going to tear apart that',
      ],
      ['Charged with arson. He better get prison for this.', 'better get prison'],
      ['Indicted today. Once the driver flips, it’s over.', 'Once the driver flips, it’s over'],
      ['The trial opens Monday. Conviction by Christmas.', 'Conviction by Christmas'],
      ['She was charged. Make an example so others learn.', 'Make an example so'],
      [
        'Ruiz was arrested. Ruiz has been trouble since grade school.',
        'Ruiz has been trouble since grade school',
      ],
      [
        'The trial starts Monday. Justice for Ms. Ortega is coming.',
        'Justice for Ms. Ortega is coming',
      ],
      ['Arrested again and they’ll be out on bail by Monday.', '’ll be out on bail by'],
      [
        'Charged with theft from the church. He should be ashamed of himself.',
        'should be ashamed of himself',
      ],
    ];
    for (const [text, words] of cases) expect(pending(text), text).toContain(words);
    expect(pending('Our bakery will cut deals on pies Friday.')).toEqual([]);
    // round eighteen's review: a case word that is no case, a defense that is a team's
    expect(
      pending('The bakery will cut deals on day-old bread, and the court house staff love them.'),
    ).toEqual([]);
    expect(pending('Westfield’s defense is gonna destroy the Eagles Friday night!')).toEqual([]);
    expect(pending('My lawyer’s gonna have a hard time finding parking at the fair.')).toEqual([]);
    expect(
      pending('Lost and found: a stroller fell apart on Cross Street, claim it at the front desk.'),
    ).toEqual([]);
    expect(
      pending(
        'The driver was arrested for DUI. The cyclist is recovering; she’s lucky it wasn’t worse.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Our new bodycams record in 4K. The video is crystal clear, and it holds up in court.',
      ),
    ).toEqual([]);
  });

  it('takes a warrant or a public defender as a case told', () => {
    expect(
      pending(
        'WANTED on a warrant: Ada Voss. She’s been at this for years and will never go straight.',
      ),
    ).toContain('will never go straight');
    expect(pending('Cut the public defender budget and kids like Jalen get railroaded.')).toContain(
      'get railroaded',
    );
    expect(pending('Cut the library budget and kids like Jalen get railroaded.')).toEqual([]);
  });

  it('leaves the same words alone where no case is told', () => {
    expect(pending('Go straight through the roundabout, then take the second exit.')).toEqual([]);
    expect(pending('The drone footage of the fireworks is crystal clear!')).toEqual([]);
    expect(pending('Our puppy is never gonna go straight to bed.')).toEqual([]);
    expect(pending('This rescue dog will never go straight, he zigzags everywhere.')).toEqual([]);
    expect(
      pending('Case closed: Renata Duval was sentenced Monday to eight years for the theft.'),
    ).toEqual([]);
  });
});

describe('political, round eighteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('flags a slogan, a rally, a campaign’s door-knocking and a bare measure label', () => {
    expect(political('Great forum tonight. Delacroix for School Board!')).toContain(
      'Delacroix for School Board',
    );
    expect(political('Lindgren 4 Sheriff')).toContain('Lindgren 4 Sheriff');
    expect(political('Proceeds go to the campaign. Obi for Ward 3!')).toContain('Obi for Ward 3');
    expect(political('Come see Chief Alvarado at the Measure B rally on Saturday.')).toContain(
      'Come see Chief Alvarado at the Measure B rally',
    );
    expect(
      political(
        'The mayoral race is close. You should all be at the Whitcomb rally Thursday night.',
      ),
    ).toContain('be at the Whitcomb rally');
    expect(political('Our whole block is all in for her re-election.')).toContain(
      'all in for her re-election',
    );
    expect(political('We’re canvassing Sunday afternoon, DM me if you want to join.')).toContain(
      'canvassing Sunday afternoon, DM',
    );
    expect(political('Ruiz for Ward 2 and yes on K in November!')).toContain('yes on K');
    expect(political('No on 7!')).toContain('No on 7');
  });

  it('leaves alone the department keeping out, a campaign of safety, a public fund', () => {
    expect(
      political('The department does not sponsor, endorse or oppose any candidate or measure.'),
    ).toEqual([]);
    expect(
      political('The PD can’t endorse anyone, please take it to the candidates’ pages.'),
    ).toEqual([]);
    expect(political('No deaths during the holiday campaign for the first time in years.')).toEqual(
      [],
    );
    expect(
      political('The new cruisers were paid for by the Public Safety Levy, approved in 2022.'),
    ).toEqual([]);
    expect(
      political(
        'Since District Attorney Corinne Maddox took office, 41% of felony cases sent to her office have been dismissed.',
      ),
    ).toEqual([]);
    expect(political('The levy money never goes where they say it will.')).toEqual([]);
    expect(political('Candidates for Mayor will debate Tuesday at 7 in the library.')).toEqual([]);
    expect(political('Meet your new Resource Officers for District 6 on Thursday.')).toEqual([]);
    expect(political('Thanks to Officer Ruiz for Mayor’s Cup security this weekend.')).toEqual([]);
    expect(political('Come to the Pep rally at the high school Friday!')).toEqual([]);
    expect(political('Join us at the Harvest rally Saturday!')).toEqual([]);
    expect(political('Sgt. Tran for Ward 2 patrols starting Monday.')).toEqual([]);
    expect(political('Arraignments today in Courtroom 4 Judge Patel presiding.')).toEqual([]);
    expect(political('Paid for by Safer Streets Levy Committee, Treasurer Jane Ortiz.')).toEqual([
      'Paid for by',
    ]);
    expect(political('Polling places for Ward 4 City Council are listed below.')).toEqual([]);
    expect(political('The Lakeview 4 City Council seats forum starts at 7.')).toEqual([]);
    expect(
      political('The forum for the Ward 2 and Ward 4 City Council seats is in our Community Room.'),
    ).toEqual([]);
    expect(
      political(
        'Councilman Reyes was at the scene where a campaign volunteer, Ana Ruiz, was hurt.',
      ),
    ).toEqual([]);
    expect(
      political('Vote Nov. 5! Get your lawn signs printed at SignRight, any candidate, any size.'),
    ).toEqual(['Vote Nov']);
    expect(
      political(
        'Re-elect Mayor Oduya. Hoodies are $35 and all proceeds go to the Fallen Officers Fund.',
      ),
    ).toEqual(['Re-elect Mayor Oduya']);
    expect(
      political('Canvassing door to door needs a permit; call us to join the no-knock list.'),
    ).toEqual([]);
  });
});
