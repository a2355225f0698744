import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round twenty-six: what the blind fifty-third to fifty-eighth sets wrote that the rules did not
 * read (each written here in other words), with the near misses that keep each guard honest.
 * Scanned without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('deeds told of the one named (fifty-third and fifty-fourth sets)', () => {
  it('people put at risk for a payout or a drink; not in danger of a laugh, nor a tree climbed', () => {
    expect(guilt('Dorsey put all of those tenants at risk for a payout.')).toContain(
      'Dorsey put all of those tenants at risk',
    );
    expect(guilt('She put 22 kids in danger because she wanted one more beer.')).toContain(
      'She put 22 kids in danger',
    );
    expect(guilt('After the burglary, Marla put us in danger of laughing too hard.')).toEqual([]);
    expect(guilt('Grandpa put the kids in danger by letting them climb the big oak.')).toEqual([]);
    expect(
      guilt('Lt. Moss put her officers in danger to reach the family during the shooting.'),
    ).toEqual([]);
  });

  it('the same ones who did it before, where a crime is told; not a prize or a skate park', () => {
    expect(
      guilt('Police say the break-ins go on. These are the same three who hit the Elm St lot.'),
    ).toContain('the same three who hit the Elm St lot');
    expect(guilt('The same punks who swiped her mower came back, thieves.')).toContain(
      'The same punks who swiped her mower came back',
    );
    expect(guilt('Meet the same two who took first place at the chili cook-off.')).toEqual([]);
    expect(guilt('After the theft, the same two who took first place came to help.')).toEqual([]);
    expect(guilt('Meet the same two who hit the Elm St lot with a fresh mural.')).toEqual([]);
  });

  it('drink on the job and at the wheel; not asked, nor an officer', () => {
    expect(guilt('Everyone knew he was drinking on his shift.')).toContain(
      'he was drinking on his shift',
    );
    expect(guilt('Nadia’s been drinking behind the wheel for years.')).toContain(
      'Nadia’s been drinking behind the wheel for years',
    );
    expect(guilt('Was she drinking on the job?')).toEqual([]);
    expect(guilt('Sgt. Boyle was drinking on the job, coffee that is.')).toEqual([]);
    expect(guilt('So the man who got hammered and drove the kids home walks free??')).toContain(
      'the man who got hammered and drove the kids home walks free',
    );
    expect(guilt('Officer Tate got drunk and drove nobody anywhere; he took a cab.')).toEqual([]);
    expect(guilt('Ramos manejó ebrio con tres niños en la camioneta.')).toContain(
      'Ramos manejó ebrio con tres niños en la camioneta',
    );
    expect(guilt('Sgt. Ruiz manejó tomado? Nunca.')).toEqual([]);
  });

  it('money taken by a trick, in English and Spanish; a win and one spouse are not', () => {
    expect(guilt('Dunbar cheated my uncle out of $12,000.')).toContain(
      'Dunbar cheated my uncle out of $12,000',
    );
    expect(guilt('Brady cheated us out of a win last night.')).toEqual([]);
    expect(guilt('Sgt. Lin tricked us out of 40 dollars for pizza, lol.')).toEqual([]);
    expect(guilt('Did Dunbar cheat my uncle out of $12,000?')).toEqual([]);
    expect(guilt('Ese sinvergüenza estafó a cientos de jubilados del pueblo.')).toContain(
      'Ese sinvergüenza estafó a cientos de jubilados del pueblo',
    );
    expect(guilt('Ese muchacho engañó a su novia con otra.')).toEqual([]);
    expect(guilt('Coach Ruiz engañó a todos los rivales con una jugada.')).toEqual([]);
    expect(guilt('La maestra Ruiz engañó a los niños con un truco de magia.')).toEqual([]);
  });

  it('the weapon handed over where a crime is told; not a rifle at the range', () => {
    expect(guilt('After the shooting, his friend Tavo slipped him the pistol.')).toContain(
      'slipped him the pistol',
    );
    expect(guilt('Grandpa handed him the rifle and showed him how to aim.')).toEqual([]);
    expect(guilt('After the robbery talk, Grandpa handed him the gun safe key.')).toEqual([]);
    expect(guilt('After the shooting class, Sgt. Diaz handed him the pistol.')).toEqual([]);
    expect(guilt('Dicen que Beto le dio la pistola. Es culpable.')).toContain('le dio la pistola');
    expect(guilt('En la feria, el abuelo le dio el rifle de juguete.')).toEqual([]);
  });

  it('caught on camera at a deed, the one named; not a dog, a dance or “he” in a request', () => {
    expect(
      guilt('After the arrests, Ferris was caught on camera smashing the bus shelter.'),
    ).toContain('Ferris was caught on camera smashing the bus shelter');
    expect(guilt('Ferris was caught on camera kicking in the cruiser’s window.')).toContain(
      'Ferris was caught on camera kicking in the cruiser’s window',
    );
    expect(guilt('Grandma was caught on camera cutting the cake before the song.')).toEqual([]);
    expect(guilt('Grandpa was caught on camera jumping in the leaf pile.')).toEqual([]);
    expect(guilt('Corinne got caught on camera dancing at the thefts forum.')).toEqual([]);
    expect(guilt('Biscuit was caught on camera stealing socks from the dog bed.')).toEqual([]);
    expect(guilt('After the burglary, he was caught on camera walking off with a bike.')).toEqual(
      [],
    );
    expect(guilt('Wendell was caught on camera walking his neighbor’s dog.')).toEqual([]);
    expect(guilt('Officer Ames was caught on camera throwing a pie at the fair.')).toEqual([]);
  });

  it('a fire set for the insurance, and the verdict called again and again', () => {
    expect(guilt('Torching your own bakery for an insurance payout is low.')).toContain(
      'Torching your own bakery for an insurance payout',
    );
    expect(guilt('We burn the brush pile for fire insurance inspections.')).toEqual([]);
    expect(guilt('GUILTY! GUILTY! Give him the max.')).toContain('GUILTY! GUILTY!');
    expect(guilt('Guilty pleasure: the cheesecake at Rosa’s.')).toEqual([]);
    expect(guilt('Guilty! I ate the last donut.')).toEqual([]);
    expect(guilt('Who ate the cookies before the trial? Guilty. Guilty. Guilty.')).toEqual([]);
    expect(guilt('Our dog knocked the trash over. GUILTY! GUILTY! No jail for him.')).toEqual([]);
    expect(guilt('GUILTY! GUILTY! The cast was great in the school play.')).toEqual([]);
  });

  it('the other one named after a denial, and a pair denied and named', () => {
    expect(guilt('Omar didn’t do it. His roommate Jace Pell did.')).toContain(
      'His roommate Jace Pell did',
    );
    expect(guilt('I didn’t do it, Coach Dana did, ask her about the cake.')).not.toContain(
      'Coach Dana did',
    );
    expect(guilt('No fue Rigo, fue el primo de la tienda.')).toContain('No fue Rigo');
    expect(guilt('Lalo no fue. Fue su hermano mayor.')).toContain('Lalo no fue');
    expect(guilt('Wasn’t Darnell. It was the kid from 4C.')).toContain('Wasn’t Darnell');
    expect(guilt('No fue Officer Ruiz, fue Officer Diaz quien trajo el pastel.')).toEqual([]);
  });

  it('innocence: no weapon ever held, incapable of it; not until the academy, nor sitting still', () => {
    expect(guilt('My daughter has never once held a gun.')).toContain(
      'My daughter has never once held a gun',
    );
    expect(guilt('He never touched a gun until the academy.')).toEqual([]);
    expect(guilt('Mateo never touched the ledger after the theft.')).toContain(
      'Mateo never touched the ledger',
    );
    expect(guilt('Mateo never touched the piano at recital.')).toEqual([]);
    expect(guilt('She is simply incapable of hurting anyone.')).toContain(
      'She is simply incapable of hurting anyone',
    );
    expect(guilt('He is incapable of sitting still at dinner.')).toEqual([]);
    expect(guilt('Oscar is no rioter.')).toContain('Oscar is no rioter');
  });
});

