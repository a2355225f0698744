import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round twenty: what the blind thirty-seventh and thirty-eighth sets wrote that the rules did not
 * read (each written here in other words), with its near misses. `rules` scans without the
 * sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);
const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
const pending = (text: string) => rules(pendingProsecutionScanner, text);

describe('guilt or innocence from the thirty-seventh and thirty-eighth sets', () => {
  it("takes a part in a crew told as fact, not a suspicion, a question or a fence's", () => {
    expect(
      guilt('Four men stole 30 cars. The youngest, 16-year-old Rory Tate, was the lookout.'),
    ).toContain('was the lookout');
    expect(guilt('Folks say the Varga woman was the fence for the whole crew.')).toContain(
      'was the fence for the whole crew',
    );
    expect(
      guilt('Ilya Petrov, arrested on theft charges, is the brains behind the bike ring.'),
    ).toContain('is the brains behind the bike ring');
    expect(guilt('He was accused of being the lookout in the robbery.')).toEqual([]);
    expect(guilt('Who was the lookout in the robbery?')).toEqual([]);
    expect(guilt('The fence at the park was stolen. Jo is the fence guy.')).toEqual([]);
    expect(guilt('Thanks to Dana, the brains behind our food drive! Theft down 10%.')).toEqual([]);
  });

  it('takes who runs a crew, not a volunteer thanked for running the day', () => {
    expect(guilt('Mail theft is everywhere. Her cousin Rollo who runs the whole thing.')).toContain(
      'who runs the whole thing',
    );
    expect(guilt('Trina set the whole thing up. The robbery was her plan.')).toContain(
      'Trina set the whole thing up',
    );
    expect(guilt('Thanks to Marcy who ran the whole thing! Theft prevention fair.')).toEqual([]);
  });

  it('takes a deed watched, not a car pulling into a driveway', () => {
    expect(guilt('I literally watched the tall guy pull mail out of her box at noon.')).toContain(
      'I literally watched the tall guy pull mail out of her box',
    );
    expect(
      guilt('Robo de catalizador otra vez. La vi con mis propios ojos cortando el tubo.'),
    ).toEqual(['La vi con mis propios ojos cortando el tubo']);
    expect(guilt('I saw her pull into the driveway right after the break-in.')).toEqual([]);
  });

  it('takes a deed told as a tally or a habit, not a theft reported or a show stolen', () => {
    expect(guilt('Police say Tomas Reyes has stolen at least six bikes this month.')).toContain(
      'Tomas Reyes has stolen at least six bikes',
    );
    expect(
      guilt('Arrested: Dale Pike. Pike has been running pills out of Room 9 since May.'),
    ).toEqual(['Pike has been running pills out of Room 9']);
    expect(guilt('Evan Brooks-Hill is 19 and already stealing packages off porches.')).toContain(
      'and already stealing packages off porches',
    );
    expect(guilt('Trek stolen from the rack outside the library.')).toEqual([]);
    expect(guilt('Fairview was robbed at knifepoint just after 10.')).toEqual([]);
    expect(guilt('Someone has been stealing packages on Elm.')).toEqual([]);
    expect(guilt('My bike has been stolen twice.')).toEqual([]);
    expect(guilt("He's stealing the show again at practice.")).toEqual([]);
    expect(
      guilt('Our car was stolen. Officer Diaz has been running drugs tests all week.'),
    ).toEqual([]);
  });

  it("takes the doer named after it's, whoever and that's, in English and Spanish", () => {
    expect(
      guilt('Everyone on Oak Street knows it’s Rudy Kolb going through cars at night.'),
    ).toContain('it’s Rudy Kolb going through cars at night');
    expect(guilt('Car break-ins again. We know it’s you, Trent')).toContain('know it’s you, Trent');
    expect(
      guilt('Whoever threw the rock at the cruiser, that was Kenny Price, he lives on 5th.'),
    ).toContain('Whoever threw the rock at the cruiser, that was Kenny Price');
    expect(guilt('Remember the man in the green coat on the video? That’s our shooter.')).toContain(
      'That’s our shooter',
    );
    expect(guilt('Gina Orr down on Elm is the one fencing everything. Thefts are up.')).toContain(
      'is the one fencing everything',
    );
    expect(guilt('The Marsh kid is the one who did most of the spray-painting.')).toContain(
      'is the one who did most of the spray-painting',
    );
    expect(guilt('Le robaron la bici a mi hijo. Fue el sobrino de Don Ramón.')).toContain(
      'Fue el sobrino de Don Ramón',
    );
    expect(guilt('fue Marco el que entró con el cuchillo, no su primo')).toContain(
      'fue Marco el que entró',
    );
    expect(guilt('That’s our shooter! 30 points in the game tonight.')).toEqual([]);
    expect(guilt('Is that our shooter? Police arrested a man.')).toEqual([]);
    expect(guilt('Mom is the one who did most of the cooking.')).toEqual([]);
    expect(guilt('It’s Maria Lopez singing the anthem tonight.')).toEqual([]);
  });

  it('takes a short denial and a vouched habit, not "Not him again"', () => {
    expect(guilt('Not him. The one y’all want stole the converter and lives in a van.')).toContain(
      'Not him',
    );
    expect(guilt('Wrong person. Her ex is who torched it.')).toContain('Wrong person');
    expect(guilt('Mi tía fue arrestada. Ella nunca robaría nada de nadie.')).toContain(
      'nunca robaría nada de nadie',
    );
    expect(guilt('Lo arrestaron por robo, pero él no le roba a nadie')).toContain(
      'no le roba a nadie',
    );
    expect(
      guilt('They arrested Andre for the robbery. Andre was never even inside that store.'),
    ).toContain('Andre was never even inside that store');
    expect(guilt('Not him again. Another theft on Elm.')).toEqual([]);
    expect(guilt('He was never at the house before the burglary.')).toEqual([]);
    expect(guilt('She was never even in the robbery video, she was at work.')).toEqual([]);
  });

  it('leaves what people in general say, nobody in particular and a question of the law', () => {
    expect(
      guilt('People saying he did it or didn’t do it have not seen the whole bodycam video.'),
    ).toEqual([]);
    expect(guilt('Anyone who says he didn’t do it should go ask the clerk.')).toEqual([]);
    expect(guilt('Not everyone arrested is guilty.')).toEqual([]);
    expect(
      guilt('Honest question, if she takes a plea does that mean she admits it? Or not'),
    ).toEqual([]);
    expect(guilt('Everyone says he did it.')).toContain('he did it');
    expect(guilt('The man arrested is guilty.')).toContain('is guilty');
    expect(guilt('Call him and ask why he did it')).toContain('he did it');
  });
});

