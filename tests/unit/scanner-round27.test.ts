import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * Round twenty-seven: what the blind fifty-ninth to sixty-fourth sets wrote that the rules did
 * not read (each written here in other words), with the near misses that keep each guard honest.
 * Scanned without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('money taken (guilt-money.ts)', () => {
  it('fees kept, taken or pocketed; not money taken to the bank, staff, nor a cookie sale', () => {
    expect(guilt('The treasurer was charged: she kept the raffle money.')).toContain(
      'she kept the raffle money',
    );
    expect(
      guilt(
        'That clown took the concession money AND the uniform fees, and now he wants a lawyer.',
      ),
    ).toContain('That clown took the concession money AND the uniform fees');
    expect(guilt('My daughter saw the coach pocket cash after the games.')).toContain(
      'the coach pocket cash',
    );
    expect(guilt("Ronan Pike skimmed his drivers' wages for two years, detectives say.")).toContain(
      "Ronan Pike skimmed his drivers' wages",
    );
    expect(guilt('The cashier took the cash to the bank after the theft report.')).toEqual([]);
    expect(guilt('Coach Reyes also kept the raffle money.')).toEqual([]);
    expect(guilt('Dad kept the money from the bake sale.')).toEqual([]);
  });

  it("the money's one place, one's own account, a truck bought with it", () => {
    expect(
      guilt("He was charged with theft. The dues went straight into Tom Keller's pocket."),
    ).toContain("The dues went straight into Tom Keller's pocket");
    expect(guilt("The dues went into the league's account.")).toEqual([]);
    expect(guilt('He put the club money in his own account.')).toContain(
      'He put the club money in his own account',
    );
    expect(guilt('She put her paycheck in her own account.')).toEqual([]);
    expect(guilt('bet he bought that truck with our money, the thief')).toContain(
      'he bought that truck with our money',
    );
    expect(guilt('He bought the team pizza with our money from the car wash.')).toEqual([]);
  });

  it('Spanish pay kept, money run through a shell; not a house kept, nor a bank', () => {
    expect(guilt('Dicen que Raúl se quedó con los sueldos de sus trabajadores.')).toContain(
      'Raúl se quedó con los sueldos de sus trabajadores',
    );
    expect(guilt('Ella se quedó con la casa después del divorcio.')).toEqual([]);
    expect(guilt('Después del robo, ella se quedó con la casa.')).toEqual([]);
    expect(
      guilt('Investigators say Mr. Dunmore moved the dues through a shell company.'),
    ).toContain('Mr. Dunmore moved the dues through a shell company');
    expect(guilt('He moved the money through the bank.')).toEqual([]);
  });

  it('a bribe paid, handed or asked, a shakedown; not a clerk paid, nor a field trip', () => {
    expect(
      guilt('Halvorsen, who slipped a county inspector $9,000 in cash, was booked.'),
    ).toContain('who slipped a county inspector $9,000 in cash');
    expect(guilt('The developer handed the envelope to the inspector behind the diner.')).toContain(
      'The developer handed the envelope to the inspector behind the diner',
    );
    expect(guilt("Pruitt's been shaking down shop owners for years.")).toContain(
      "Pruitt's been shaking down shop owners for years",
    );
    expect(guilt('Truth is the inspector is the one who asked for the bribe.')).toContain(
      'the inspector is the one who asked for the bribe',
    );
    expect(guilt('Grandpa handed the cash to the clerk.')).toEqual([]);
    expect(guilt('Mom is the one who asked for the money for the field trip.')).toEqual([]);
  });
});

