import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { commercialScanner } from '../../src/shared/policy/scanners/commercial';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round ten: what the blind eighteenth corpus wrote that the rules did not read (each written
 * here in other words), and the near misses each new rule must leave alone. `rules` scans
 * without the sentence model, so a rule is held to its own words; `flags` scans as the app does.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);
const flags = (scanner: Scanner, text: string) => scanner.scan(text).length > 0;

describe('guilt or innocence, round ten', () => {
  const guilt = guiltOrInnocenceScanner;

  it('flags the doer named after "his killer", and in a rhetorical "who else but…would"', () => {
    expect(
      rules(guilt, 'Rest easy, Mr. Osei. May the court deal with his killer, Rafe Dunmore.'),
    ).toContain('his killer, Rafe Dunmore');
    expect(
      rules(
        guilt,
        'Who else but Colby Marsh would rob a food pantry the week before Thanksgiving?',
      ),
    ).toContain('Who else but Colby Marsh would rob');
    expect(
      rules(guilt, 'Parks staff say Ansel Pike is the man who tortured the ducks at Mill Pond.'),
    ).toEqual(['Ansel Pike is the man who tortured the ducks at Mill Pond']);
  });

  it('leaves a question that asks who, praise asked as a question, and a deed nearly done', () => {
    expect(flags(guilt, 'Who smashed the bus shelter on Birch Ave last night?')).toBe(false);
    expect(flags(guilt, 'Who but Coach Ellis would give up every Saturday for these kids?')).toBe(
      false,
    );
    expect(
      flags(
        guilt,
        'A caller told my aunt she owed back taxes and had to pay in gift cards. She nearly did it.',
      ),
    ).toBe(false);
  });

  it('still flags a who-question that names the doer, and an officer cleared in a case', () => {
    expect(
      rules(
        guilt,
        'Who knew Darnell Price was the one breaking into cars on Elm Street all along?',
      ),
    ).not.toEqual([]);
    expect(
      rules(guilt, 'Who is surprised that Trent Galloway stole from the food pantry again?'),
    ).not.toEqual([]);
    expect(rules(guilt, 'Deputy Ray Hollis is in the clear in the jail assault case.')).toEqual([
      'is in the clear',
    ]);
  });

  it('leaves an officer at play and the officer who speaks after "her attacker,"', () => {
    expect(
      flags(
        guilt,
        'Who else but Officer Diaz would shoot hoops with the neighborhood kids every Friday?',
      ),
    ).toBe(false);
    expect(
      flags(guilt, 'We will not stop looking for her attacker, Detective Ana Ruiz said Tuesday.'),
    ).toBe(false);
    expect(
      rules(guilt, 'Who else but Officer Diaz would stomp through a flooded basement for a cat?'),
    ).toEqual([]);
  });

  it('reads "they" after "someone" as the unknown person, not a named one', () => {
    expect(
      rules(
        guilt,
        'Someone spent the night at Dunmore Park with spray cans. They tagged both dugouts and the snack bar.',
      ),
    ).toEqual([]);
    // "Somebody should…" is no deed: "they" are the brothers named before.
    expect(
      rules(
        guilt,
        'The Hale brothers are back in town. Somebody should warn the Elm Street stores. They robbed it twice last year.',
      ).length,
    ).toBeGreaterThan(0);
    // A named person before is still who "he" is.
    expect(
      rules(guilt, 'Officers know Rory Vance well. He tagged both dugouts and the snack bar.')
        .length,
    ).toBeGreaterThan(0);
  });
});

describe('pending prosecution, round ten', () => {
  const pending = pendingProsecutionScanner;

  it('flags the sentence foretold or judged, where a case is spoken of', () => {
    expect(
      rules(pending, 'Plea hearing is Monday. Watch, she’ll do six months and walk out.').join(
        ' | ',
      ),
    ).toMatch(/she’ll do six months/);
    expect(
      rules(
        pending,
        'Both were referred to juvenile court, and we expect they will get probation.',
      ).join(' | '),
    ).toMatch(/they will get probation/);
    expect(rules(pending, 'Twenty years is not enough. The judge should give him life.')).toContain(
      'Twenty years is not enough',
    );
    expect(rules(pending, 'Prosecutors say the phone records are airtight.')).toContain(
      'phone records are airtight',
    );
  });

  it('leaves a recruit’s probation, a retiring dog’s years and a records system', () => {
    expect(
      flags(
        pending,
        'Municipal Court Judge Ana Ruiz swore in five new officers Monday. They’ll serve 12 months on probation before riding solo.',
      ),
    ).toBe(false);
    expect(
      flags(
        pending,
        'Our K9 Rex helped put dozens of suspects in custody. Ten years isn’t nearly enough, buddy. Enjoy retirement!',
      ),
    ).toBe(false);
    expect(
      flags(
        pending,
        'Our new records management system is rock-solid and saves officers hours every week.',
      ),
    ).toBe(false);
    expect(
      rules(
        pending,
        'Both men were charged with burglary. They’ll each get maybe five years, if that.',
      ).join(' | '),
    ).toMatch(/They’ll each get maybe five years/);
  });

  it('leaves the law stated, time with no case, and records kept', () => {
    expect(
      rules(pending, 'If convicted, she’ll serve 10 years, the maximum for the charge.'),
    ).toEqual([]);
    expect(
      flags(pending, 'He’ll do six months of physical therapy after the crash on Route 9.'),
    ).toBe(false);
    expect(flags(pending, 'The records unit keeps every report for seven years.')).toBe(false);
  });
});

