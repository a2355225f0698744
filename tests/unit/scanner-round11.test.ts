import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round eleven: what the blind nineteenth corpus wrote that the rules did not read (each written
 * here in other words), and the near misses each new rule must leave alone. `rules` scans
 * without the sentence model, so a rule is held to its own words; `flags` scans as the app does.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);
const flags = (scanner: Scanner, text: string) => scanner.scan(text).length > 0;

describe('pending prosecution, round eleven', () => {
  const pending = pendingProsecutionScanner;

  it('flags an outcome ruled out or called certain', () => {
    expect(
      rules(pending, 'Charged Monday. With those prints there is zero chance she walks.'),
    ).toEqual(['zero chance she walks']);
    expect(rules(pending, 'Two counts of arson. Conviction guaranteed.')).toEqual([
      'Conviction guaranteed',
    ]);
    expect(rules(pending, 'Her lawyer knows a guilty verdict is all but certain.')).toEqual([
      expect.stringContaining('guilty verdict is all but certain'),
    ]);
  });

  it('reads an outcome ruled out in a comment that names only the evidence', () => {
    expect(rules(pending, 'With prints on the safe there is no way she gets off.')).toEqual([
      expect.stringContaining('no way she gets off'),
    ]);
    expect(rules(pending, 'After the surgery there is no chance he walks by spring.')).toEqual([]);
  });

  it('leaves a walk that is a body’s, and a guarantee of something else', () => {
    expect(
      rules(
        pending,
        'The driver who hit Officer Lund was charged Friday. After that crash there was zero chance he walks again this year, his doctors said, but he is back.',
      ),
    ).toEqual([]);
    expect(
      rules(pending, 'Conviction rates rose. A guilty verdict guaranteed nothing for the family.'),
    ).toEqual([]);
  });

  it('flags the kind of offender who will never stop, read to the end of the condition', () => {
    expect(
      rules(
        pending,
        'Three arrests in the check-washing ring. The accused leader, Pavel Orlov, is the kind of crook who will never stop until he is behind bars.',
      ),
    ).toEqual(['kind of crook who will never stop until he is behind bars']);
  });

  it('leaves "we will never stop until" said of the department', () => {
    expect(
      rules(pending, 'Two arrests so far. We will never stop until every stolen car is home.'),
    ).toEqual([]);
  });
});

describe('guilt or innocence, round eleven', () => {
  const guilt = guiltOrInnocenceScanner;

  it('flags the right person said to be caught', () => {
    expect(rules(guilt, 'Nice work, detectives, you arrested the right man.')).toEqual([
      'arrested the right man',
    ]);
  });

  it('reads a firm joined by "&" as no person, and two people joined by it as people', () => {
    expect(
      rules(
        guilt,
        'Overnight someone smashed the window of Nguyen & Sons on Pine and took the register.',
      ),
    ).toEqual([]);
    expect(
      rules(
        guilt,
        'Callers posing as “Example Gas & Electric” are demanding payment by gift card.',
      ),
    ).toEqual([]);
    expect(rules(guilt, 'Kyle & Jake broke into the church on Elm.')).toEqual([
      'Kyle & Jake broke into the church on Elm',
    ]);
  });

  it('leaves the care to be sure of it and the hope of it', () => {
    expect(
      rules(
        guilt,
        'Detectives want to be sure they caught the right man before anyone is charged.',
      ),
    ).toEqual([]);
    expect(rules(guilt, 'Praying they caught the right guy this time.')).toEqual([]);
  });

  it('leaves a hedged offender label, a beat walked, a passive victim and a crowd rebuked', () => {
    expect(
      rules(
        guilt,
        'Two arrests in the chop-shop case. The suspected ringleader, Ivo Brandt, 44, is being held.',
      ),
    ).toEqual([]);
    // The unhedged label beside a name still is the claim.
    expect(
      rules(
        guilt,
        'Two arrests in the chop-shop case. The ringleader, Ivo Brandt, 44, is being held.',
      ),
    ).toEqual(['The ringleader']);
    expect(rules(guilt, 'Sgt. Ana Ruiz has walked our Eastside beat since 2015.')).toEqual([]);
    expect(
      rules(guilt, 'Keep little Omar Haddad, 6, the boy hit by a van on Birch, in your prayers.'),
    ).toEqual([]);
    expect(rules(guilt, 'Everyone saying Colin Reyes robbed the store should be ashamed.')).toEqual(
      [],
    );
    // The crowd's claim endorsed is the writer's own.
    expect(rules(guilt, 'Everyone saying Colin Reyes robbed the store is correct.')).toEqual([
      expect.stringContaining('Colin Reyes robbed the store'),
    ]);
  });
});

