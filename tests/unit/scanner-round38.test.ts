import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';

/*
 * Round thirty-eight: shapes the blind ninety-first and ninety-second sets wrote and the rules did
 * not read, and three mends to older rules (a staff title in lowercase, a chore, a name at the end
 * of a line). Scanned without the sentence model, so each test holds a rule, not the
 * model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const personal = (text: string) => personalDataScanner.scan(text, {}).map((f) => f.text);

describe('staff named after a lowercase title in an idiom', () => {
  it('"It was their coach Dale driving" is staff at work, as "Coach Dale" is', () => {
    expect(
      guilt(
        'Someone drained the diesel from the milk truck overnight and the sheriff is ' +
          'investigating the theft. It was their coach Dale driving the truck that morning.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'The bikes were stolen from the rack on Friday. It was my sergeant Ruiz with the ' +
          'trailer, hauling them back to the station.',
      ),
    ).toEqual([]);
  });

  it('a relative in the same words is still blamed', () => {
    expect(guilt('The theft case is open. It was his dad Gary with the pump trailer.')).toEqual([
      'It was his dad Gary with the',
    ]);
  });
});

describe('a chore told with a street verb', () => {
  it('paint stripped and branches cut off are chores; copper and converters are not', () => {
    expect(guilt('Dale has been stripping old paint off the porch all week.')).toEqual([]);
    expect(guilt('Kyle cut the branches off the maple for Mrs. Ortiz.')).toEqual([]);
    expect(guilt('Somebody siphoned water from the flooded basement.')).toEqual([]);
    expect(guilt('Dale has been stripping copper out of the vacant houses on Elm.')).toEqual([
      'Dale has been stripping copper out of the vacant houses',
    ]);
    expect(guilt('Kyle cut the converters off three cars behind the church.')).toEqual([
      'Kyle cut the converters off three cars behind the church',
    ]);
  });
});

describe('a name ends at the line', () => {
  it("the words marked stop at the name, not the next line's first word", () => {
    expect(
      guilt(
        'Somebody took the bikes off the rack again and the theft report is in. My money is on ' +
          'Kyle\nRacks will be moved Monday.',
      ),
    ).toEqual(['My money is on Kyle']);
    expect(
      guilt('The bikes were stolen Friday, case is open. Pretty sure it was Travis\nPhotos below.'),
    ).toEqual(['Pretty sure it was Travis']);
  });
});

describe('a wrong known, a worker sent into danger, a boss vouched for', () => {
  const fan = 'The manager was told the pit fan was broken three weeks before Marvin died.';
  it('"He knew." as a sentence of its own beside the harm told', () => {
    expect(guilt(`${fan} He knew.`)).toEqual(['He knew']);
    expect(guilt(`${fan} He knew the fan.`)).toEqual([]);
    expect(
      guilt('The old man had walked these woods for sixty years after the fire. He knew.'),
    ).toEqual([]);
    expect(
      guilt('Officer Diaz saw the smoke from the burglary scene and ran in. He knew.'),
    ).toEqual([]);
  });

  it('a crew or a boy sent in without what keeps them safe; not a captain, nor a claim retold', () => {
    expect(
      guilt('Gary Lindahl sent his crew into a 140-foot fir with nobody watching the top.'),
    ).toEqual(['Gary Lindahl sent his crew into a 140-foot fir with nobody watching the top']);
    expect(
      guilt('Mr. Haskins put the teens on the float with the music still on and they had a blast.'),
    ).toEqual([]);
    expect(guilt('What a joke. The boss sends a guy in with no tie-off.')).toEqual([
      'The boss sends a guy in with no tie-off',
    ]);
    expect(
      guilt('Captain Ruiz sent his crew into the burning barn with no water on the roof yet.'),
    ).toEqual([]);
    expect(
      guilt(
        'According to the lawsuit, Gary Lindahl sent his crew into a fir with nobody watching the top.',
      ),
    ).toEqual([]);
  });

  it('"He would never put a man in danger" beside a case; not of a chief, nor praise', () => {
    expect(
      guilt('Vogel is charged with manslaughter. He would never put a man in danger, period.'),
    ).toEqual(['He would never put a man in danger']);
    expect(
      guilt(
        "Vogel is charged with manslaughter. I don't believe for a second he'd put a worker in danger.",
      ),
    ).toEqual(["I don't believe for a second he'd put a worker in danger"]);
    expect(
      guilt('Vogel is charged with manslaughter. Chief Haller would never put a man in danger.'),
    ).toEqual([]);
    expect(
      guilt('Mr. Haskins would never put a kid in danger. Best crossing guard this town ever had.'),
    ).toEqual([]);
  });

  it('"a victim here, not a thief" vouches for a named person; a correction names no culprit', () => {
    expect(guilt('Keoni Akana is a victim here, not a thief.')).toEqual([
      'Keoni Akana is a victim here, not a thief',
    ]);
    expect(guilt('Keoni is the real victim here, not a thief.')).toEqual([
      'Keoni is the real victim here, not a thief',
    ]);
    expect(
      guilt('Maria is the victim, not the suspect. Please stop sharing the wrong photo.'),
    ).toEqual([]);
    expect(guilt('Esteban is the victim, not the one who reported it.')).toEqual([]);
  });

  it('"knowing full well" and a bill for care never given, beside a case', () => {
    expect(
      guilt(
        'Dana Whitlock, charged with theft by deception, kept booking consultations while ' +
          'knowing full well that no crew was ever coming.',
      ),
    ).toEqual(['knowing full well']);
    expect(
      guilt('Too many people get behind the wheel knowing full well they have had too much.'),
    ).toEqual([]);
    expect(
      guilt('He is charged with arson. We went in knowing full well the roof could go.'),
    ).toEqual([]);
    expect(
      guilt(
        'The fire was set Tuesday. Sgt. Lopez ran back into the burning house knowing full well the roof could go.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Dr. Whitacre billed my Medicaid for physical therapy I never got. He is charged with fraud.',
      ),
    ).toEqual(['Dr. Whitacre billed my Medicaid for physical therapy I never got']);
  });
});

describe('a charged case foretold in the words of the thread', () => {
  it('a trial ruled out, a plea foretold, a term at a named prison, an easy case', () => {
    expect(
      pending(
        'He is charged with carjacking. Honestly, we’d be surprised if this one ever reaches a jury.',
      ),
    ).toEqual(['surprised if this one ever reaches a jury']);
    expect(
      pending('We’d be surprised if it ever gets to court, said the organizer of the cook-off.'),
    ).toEqual([]);
    expect(
      pending('Petrenko was charged with burglary Friday. Expect 3 to 4 years at Coyote Ridge.'),
    ).toEqual(['Expect 3 to 4 years at Coyote Ridge']);
    expect(pending('Expect 3 to 4 years at Lincoln Elementary before the new gym opens.')).toEqual(
      [],
    );
    expect(
      pending('He is charged with theft. Expect 2 years in the making for the new station.'),
    ).toEqual([]);
    expect(
      pending(
        'He is charged with theft. With his prints on the hasp, a plea is only a matter of time.',
      ),
    ).toEqual(['plea is only a matter of time']);
    expect(
      pending(
        'Vogel is charged with manslaughter. Prosecutors won’t have any trouble with this one.',
      ),
    ).toEqual(['Prosecutors won’t have any trouble']);
    expect(
      pending(
        'Kealoha is charged. The State will have no trouble finding parking for the hearing.',
      ),
    ).toEqual([]);
  });

  it('words that tell a trial of their own; reasonable doubt where a case is told', () => {
    expect(pending("He's not walking out of that courtroom a free man.")).toEqual([
      'not walking out of that courtroom a free man',
    ]);
    expect(pending("He is charged with assault. That's reasonable doubt right there.")).toEqual([
      "That's reasonable doubt right there",
    ]);
    expect(pending('We hope this time a judge sends a message.')).toEqual([
      'hope this time a judge sends a message',
    ]);
    expect(
      pending(
        'The jury sends a message to the community every time they show up. Thank you, jurors!',
      ),
    ).toEqual([]);
  });
});

describe("personal data in a records system's words and capitals", () => {
  it("an operator licence number, a Spanish date of birth, a dispatch log's address", () => {
    expect(personal('ARRESTEE: PRUITT, DALE EUGENE  OLN K08-114-592 NARR: SUBJ STRUCK V1')).toEqual(
      ['K08-114-592'],
    );
    expect(personal('Fecha de nacimiento 03/08/2009. Mide 5 pies.')).toEqual(['03/08/2009']);
    expect(personal('2247 RP AT 1146 SLATE CREEK RD ADVS GRINDER NOISE')).toEqual([
      '1146 SLATE CREEK RD',
    ]);
  });

  it("not a heading's place, a gas station's, nor a public service's line", () => {
    expect(personal('SUSPICIOUS PACKAGE – 1401 ELM ST')).toEqual([]);
    expect(personal('2347 ROBBERY AT GAS STATION AT 4100 GRAVIER AVE')).toEqual([]);
    expect(personal('0215 DISTURBANCE AT 100 BLOCK OF MAIN ST, PARTIES SEPARATED')).toEqual([]);
    expect(personal('0930 COFFEE WITH A COP AT 200 CIVIC CENTER DR')).toEqual([]);
    expect(personal('1030 K9 DEMO AT 415 MAIN ST (LINCOLN ELEMENTARY)')).toEqual([]);
    expect(
      personal(
        'Anyone who needs help can call the county health department’s line at (555) 555-0144.',
      ),
    ).toEqual([]);
    expect(
      personal('If you are struggling, the county’s 24-hour recovery line is (555) 555-0150.'),
    ).toEqual([]);
    expect(personal("If you saw the fight, Dale's line is (555) 555-0144.")).toEqual([
      '(555) 555-0144',
    ]);
  });
});

/*
 * Round thirty-nine, from the ninety-third and ninety-fourth sets: a safety check skipped or
 * faked, a wrong seen and let be, a crew's lookout, a harm laid on a person, a duty asked of the
 * one it was; a charged case foretold; personal data in Spanish, Hawaiian and parentheses.
 */