describe('deeds and denials of the fifty-fifth and fifty-sixth sets', () => {
  it('shots fired by the one named; not by deputies, nor at a range target', () => {
    expect(guilt('Keane fired four shots into the clinic’s front door.')).toContain(
      'Keane fired four shots into the clinic’s front door',
    );
    expect(
      guilt('The 19-year-old, Ty Moss, who fired at the school bus, is in custody.'),
    ).toContain('who fired at the school bus');
    expect(guilt('Two deputies, who fired at the truck, are on leave.')).toEqual([]);
    expect(guilt('Jana fired at the targets all afternoon at the club.')).toEqual([]);
    expect(guilt('Sgt. Kim fired at the tires to stop the van.')).toEqual([]);
  });

  it('a fall let taken; blame only where a deed is told', () => {
    expect(guilt('Bree let him take the rap for months.')).toContain(
      'Bree let him take the rap for months',
    );
    expect(guilt('Coach let them take the blame for the loss.')).toEqual([]);
  });

  it('a verdict’s words in a kind of crook; not a lesson', () => {
    expect(guilt('Judges go easy on small-town thieves like Marlow.')).toContain(
      'small-town thieves like Marlow',
    );
    expect(guilt('It takes a career con man like Voss.')).toContain('a career con man like Voss');
    expect(guilt('Kids don’t want to be crooks like Grinch.')).toEqual([]);
  });

  it('“and he knows it” where a deed or a case is told; not the years he faces', () => {
    expect(guilt('He was driving drunk and he knows it. The crash killed two.')).toContain(
      'He was driving drunk and he knows it',
    );
    expect(guilt('After the theft trial, he’s looking at ten years and he knows it.')).toEqual([]);
    expect(guilt('She was the best coach we had and she knows it.')).toEqual([]);
  });

  it('victims counted in a question; games won are not', () => {
    expect(guilt('How many more seniors did Talbot scam before the bank noticed?')).toContain(
      'How many more seniors did Talbot scam',
    );
    expect(guilt('How many games did Talbot win this year?')).toEqual([]);
  });

  it('wages withheld, harm laid at one door, stolen goods used', () => {
    expect(guilt('Everybody knows Dirk stiffed his pickers every season.')).toContain(
      'Dirk stiffed his pickers every season',
    );
    expect(guilt('Sgt. Grant stiffed his crew on the pizza order.')).toEqual([]);
    expect(guilt('She’s the reason three kids are in the hospital.')).toContain(
      'She’s the reason three kids are in the hospital',
    );
    expect(guilt('He’s the reason the bus stopped when it did.')).toEqual([]);
    expect(
      guilt('Chaplain Ortiz is the reason those families are in the hospital chapel every night.'),
    ).toEqual([]);
    expect(guilt('Mott used his neighbor’s stolen credit card at the mall.')).toContain(
      'Mott used his neighbor’s stolen credit card',
    );
    expect(guilt('Officer Diaz used the stolen bike as evidence.')).toEqual([]);
  });

  it('put up to it where a deed is told; not a surprise party', () => {
    expect(
      guilt('The break-in was theirs, and their cousin Rob Haney put them up to it.'),
    ).toContain('their cousin Rob Haney put them up to it');
    expect(guilt('Grandma Lou put them up to it: the surprise party was her idea.')).toEqual([]);
  });

  it('the same trick before, a lookout, a person run into, two sets of books', () => {
    expect(guilt('He stole from the church, and he pulled the same scam in Reno.')).toContain(
      'he pulled the same scam in Reno',
    );
    expect(guilt('Marcy pulled the same stunt at last year’s talent show.')).toEqual([]);
    expect(guilt('During the robbery, Dante stood lookout at the corner.')).toContain(
      'Dante stood lookout',
    );
    expect(guilt('After the robbery drill, Dante kept watch over the kids.')).toEqual([]);
    expect(guilt('Jonah kept watch at the pool for the swim meet.')).toEqual([]);
    expect(guilt('He plowed into a jogger at 60 mph.')).toContain(
      'He plowed into a jogger at 60 mph',
    );
    expect(guilt('Lily crashed right into a little boy on the sledding hill.')).toEqual([]);
    expect(guilt('Did he plow into a jogger?')).toEqual([]);
    expect(guilt('Deputy Fry crashed into a man’s fence during the chase.')).toEqual([]);
    expect(guilt('the boss kept two sets of books, that is fraud.')).toContain(
      'the boss kept two sets of books',
    );
    expect(guilt('Coach Dell kept two sets of records for tryouts.')).toEqual([]);
  });

  it('an insult that tells the deed; a pet’s is not', () => {
    expect(guilt('Lenny is a thieving little weasel who stole my bike.')).toContain(
      'Lenny is a thieving little',
    );
    expect(guilt('The Grinch is a thieving green grump, says the play.')).toEqual([]);
    expect(guilt('Biscuit is a thieving little raccoon of a dog.')).toEqual([]);
    expect(guilt('Que le den la máxima a esa ladrona.')).toContain('esa ladrona');
  });

  it('innocence in Spanish and vouched for; a lazy day and a dog are not', () => {
    expect(guilt('Doña Marta no es ninguna ladrona.')).toContain(
      'Doña Marta no es ninguna ladrona',
    );
    expect(guilt('Dicen que robó la caja, pero Nico no lo hizo.')).toContain('Nico no lo hizo');
    expect(guilt('Nico no hizo nada en todo el día, el flojo.')).toEqual([]);
    expect(guilt('Ray would never hurt Dana. The police have it wrong.')).toContain(
      'Ray would never hurt Dana',
    );
    expect(guilt('Happy 90th, Grandpa Joe! He wouldn’t hurt a fly.')).toEqual([]);
    expect(guilt('Our pup Rex would never hurt a fly.')).toEqual([]);
    expect(guilt('Officer Grey would never hurt anyone.')).toEqual([]);
    expect(guilt('After the wage theft, Tolliver should be behind bars, not Gerrit.')).toContain(
      'Tolliver should be behind bars, not Gerrit',
    );
    expect(guilt('Sgt. Ames should be arrested, not Dale, for that joke.')).toEqual([]);
  });

  it('no pen taken, said of the one named; not of anyone', () => {
    expect(guilt('Rosa, who never stole so much as a nickel, is out of a job.')).toContain(
      'who never stole so much as a nickel',
    );
    expect(guilt('Anyone who never took so much as a pen deserves a medal.')).toEqual([]);
    expect(guilt('She never took a pen to paper until college.')).toEqual([]);
  });
});

