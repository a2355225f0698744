import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round thirty-two: guilt laid on a duty skipped, a record made false, a harm caused or a drink
 * taken, as the blind seventy-fifth and seventy-sixth sets wrote it (their brief asked for blame
 * told without a word of harm). Each accusation sits beside a near miss in the same words that
 * must stay clean, and each near miss is held by one guard. Scanned without the sentence model,
 * so each test holds a rule, not the model's training.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt laid on a duty skipped', () => {
  it('signed without looking; "anyway" only beside a case, and not an officer’s paperwork', () => {
    expect(
      guilt('The county never asked. Pruitt signed off on the final without ever going under it.'),
    ).toContain('Pruitt signed off on the final without ever going under it');
    expect(
      guilt(
        'The ferry lost a passenger in March. The county inspector Len Dombrowski signed off on her railings without ever stepping on board.',
      ),
    ).toContain(
      'inspector Len Dombrowski signed off on her railings without ever stepping on board',
    );
    expect(
      guilt('Two miners were hurt in the collapse. He signed the board anyway, every month.'),
    ).toContain('He signed the board anyway');
    expect(guilt('Grandpa forgot the date. He signed the birthday card anyway.')).toEqual([]);
    expect(
      guilt(
        'A great night at the fair. Sgt. Mara Ruiz signed the cadet forms without even looking up from the grill.',
      ),
    ).toEqual([]);
  });

  it('visits billed that never happened; not a pizza that never came', () => {
    expect(
      guilt(
        'Traffic crashes: 22, including one on Heron Point Blvd. Also, the agency owner who padded her billing with visits nobody ever made turned herself in.',
      ),
    ).toContain('the agency owner who padded her billing with visits nobody ever made');
    expect(guilt('Ella cobró a Medicare por visitas que nunca se hicieron.')).toEqual([]);
    expect(
      guilt(
        'La agencia está acusada de fraude. Ella cobró a Medicare por visitas que nunca se hicieron.',
      ),
    ).toContain('Ella cobró a Medicare por visitas que nunca se hicieron');
    expect(guilt('She billed me for a pizza that never came, lol.')).toEqual([]);
  });

  it('records falsified; fudging and faking only beside a case', () => {
    expect(guilt('Nobody knew a thing. He falsified the staffing logs for a year.')).toContain(
      'He falsified the staffing logs for a year',
    );
    expect(
      guilt('Two miners were hurt. The company had Wade fudge the dust samples too.'),
    ).toContain('Wade fudge the dust samples too');
    expect(guilt('She fudged the samples for the bake-off judges, lol.')).toEqual([]);
  });

  it('a check skipped, or a watch never kept, beside a harm; not a rained-out check', () => {
    expect(
      guilt('Two miners were hurt in the collapse. Mr. Skaggs skipped the roof check that shift.'),
    ).toContain('Mr. Skaggs skipped the roof check that shift');
    expect(
      guilt('He skipped the roof check last week because of the rain; the roof is fine.'),
    ).toEqual([]);
    expect(
      guilt(
        'A passenger drowned. The deckhand who was supposed to walk the rail never walked it once that night.',
      ),
    ).toContain('The deckhand who was supposed to walk the rail never walked it once that night');
    expect(
      guilt(
        'The lifeguard who was supposed to work Saturday was in the hospital with the flu, so the pool stayed closed.',
      ),
    ).toEqual([]);
  });

  it('a driver who never looked, in a crash; not a driver praised', () => {
    expect(
      guilt(
        'A retiree was hurt. Mr. Voss never stopped at the stop sign on Egret Ln and never looked left.',
      ),
    ).toContain('Mr. Voss never stopped at the stop sign on Egret Ln');
    expect(guilt('Our bus driver never once braked hard the whole trip, what a pro.')).toEqual([]);
  });
});