describe('a safety check skipped, faked, or seen undone and let be', () => {
  it('"told his drivers to skip the brake checks" beside a harm, "pencil-whipped that log"', () => {
    expect(
      guilt('Two drivers died on the grade. Ronnie told his drivers to skip the brake checks.'),
    ).toEqual(['Ronnie told his drivers to skip the brake checks']);
    expect(guilt('Ronnie told his drivers to skip the brake checks on the parade floats.')).toEqual(
      [],
    );
    expect(guilt('Matsuda pencil-whipped that log, everybody at the hangar knows.')).toEqual([
      'Matsuda pencil-whipped that log',
    ]);
    expect(guilt("Bet he's been pencil-whipping lift checks for years.")).toEqual([
      "he's been pencil-whipping lift checks for years",
    ]);
    expect(guilt('According to the lawsuit, Matsuda pencil-whipped that log.')).toEqual([]);
  });

  it('"saw the broken fan for weeks and kept quiet" beside a harm; not a surprise kept', () => {
    expect(
      guilt('Marvin drowned in the pit. The manager saw the broken fan for weeks and kept quiet.'),
    ).toEqual(['The manager saw the broken fan for weeks and kept quiet']);
    expect(
      guilt('Marvin drowned in the pit. Javier Ocampo saw the whole thing and did nothing wrong.'),
    ).toEqual([]);
    expect(guilt('Mrs. Ortiz knew about the surprise party for weeks and kept quiet!')).toEqual([]);
  });
});