describe('deeds of the fifty-seventh and fifty-eighth sets', () => {
  it('money moved to one’s own, bought with theirs where a case is told', () => {
    expect(guilt('Ortega transferred the club’s dues into his own account.')).toContain(
      'Ortega transferred the club’s dues into his own account',
    );
    expect(
      guilt('Officer Ruiz put the reward money into her own account for safekeeping.'),
    ).toEqual([]);
    expect(guilt('He bought a boat with their money. His trial is in May.')).toContain(
      'He bought a boat with their money',
    );
    expect(guilt('He bought a boat with their money, and they loved the gift.')).toEqual([]);
  });

  it('the light run where a crash is told, in English and Spanish', () => {
    expect(
      guilt('Witnesses told us the crash came after Hale blew right through the stop sign.'),
    ).toContain('Hale blew right through the stop sign');
    expect(guilt('Pia blew right through the stop sign on her bike at the parade.')).toEqual([]);
    expect(guilt('Todos lo vimos volarse el semáforo en rojo.')).toContain(
      'lo vimos volarse el semáforo en rojo',
    );
    expect(guilt('Pasarse el alto es una causa de choques.')).toEqual([]);
    expect(guilt('Un conductor se pasó el alto y chocó contra un poste.')).toEqual([]);
    expect(guilt('Nadie se pasó el alto en el desfile.')).toEqual([]);
  });

  it('a question that answers itself with a crime; not a game', () => {
    expect(guilt('Didn’t she basically rob that old man?')).toContain(
      'Didn’t she basically rob that old man',
    );
    expect(guilt('Didn’t he steal second in the ninth?')).toEqual([]);
    expect(guilt('Didn’t he win the raffle last year?')).toEqual([]);
  });

  it('the deed said to the doer; not if, nor a game', () => {
    expect(guilt('Gary, you scammed seniors who trusted you.')).toContain(
      'you scammed seniors who trusted you',
    );
    expect(guilt('If you robbed us, just say so.')).toEqual([]);
    expect(guilt('In the poker game you robbed us blind, Gary.')).toEqual([]);
  });

  it('emptied where a theft is told; lockers cleaned for summer are not', () => {
    expect(guilt('The thief is Troy: Troy cleaned out the tip jars.')).toContain(
      'Troy cleaned out the tip jars',
    );
    expect(guilt('The team cleaned out their lockers for summer.')).toEqual([]);
    expect(guilt('Nell cleaned out the savings to pay for the roof.')).toEqual([]);
  });

  it('the one who ran the scheme; not an officer', () => {
    expect(guilt('Her partner is the one who ran the scam.')).toContain(
      'Her partner is the one who ran the scam',
    );
    expect(guilt('Sgt. Moore was the one who ran the operation that night.')).toEqual([]);
  });
});

