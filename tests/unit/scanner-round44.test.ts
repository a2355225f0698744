import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-four: shapes the blind one-hundred-third and one-hundred-fourth sets wrote and the
 * rules did not read. Scanned without the sentence model, so each test holds a rule, not the
 * model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const political = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('round forty-four: a defect known, and the deed done anyway', () => {
  it('reads the defect or the others sent, with no case told near', () => {
    expect(
      guilt('Harlan knew them tires were slick as glass and sent it up that mountain anyway.'),
    ).toEqual(['Harlan knew them tires were slick as glass and sent it up that mountain anyway']);
    expect(guilt('He knew those footings were junk and poured them anyway.')).toEqual([
      'He knew those footings were junk and poured them anyway',
    ]);
    expect(guilt('He saw that wall. He knew it was leaning and signed anyway.')).toEqual([
      'He knew it was leaning and signed anyway',
    ]);
    expect(guilt('Knew the whole thing was fake from day one and stamped it anyway.')).toEqual([
      'Knew the whole thing was fake from day one and stamped it anyway',
    ]);
  });

  it('not a risk of his own, the writer himself, nor a surprise party', () => {
    expect(guilt('He knew the risks and went up anyway.')).toEqual([]);
    expect(guilt('I knew better and I did it anyway.')).toEqual([]);
    expect(guilt('He knew the party was a surprise and came anyway.')).toEqual([]);
  });
});

describe('round forty-four: guilt asked of the one who did it', () => {
  it('how one sleeps at night, what a life was worth, a saving made at its cost', () => {
    expect(
      guilt(
        'Wendell Pruitt rented a cart with no brakes to an 81-year-old woman. How do you sleep ' +
          'at night, Mr. Pruitt?',
      ),
    ).toEqual(['How do you sleep at night, Mr. Pruitt']);
    expect(
      guilt(
        "How much did those bald tires save you, Mr. Pruitt? Was it worth a little girl's life?",
      ),
    ).toEqual(["Was it worth a little girl's life"]);
    expect(guilt('Hey Harlan, how much did you save on tires? Was it worth it? Hope so.')).toEqual([
      'Was it worth it',
    ]);
    expect(
      guilt(
        'Sending a crew under tall firs in a 60-mph blow to save a week on a contract. Hope the ' +
          'timber was worth it, Garrett.',
      ),
    ).toEqual(['Hope the timber was worth it, Garrett']);
  });

  it('not a newborn, shift workers, a trip saved for, nor a friend after a long drive', () => {
    expect(guilt('How do you sleep at night with a newborn?')).toEqual([]);
    expect(guilt('Shift workers: how do you sleep at night?')).toEqual([]);
    expect(guilt('We saved up for two years for this trip. Was it worth it? Absolutely.')).toEqual(
      [],
    );
    expect(guilt('Saved all year for the cruise. Was it worth it?')).toEqual([]);
    expect(guilt('Hope the drive was worth it, Dave!')).toEqual([]);
  });

  it('where he was when the warning came, and a defence no one believes', () => {
    expect(
      guilt(
        'He walked that unit two days before and looked right past the dead snags. Where was he ' +
          'when the wind warning came out??',
      ),
    ).toEqual(['Where was he when the wind warning came out?']);
    expect(
      guilt(
        'ok so then why was he still sending people down the ramp at 4:30 when the flood warning ' +
          'went out at 3??',
      ),
    ).toEqual([
      'why was he still sending people down the ramp at 4:30 when the flood warning went out at 3?',
    ]);
    expect(
      guilt(
        'The outfitter rented tubes all morning at flood stage: does he really think anyone ' +
          'believes the warnings never reached him?',
      ),
    ).toEqual(['does he really think anyone believes']);
  });

  it('not a game, a new job, nor a belief in Santa', () => {
    expect(guilt('Where was he when the game started?')).toEqual([]);
    expect(guilt('Why is he still working at the hardware store when the new one opened?')).toEqual(
      [],
    );
    expect(guilt('Does he really think anyone believes in Santa?')).toEqual([]);
  });
});