describe('juvenile identity, round eleven', () => {
  const juveniles = juvenileIdentityScanner;

  it('reads a child found safe or searched for as an incident, not a celebration', () => {
    expect(
      rules(
        juveniles,
        'Thanks to all of you, 12-year-old Noor Haddad, who walked off from a school trip on Friday, is home safe.',
      ),
    ).toEqual(['12-year-old Noor Haddad']);
    expect(
      rules(
        juveniles,
        'Thank you to everyone who helped search for Theo Brandt, the 5-year-old who wandered away from the fair.',
      ),
    ).toEqual(['Theo Brandt, the 5-year-old']);
  });

  it('still leaves a thanked minor with no incident', () => {
    expect(
      rules(juveniles, 'Thank you to 13-year-old Ruby Osei for organizing our toy drive!'),
    ).toEqual([]);
  });

  it('names a brother or sister through a sibling, with the bracket closed', () => {
    expect(
      rules(juveniles, "Devon Price's younger sister (15) was with him when the car was taken."),
    ).toEqual(["Devon Price's younger sister (15)"]);
    expect(rules(juveniles, "Devon Price's sister, 15, was hurt in the crash.")).toEqual([
      "Devon Price's sister, 15",
    ]);
    expect(rules(juveniles, 'The Amari twins (both 12) were hurt in the crash.')).toEqual([
      'Amari twins (both 12)',
    ]);
  });

  it('leaves an adult sibling', () => {
    expect(rules(juveniles, "Devon Price's older brother (38) was hurt in the crash.")).toEqual([]);
  });
});

describe('confidential, round eleven', () => {
  const confidential = confidentialScanner;

  it('flags an officer’s pasted narrative and a records entry about a juvenile', () => {
    expect(
      rules(
        confidential,
        "a friend showed me the report: '2340 hrs R/O observed subj weaving, SFSTs admin'd, arrested' so relax",
      ),
    ).toEqual(["2340 hrs R/O observed subj weaving, SFSTs admin'd, arrested"]);
    expect(
      rules(confidential, 'Per RMS entry: juv has two prior runaway reports, last 03/2024.'),
    ).toEqual(['RMS entry: juv has two prior runaway reports, last 03/2024']);
  });

  it('leaves a post that gives a time in hours and calls a court "juv"', () => {
    expect(
      rules(
        confidential,
        'Our juv diversion class meets at 1830 hrs on Thursdays, next to the RMS office.',
      ),
    ).toEqual([]);
    expect(rules(confidential, 'Troopers ran SFSTs at the checkpoint; two arrests.')).toEqual([]);
  });
});

describe('political, round eleven', () => {
  const political = politicalScanner;

  it('flags a measure judged by its side, a pronoun backed after a candidate, a slogan with an emoji', () => {
    expect(
      rules(
        political,
        'Many of you asked about Measure 12, which would close two fire stations. Measure 12 is wrong for this county.',
      ),
    ).toEqual(['Measure 12 is wrong for']);
    expect(
      rules(
        political,
        'Candidates for the council race will speak on the 9th. Ada Kerr is the one who will fund us, so get behind her.',
      ),
    ).toContain('get behind her');
    expect(rules(political, 'Budget cuts again?? We need a new mayor. Okafor 2026 🗳️')).toEqual([
      'Okafor 2026',
    ]);
  });

  it('leaves a judged thing that is no measure, and "get behind" a retiring K-9', () => {
    expect(rules(political, 'The new footbridge is good for this city.')).toEqual([]);
    expect(rules(political, 'Sheriff Kwan is good for this city.')).toEqual([]);
    expect(rules(political, 'K-9 Rex retires Friday. Get behind him, he earned it!')).toEqual([]);
  });
});

describe('commercial, round eleven', () => {
  const commercial = commercialScanner;

  it('flags a sponsor’s quote, and a spammer’s handler on a messaging app', () => {
    expect(
      rules(
        commercial,
        'This reminder comes to you from Harbor Mutual: bundle your policies, get your quote at harbormutual.com/epd.',
      ).join(' '),
    ).toContain('get your quote at');
    expect(
      rules(commercial, 'Mr. Daniel Cho is the real deal, text him on Telegram and thank me later'),
    ).toEqual(['text him on Telegram']);
  });

  it('leaves a job’s pay in a recruiting post, and a warning that nothing guarantees returns', () => {
    expect(
      flags(
        commercial,
        'Now hiring Records Technicians!\n• $22.15/hour to start\n• Full benefits\nApply at www.cityofexample.gov/police/careers.',
      ),
    ).toBe(false);
    expect(
      flags(commercial, 'Our Explorer cadets earn $17/hour while they train for the academy.'),
    ).toBe(false);
    // The model, which reads "the best deal in town" as an advert, is held to the same exception.
    expect(
      flags(commercial, 'Apply today: Park Rangers earn $21/hour, the best deal in town.'),
    ).toBe(false);
    expect(
      rules(
        commercial,
        'Remember: no real investment guarantees returns. Hang up on anyone who says so.',
      ),
    ).toEqual([]);
  });

  it('still flags a job that is the spam itself', () => {
    expect(flags(commercial, 'Now hiring!! Work from home and earn $40/hour, DM me')).toBe(true);
  });
});