describe('round twenty-six’s review: the department’s own warnings and family news stay clean', () => {
  it('safety messages and scam warnings name no doer', () => {
    expect(guilt('Drinking puts everyone at risk on the lake this weekend.')).toEqual([]);
    expect(guilt('Speeding puts children in danger, and drinking makes it worse.')).toEqual([]);
    expect(guilt('Scammers tricked three residents out of $12,000 last month.')).toEqual([]);
    expect(guilt('They tricked seniors out of thousands with fake grandson calls.')).toEqual([]);
    expect(guilt('Don’t be the guy who got drunk and drove home. Call a cab.')).toEqual([]);
    expect(guilt('El manejo ebrio mata. No maneje si ha tomado.')).toEqual([]);
    expect(guilt('Nadie manejaba ebrio en el retén de anoche.')).toEqual([]);
    expect(guilt('El robo a decenas de vehículos sigue bajo investigación.')).toEqual([]);
    expect(guilt('Esta semana alguien estafó a decenas de vecinos con llamadas falsas.')).toEqual(
      [],
    );
    expect(guilt('Car thieves like Hondas and Kias, so lock up and take your keys.')).toEqual([]);
    expect(guilt('…este asesino silencioso no tiene olor. Revise sus detectores.')).toEqual([]);
    expect(guilt('Este ladrón de corazones cumplió un año hoy.')).toEqual([]);
  });

  it('officers’ work and games name no doer', () => {
    expect(
      guilt('Detectives loaded the stolen bikes into a trailer and returned them to their owners.'),
    ).toEqual([]);
    expect(guilt('She used a stolen base and a sac fly to score the winner.')).toEqual([]);
    expect(
      guilt('El Jefe Ramírez le entregó el arma de servicio a la oficial Robles en la graduación.'),
    ).toEqual([]);
    expect(
      guilt('En la boda, Roberto le pasó el cuchillo a la novia para cortar el pastel.'),
    ).toEqual([]);
    expect(guilt('How many home runs did Coach hit in college?')).toEqual([]);
    expect(guilt('How many calories did she burn at the Turkey Trot?')).toEqual([]);
    expect(guilt('Didn’t Grandma burn the turkey last Thanksgiving?')).toEqual([]);
    expect(guilt('Workers fired at the Hillcrest plant can apply for retraining.')).toEqual([]);
    expect(
      guilt('The teacher said Marcus handed him the gun right before the shooter fired.'),
    ).toContain('handed him the gun right before the shooter fired');
  });

  it('family and club news', () => {
    expect(guilt('Linda is the reason the brownies were gone by 10 a.m.!')).toEqual([]);
    expect(guilt('Max is the reason my tomato plants are dead this year.')).toEqual([]);
    expect(guilt('Grandma kept two sets of records, one for dancing.')).toEqual([]);
    expect(guilt('Who drew on the wall? I didn’t do it, the dog did!')).not.toContain(
      'the dog did',
    );
    expect(guilt('Students cleaned out their lockers on the last day. Missing a jacket?')).toEqual(
      [],
    );
    expect(guilt('Linda is the one who organized the whole operation, thanks Linda!')).toEqual([]);
    expect(guilt('Linda is the one who ran the whole scam, thank you for the laughs!')).toEqual([]);
    expect(guilt('The Hendersons paid for new lights at the court with their own money.')).toEqual(
      [],
    );
    expect(guilt('Rosa deposited her first paycheck into her own bank account.')).toEqual([]);
    expect(guilt('Marcus is the best player on the court and he knows it.')).toEqual([]);
    expect(guilt('Baby Lucas, you robbed us of sleep and we love you.')).toEqual([]);
    expect(guilt('Our pup Biscuit is incapable of hurting anyone.')).toEqual([]);
    expect(guilt('Mom let him take the fall semester off.')).toEqual([]);
    expect(guilt('Wasn’t Mom. It was Dad who made the winning chili.')).toEqual([]);
    expect(guilt('No fue la lluvia, fue el viento.')).toEqual([]);
    expect(guilt('My dad never owned a gun in his life.')).toEqual([]);
    expect(guilt('Mateo no hizo nada en la cocina, Roberto cocinó todo.')).toEqual([]);
    expect(guilt('The same four who took second at state robotics are back.')).toEqual([]);
    expect(guilt('Our therapy dog Biscuit was drinking on the job.')).toEqual([]);
    expect(guilt('Shame on the few who stiffed the servers at brunch.')).toEqual([]);
    expect(guilt('Tyler made the half-court shot, and his brother Sam put him up to it!')).toEqual(
      [],
    );
    expect(guilt('For ten years she was watch captain on Elm Street.')).toEqual([]);
    expect(guilt('He should be charged, not Tesla, for the dead battery.')).toEqual([]);
  });
});