describe('round forty-four: a widow talked out of her savings, and self-defence in Spanish', () => {
  it('reads the swindle and "nomás se defendió"', () => {
    expect(
      guilt(
        'He is charged with theft by deception. He sweet-talked a widow on Sunflower Ct out of ' +
          'her whole $4,000 savings.',
      ),
    ).toEqual(['sweet-talked a widow on Sunflower Ct out of her whole $4,000 savings']);
    expect(guilt('Joaquín, de 14 años, vio todo. Dice que Boone nomás se defendió.')).toEqual([
      'Boone nomás se defendió',
    ]);
  });

  it('not the victims asked to call', () => {
    expect(guilt('Anyone he sweet-talked out of their savings, please call Det. Ruiz.')).toEqual(
      [],
    );
  });
});

describe('round forty-four: guilt or innocence in French and Russian', () => {
  it('the doer named, a defect known, innocence said, a verdict', () => {
    expect(
      guilt("Mon beau-frère était là. C'est le gars du pick-up blanc qui a tiré, pas l'autre."),
    ).toEqual(["C'est le gars du pick-up blanc qui a tiré"]);
    expect(
      guilt(
        'Il savait que les freins ne marchaient plus et il a loué la voiturette quand même. ' +
          'Honteux.',
      ),
    ).toEqual([
      'Il savait que les freins ne marchaient plus et il a loué la voiturette quand même',
    ]);
    expect(guilt('Remy a rien fait de mal.')).toEqual(['Remy a rien fait de mal']);
    expect(guilt('Он виноват, точка.')).toEqual(['Он виноват']);
  });

  it('not God, nor a help never given', () => {
    expect(guilt("C'est le bon Dieu qui a décidé ça.")).toEqual([]);
    expect(guilt("Il n'a rien fait pour nous aider.")).toEqual([]);
  });
});

describe('round forty-four: the one sent into the place of the harm, and warnings ignored', () => {
  it('reads the sender, greed named, the cleft, and warnings ignored', () => {
    expect(
      guilt(
        'Curtis Vandermeer sent my husband up that ridge when every other outfit in the county ' +
          'had already shut down.',
      ),
    ).toEqual(['Curtis Vandermeer sent my husband up that ridge']);
    expect(guilt("Clayton Reinholt's greed put Daniel in that water.")).toEqual([
      "Clayton Reinholt's greed put Daniel in that water",
    ]);
    expect(
      guilt(
        "She'd been begging the office for new tires since June. It's the owner that put her on " +
          'that road.',
      ),
    ).toEqual(['that put her on that road']);
    expect(guilt('Skowronski ignored every warning the state sent him.')).toEqual([
      'Skowronski ignored every warning the state sent him',
    ]);
    expect(
      guilt('Ignored three brake complaints in one month and kept renting cart 12 anyway.'),
    ).toEqual(['Ignored three brake complaints in one month']);
  });

  it('not a candidate put in a seat, a father, a grandfather, a vote, nor a fuel light', () => {
    expect(guilt('Help us put Marisol in that seat!')).toEqual([]);
    expect(guilt('My dad sent me up that hill on my first bike.')).toEqual([]);
    expect(guilt('Grandpa put me on that tractor when I was six.')).toEqual([]);
    expect(
      guilt('Get out and vote. Kessler put him on that committee and the county is better for it.'),
    ).toEqual([]);
    expect(guilt('Remember in November who ignored the pond complaints.')).toEqual([]);
    expect(guilt('Dale ignored the low fuel light and ran out of gas on Route 9.')).toEqual([]);
  });
});