describe("a crew's lookout, a harm laid on a person, a duty asked of the one it was", () => {
  it('"was the lookout that night", "just the lookouts"; not a lookout on a boat', () => {
    expect(guilt('Jaylen, the 14 year old, was the lookout that night.')).toEqual([
      'was the lookout',
    ]);
    expect(guilt('The two they arrested were just the lookouts.')).toEqual([
      'were just the lookouts',
    ]);
    expect(guilt('Ben was the lookout on the bow while we crossed the bay.')).toEqual([]);
    expect(guilt('Jaylen was the lookout for Santa on the firehouse roof at the parade.')).toEqual(
      [],
    );
  });

  it('"burying a father because of him"; not a life saved, nor an officer\'s rescue', () => {
    expect(
      guilt(
        'He is charged with manslaughter. A family in Baltimore is burying a father because of him.',
      ),
    ).toEqual(['A family in Baltimore is burying a father because of him']);
    expect(guilt('Two men died in that fire thanks to him.')).toEqual([
      'Two men died in that fire thanks to him',
    ]);
    expect(guilt('The man is alive today because of him.')).toEqual([]);
    expect(
      guilt('Firefighter Gomez carried the woman out. She is out of the hospital because of him.'),
    ).toEqual([]);
    expect(guilt('Nobody died that night thanks to Deputy Marsh.')).toEqual([]);
    expect(guilt('Nobody died in that fire thanks to Ben.')).toEqual([]);
    expect(guilt('The family is not burying a son today thanks to Medic Torres.')).toEqual([]);
    expect(
      guilt('Officer Diaz pulled him out. He is out of the hospital today thanks to her.'),
    ).toEqual([]);
  });

  it('"a father" and "the nurse" are anyone; a Father and an officer are staff', () => {
    expect(guilt('The theft case is open. It was his father Gary with the pump trailer.')).toEqual([
      'It was his father Gary with the',
    ]);
    expect(guilt('The theft case is open. It was Father Gary with the pump trailer.')).toEqual([]);
  });

  it('"Who do you think was supposed to count them, Dell?" beside a death; not a picnic', () => {
    expect(
      guilt(
        'Owen drowned Saturday. Who do you think was supposed to count the life jackets before ' +
          'leaving the dock, Dell?',
      ),
    ).toEqual([
      'Who do you think was supposed to count the life jackets before leaving the dock, Dell?',
    ]);
    expect(
      guilt('Who do you think was supposed to bring the cooler to the picnic, Janet?'),
    ).toEqual([]);
  });
});

