import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round twenty-five: what the blind forty-seventh to fiftieth sets wrote that the rules did not
 * read (each written here in other words), with the near misses that keep each guard honest.
 * Both scan without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence from the forty-seventh to fiftieth sets', () => {
  it('a perfect is the doer’s deed; a firm’s won cases and a school run are not', () => {
    expect(guilt('This guy has stolen 14 laptops from the library since May.')).toContain(
      'This guy has stolen 14 laptops from the library',
    );
    expect(guilt('Ortiz Defense has beaten 300 DUI charges in this county.')).toEqual([]);
    expect(guilt('The man has taken the kids to school every day this week.')).toEqual([]);
  });

  it('money skimmed or pocketed; a report skimmed is not', () => {
    expect(guilt('Dale was skimming dock fees for a decade.')).toContain(
      'Dale was skimming dock fees for a decade',
    );
    expect(guilt('Ask how long Rick was skimming off the top.')).toContain(
      'Rick was skimming off the top',
    );
    expect(guilt('She skimmed the report before the hearing.')).toEqual([]);
    expect(guilt('Rick was pocketing our league fees.')).toContain(
      'Rick was pocketing our league fees',
    );
  });

  it('a sum in grand or bucks is money; an order with a price after a comma is not taken', () => {
    expect(guilt('Bro took 40 grand and bought a bass boat.')).toContain(
      'Bro took 40 grand and bought a bass boat',
    );
    expect(guilt('She is taking holiday orders, $30 a dozen.')).toEqual([]);
  });

  it('a door kicked in is a break-in; a door kicked shut is not', () => {
    expect(guilt('The burglary was Monday. He is the one who kicked in the side door.')).toContain(
      'He is the one who kicked in the side door',
    );
    expect(guilt('The burglary was Monday. He kicked the door shut behind him.')).toEqual([]);
    expect(guilt('Marco kicked in the side door of the pharmacy.')).toContain(
      'Marco kicked in the side door of the pharmacy',
    );
  });

  it('"he’s been set up by"; not a new apartment', () => {
    expect(guilt('He’s been set up by people on that board.')).toContain('He’s been set up by');
    expect(guilt('He’s been set up in a new apartment on Elm.')).toEqual([]);
  });

  it('Spanish: the deed his to know, a cent never taken, a confession with its crime', () => {
    expect(guilt('Rodrigo fue acusado del robo. Rodrigo sabe lo que hizo.')).toContain(
      'Rodrigo sabe lo que hizo',
    );
    expect(guilt('Don Pepe sabe lo que hizo por esta comunidad, mil gracias.')).toEqual([]);
    expect(guilt('Todos saben lo que hizo el profe por los niños. ¡Gracias!')).toEqual([]);
    expect(guilt('Hubo un robo en la tienda. Todos saben lo que hizo.')).toContain(
      'Todos saben lo que hizo',
    );
    expect(guilt('Nadie sabe lo que hizo con el dinero.')).toEqual([]);
    expect(guilt('Él es inocente y nunca tomaría un centavo de esos niños.')).toContain(
      'nunca tomaría un centavo',
    );
    expect(guilt('Ella nunca tomaría un café que cuesta un peso.')).toEqual([]);
    expect(guilt('El doctor no tomó un peso por la consulta, todo gratis.')).toEqual([]);
    expect(guilt('El mariachi no se llevó ni un peso, todo fue para la familia.')).toEqual([]);
    expect(guilt('Según los detectives, Hart confesó el crimen el domingo.')).toContain(
      'confesó el crimen el domingo',
    );
    expect(guilt('La joven confesó haber iniciado el incendio.')).toContain(
      'confesó haber iniciado el incendio',
    );
    expect(guilt('Mi abuela confesó que le gusta el pastel.')).toEqual([]);
  });

  it('who else could it have been, in English and Spanish, only where a crime is told', () => {
    expect(guilt('Police arrested Ruben for the robbery. Who else could it have been?')).toContain(
      'Who else could it have been',
    );
    expect(guilt('Who else could it be? Bring the cake to the station.')).toEqual([]);
    expect(guilt('Lo acusaron del homicidio de su esposa. ¿Y quién más la iba a matar?')).toContain(
      'quién más la iba a matar',
    );
    expect(guilt('¿Quién más va a hacer el pastel?')).toEqual([]);
  });

  it('a blow seen or heard done to a person; not a buzzer or a back', () => {
    expect(guilt('Pray for Ana, who had to hear her father kill her mother.')).toContain(
      'hear her father kill her mother',
    );
    expect(guilt('She told the operator "my dad hurt my mom" and hung up.')).toContain(
      'my dad hurt my mom',
    );
    expect(guilt('My dad hurt his back moving the couch.')).toEqual([]);
    expect(guilt('We heard the coach hit the buzzer.')).toEqual([]);
  });

  it('a helper in the deed, where a crime is told; not presents, not hiding from an abuser', () => {
    expect(guilt('Efraín helped him hide the phone. The murder case goes to trial.')).toContain(
      'Efraín helped him hide the phone',
    );
    expect(guilt('Efraín helped him hide the presents. The murder case goes to trial.')).toEqual(
      [],
    );
    expect(guilt('Efraín helped him hide the phone before the surprise party.')).toEqual([]);
  });

  it('the crime made a title; not a rapper, a town or a headline', () => {
    expect(guilt('Killer Burger is now open on Main Street, come try it!')).toEqual([]);
    expect(guilt('Crook County is hosting the fair this weekend.')).toEqual([]);
    expect(guilt('Carjacker Villalobos now faces 10 to 25 years after the indictment.')).toContain(
      'Carjacker Villalobos',
    );
    expect(guilt('Killer Mike played the fairgrounds.')).toEqual([]);
    expect(guilt('Killer Mike is playing the fairgrounds.')).toEqual([]);
    expect(guilt('Thief River Falls police helped.')).toEqual([]);
  });

  it('robbed blind by a person; not by insurance', () => {
    expect(guilt('The commission let Oakes rob us blind.')).toContain('Oakes rob us blind');
    expect(guilt('Insurance robbing us blind again.')).toEqual([]);
  });

  it('"didn’t act alone" where a crime is told; not a party', () => {
    expect(guilt('Greer was charged with the stabbing. Greer didn’t act alone.')).toContain(
      'Greer didn’t act alone',
    );
    expect(guilt('The party was great. Sam didn’t do this alone.')).toEqual([]);
  });

  it('the real doer named; not one still at large', () => {
    expect(guilt('The real culprit is the humidity, not the heat.')).toEqual([]);
    expect(
      guilt('The real shooter is my cousin Kenny. Nobody was arrested for the theft.'),
    ).toEqual([]);
    expect(
      guilt('Police arrested him. The real shooter is Bao’s cousin Kenny from Argyle.'),
    ).toContain('The real shooter is Bao’s cousin Kenny from Argyle');
    expect(guilt('The real shooter is still out there.')).toEqual([]);
  });

  it('"It wasn’t the old man" beside a deed; not his birthday', () => {
    expect(guilt('Police arrested him for the arson. It wasn’t the old man.')).toContain(
      'It wasn’t the old man',
    );
    expect(guilt('It wasn’t the old man’s birthday.')).toEqual([]);
    expect(
      guilt('Police arrested him for the arson. It wasn’t the old man’s birthday party.'),
    ).toEqual([]);
  });
});