describe('guilt laid on a harm caused, a drink taken, a wrong watched', () => {
  it('the reason for a harm; not the reason help came in time, nor a denial', () => {
    expect(
      guilt(
        'The landlord was charged in March. Vic Pazderski is the reason my kids had asthma attacks.',
      ),
    ).toContain('Vic Pazderski is the reason my kids had asthma attacks');
    expect(guilt('Those kids got hurt because of her.')).toContain('got hurt because of her');
    expect(guilt('Dustin would still be here if not for him.')).toContain(
      'would still be here if not for him',
    );
    expect(
      guilt(
        'He is the one who called 911, and he’s the reason the other boys got to the hospital in time.',
      ),
    ).toEqual([]);
    expect(guilt('Calm down, Tess. He’s not the reason anyone got hurt.')).toEqual([]);
    expect(guilt('I broke my wrist. I got hurt because of my own silly mistake.')).toEqual([]);
  });

  it('drunk at the helm beside the harm; not a wedding, nor a street', () => {
    expect(
      guilt('The airboat crashed and two tourists were hurt. That pilot was hammered.'),
    ).toContain('That pilot was hammered');
    expect(
      guilt('The client drowned. Gil was half in the bag before they cleared the jetty.'),
    ).toContainEqual(expect.stringMatching(/^Gil was half in the bag before/));
    expect(
      guilt('Hubo un choque y dos heridos. Branham iba borracho y ni siquiera frenó.'),
    ).toContainEqual(expect.stringMatching(/^Branham iba borracho/));
    expect(guilt('Gil was half in the bag at his own wedding, lol.')).toEqual([]);
    expect(
      guilt(
        'The cart at 4th & Union was smashed and its window broken; we are looking for the man.',
      ),
    ).not.toContain('Union was smashed');
  });

  it('watched and said nothing; not the ones asked', () => {
    expect(
      guilt(
        'Those augers were stolen from the shanties. Duane watched them load the trailer every weekend and never said a word.',
      ),
    ).toContain('Duane watched them load the trailer every weekend and never said a word');
    expect(
      guilt(
        'Two bikes were stolen. Anyone who watched it happen and said nothing can still call us.',
      ),
    ).toEqual([]);
  });

  it('"That one’s on him" beside a harm; not a game lost', () => {
    expect(guilt('The crash killed two people. That one’s on him.')).toContain('That one’s on him');
    expect(guilt('We lost the playoff game 3-2 and our goalie was hurt. It’s on him.')).toEqual([]);
  });

  it('knew full well, and a Spanish builder who knew', () => {
    expect(
      guilt(
        'Twelve augers went missing. Gary Fuchs, who runs that shop, knew full well those augers were stolen.',
      ),
    ).toContain('Gary Fuchs, who runs that shop, knew full well those augers were stolen');
    expect(
      guilt(
        'Nueve heridos en la fiesta. El constructor sabía que la terraza no aguantaba tanto peso.',
      ),
    ).toContain('El constructor sabía que la terraza no aguantaba');
  });
});

describe('older rules that took praise or a place for thanks', () => {
  it('"knew exactly what she was doing" thanked by name is praise; thanks for sharing is not', () => {
    expect(
      guilt('Dana knew exactly what she was doing with that tourniquet. Thank you, Dana!'),
    ).toEqual([]);
    expect(
      guilt(
        'Brianna is safe, thank you for sharing! Her father was arrested. He knew exactly what he was doing when he took her.',
      ),
    ).toContain('He knew exactly what he was doing when he took her');
  });

  it('heroin and Heron Point are no thanks', () => {
    expect(
      guilt(
        'Heroin and fraud charges: the owner who billed for visits that never happened is in custody.',
      ),
    ).toContain('the owner who billed for visits that never happened');
  });

  it('a coach’s or a chief’s good turn, watched, is no crime', () => {
    expect(
      guilt(
        'Coach Dana Reyes carried an injured girl two blocks to the ambulance. I watched her do it.',
      ),
    ).toEqual([]);
    expect(guilt('Chief Amos Tull pulled the boy out of the surf. I watched him do it.')).toEqual(
      [],
    );
  });
});