describe('pending prosecution from the thirty-seventh and thirty-eighth sets', () => {
  it('takes the case called over for several, not us finished', () => {
    expect(pending('Bo and Ray were charged Monday. Bo and Ray are toast.')).toContain('are toast');
    expect(pending('Charged with theft. We’re finished.')).toEqual([]);
    expect(
      pending('It is 104 out and you’re toast if you hike at noon. A man was charged.'),
    ).toEqual([]);
  });

  it('takes the sentence or the outcome foretold or wished, not years of a scholarship', () => {
    expect(pending('Trial starts Monday. My bet: 12 years for Ferris.')).toContain(
      'My bet: 12 years for Ferris',
    );
    expect(
      pending('Sentencing is next week for the robbery. Should get the full 6 years.'),
    ).toContain('Should get the full 6 years');
    expect(pending('Judge gave him probation last time. He’ll walk with time served.')).toContain(
      'He’ll walk with time served',
    );
    expect(pending('The jury convicted him. Bet the whole thing gets tossed on appeal.')).toContain(
      'gets tossed on appeal',
    );
    expect(pending('Give her the max for the robbery, make an example out of her.')).toContain(
      'make an example out of her',
    );
    expect(pending('She was charged with fraud, and she’s taking the plea Friday.')).toContain(
      'she’s taking the plea',
    );
    expect(pending('Trial day 3, and with that video, that’s the ballgame.')).toContain(
      'that’s the ballgame',
    );
    expect(pending('He was charged Monday. That should seal his fate.')).toContain(
      'should seal his fate',
    );
    expect(pending('The coach made an example out of him for being late to practice.')).toEqual([]);
    expect(pending('Our bet: the Eagles in 3 years.')).toEqual([]);
  });

  it("takes the defendant's character and the evidence judged, not a K-9's or a program", () => {
    expect(pending('Charged with assault. Violent thug, always has been.')).toContain(
      'Violent thug',
    );
    expect(pending('Omar is a gentle giant. His trial is in May.')).toContain('gentle giant');
    expect(
      pending('He is not the monster you all are making him out to be. Trial is next week.'),
    ).toContain('not the monster you all are making him out to be');
    expect(pending('Charged with DUI homicide. Skid marks say he never even braked.')).toContain(
      'Skid marks say he never even braked',
    );
    expect(pending('Keon didn’t rob anybody, they have his badge swipe at 9:52.')).toContain(
      'they have his badge swipe',
    );
    expect(
      pending('The clerk ID’d Bellamy from the lineup. He is charged with robbery.'),
    ).toContain('ID’d Bellamy from the lineup');
    expect(
      pending('The report says he is a high risk to reoffend. Sentencing is Friday.'),
    ).toContain('high risk to reoffend');
    expect(pending('Our K9 Bruno is a gentle giant. Come meet him at the open house.')).toEqual([]);
  });

  it('takes the evidence and the sentence judged in Spanish', () => {
    expect(pending('Las pruebas en su contra son contundentes.')).toContain(
      'Las pruebas en su contra son contundentes',
    );
    expect(pending('Con lo que tenemos, le espera una condena larga.')).toContain(
      'le espera una condena larga',
    );
    expect(pending('Esperamos que la fiscalía pida la pena máxima.')).toContain(
      'pida la pena máxima',
    );
  });
});