describe('deeds of the fifty-ninth to sixty-second sets', () => {
  it("a crook's nickname that strikes again; not a pirate at the library", () => {
    expect(guilt('Card Skimmer Dale strikes again 😂')).toContain('Skimmer Dale strikes again');
    expect(guilt('Pirate Pete strikes again at the library treasure hunt!')).toEqual([]);
  });

  it('the one who started it, had to be in on it; not a breakfast, nor a surprise', () => {
    expect(
      guilt("After the stabbing at the bar, he's the one who started the whole thing."),
    ).toContain("he's the one who started the whole thing");
    expect(guilt("He's the one who started the whole thing at the pancake breakfast.")).toEqual([]);
    expect(
      guilt('The secretary signed every check after the theft, she had to be in on it.'),
    ).toContain('she had to be in on it');
    expect(guilt('We had to be in on the surprise.')).toEqual([]);
  });

  it('Spanish: the gun hidden for him; not an officer, nor a party', () => {
    expect(guilt('La novia de Julián le escondió la pistola, ella también es culpable.')).toContain(
      'La novia de Julián le escondió la pistola',
    );
    expect(
      guilt('Después de la balacera, el sargento Díaz le escondió la pistola al sospechoso.'),
    ).toEqual([]);
    expect(guilt('Su tía le escondió la pistola en la fiesta.')).toEqual([]);
  });

  it('what police say one did, a person put in the hospital; not a dog found, nor a medic', () => {
    expect(guilt('Dorn, who police say robbed three banks, was arraigned.')).toContain(
      'who police say robbed three banks',
    );
    expect(guilt('Dorn, who police say found the dog, was thanked.')).toEqual([]);
    expect(
      guilt('After the fight, the man who put my brother in the hospital walked free.'),
    ).toContain('who put my brother in the hospital');
    expect(guilt('He hurt her before: he put her in the ER in 2023.')).toContain(
      'he put her in the ER in 2023',
    );
    expect(
      guilt('After the assault, the paramedic who put him in the trauma unit stayed late.'),
    ).toEqual([]);
  });

  it('a murdering name called, the reported thing taken; not staff, nor a kayak borrowed', () => {
    expect(guilt('Pike is a murdering scumbag.')).toContain('Pike is a murdering scumbag');
    expect(guilt("Sgt. Pike is a thieving raccoon's worst enemy.")).toEqual([]);
    expect(
      guilt(
        "The red kayak taken from the dock was found. We know Jace took the red kayak and we'd like him to call.",
      ),
    ).toContain('Jace took the red kayak');
    expect(guilt('We know Jace took the red kayak to the lake.')).toEqual([]);
  });

  it('the one who was at it, ripped off; not asked, not tickets, not a price', () => {
    expect(
      guilt('After the thefts, everyone says Lou is the one who was stealing the tips.'),
    ).toContain('Lou is the one who was stealing the tips');
    expect(guilt('Lou is the one who was stealing the tips?')).toEqual([]);
    expect(guilt('Lou is the one who was taking tickets at the fair.')).toEqual([]);
    expect(guilt('If Dunn ripped you off too, detectives want to hear from you.')).toContain(
      'If Dunn ripped you off',
    );
  });
});