describe('political, round ten', () => {
  const political = politicalScanner;

  it('flags a candidate backed for a seat, a county to turn red, a party put in, office holders put out', () => {
    expect(
      rules(political, 'Remember the budget cuts, and back Ines Farrow for Ward 2.'),
    ).toContain('back Ines Farrow for Ward 2');
    expect(
      rules(political, 'The Republican Party rally is at noon. Let’s flip Harmon County red!'),
    ).toContain('flip Harmon County red');
    expect(rules(political, 'Time to put Democrats back on the county board.')).toContain(
      'put Democrats back on the county board',
    );
    expect(
      rules(political, 'Vote no on Measure 4 and vote the whole council out of office.'),
    ).toContain('vote the whole council out of office');
    expect(rules(political, 'The union endorsed her last week. Go Maya Okafor 2026!')).toContain(
      'Go Maya Okafor 2026',
    );
  });

  it('leaves a county lit blue for Police Week, a coach backed for a race, a team cheered', () => {
    expect(
      flags(political, 'Let’s turn Harmon County blue for National Police Week, May 11–17.'),
    ).toBe(false);
    expect(flags(political, 'Please back Coach Rivera for the 5K this Saturday!')).toBe(false);
    expect(
      flags(
        political,
        'Turn Example County blue for Police Week! Porch lights on, and join us at Saturday’s block party.',
      ),
    ).toBe(false);
    expect(
      flags(
        political,
        'Go Coach Ellis 2026! Our Cops and Kids 5K race is Saturday, see you there.',
      ),
    ).toBe(false);
    expect(flags(political, 'State finals tonight at the dome. Go Westfield Hawks 2026!')).toBe(
      false,
    );
  });
});

describe('juveniles, round ten', () => {
  it('reads a kindergartner or a preschooler named in an incident as a minor', () => {
    expect(
      rules(
        juvenileIdentityScanner,
        'Lucia, a kindergartner at Oak Elementary, wandered off from recess and was found safe.',
      ),
    ).toContain('Lucia, a kindergartner');
  });
});

describe('commercial, round ten', () => {
  it('flags an investor’s testimonial, and leaves the pitch a scam warning reports', () => {
    expect(
      rules(
        commercialScanner,
        'Skeptical? I invested with @CoinQueenDana and tripled my savings in a month. DM her!',
      ).join(' | '),
    ).toMatch(/tripled my savings/);
    expect(
      flags(
        commercialScanner,
        'Crypto scam alert\n\nNeighbors are getting DMs from “BlockHarvest,” promising to “turn $300 into $6,000 a week.” Victims never see a cent back.',
      ),
    ).toBe(false);
  });

  it('reads the scam warning’s heading when the pitch is scanned as a piece of a longer post', () => {
    const pitch =
      'Neighbors are getting DMs from “BlockHarvest,” promising to “turn $300 into $6,000 a week.”';
    const post = `Crypto scam alert\n\n${'Stay alert this season. '.repeat(60)}\n\n${pitch}`;
    expect(commercialScanner.scan(pitch, { document: post })).toEqual([]);
    expect(commercialScanner.scan(pitch).length).toBeGreaterThan(0);
  });

  it('still flags a spammer’s “not a scam” and a shop’s own promise beside a scam word', () => {
    expect(
      flags(
        commercialScanner,
        'This is NOT a scam! BlockHarvest promised to turn $300 into $6,000 a week and they did. DM me.',
      ),
    ).toBe(true);
    expect(
      flags(
        commercialScanner,
        'Bella Salon is promising 20% off all cuts this week with code EPD20! Beware of scams, folks.',
      ),
    ).toBe(true);
  });
});