describe('guilt or innocence from the fifty-first and fifty-second sets', () => {
  it('Spanish: a subject known by the work, with a name after it; bribes taken', () => {
    const robo = 'La policía arrestó a dos hombres por el robo. ';
    expect(guilt(`${robo}Esa enfermera les robó la medicina a los pacientes.`)).toContain(
      'Esa enfermera les robó',
    );
    expect(guilt(`${robo}La enfermera Whitcombe robó los medicamentos.`)).toContain(
      'La enfermera Whitcombe robó',
    );
    expect(guilt(`${robo}La enfermera Whitcombe cuidó a los pacientes.`)).toEqual([]);
    expect(guilt('Voss aceptó sobornos de constructoras durante años.')).toContain(
      'Voss aceptó sobornos',
    );
  });

  it('the fall taken for another; not by the writer', () => {
    expect(guilt('Kyle’s taking the fall for him.')).toContain('Kyle’s taking the fall for him');
    expect(guilt('I’ll take the blame for Kyle, I planned the party.')).toEqual([]);
  });

  it('innocence as knowing nothing, where a deed is told; not a surprise party', () => {
    expect(guilt('The theft was reported Monday. She knew nothing about it.')).toContain(
      'She knew nothing about it',
    );
    expect(guilt('She knew nothing about it, the party was a surprise.')).toEqual([]);
  });

  it('people put in the hospital, a drink spiked, people tied up, a person run down', () => {
    expect(guilt('He put six people in the hospital.')).toContain(
      'He put six people in the hospital',
    );
    expect(guilt('He put his kids in the car.')).toEqual([]);
    expect(guilt('She put the flowers in the hospital chapel.')).toEqual([]);
    expect(guilt('Arrested: the bartender who spiked her margarita.')).toContain(
      'who spiked her margarita',
    );
    expect(guilt('Arrested: the bartender who spiked a tourist’s drink at the bar.')).toContain(
      'who spiked a tourist’s drink at the bar',
    );
    expect(guilt('Arrested: the setter who spiked the ball for the winning point.')).toEqual([]);
    expect(guilt('They tied up a 78 year old woman.')).toContain(
      'They tied up a 78 year old woman',
    );
    expect(guilt('He tied up the boat at the dock.')).toEqual([]);
    expect(guilt('He ran her down and kept going.')).toContain('He ran her down and kept going');
    expect(guilt('He ran her down to the station for her shift.')).toEqual([]);
  });

  it('stolen goods sold; bases stolen in a game are not; a discount is not money taken', () => {
    expect(guilt('Pell sold two of the stolen pontoons on Marketplace.')).toContain(
      'Pell sold two of the stolen pontoons on Marketplace',
    );
    expect(guilt('Our shortstop Mia has stolen 14 bases this season.')).toEqual([]);
    expect(guilt('Java Junction is taking $1 off all pastries this week.')).toEqual([]);
    expect(guilt('He took $300 off the counter and ran.')).toContain(
      'He took $300 off the counter',
    );
  });

  it('a clause cut at its length ends on a word, not on "this"', () => {
    expect(guilt('Police say Tomas Reyes has stolen at least six bikes this month.')).toContain(
      'Tomas Reyes has stolen at least six bikes',
    );
    // a particle straight after its verb stays: "locked up"
    expect(
      pending('He was booked again. The judge ought to keep him locked up this time.').join(' '),
    ).toContain('locked up');
  });
});