describe('deeds of the sixty-second to sixty-fourth sets', () => {
  it('Spanish plural: those held are the ones responsible; not volunteers', () => {
    expect(guilt('Los tres detenidos son los responsables del robo.')).toContain(
      'son los responsables',
    );
    expect(guilt('Los voluntarios son los responsables de la limpieza.')).toEqual([]);
  });

  it("a drowning done, a child left in a van; not one's sorrows, nor a rumour retold", () => {
    expect(guilt('Everyone saw it: Hask drowned him.')).toContain('Hask drowned him');
    expect(guilt('the man Carl Voss drowned was my uncle')).toContain('the man Carl Voss drowned');
    expect(guilt('He drowned his sorrows after the game.')).toEqual([]);
    expect(guilt('He left a three-year-old strapped in the van for two hours.')).toContain(
      'He left a three-year-old strapped in the van for two hours',
    );
    expect(
      guilt(
        'There are posts naming the aide as the person who left the toddler in the van for two hours.',
      ),
    ).toEqual([]);
  });

  it("the deed laid on one in the passive: carried out by, one's work", () => {
    expect(guilt('The burglary was carried out by her nephew, Dale Moss.')).toContain(
      'The burglary was carried out by her nephew, Dale Moss',
    );
    expect(guilt("The thefts were Okafor's work.")).toContain("The thefts were Okafor's work");
  });

  it("Spanish 'fue él' where a crime is asked or told; not a contest, nor a denial", () => {
    expect(guilt('¿Quién más iba a ser? Fue él.')).toContain('Fue él');
    expect(guilt('Hubo un tiroteo; fue el otro que disparó.')).toContain('fue el otro que disparó');
    expect(guilt('¿Quién ganó el concurso? Fue él.')).toEqual([]);
    expect(guilt('Hubo un robo en la feria, pero ¿quién ganó el concurso? Fue él.')).toEqual([]);
    expect(guilt('No fue él, hubo un tiroteo.')).toEqual([]);
  });

  it('the deed seen, an injury done to another; not a free throw, nor an arm broken skiing', () => {
    expect(guilt('Half the bar watched him walk up and fire.')).toContain(
      'watched him walk up and fire',
    );
    expect(guilt('The video shows him throwing the first punch.')).toContain(
      'shows him throwing the first punch',
    );
    expect(
      guilt(
        'We watched him fire at the hoop from the free-throw line, then the robbery call came.',
      ),
    ).toEqual([]);
    expect(guilt("The guy who cracked Tom's cheekbone is walking around.")).toContain(
      "who cracked Tom's cheekbone",
    );
    expect(guilt('She broke her arm skiing.')).toEqual([]);
  });

  it('stealing from his own, nobody but Doug; not pancakes', () => {
    expect(guilt('Still stealing from his own neighbors.')).toContain(
      'Still stealing from his own neighbors',
    );
    expect(guilt('Nobody but Doug. So who do you think took it??')).toContain('Nobody but Doug');
    expect(guilt('Nobody but Mom makes pancakes like this.')).toEqual([]);
  });

  it('Spanish and English blows; not a ball kicked, nor an officer', () => {
    expect(guilt('El vecino le pegó al señor sin razón.')).toContain(
      'El vecino le pegó al señor sin razón',
    );
    expect(guilt('Beto le pegó a la pelota con fuerza.')).toEqual([]);
    expect(guilt('El oficial le pegó al sospechoso.')).toEqual([]);
    expect(guilt('That bouncer stomped a 60 year old man.')).toContain(
      'That bouncer stomped a 60 year old man',
    );
    expect(guilt('Officer Lane kicked a man.')).toEqual([]);
  });

  it('got what was coming, books cooked, a truck taken, a wife killer; not an award, prom, nor asked', () => {
    expect(guilt('After the robbery arrests, Big T finally got what was coming.')).toContain(
      'Big T finally got what was coming',
    );
    expect(guilt('She finally got what was coming to her: the Teacher of the Year award!')).toEqual(
      [],
    );
    expect(guilt('Ferris cooked the books for years.')).toContain(
      'Ferris cooked the books for years',
    );
    expect(guilt('Officer Dunn falsified the reports.')).toEqual([]);
    expect(guilt("These are the punks who took my dad's truck.")).toContain(
      "who took my dad's truck",
    );
    expect(guilt("Those are the kids who took my mom's car to prom.")).toEqual([]);
    expect(guilt('Stop defending a wife killer.')).toContain('a wife killer');
    expect(guilt('Is he a wife killer?')).toEqual([]);
  });
});