describe('pending prosecution from the fifty-third to fifty-eighth sets', () => {
  it('the outcome foretold where a case is told; a pet’s bath and a tyre’s warranty are not', () => {
    expect(pending('Charged with arson. He won’t wriggle out of this one.')).toContain(
      'won’t wriggle out of this one',
    );
    expect(pending('Our pup won’t wriggle out of this one, bath time!')).toEqual([]);
    expect(pending('Eleven counts of fraud. No way she beats those charges.')).toContain(
      'No way she beats those charges',
    );
    expect(pending('The case is two blurry clips. Good luck getting a conviction.')).toContain(
      'Good luck getting a conviction',
    );
    expect(pending('Charged with vehicular homicide; the jury will go easy on her.')).toContain(
      'the jury will go easy on her',
    );
    expect(pending('Trial is set. Maybe she serves 3 with good behaviour.')).toContain(
      'serves 3 with good behaviour',
    );
    expect(pending('Four felony counts. Sentence will be at least 10 years.')).toContain(
      'Sentence will be at least 10 years',
    );
    expect(pending('He is charged with the killing. He earned every day of it.')).toContain(
      'earned every day of it',
    );
    expect(pending('After the arraignment: she doesn’t have much of a defense.')).toContain(
      'doesn’t have much of a defense',
    );
    expect(pending('The embezzlement case? The paper trail is damning.')).toContain(
      'paper trail is damning',
    );
    expect(pending('The paper trail is a mile long at the library book sale.')).toEqual([]);
  });

  it('evidence that seals it, and the sentence foretold in Spanish', () => {
    expect(pending('The prints on the safe seal it, the burglary case is done.')).toContain(
      'The prints on the safe seal it',
    );
    expect(pending('The prints on the mug seal it: Dad drank my coffee.')).toEqual([]);
    expect(pending('Por el robo le van a dar años de prisión.')).toContain(
      'le van a dar años de prisión',
    );
    expect(pending('El acusado va a pasar veinte años en la cárcel.')).toContain(
      'va a pasar veinte años en la cárcel',
    );
    expect(pending('Le van a dar 2 años de garantía en la llantera.')).toEqual([]);
  });
});

