import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { confidentialScanner } from '../../src/shared/policy/scanners/confidential';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';

/*
 * Round twenty-two: what the blind forty-first and forty-second sets wrote that the rules did not
 * read, and the juvenile, confidential and personal-data misses of the thirty-seventh to fortieth
 * sets (each written here in other words), with their near misses. `rules` scans without the
 * sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);
const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
const juvenile = (text: string) => rules(juvenileIdentityScanner, text);
const confidential = (text: string) => rules(confidentialScanner, text);
const personal = (text: string) => rules(personalDataScanner, text);
const pending = (text: string) => rules(pendingProsecutionScanner, text);

describe('guilt or innocence from the forty-first and forty-second sets', () => {
  it('takes a doer who "strikes again", not an officer, the weather or a game', () => {
    expect(guilt('Another bike stolen from the rack. Scrapyard Pete strikes again 🙄')).toContain(
      'Scrapyard Pete strikes again',
    );
    expect(guilt('Another catalytic converter stolen on Elm. Doyle strikes again.')).toContain(
      'Doyle strikes again',
    );
    expect(guilt('Officer Diaz strikes again with another rescue after the robbery!')).toEqual([]);
    expect(guilt('Winter Storm Ezra strikes again, roads closed after the theft report.')).toEqual(
      [],
    );
    expect(guilt('Stolen base and a goal: Nadia strikes again for the Hawks.')).toEqual([]);
    expect(
      guilt('After the burglary, Nadia strikes again with coffee for the crews, thank you!'),
    ).toEqual([]);
    expect(guilt('Nadia strikes again with her famous peach pies.')).toEqual([]);
    // the review's: staff, a pet, the weather, and the police called, which tell no deed
    expect(
      guilt('Dispatcher Kim strikes again — she talked a caller through CPR. Police arrived.'),
    ).toEqual([]);
    expect(guilt('Buster strikes again! Our dog stole the mail carrier’s hat.')).toEqual([]);
    expect(guilt('Old Man Winter strikes again. Drive slow after the theft reports.')).toEqual([]);
    expect(guilt('Called the cops twice this week. Doyle strikes again.')).toEqual([]);
  });

  it('takes "it’s obviously" a name where a crime is told, not a question', () => {
    expect(guilt('Whoever robbed the pharmacy, it’s obviously Dominic.')).toContain(
      'it’s obviously Dominic',
    );
    expect(guilt('The pharmacy was robbed, so it’s obviously Dominic?? Based on what')).toEqual([]);
    expect(guilt('It’s obviously Dominic’s birthday, happy birthday!')).toEqual([]);
    expect(guilt('It’s obviously Tuesday, and the burglary meeting is at 6.')).toEqual([]);
    expect(
      guilt('It was clearly Sergeant Ruiz’s quick thinking that stopped the robbery.'),
    ).toEqual([]);
    expect(guilt('After the robbery, it’s clearly Sergeant Ruiz on the case.')).toEqual([]);
  });

  it('takes "es el responsable" of a death or an attack, not the city', () => {
    expect(guilt('Wendell Strick es el responsable de la muerte de Priya.')).toContain(
      'Wendell Strick es el responsable de la muerte',
    );
    expect(guilt('Él es el responsable del ataque en el tren.')).toContain(
      'Él es el responsable del ataque',
    );
    expect(guilt('El Departamento de Bomberos es el responsable del incendio controlado.')).toEqual(
      [],
    );
    expect(guilt('El Servicio Forestal es el responsable del incendio.')).toEqual([]);
    expect(guilt('Ramiro es el responsable del incendio prescrito del domingo.')).toEqual([]);
  });

  it('takes a video that shows a person at the deed, not the officers', () => {
    expect(
      guilt('The bar video shows him breaking a stool over the guy’s head, so yeah.'),
    ).toContain('video shows him breaking');
    expect(
      guilt('The bodycam video shows Officer Reyes kicking the door in to reach the child.'),
    ).toEqual([]);
    expect(guilt('The video shows Maya kicking the winning goal, thanks coach!')).toEqual([]);
  });

  it('takes who started the whole thing where a fight is told, not a fundraiser', () => {
    expect(guilt('Everybody at the bar saw the punch. Jace started the whole thing.')).toContain(
      'Jace started the whole thing',
    );
    expect(
      guilt('Jace started the whole thing with one bake sale, look at the pantry now.'),
    ).toEqual([]);
    expect(guilt('After the break-in, Jace started the whole thing, thank you Jace!')).toEqual([]);
    expect(guilt('After the robbery, Sgt. Moreno started the whole thing: a block watch.')).toEqual(
      [],
    );
    expect(
      guilt(
        'Pastor Mike started the whole thing back in 2009 — the toy drive now serves 400 families.\n\nTheft prevention tips: lock your car, take your keys, report anything odd to us.',
      ),
    ).toEqual([]);
  });

  it('takes the one who should be locked up, not a question nor an officer', () => {
    expect(guilt('Adebayo assaulted him first, he’s the one who should be locked up.')).toContain(
      'he’s the one who should be locked up',
    );
    expect(guilt('So he’s the one who should be locked up? Says who?')).toEqual([]);
    expect(guilt('Deputy Shaw is the one who should be charged with the paperwork.')).toEqual([]);
    expect(
      guilt('Mayor Thompson is the one who should be arrested for these potholes lol'),
    ).toEqual([]);
    expect(guilt('Gary is the one who should be arrested for these potholes lol')).toEqual([]);
    expect(
      guilt('After the theft, Deputy Shaw is the one who should be charged with the paperwork.'),
    ).toEqual([]);
    expect(guilt('After the robbery, so he’s the one who should be locked up? Says who?')).toEqual(
      [],
    );
  });

  it('takes the question that answers itself, not a road closed', () => {
    expect(guilt('Why did he repaint the truck the next day if he didn’t do it?')).toContain(
      'Why did he repaint the truck the next day if he didn’t do it',
    );
    expect(guilt('Why do they close the road if they didn’t do anything wrong?')).toEqual([]);
  });

  it('takes "we know it was you", not the one who left flowers', () => {
    expect(
      guilt('Somebody stole from the bait-shop freezer AGAIN. We know it was you, Travis.'),
    ).toContain('know it was you, Travis');
    expect(guilt('We know it was you who left the flowers on the cruiser.')).toEqual([]);
    expect(guilt('We know it was you, Dana, thank you for the flowers!')).toEqual([]);
    expect(guilt('After the theft, we know it was you who returned the lost wallet.')).toEqual([]);
    expect(guilt('We know it was you, Travis: you won the chili cook-off again.')).toEqual([]);
    expect(
      guilt('After the theft we know it was you, Dana, thank you for returning the bike!'),
    ).toEqual([]);
  });

  it('takes a Spanish description by the deed, not a game', () => {
    expect(guilt('Que se pudra el desgraciado que apuñaló a ese señor.')).toContain(
      'el desgraciado que apuñaló',
    );
    // (an older rule reads "que le robó" alone; this one's span would run on to "el balón")
    expect(guilt('Ese muchacho que le robó el balón al portero metió gol.')).not.toContain(
      'Ese muchacho que le robó el balón al',
    );
  });

  it('takes the ringleader named in apposition where the case is in court', () => {
    expect(
      guilt('Brennan Ashcroft, the ringleader of the hazing, asked the court for more time.'),
    ).toContain('the ringleader of the hazing');
    expect(guilt('Police are looking for the ringleader of the theft ring.')).toEqual([]);
    expect(guilt('Maya, the ringleader of our cookie drive, baked 200 cookies.')).toEqual([]);
    expect(
      guilt('Mrs. Patel is the ring leader of our knitting circle at the senior center!'),
    ).toEqual([]);
    expect(
      guilt('Thanks to Dana Wells, the ringleader of the holiday toy drive! Porch theft rises.'),
    ).toEqual([]);
    expect(guilt('Maya, the ringleader of our cookie drive, says thanks to the court.')).toEqual(
      [],
    );
  });

  it('takes a denial that answers an accusation, not a first time or a caller', () => {
    expect(guilt('He was on shift when the pharmacy was robbed, it wasn’t him.')).toContain(
      'it wasn’t him',
    );
    expect(guilt('They got the wrong guy. It wasn’t even the three they charged.')).toContain(
      'It wasn’t even the three they charged',
    );
    expect(guilt('Robaron la tienda anoche. No fue el de la troca gris.')).toContain(
      'No fue el de la troca gris',
    );
    expect(guilt('He said Cray stole it. Not Cray at all.')).toContain('Not Cray at all');
    expect(guilt('After the robbery, it wasn’t him who called it in.')).toEqual([]);
    expect(guilt('The car was stolen in May; it wasn’t her first time reporting one.')).toEqual([]);
    expect(
      guilt('Who won the raffle? Not Cray at all. Congrats Dana, and stay safe after the robbery.'),
    ).toEqual([]);
    expect(guilt('Who ate the last donut? It wasn’t him.')).toEqual([]);
    expect(guilt('It wasn’t her phone that was stolen, it was her sister’s.')).toEqual([]);
    expect(guilt('No fue él quien ganó la rifa; fue su hermana. Hubo un robo ayer.')).toEqual([]);
    expect(
      guilt('It wasn’t him! Thanks to the students who painted the graffiti wall mural.'),
    ).toEqual([]);
  });

  it('takes the fall guy and "wouldn’t do that" beside a deed, not a pet', () => {
    expect(guilt('Cray is just the fall guy. Dale robbed the church.')).toContain(
      'Cray is just the fall guy',
    );
    expect(guilt('Nobody forced anyone. Trevor wouldn’t do that. He didn’t do it.')).toContain(
      'Trevor wouldn’t do that',
    );
    expect(guilt('Our dog Biscuit wouldn’t do that, even after the break-in.')).toEqual([]);
    expect(guilt('We wouldn’t do that, even after the break-in.')).toEqual([]);
    expect(guilt('Ben is the fall guy of every family photo, always blinking.')).toEqual([]);
    expect(guilt('Cray’s just the fall guy for the robbery.')).toContain(
      'Cray’s just the fall guy',
    );
    expect(
      guilt('Deputy Harris is just the fall guy for the dunk tank. Theft prevention booth nearby.'),
    ).toEqual([]);
    expect(guilt('Our cat Luna wouldn’t do that! Someone stole the treats.')).toEqual([]);
    expect(guilt('Sgt. Diaz wouldn’t do something like that. The theft was last week.')).toEqual(
      [],
    );
    expect(
      guilt('Kim wouldn’t do that alone: thank her for the bike theft prevention class!'),
    ).toEqual([]);
    expect(guilt('Trevor wouldn’t do that, he’s too shy to sing at the talent show.')).toEqual([]);
  });

  it('takes self-defence told in Spanish where a fight is told', () => {
    expect(guilt('El guardia lo empujó primero, él solo se defendió.')).toContain(
      'él solo se defendió',
    );
    expect(guilt('En la clase de karate, Ana se defendió muy bien.')).toEqual([]);
    expect(
      guilt('Luisa se defendió en la final de tenis y le pegó a la pelota. Hubo un robo.'),
    ).toEqual([]);
    expect(guilt('Ana se defendió muy bien en la entrevista de trabajo.')).toEqual([]);
  });
});

describe('juveniles from the thirty-seventh to fortieth sets', () => {
  it('reads "who’s also 16" as the named child’s age', () => {
    expect(juvenile('Kiana Boateng, who’s also 16, testified this afternoon.')).toEqual([
      'Kiana Boateng, who’s also 16',
    ]);
  });

  it('reads a Spanish number word before "años"', () => {
    expect(juvenile('Amara Okafor, de quince años, fue atropellada.')).toEqual([
      'Amara Okafor, de quince años',
    ]);
    expect(juvenile('Amara Okafor cumplió quince años de servicio en la clínica.')).toEqual([]);
    expect(juvenile('Sofía Reyes, de dieciseis años, está desaparecida.')).toEqual([
      'Sofía Reyes, de dieciseis años',
    ]);
    expect(juvenile('Votos del concurso tras el robo: Marta Gil, dos. Luis Peña, tres.')).toEqual(
      [],
    );
  });

  it('reads an age said in full that opens a longer sentence after the name', () => {
    expect(
      juvenile(
        'My daughter plays with Noor Farouk. Sixteen years old and she read the plate to 911 while her dad was bleeding.',
      ),
    ).toEqual(['Noor Farouk. Sixteen years old']);
    expect(
      juvenile(
        'Dana Ortiz was arrested. 15 and a half pounds of meth were seized in the raid on Elm Street.',
      ),
    ).toEqual([]);
    expect(
      juvenile(
        'Officer Dan Ruiz responded to the crash with Engine 4. Fifteen years old and that engine still starts every morning.',
      ),
    ).toEqual([]);
    expect(
      juvenile(
        'We arrested Dana Ortiz. 15 and a half pounds of meth were seized in the raid on Elm Street today.',
      ),
    ).toEqual([]);
    expect(
      juvenile(
        'We arrested Dana Ortiz. 15 and a half pounds of meth were in her car when we stopped her.',
      ),
    ).toEqual([]);
  });

  it('reads "Kid’s only 17" as the person named just before', () => {
    expect(juvenile('Trevor Mallory is our thief. Kid’s only 17')).toEqual([
      'Trevor Mallory is our thief. Kid’s only 17',
    ]);
    expect(juvenile('Trevor Mallory is our thief. Kid’s dog is 12')).toEqual([]);
  });

  it('reads taggers spotted and a neighbour pulled out of a fire as an incident', () => {
    expect(juvenile('Thank you to 10-year-old Maya Lind, who spotted the taggers.')).toEqual([
      '10-year-old Maya Lind',
    ]);
    expect(
      juvenile('Sofia Marchetti, 16, a junior cadet, pulled her neighbor out of the fire.'),
    ).toEqual(['Sofia Marchetti, 16']);
    expect(juvenile('Thank you to 10-year-old Maya Lind, who spotted the bald eagle.')).toEqual([]);
  });
});

describe('confidential from the thirty-seventh and thirty-eighth sets', () => {
  it('takes a lower-case caveat that names whom it keeps out', () => {
    expect(confidential('Attached flyer — do not distribute outside EPD.')).toEqual([
      'do not distribute outside EPD',
    ]);
    expect(confidential('Harlan SO requests hold; do not discuss with media.')).toEqual([
      'do not discuss with media',
    ]);
    expect(confidential('DO NOT DISTRIBUTE OUTSIDE EPD')).toEqual([
      'DO NOT DISTRIBUTE OUTSIDE EPD',
    ]);
    expect(confidential('Please do not share your PIN with anyone.')).toEqual([]);
    expect(confidential('Your voter PIN is private: don’t share it outside the home.')).toEqual([]);
    expect(confidential('It’s a scam. Do not share it outside your family group chat')).toEqual([]);
    expect(confidential('Do not share your location with strangers online.')).toEqual([]);
  });

  it('takes a ten-code with its call type and a records check’s findings', () => {
    expect(confidential('10-50 HIT/RUN, 2 OCC IN VEH, DRIVER M/20s')).toEqual([
      '10-50 HIT/RUN, 2 OCC IN VEH, DRIVER M/20s',
    ]);
    expect(confidential('Subj known to PD, prior DV contacts, flagged officer safety')).toEqual([
      'Subj known to PD, prior DV contacts, flagged officer safety',
    ]);
    expect(confidential('Subj: Maddox, Corey A. DOB 04/11/1991, prior 459 x3')).toEqual([
      'Subj: Maddox, Corey A. DOB 04/11/1991, prior 459 x3',
    ]);
    expect(confidential('Buckle up for officer safety and yours. Your DOB is private.')).toEqual(
      [],
    );
    expect(confidential('We were 10-8 by noon. BIG thanks to the crews!')).toEqual([]);
    expect(
      confidential(
        'MISSING: Mia Alvarez, DOB 03/02/2010, last seen walking NB on 5th Ave in a red hoodie. Call 911.',
      ),
    ).toEqual([]);
    expect(
      confidential('10-4 EPD, officer safety always comes first — thanks for all you do'),
    ).toEqual([]);
    expect(
      confidential(
        'Remember officer safety: if you are known to police as a repeat caller, our dispatch log keeps your info private',
      ),
    ).toEqual([]);
    expect(confidential('Heard 10-50 PI on the scanner, officer safety first: slow down.')).toEqual(
      [],
    );
  });
});

describe('personal data from the fortieth set', () => {
  it('reads a plate that "may start with" or "looks like", and one said in two parts', () => {
    expect(personal('the plate may start with 7-T-K, call us')).toEqual(['7-T-K']);
    expect(personal('a silver Altima, plate looks like 8GHT-231. Run it')).toEqual(['8GHT-231']);
    expect(personal('plate that starts with G-R-T, then 5 5 1')).toEqual(['G-R-T, then 5 5 1']);
  });

  it('reads the radio alphabet’s X-ray inside a hyphenated plate', () => {
    expect(personal('Plate reads six-Whiskey-X-ray-Charlie-four-one-one')).toEqual([
      'six-Whiskey-X-ray-Charlie-four-one-one',
    ]);
  });

  it('reads "case" alone before a number said in words, not a season or a count', () => {
    expect(personal('Converter thefts (case twenty-six dash oh-three-three-one)')).toEqual([
      'case twenty-six dash oh-three-three-one',
    ]);
    expect(personal('in case 2026-27 budgets are cut')).toEqual([]);
    expect(personal('just in case four or five people show up')).toEqual([]);
    expect(personal('In case one hundred twenty-five people show up, we have two tents.')).toEqual(
      [],
    );
    expect(personal('We collected a case of one hundred twenty diapers for the drive.')).toEqual(
      [],
    );
    expect(personal('In any case, nine hundred eleven calls came in that night.')).toEqual([]);
    expect(personal('The case 2026-27 budget review is Monday.')).toEqual([]);
    expect(personal('Our case one hundred twenty-five was the last of the year.')).toEqual([
      'case one hundred twenty-five',
    ]);
  });

  it('reads a victim’s last four of a Social Security number', () => {
    expect(personal('Victim SSN ending 6630 is in the attached summary')).toEqual(['6630']);
    expect(personal('Social Security is ending in 2035 for some, says the paper')).toEqual([]);
  });
});

describe('pending prosecution from the thirty-fourth, thirty-seventh, forty-first and forty-second sets', () => {
  it('takes the evidence’s strength judged where a case is told, not new cameras', () => {
    expect(pending('Pollard was charged. Honestly the video is crystal clear.')).toEqual([
      'the video is crystal clear',
    ]);
    expect(pending('Charged with assault. It’s on camera from three angles.')).toEqual([
      'It’s on camera from three angles',
    ]);
    expect(pending('Charged with hazing. The camera footage will prove it.')).toEqual([
      'The camera footage will prove it',
    ]);
    expect(pending('Charged with theft. More angles will just seal it.')).toEqual([
      'More angles will just seal it',
    ]);
    expect(pending('The video is crystal clear on Zoom, join the block meeting.')).toEqual([]);
    expect(
      pending('After the robbery arrest we got new cameras, and the video is crystal clear now.'),
    ).toEqual([]);
  });

  it('reads a sentence wished for ("the max") as a case in the text', () => {
    expect(
      pending('Six weeks?? Give her the max, 10 years, make an example out of her.'),
    ).toContain('make an example out of her');
    expect(pending('Let’s make an example out of her cookies at the bake sale!')).toEqual([]);
  });
});