describe('innocence vouched for (guilt-alibis.ts)', () => {
  it('the other one named in the next sentence; not the wind', () => {
    expect(guilt('It wasn’t him. It was the night clerk they fired in May.')).toContain(
      'It was the night clerk they fired in May',
    );
    expect(guilt("It wasn't him. It was the wind.")).toEqual([]);
  });

  it("Spanish 'él no fue'; not a school day missed", () => {
    expect(guilt('Él no fue, esa noche estaba conmigo. Que revisen las cámaras.')).toContain(
      'Él no fue',
    );
    expect(guilt('Después del robo, ella no fue a la escuela.')).toEqual([]);
  });

  it('no blow struck, the peacemaker; not a pet, nor an officer', () => {
    const both = guilt("Kyle didn't touch anybody. He was trying to pull Sam off the old man.");
    expect(both).toContain("Kyle didn't touch anybody");
    expect(both).toContain('He was trying to pull Sam off the old man');
    expect(guilt("After the fight, Jo didn't touch anyone.")).toContain("Jo didn't touch anyone");
    expect(guilt("Milo didn't touch anybody's dinner, our dog is good.")).toEqual([]);
    expect(guilt('In the brawl Declan was pulling people apart, not throwing punches.')).toContain(
      'Declan was pulling people apart, not throwing punches',
    );
    expect(guilt('Officer Ruiz was pulling people apart at the fight.')).toEqual([]);
  });

  it('no part in it; not Internal Affairs, nor a bake sale', () => {
    expect(guilt("Darlene wasn't involved at all in the fight.")).toContain(
      "Darlene wasn't involved at all",
    );
    expect(guilt("Trent didn't start anything; Mateus shoved him first.")).toContain(
      "Trent didn't start anything",
    );
    expect(guilt('He did NOT cause the crash.')).toContain('He did NOT cause the crash');
    expect(guilt("Internal Affairs isn't involved in the assault case.")).toEqual([]);
    expect(guilt("Emma didn't start anything at the bake sale.")).toEqual([]);
  });

  it('the fall guy beside the real thief, zero to do with it, Spanish innocence', () => {
    expect(guilt("Gail is the real thief here. Doug's just the fall guy.")).toContain(
      "Doug's just the fall guy",
    );
    expect(guilt('Anton had zero to do with this.')).toContain('had zero to do with this');
    expect(guilt('Ana es completamente inocente.')).toContain('es completamente inocente');
    expect(
      guilt(
        'I raised her alone and she would never take anything from a sick person. Never. She was framed by that hospital.',
      ),
    ).toContain('she would never take anything from');
    expect(guilt("She would never take anything from the buffet, she's on a diet.")).toEqual([]);
  });
});

describe('round twenty-seven guards, one each', () => {
  it('a conditional rip-off only where a case is told; the responsible ones only if held', () => {
    expect(guilt('If Dunn ripped you off too, call me.')).toEqual([]);
    expect(guilt('Los voluntarios son los responsables.')).toEqual([]);
  });

  it('staff are not the doers of a passive deed, a broken nose, a cash box, a promotion', () => {
    expect(guilt("The thefts were Officer Diaz's work.")).toEqual([]);
    expect(guilt("Dr. Patel broke Tom's nose to reset it.")).toEqual([]);
    expect(guilt('Nobody but Officer Ruiz had the keys, and the cash is missing.')).toEqual([]);
    expect(guilt('After the arrests, Sgt. Ruiz finally got what was coming: a promotion.')).toEqual(
      [],
    );
    expect(guilt("Sgt. Ruiz wasn't involved in the fight.")).toEqual([]);
  });

  it("a 'fue él' with no crime, advice taken, y'all, a deputy, a bare 'no fue'", () => {
    expect(guilt('Fue él, el de la camisa azul.')).toEqual([]);
    expect(guilt("These are the punks who took my dad's advice.")).toEqual([]);
    expect(guilt("Y'all took the raffle money after the theft?")).toEqual([]);
    expect(guilt("Police blamed him. It wasn't him. It was the deputy who called it in.")).toEqual(
      [],
    );
    expect(guilt('Ella no fue.')).toEqual([]);
  });

  it('a dog that touched nobody, a dance floor pulled apart, a denial held by the next sentence', () => {
    expect(guilt("After the fight, Milo didn't touch anybody, good dog.")).toEqual([]);
    expect(guilt('Declan was pulling people apart on the dance floor.')).toEqual([]);
    expect(guilt('It wasn’t her. It was the night clerk they fired in May.')).toContain(
      'It wasn’t her',
    );
  });
});