describe('pending prosecution from the forty-seventh to fiftieth sets', () => {
  const charged = 'Tanner was charged with manslaughter and arraigned Monday. ';

  it('the sentence wished or foretold, where a case is told', () => {
    expect(pending(`${charged}He should die in prison.`)).toContain('should die in prison');
    expect(pending(`${charged}He'll die in prison.`)).toContain("'ll die in prison");
    expect(pending('My grandpa should die in his bed, not a hospital.')).toEqual([]);
    expect(pending(`${charged}His grandmother should die in peace.`)).toEqual([]);
    expect(
      pending('Grandpa never got a ticket; he will never see the inside of a courtroom.'),
    ).toEqual([]);
    expect(pending(`${charged}He's not seeing a day inside.`)).toContain('not seeing a day inside');
    expect(pending(`${charged}He'll never see the inside of a courtroom.`)).toContain(
      'never see the inside of a courtroom',
    );
    expect(pending(`${charged}Even 15 years wouldn't be enough.`)).toContain(
      "Even 15 years wouldn't be enough",
    );
    expect(pending(`${charged}Both of them are going to do serious time.`)).toContain(
      'going to do serious time',
    );
    expect(pending(`${charged}This kid is getting life.`)).toContain('is getting life');
    expect(pending(`${charged}My grandma is getting life insurance.`)).toEqual([]);
    expect(pending(`${charged}The victim is getting life-saving surgery.`)).toEqual([]);
  });

  it('the case judged and the outcome called; not the weather', () => {
    expect(pending(`${charged}The state's case has holes.`)).toContain(
      "The state's case has holes",
    );
    expect(pending(`${charged}That report has holes you could drive a truck through.`)).toContain(
      'report has holes you could drive a truck through',
    );
    expect(
      pending(`${charged}Zero chance of a conviction with him running that office.`),
    ).toContain('Zero chance of a conviction');
    expect(pending(`${charged}Zero chance of rain on Saturday.`)).toEqual([]);
    expect(pending(`${charged}We'd be shocked if he walks.`)).toContain(
      "We'd be shocked if he walks",
    );
  });

  it('the character; not a report that notes no remorse', () => {
    expect(pending(`${charged}He's a career brawler with two prior assaults.`)).toContain(
      'career brawler',
    );
    expect(pending(`${charged}A repeat offender with zero remorse.`)).toContain(
      'with zero remorse',
    );
    expect(pending(`${charged}The report notes no remorse shown.`)).toEqual([]);
  });

  it('Spanish: the sentence foretold, the case called won, the character', () => {
    const acusado = 'Ramiro fue acusado de homicidio y su audiencia es el lunes. ';
    expect(pending(`${acusado}Le van a dar cadena perpetua.`)).toContain(
      'Le van a dar cadena perpetua',
    );
    expect(pending(`${acusado}Sale libre en un año.`)).toContain('Sale libre en un año');
    expect(pending(`${acusado}Esperamos una condena rápida.`)).toContain(
      'Esperamos una condena rápida',
    );
    expect(pending(`${acusado}La fiscalía tiene el caso ganado.`)).toContain(
      'tiene el caso ganado',
    );
    expect(pending(`${acusado}Es un delincuente de carrera.`)).toContain('delincuente de carrera');
    expect(pending(`${acusado}Que lo metan preso de una vez.`)).toContain('Que lo metan preso');
    expect(pending(`${acusado}Que lo metan al equipo de fútbol.`)).toEqual([]);
    expect(pending(`${acusado}Que lo metan al equipo; la cárcel no es para niños.`)).toEqual([]);
    expect(pending(`${acusado}Ahí se va a quedar para siempre.`)).toContain(
      'se va a quedar para siempre',
    );
    expect(pending(`${acusado}No tenemos duda de que será condenado.`)).toContain('será condenado');
  });
});