describe('round forty-four: pending prosecution, the sentence and the jury foretold', () => {
  it('the same or the full years, and a demand to give them', () => {
    expect(
      pending(
        "Wendell Pruitt is cut from the same cloth, and he'll get the same 20 years Holloway got. " +
          'Mark it down.',
      ),
    ).toEqual(["and he'll get the same 20 years Holloway"]);
    expect(
      pending(
        "Pelletier is charged. He'll get the full ten years, and he earned every one of them.",
      ),
    ).toEqual(["He'll get the full ten years"]);
    expect(pending('Give him the full two years and pull his permit for good.')).toEqual([
      'Give him the full two years and pull his permit',
    ]);
  });

  it('not a pension, a tour, nor a vacation', () => {
    expect(pending("He'll get the full 20 years of his pension.")).toEqual([]);
    expect(pending('Give him the full tour when he visits.')).toEqual([]);
    expect(pending('Give him the same two weeks off.')).toEqual([]);
  });

  it('a jury drawn from a place, and a jury with its contraction', () => {
    expect(pending('No jury in this parish is going to buy that.')).toEqual([
      'No jury in this parish is going to buy that',
    ]);
    expect(pending("Tipton knew. He KNEW. Jury'll see it in ten minutes.")).toEqual([
      "Jury'll see it in ten minutes",
    ]);
    expect(pending("Twelve jurors from timber country won't buy it.")).toEqual([
      "Twelve jurors from timber country won't buy it",
    ]);
  });

  it('not jurors told where to report, what they are paid, or when they are seated', () => {
    expect(pending('Jurors from Calder County will report to Room 2 at 8 a.m.')).toEqual([]);
    expect(pending('Jurors in this county will be paid $15 a day.')).toEqual([]);
    expect(pending("Jury'll be seated Tuesday.")).toEqual([]);
  });

  it('the plea foretold, and anything less than prison time', () => {
    expect(
      pending(
        "His daddy's on the fair board, so this'll get pled down to a Class A and forgotten by " +
          'Christmas.',
      ),
    ).toEqual(["this'll get pled down"]);
    expect(
      pending(
        'He kept his mouth shut. And Curt will throw Lonnie under the bus to get himself a deal, ' +
          'watch.',
      ),
    ).toEqual(['will throw Lonnie under the bus to get himself a deal']);
    expect(
      pending(
        'He is charged with reckless homicide. Anything less than prison time would be a joke.',
      ),
    ).toEqual(['Anything less than prison time']);
  });

  it('not a plea past, a sister, nor a joke with no case', () => {
    expect(pending("Vote out DA Kessler, she's the one who let him plead down last time.")).toEqual(
      [],
    );
    expect(pending('My sister will throw me under the bus to get herself out of chores.')).toEqual(
      [],
    );
    expect(pending('Anything less than prison time would be a joke.')).toEqual([]);
  });
});

describe('round forty-four: political, the slogan, November and the send-off', () => {
  it('a name and a year as its own sentence', () => {
    expect(
      political('Hensley has had 24 years to fix this mess and did jack sh1t. Caudill 2024.'),
    ).toEqual(['Caudill 2024']);
    expect(political('This is what you get when council guts patrol. Pellegrino 2026 🇺🇸')).toEqual([
      'Pellegrino 2026',
    ]);
    expect(political('Lapointe 2026 baby, the old guard on that board has to go')).toEqual([
      'Lapointe 2026',
    ]);
  });

  it('not a plan, a team, a season, nor an event named with its year', () => {
    expect(political("The mayor's plan is here. Vision 2030.")).toEqual([]);
    expect(political('Great season. Tigers 2025, what a run.')).toEqual([]);
    expect(political('Spring 2026, registration opens Monday.')).toEqual([]);
    expect(political('Council news. Ortiz 2026 Campaign Kickoff is Friday.')).toEqual([]);
  });

  it('a name in November, dumped, cheered or where a race is told', () => {
    expect(
      political("He's a big Beaudry donor btw, one more reason to dump Beaudry in November."),
    ).toEqual(['dump Beaudry in November']);
    expect(
      political("Okafor in November, folks. She's the only council candidate talking about fraud."),
    ).toEqual(['Okafor in November']);
    expect(political('Brackett wants to reimagine policing. Delgado in November! 🇺🇸')).toEqual([
      'Delgado in November',
    ]);
  });

  it('not a comet seen in November, nor a holiday', () => {
    expect(political('Okafor in November was the last time we saw the comet.')).toEqual([]);
    expect(
      political('The council meets Monday. Thanksgiving in November is early this year.'),
    ).toEqual([]);
  });

  it('a send-off with a vote date, and a hashtag against a measure', () => {
    expect(political('Another reason to send Childers packing on May 20.')).toEqual([
      'send Childers packing',
    ]);
    expect(political('Term limits matter. Send Ron Tuttle home in November.')).toEqual([
      'Send Ron Tuttle home in November',
    ]);
    expect(
      political('Jarrell wants to close Cane Valley school. Vote on the measure. #NoConsolidation'),
    ).toEqual(['#NoConsolidation']);
  });

  it('not a relative sent home, a team beaten, nor a safety hashtag', () => {
    expect(political('They need a Western Union payment to send Ernesto home.')).toEqual([]);
    expect(political("We'll send Michigan packing Saturday!")).toEqual([]);
    expect(political('The levy vote is Tuesday. #NoShame')).toEqual([]);
  });
});