describe('a charged case foretold, round thirty-nine', () => {
  it('back at it "the day he gets out", "He should never drive again", the video decisive', () => {
    expect(
      pending('Pryce is charged with theft. He’ll be back in that mill the day he gets out.'),
    ).toEqual(['the day he gets out']);
    expect(pending('Lindqvist remains charged. He should never drive again.')).toEqual([
      'should never drive again',
    ]);
    expect(pending('After his stroke, Grandpa should never drive again.')).toEqual([]);
    expect(
      pending(
        'He was arrested for DUI. If you have been drinking, you should never drive, not tonight, not again.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'He was arrested Friday. The day he gets out of the hospital, we are throwing a party.',
      ),
    ).toEqual([]);
    expect(pending('He is charged with assault. Honestly, the video settles it.')).toEqual([
      'video settles it',
    ]);
    expect(
      pending('Kealoha is charged. Whatever happens in August, no sentence will be long enough.'),
    ).toEqual(['no sentence will be long enough']);
  });
});

describe('personal data in Spanish, Hawaiian and parentheses', () => {
  it('a plate after "placa", a Hawaiian house number, a licence in parentheses', () => {
    expect(personal('Su placa JTX-9032, una Tacoma gris.')).toEqual(['JTX-9032']);
    expect(personal('Ofc. Ruiz, placa A17, took the report.')).toEqual([]);
    expect(personal('Gracias al agente Ruiz, placa SJPD 4471.')).toEqual([]);
    expect(personal('Saturday from 10-12 Main Street will be closed for the parade.')).toEqual([]);
    expect(personal('La placa 4471 del oficial.')).toEqual([]);
    expect(personal('Stolen board: 67-221 Kaʻaumoana Street, call us.')).toEqual([
      '67-221 Kaʻaumoana Street',
    ]);
    expect(
      personal('He was stopped with a driver’s license (H04-552-981) that was suspended.'),
    ).toEqual(['H04-552-981']);
  });

  it('the front desk and a named shop are public; a person named before is not', () => {
    expect(
      personal('Free cable locks at the police front desk, 75 Mill St, while supplies last.'),
    ).toEqual([]);
    expect(personal('Our friends at Kestrel Outfitters (212 Main St) rent kits.')).toEqual([]);
    expect(personal('Dale Smith (4417 Oak St) called it in.')).toEqual(['4417 Oak St']);
  });
});