describe('round twenty, mended after a fresh-eyes review', () => {
  it('leaves officers, helpers, games and family talk that the new guilt rules first flagged', () => {
    expect(
      guilt('I watched Officer Diaz pull the suspect out of the car after the robbery.'),
    ).toEqual([]);
    expect(
      guilt(
        'I watched the little girl pour lemonade at her stand; somebody stole her tip jar later.',
      ),
    ).toEqual([]);
    expect(guilt('La vi pintando el mural del parque con los voluntarios.')).toEqual([]);
    expect(guilt('Fue Keon el que ganó el torneo. Gracias a la policía por organizarlo.')).toEqual(
      [],
    );
    expect(guilt('Whoever broke the record at the 5K, that was Maria Lopez!')).toEqual([]);
    expect(guilt('Whoever shot the video at the parade, that was Jenna Park, amazing.')).toEqual(
      [],
    );
    expect(guilt('Mia has stolen the show at every recital this year!')).toEqual([]);
    expect(guilt('Our shortstop Mia has stolen 14 bases this season.')).toEqual([]);
    expect(guilt("Dad's been stealing fries off my plate all night.")).toEqual([]);
    expect(
      guilt('The suspects were arrested. Brenda was the brains behind the food drive.'),
    ).toEqual([]);
    expect(guilt('Our K-9 Rex was the muscle behind the whole search after the robbery.')).toEqual(
      [],
    );
    expect(guilt('Meet the brains behind our new car break-in prevention campaign!')).toEqual([]);
    expect(guilt('Detective Ruiz planned the whole thing that led to 14 arrests.')).toEqual([]);
    expect(guilt('Mi perro nunca lastimaría a nadie, es muy tranquilo.')).toEqual([]);
    expect(guilt('Welcome aboard! We know it’s you, Coach Lee, who made the fair happen.')).toEqual(
      [],
    );
    expect(guilt('Sgt. Molina is the one selling the stolen bikes at the police auction.')).toEqual(
      [],
    );
    expect(
      guilt(
        'Who won the raffle? Not him. Congrats to Maria! Thanks to the robbery prevention booth.',
      ),
    ).toEqual([]);
  });

  it('still takes what those rules were written for, and a question asked after a claim', () => {
    expect(guilt('Wait, so Rocco runs the whole ring that stole the scooters?')).toEqual([]);
    expect(guilt('Keck has stolen at least nine scooters this month?')).toEqual([]);
    expect(guilt('Sheila is the brains behind these break-ins.')).toContain(
      'is the brains behind these break-ins',
    );
    expect(guilt('Jalen was the lookout during the robbery.')).toContain(
      'was the lookout during the robbery',
    );
    expect(guilt('He did it, so doesn’t that mean he should get life?')).toContain('He did it');
    expect(guilt('People saying he’s innocent are 100% right.')).toContain('he’s innocent');
  });

  it('leaves a bake-off, a game, a K-9 and a roof that the new pending sayings first flagged', () => {
    expect(pending('The cookies are toast! Video of the bake-off below.')).toEqual([]);
    expect(pending('That’s the ballgame! Tigers win 7-3. Video of the walk-off below.')).toEqual(
      [],
    );
    expect(
      pending('Our new K-9 Bruno is a gentle giant! He helped with 40 arrests last year.'),
    ).toEqual([]);
    expect(
      pending('The judge approved it: the new sealant will seal it against the rain.'),
    ).toEqual([]);
    expect(pending('My guess: 3 years for the roof, once the judge approves the budget.')).toEqual(
      [],
    );
  });
});