describe('personal data, round eleven', () => {
  it('flags the last four of a Social Security number said as such', () => {
    expect(
      rules(personalDataScanner, 'My wallet had my social ending in 7781 in it.').join(' '),
    ).toContain('7781');
  });

  it('leaves a score that ended in numbers', () => {
    expect(
      rules(personalDataScanner, 'The charity game ended in a 4-2 win for the officers.'),
    ).toEqual([]);
  });
});

/*
 * A fresh-eyes review of round eleven tried these on the first version of its rules; each misread
 * an ordinary post or silenced a real claim, and each is mended.
 */
describe('round eleven, as a reviewer read it', () => {
  it('reads no slogan in a season or an event with its year', () => {
    expect(
      rules(politicalScanner, 'The council funded the new substation, which opens in Summer 2027.'),
    ).toEqual([]);
    expect(
      rules(politicalScanner, 'Thanks to the Mayor for joining Shop with a Cop. Christmas 2026 🎄'),
    ).toEqual([]);
  });

  it('reads a both-sides explainer as no stance on the measure', () => {
    expect(
      rules(
        politicalScanner,
        'Backers say Measure 4 is good for response times; critics say it is bad for renters.',
      ),
    ).toEqual([]);
  });

  it('reads the department’s promise never to stop as no verdict', () => {
    expect(
      rules(
        pendingProsecutionScanner,
        'Two men were charged. Detectives are on it, and they won’t stop until everyone responsible is in custody.',
      ),
    ).toEqual([]);
    expect(
      rules(
        pendingProsecutionScanner,
        'New Year’s DUI patrols: 31 arrests. Think a DUI is a slap on the wrist? It costs $9,000.',
      ),
    ).toEqual([]);
  });

  it('reads the right person hired, hoped for or asked about as no claim', () => {
    for (const text of [
      'We found the right person to lead our new Traffic Unit: welcome Lt. Ada Cole!',
      'We have the right people working this case and will update you soon.',
      'Hopefully they caught the right guy this time.',
      'We got the right guy for the job: welcome Sgt. Cruz to the K-9 unit!',
      'Did they arrest the right man?',
      'Have they got the right guy?',
    ])
      expect(rules(guiltOrInnocenceScanner, text), text).toEqual([]);
  });

  it('keeps a crowd’s claim the writer agrees with', () => {
    expect(
      rules(
        guiltOrInnocenceScanner,
        'People saying Tyler Boyd shot him at the bus stop are right, I was there.',
      ),
    ).toEqual([expect.stringContaining('Tyler Boyd shot him')]);
    // Agreed with before the rebuke that follows it.
    expect(
      rules(
        guiltOrInnocenceScanner,
        'Everyone saying Jayden Moss stole that car is right, and he should be ashamed of himself.',
      ),
    ).toEqual([expect.stringContaining('Jayden Moss stole that car')]);
  });

  it('reads a contest named "Home Safe" and a child who helped search as no incident', () => {
    expect(
      rules(
        juvenileIdentityScanner,
        'Congratulations to 15-year-old Ada Brooks, winner of our Arrive Home Safe essay contest!',
      ),
    ).toEqual([]);
    expect(
      rules(
        juvenileIdentityScanner,
        'Kudos to 11-year-old Sam Ruiz, who helped search for a lost ring at Mill Pond!',
      ),
    ).toEqual([]);
  });

  it('reads a safety tip’s saving as no advert, and a lesson’s price beside a wage as one', () => {
    expect(
      rules(
        commercialScanner,
        'Teens who finish the defensive driving class can save up to 10% on car insurance. Lock your car every night, thank me later.',
      ),
    ).toEqual([]);
    expect(
      rules(commercialScanner, 'Lakeview Driving School: private lessons $40/hr, book now!'),
    ).toEqual(['book now']);
    expect(
      rules(
        commercialScanner,
        'Lakeview Driving Academy: instructors earn $40/hr, and lessons are just $25 each!',
      ),
    ).toEqual(['$25 each']);
    expect(
      rules(commercialScanner, 'No risk guaranteed returns!! DM me to start').join(' '),
    ).toContain('guaranteed returns');
  });

  it('reads a year after "Social Security" as no number of anyone’s, and the last four given as one', () => {
    expect(
      rules(personalDataScanner, 'Social Security is ending in 2035 anyway, says the news.'),
    ).toEqual([]);
    expect(
      rules(personalDataScanner, 'The caller already knew the last four of my social: 4417.'),
    ).toEqual(['4417']);
  });

  it('reads a body’s walk ruled out as no verdict', () => {
    expect(
      rules(
        pendingProsecutionScanner,
        'Ofc. Lund was hurt in the crash; the driver was charged. There is no way he walks without a cane for months.',
      ),
    ).toEqual([]);
  });
});