describe('round twenty-five, mended after a fresh-eyes review', () => {
  it('leaves housekeeping, prizes, boats, fat, tea, homework, praise and sport alone', () => {
    expect(guilt('Coach Ruiz put the bats away and locked the shed.')).toEqual([]);
    expect(guilt('He put the gun to her head and took the register cash.').join(' ')).toContain(
      'He put the gun to her head',
    );
    expect(guilt('Maria took the grand prize at the chili cook-off!')).toEqual([]);
    expect(guilt('Grandpa took 20 dollars to the flea market and came back with a canoe.')).toEqual(
      [],
    );
    expect(guilt('Dad tied up the boat while the kids swam off the dock.')).toEqual([]);
    expect(guilt('She skimmed off the fat and served the gravy.')).toEqual([]);
    expect(guilt('She spiked her tea with honey for my sore throat.')).toEqual([]);
    expect(guilt('Mi hijo admitió haber olvidado la tarea otra vez jaja.')).toEqual([]);
    expect(guilt('Coach took the blame for his team’s loss on Friday.')).toEqual([]);
    expect(guilt('She took the blame for her sister’s broken vase, sweet kid.')).toEqual([]);
    expect(guilt('El entrenador Pérez le pegó al balón con todo y anotó el gol.')).toEqual([]);
    expect(guilt('El capitán Ramírez robó el balón en medio campo y anotó.')).toEqual([]);
    expect(
      guilt('Our rescue pup Biscuit has stolen our hearts. Adopt a shelter dog today!'),
    ).toEqual([]);
    expect(guilt('Jenna ran her down on the final lap to win the 800!')).toEqual([]);
    expect(guilt('He’s always running her down behind her back.')).toEqual([]);
    expect(guilt('He was always running her down and laughing about it.')).toEqual([]);
    expect(guilt('Rosa sabe lo que hizo por el barrio después del robo.')).toEqual([]);
    expect(guilt('Rodrigo sabe lo que hizo.')).toEqual([]);
    expect(guilt('Kyle took the fall for his team’s loss.')).toEqual([]);
    expect(guilt('She took the blame for her sister at the recital mix-up.')).toEqual([]);
    expect(guilt('Es inocente: no tomó un peso por su trabajo de voluntario.')).toEqual([
      'Es inocente',
    ]);
    expect(guilt('The real culprit is Mother Nature, not the roofers.')).toEqual([]);
    expect(
      guilt('Our neighbor Tom kicked the door open and pulled the kids out of the fire. Hero!'),
    ).toEqual([]);
  });

  it('still reads a second bike and a home stolen from, and a bribe with its article', () => {
    expect(guilt('Dana stole a second bike from the rack last week.').join(' ')).toContain(
      'Dana stole a second bike',
    );
    expect(guilt('He stole from my home while we were at church.').join(' ')).toContain(
      'He stole from my home',
    );
    expect(guilt('Voss aceptó una mordida de los constructores.')).toContain(
      'Voss aceptó una mordida',
    );
  });

  it('leaves a cook-off, a game, the weight room, a defense, a tyre warranty and a mural', () => {
    expect(
      pending(
        'Chili cook-off Saturday! Our guest judge is Chef Ana, and we’d be surprised if he walks away hungry.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'What a shot by Jenna at the buzzer! I’d be shocked if she gets less than 20 next game.',
      ),
    ).toEqual([]);
    expect(
      pending('Great shot, Marcus! Our boys will do serious time in the weight room this summer.'),
    ).toEqual([]);
    expect(
      pending('That defense has holes you could drive a truck through, 42 points allowed.'),
    ).toEqual([]);
    expect(pending('He’s gonna die in prison after that trial.')).toContain(
      '’s gonna die in prison',
    );
    expect(pending('La tienda les va a dar 2 años de garantía en todas las llantas.')).toEqual([]);
    expect(
      pending('Este mural se va a quedar para siempre en nuestro barrio. ¡Gracias a todos!'),
    ).toEqual([]);
  });
});