/*
 * Round forty, from the ninety-fifth and ninety-sixth sets: a how-could-you put to the one named,
 * a named person defending himself, innocence in French and Portuguese, a jury's verdict and a
 * sentence foretold; a docket number and a log's "REG".
 */
describe('round forty: guilt and innocence', () => {
  it('"How do you \'not notice\' 51 degrees…, Gerry?" beside a death; not a question about a park', () => {
    expect(
      guilt(
        "A resident died when the heat failed. How do you 'not notice' 51 degrees in a building " +
          'you walk through every morning, Gerry?',
      ),
    ).toEqual([
      "How do you 'not notice' 51 degrees in a building you walk through every morning, Gerry?",
    ]);
    expect(guilt('How do you like the new park, Janet?')).toEqual([]);
  });

  it('"Colt was defending himself", "Stop blaming Rogelio", "Il est innocent"', () => {
    expect(guilt('Colt was defending himself, period.')).toEqual(['Colt was defending himself']);
    expect(guilt('His lawyer will argue that Colt was defending himself.')).toEqual([]);
    expect(guilt('The other girl was only defending herself.')).toEqual([
      'The other girl was only defending herself',
    ]);
    expect(guilt('Stop blaming Rogelio. It was his son-in-law Freddy.')).toEqual([
      'Stop blaming Rogelio',
    ]);
    expect(guilt('Stop blaming Mother Nature for the potholes.')).toEqual([]);
    expect(guilt('Il est innocent, point final.')).toEqual(['Il est innocent']);
    expect(guilt('Ele é inocente.')).toEqual(['Ele é inocente']);
  });

  it('one rule for "he" and "Colt" defending himself, with one guard against a lawyer\'s claim', () => {
    expect(guilt('That man was defending himself, plain and simple.')).toEqual([
      'That man was defending himself',
    ]);
    expect(guilt('His lawyer is going to claim he was defending himself.')).toEqual([]);
    expect(guilt('His attorney says she was defending herself.')).toEqual([]);
  });

  it('a defendant who goes to court without a lawyer is "defending himself" too, and no claim', () => {
    expect(guilt('Marsh fired his public defender and he is defending himself at trial.')).toEqual(
      [],
    );
    expect(guilt('Colt is defending himself in court next month.')).toEqual([]);
    expect(guilt('Colt is defending himself, and the video shows it.')).toEqual([
      'Colt is defending himself',
    ]);
  });

  it('the presumption of innocence in Spanish is no claim', () => {
    expect(guilt('Todo acusado es inocente hasta que se pruebe lo contrario.')).toEqual([]);
    expect(guilt('Ella es inocente, la conozco.')).toEqual(['es inocente']);
  });
});

describe('round forty: a verdict or a sentence foretold', () => {
  it('where a case is told', () => {
    expect(
      pending('Pruett is charged. No jury in this county is going to buy that story.'),
    ).toEqual(['No jury in this county is going to buy that story']);
    expect(
      pending("Theriault is charged. If there's any justice, she'll get at least ten years."),
    ).toEqual(["she'll get at least ten years"]);
    expect(pending('He was charged Friday. Esperamos que el juez le dé la pena máxima.')).toEqual([
      'dé la pena máxima',
    ]);
    expect(pending('He was charged. La pena máxima es de diez años.')).toEqual([]);
  });
});

describe('round forty: a docket number and a log\'s "REG"', () => {
  it('"docket number is 2611CR000934", "MA REG 4TRK72"; not "Docket 4"', () => {
    expect(personal('His docket number is 2611CR000934, go see for yourself.')).toEqual([
      'docket number is 2611CR000934',
    ]);
    expect(personal('SUSP FLED BLK PICKUP MA REG 4TRK72')).toEqual(['4TRK72']);
    expect(personal('Docket 4 was the busiest of the week.')).toEqual([]);
  });
});