describe('round thirty-two’s review: clean posts the new rules first flagged', () => {
  it('idioms, a no-look pass, a scam’s victim and a eulogy are no duty skipped', () => {
    expect(
      guilt(
        'Tom Kessler signed up for our reserve program in 1998 and never looked back. He retired last week after 25 years.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Jenkins passed it without even looking and Torres buried the shot. Even with a hurt ankle, Jenkins finished with 12 assists.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Scam alert: she signed the contract without even reading it and lost $3,000 to a fake contractor.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Dad served in Korea. He saw things no one should ever see and never said a word about it. He died peacefully Sunday.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Our crossing guard Walt died Saturday at 71. The guard who was supposed to retire in June never got the chance.',
      ),
    ).toEqual([]);
  });

  it('"the reason" and "because of her" for a harm spared, a calling, a storm', () => {
    expect(guilt('Linda Perez is the reason my son wasn’t hurt this morning.')).toEqual([]);
    expect(guilt('Linda Perez is the reason nobody got hurt this morning.')).toEqual([]);
    expect(guilt('He’s the reason I became an ER nurse. Dad, we miss you every day.')).toEqual([]);
    expect(
      guilt('Three families on Pine St lost their homes because of Hurricane Helene.'),
    ).toEqual([]);
    expect(
      guilt(
        'Kayla smelled smoke and got all six kids out. Nobody was hurt because of her quick thinking.',
      ),
    ).toEqual([]);
    expect(
      guilt('Kyle Brandt is the reason my son never came home. He sold him the pills.'),
    ).toContain('Kyle Brandt is the reason my son never came home');
    expect(
      guilt('Dustin would still be here if it weren’t for him. He sold him the pills.'),
    ).toContain('would still be here if it weren’t for him');
  });

  it('a charge, a victim overbilled, a retirement’s praise are no billing or records claim', () => {
    expect(
      guilt(
        'Beware of roofing scams. A resident told us she was charged $4,000 for repairs that never happened.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Dr. Amos Reed, 52, was arrested Tuesday. He is charged with billing Medicaid for 300 visits that never happened.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Retiring after 30 years in our records unit, Linda never falsified a single record and never missed a day. Congratulations!',
      ),
    ).toEqual([]);
  });

  it('drivers and boaters in general are nobody in particular', () => {
    expect(
      guilt(
        'Alcohol is a factor in half of all fatal boating crashes; in many of them the operator was hammered.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Backover crashes hurt dozens of kids every year, usually because the driver never looked behind the vehicle.',
      ),
    ).toEqual([]);
  });

  it('a Spanish captain’s courage, a lunch paid for, thanks by a full or accented name', () => {
    expect(
      guilt(
        'El capitán sabía que el incendio era peligroso, pero entró a salvar a la niña. Estamos orgullosos de él.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Lt. Park is back at work after his crash injury and is buying lunch for the shift. Don’t argue, it’s on him!',
      ),
    ).toEqual([]);
    expect(
      guilt('José knew exactly what he was doing with that tourniquet. Thank you, José!'),
    ).toEqual([]);
    expect(
      guilt('Dana Ruiz knew exactly what she was doing with that tourniquet. Thank you, Dana!'),
    ).toEqual([]);
    expect(
      guilt(
        'Doyle knew exactly what he was doing. Thanks to Doyle, forty families lost their deposits.',
      ),
    ).toContain('Doyle knew exactly what he was doing');
  });
});

describe('round thirty-two’s guards, each holding its own near miss', () => {
  it('a complaint’s allegation, thanks, a eulogy, a Spanish hero', () => {
    expect(
      guilt('According to the criminal complaint, the driver never looked left before the crash.'),
    ).toEqual([]);
    expect(
      guilt('Congratulations to Rita, who shredded records for the county for 31 years!'),
    ).toEqual([]);
    expect(
      guilt('He’s the reason my dad is buried at Arlington with honors. Rest in peace, Sarge.'),
    ).toEqual([]);
    expect(
      guilt(
        'Ruiz sabía que el incendio era peligroso, pero entró a salvar a la niña. Estamos orgullosos de él.',
      ),
    ).toEqual([]);
  });

  it('quick thinking, a rogue wave, a war never spoken of, a headline’s charge, a chance never had', () => {
    expect(
      guilt('The fire was bad, but only one man was hurt because of her quick thinking.'),
    ).toEqual([]);
    expect(
      guilt('The skipper was hammered by a rogue wave off the jetty and two men were hurt.'),
    ).toEqual([]);
    expect(
      guilt(
        'Grandpa Joe saw combat in Korea and never said a word about it. Two of his friends were killed there.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Dr. Amos Reed charged with billing Medicaid for 300 visits that never happened; bond set at $50,000',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'The lifeguard who was supposed to watch the pool on Saturday never got the chance; she was hurt in a crash on the way.',
      ),
    ).toEqual([]);
  });
});