describe('round forty-four: each guard beside the sentence it holds back', () => {
  it("guilt: thanks, a player's own ankle, a trip, a sleepless night, staff, God, a seat", () => {
    expect(
      guilt(
        'Huge thanks to Marco, who knew the old truck was shot and kept it running anyway so we ' +
          'could deliver every turkey.',
      ),
    ).toEqual([]);
    expect(guilt('He knew his ankle was broken and played anyway.')).toEqual([]);
    expect(guilt('How much did you save on the flights? Was it worth it? Absolutely.')).toEqual([]);
    expect(
      guilt(
        'He is charged with assault. Side question: how do you sleep at night with the AC out?',
      ),
    ).toEqual([]);
    expect(guilt('Where was Officer Ruiz when the storm warning came out?')).toEqual([]);
    expect(guilt('Does Chief Ruiz really think anyone believes this staffing report?')).toEqual([]);
    expect(guilt("C'est le bon Dieu qui a fait ça.")).toEqual([]);
    expect(guilt("It's Kessler that put her in that seat.")).toEqual([]);
    expect(guilt("It's the voters that put her on that council, so vote her out.")).toEqual([]);
  });

  it("political: a name in November of a year past, in a council's minutes", () => {
    expect(
      political('Council minutes, 2023. Okafor in November 2023 moved to table the levy.'),
    ).toEqual([]);
  });

  it('pending: an officer foretelling a plea is commentary too', () => {
    expect(pending("Sgt. Ruiz says this'll get pled down to a misdemeanor.")).toEqual([
      "this'll get pled down",
    ]);
  });
});