describe("the round's review: near misses each rule first flagged", () => {
  it.each([
    'A man demanded money and was later charged. The cashier took the cash from the register and handed it to him.',
    'Marta kept the fees low this year, after the theft charges last spring.',
    'Maria took home the cash at the chili cook-off, after the theft charges were read.',
    'Marta kept the donations in her office until the theft trial.',
    'He was charged with theft. Tip-a-Cop night: the tips went to Special Olympics, not into their pockets!',
    'Someone stole a vest from a patrol car in May. We bought him a new vest with our money from the raffle.',
    'Gracias a la tienda que se quedó con las donaciones hasta el lunes.',
    'Ethan put his birthday money in his own bank account.',
    'Halvorsen, who gave the building inspector $150 for the permit, opened Monday.',
    'Mrs. Patel ran the donations through the front office after the theft charges.',
    'After the theft charges, the pastor kept the fundraiser money for the youth trip.',
    'The cash went straight into his pocket after the game, he won the bet.',
  ])('money: %s', (text) => {
    expect(guilt(text)).toEqual([]);
  });

  it.each([
    'We saw Dad fire up the grill at National Night Out!',
    'We watched him kick the winning field goal.',
    "Congratulations to Lt. Moore, who officers say started the department's toy drive 20 years ago.",
    'Missing dog found! Grandpa took the dog home and called the owner.',
    'Team photos will be taken at 9. Dana took the photos last year too.',
    'The trophies will be taken to the gym at 9. Dana took the trophies last year too.',
    '¿Quién hizo el pastel? Fue ella.',
    'Hubo un robo. Gracias a doña Marta: fue ella quien reportó el robo.',
    'The coach kicked a kid off the team for skipping practice.',
    'She drowned her pancakes in syrup.',
    'Nobody but Mom can find my missing socks!',
    'Hot cars are a child killer. Never leave kids in a parked car.',
    'The defensive scheme was Hartley’s work, start to finish.',
    'Dad held her under the water just for a second at swim lessons.',
    'Jess left the baby in the car with Grandpa while she grabbed coffee.',
    'Thank you to the volunteers who put him in a wheelchair after the assault.',
    'Los hermanos Ruiz organizaron el torneo. ¡Ellos son los responsables!',
    'Report scammers like this guy to the fraud line.',
    'The Bandit strikes again! Our mascot stole the show at the parade.',
    'Milo is a murdering little rascal to every squirrel in the yard.',
    'Después de la balacera de globos, su tía le escondió la pistola de agua.',
    'Tyler broke Sam’s arm by accident on the trampoline.',
    'Someone said a dog was stolen, but Grandpa took the dog home.',
    'The bus driver kicked a kid off the bus for yelling.',
    'The coach kicked a kid.',
    'Our dog Milo is a murdering menace.',
  ])('accusations: %s', (text) => {
    expect(guilt(text)).toEqual([]);
  });

  it.each([
    'It wasn’t her. It was the baby who drew on the wall!',
    'Mom blamed him. It wasn’t him. It was the baby who drew on the wall!',
    'Who ate the last cookie? It wasn’t him. It was the lady next door.',
    'Ana no fue. Estaba enferma esa noche.',
    'Rivera was keeping the defenders off all night in the fight for first place.',
    'Dwyer is just the scapegoat for our losses. The real one to blame is the defense.',
    'Mrs. Lopez set up the bake sale, and she would never take a dime from the proceeds.',
  ])('innocence: %s', (text) => {
    expect(guilt(text)).toEqual([]);
  });

  it('what the narrowed rules still read', () => {
    expect(guilt('Videos show him firing into the crowd.')).toContain('show him firing into');
    expect(
      guilt("Kowalski bought a new truck with the league's dues. He was charged with theft."),
    ).toContain("Kowalski bought a new truck with the league's dues");
  });
});