describe('round twenty, each guard beside its near miss', () => {
  it('keeps a crew part a suspicion, staff work, a fire tower and a neighbourhood watch', () => {
    expect(guilt('Nobody knows yet whether Jalen was the lookout in the robbery.')).toEqual([]);
    expect(guilt('Police say Jalen allegedly was the lookout in the robbery.')).toEqual([]);
    expect(guilt('Jalen, who was the lookout in the robbery, turned himself in.')).toContain(
      'was the lookout',
    );
    expect(
      guilt('Sgt. Ruiz was the brains behind the operation that took down the theft ring.'),
    ).toEqual([]);
    expect(guilt('Jo was the lookout at the fire tower all summer.')).toEqual([]);
    expect(
      guilt('Ms. Park was the lookout for the neighborhood watch after the burglaries.'),
    ).toEqual([]);
  });

  it('keeps who organised a bake sale, a volunteer and an awareness night', () => {
    expect(guilt('Marcy ran the whole thing at the bake sale.')).toEqual([]);
    expect(guilt('Our volunteer Marcy set up the whole thing after the burglaries.')).toEqual([]);
    expect(guilt('Marcy organized the whole thing for the theft awareness night.')).toEqual([]);
  });

  it('keeps an officer and a neighbour seen taking things for good reasons, and cake cut', () => {
    expect(guilt('I watched Officer Diaz pull the mail out of the burned truck.')).toEqual([]);
    expect(guilt('I saw her grab the packages for the neighbors, thank you Ana!')).toEqual([]);
    expect(guilt('La vi cortando el pastel de cumpleaños.')).toEqual([]);
  });

  it('keeps a tally nobody in particular, hedged or told of an officer', () => {
    expect(guilt('the kids are bored and already stealing candy from the corner store.')).toEqual(
      [],
    );
    expect(guilt('If he has stolen anything, call us.')).toEqual([]);
    expect(guilt('Sgt. Diaz has been running drugs checks at the border all week.')).toEqual([]);
  });

  it('keeps a video shot and a car parked by someone named after "whoever"', () => {
    expect(guilt('Whoever shot the video of the robbery, that was Jenna Park.')).toEqual([]);
    expect(guilt('Whoever parked on the lawn during the robbery, that was Jenna Park.')).toEqual(
      [],
    );
  });

  it('keeps a Spanish pride, a Spanish win, and denials where no crime is told', () => {
    expect(guilt('Fue el hijo de Don Ramón. ¡Qué orgullo!')).toEqual([]);
    expect(guilt('Robaron la tienda ayer, pero fue Keon el que ganó el torneo.')).toEqual([]);
    expect(guilt('Not him. It was his twin brother in the photo.')).toEqual([]);
    expect(guilt('Not him. Thanks for the robbery prevention tips though.')).toEqual([]);
    expect(guilt('Who won the raffle? Not him. The robbery booth was busy.')).toEqual([]);
    expect(guilt('Andre was never even inside that store, he shops online.')).toEqual([]);
  });

  it('keeps us toast in a storm', () => {
    expect(pending('Forget the power, we’re toast. A man was charged with theft.')).toEqual([]);
  });
});