describe("round forty-four's review: clean near misses the first rules flagged", () => {
  it('guilt: a driver of his own car, a rescue, a mother of twins, a pet, a toddler, a scam', () => {
    for (const text of [
      'Knew my tires were bald and drove on them anyway. Got a flat on I-40 at midnight.',
      'Mike knew the pond ice was cracked and crawled out to the boy anyway. That boy is home tonight because of him.',
      'Sarah knew the generator was leaking oil and kept it running anyway through the ice storm so the nursing home had heat.',
      'Twins AND night shift? How do you sleep at night, Maria?',
      'We saved you a seat at the banquet. Hope the traffic was worth it, Dave.',
      "Lost dog update: where was he when the storm rolled in? Under the neighbor's porch, dry as a bone!",
      'Why is Mom still getting emails from the "IRS"? Because scammers reuse lists.',
      'My toddler hid the remote and blamed the cat. Does he really think we believe that?',
      'Scam alert: callers posing as grandchildren have conned several seniors out of their savings this month.',
      'Nuestro equipo solo se defendió en el segundo tiempo, pero ganamos 2-1.',
      "C'est le chat qui a cassé le vase, pas les enfants.",
      "C'est notre sergent qui a commencé la collecte de jouets il y a dix ans.",
      "C'est Marc qui a commencé la tradition du café du dimanche.",
      'Mamie savait que la route était glissante et elle est venue au souper quand même.',
      "Il n'a rien fait de la journée, ce chat! Trop mignon.",
      'Он не виноват, что опоздал — автобус сломался.',
      "It was Mrs. Lee's class that put him on that path to the academy.",
      'The nurse put him in that wheelchair after the fall and pushed him to the car herself.',
      'Ignored two parking citations? You may have a warrant. Call us to clear it.',
      'He ignored every warning light on the dash and drove to the shop anyway.',
    ])
      expect(guilt(text), text).toEqual([]);
  });

  it("pending: a pension, an officer's years, a warranty, jurors' shuttles, a yard sale", () => {
    for (const text of [
      'Officers hired this year will get the full five years toward their pension under the new contract.',
      'The new SRO will get the same three years Deputy Hall got at Lincoln Middle.',
      "Your warranty: you'll get the full two years on parts and labor.",
      'Jurors from the north end will get free shuttle rides from the park-and-ride lot.',
      "Jury'll need to use the Market Street entrance during construction.",
      'No jury in this county is going to be called during the holiday week, per the clerk.',
      "This'll get bargained down to $20 by Sunday afternoon, guaranteed. Yard sale on Elm.",
      'The suspect was arrested Tuesday. For dispatchers, anything less than real time location costs minutes.',
    ])
      expect(pending(text), text).toEqual([]);
  });

  it('political: a recruit, a toy drive, a Turkey Trot, a patient sent home, safety hashtags', () => {
    for (const text of [
      'Congrats to our newest officers! Martinez 2025.',
      'Toy Drive 2025 📦 Drop off new, unwrapped toys at any station through Dec. 15.',
      'Turkey Trot in November! Register at the rec center.',
      "We're backing Hospice House in November: every dollar from the chili cook-off goes to them.",
      'Doctors say they will send Grandpa home on the 12th. Thank you all for the prayers!',
      'Our Tigers will send Central packing on Tuesday night. Go Tigers!',
      'Polls close at 8. If you are celebrating election night, plan a sober ride. #NoDrunkDriving',
      'Campaign signs on utility poles are a city code violation for every candidate. #NoExceptions',
    ])
      expect(political(text), text).toEqual([]);
  });

  it('still caught: a life weighed at a named man, and a hashtag against a named candidate', () => {
    expect(
      guilt(
        "You skipped the brake job to pad your profits. Was it worth three kids' lives, Harlan?",
      ),
    ).toEqual(["Was it worth three kids' lives"]);
    expect(
      political('Hargrove voted for the jail cuts. Early voting ends Friday. #NoMoreHargrove'),
    ).toEqual(['#NoMoreHargrove']);
  });
});

describe("round forty-four's review, taken back where the development sets showed the cost", () => {
  it('others sent or let in, a campaign tail after the year, a send-off on a vote date', () => {
    expect(guilt('Whitcomb knew it and sent that bus up the mountain anyway.')).toEqual([
      'Whitcomb knew it and sent that bus up the mountain anyway',
    ]);
    expect(
      guilt('Kingpin knew Cormier carried a blade and let him back in the league anyway.'),
    ).toEqual(['Kingpin knew Cormier carried a blade and let him back in the league anyway']);
    expect(political("This city needs patrols. Duarte 2026, y'all.")).toEqual(['Duarte 2026']);
    expect(
      political("Half the building dept is sweating. Kolb 2025, she'll clean house 🧹"),
    ).toEqual(['Kolb 2025']);
    expect(political("Natarajan 2024!! She's not bought. Knock doors with us Saturday.")).toEqual([
      'Natarajan 2024',
    ]);
    expect(political('He. Knew. And Pennock let him. June 3, send Pennock packing.')).toEqual([
      'send Pennock packing',
    ]);
  });

  it("not cookies let through, a kid's bike, nor a team sent packing on a Tuesday", () => {
    expect(
      guilt('Mom knew we were sneaking cookies before dinner and let us have them anyway.'),
    ).toEqual([]);
    expect(
      political('Shop With a Cop was a blast. Ramirez 2025, your kid picked the best bike!'),
    ).toEqual([]);
    expect(political('Our Tigers will send Central packing on Tuesday night. Go Tigers!')).toEqual(
      [],
    );
  });
});
