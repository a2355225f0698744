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
        'The ferry lost a passenger in March. Inspector Len Dombrowski signed off on her railings without ever stepping on board.',
      ),
    ).toContain(
      'Inspector Len Dombrowski signed off on her railings without ever stepping on board',
    );
    expect(
      guilt('Two miners were hurt in the collapse. He signed the board anyway, every month.'),
    ).toContain('He signed the board anyway');
    expect(guilt('Grandpa forgot the date. He signed the birthday card anyway.')).toEqual([]);
    expect(
      guilt(
        'A great night at the fair. Sgt. Mara Ruiz signed the cadets’ forms without even looking up from the grill.',
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
      guilt('The landlord was charged in March. Vic Pazderski is the reason my kids had asthma.'),
    ).toContain('Vic Pazderski is the reason my kids had asthma');
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