describe('round twenty-six’s guards that older rules do not cover', () => {
  it('each is needed for its near miss', () => {
    expect(
      guilt('After the burglary, the same kids who got caught in the rain came back.'),
    ).toEqual([]);
    expect(
      guilt('After the burglary talk, the same four who took second at state came to help.'),
    ).toEqual([]);
    expect(guilt('Sin manejo ebrio, menos choques.')).toEqual([]);
    expect(guilt('Otro engaño a cientos de vecinos llegó por teléfono.')).toEqual([]);
    expect(
      guilt(
        'El Jefe Ramírez le entregó el arma de servicio a la oficial Robles, tras el tiroteo del año pasado.',
      ),
    ).toEqual([]);
    expect(guilt('When a house burns down you need photos for insurance.')).toEqual([]);
    expect(guilt('The two who fired at the factory last year were rehired.')).toEqual([]);
    expect(guilt('Linda is the one who ran the whole operation at the bake sale.')).toEqual([]);
    expect(pending('El acusado compró llantas: le van a dar 2 años de garantía.')).toEqual([]);
  });
});

describe('a light run, not a light show (an older rule, mended in round twenty-six)', () => {
  it('reads the signal’s last word, and a noun after it makes it a thing of its own', () => {
    expect(guilt('Witnesses say Hale ran the stop sign at Main before the crash.')).toContain(
      'Hale ran the stop sign at Main before the crash',
    );
    expect(guilt('Hale ran the light show at the Winter Fest.')).toEqual([]);
    expect(guilt('At the parade, he blew through the red light booth for kids.')).toEqual([]);
  });
});
