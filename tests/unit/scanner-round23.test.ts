import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * Round twenty-three: what the blind forty-third and forty-fourth sets wrote that the rules did
 * not read (each written here in other words), with the near misses that keep each guard honest.
 * `guilt` scans without the sentence model, so a rule is held to its own words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('the one behind a crime', () => {
  it('takes a named person behind the thefts, not behind a fundraiser or hedged', () => {
    expect(guilt('Dana Whitt is behind the break-ins on Larch Street.')).toContain(
      'Dana Whitt is behind the break-ins',
    );
    expect(guilt('Marcus turned out to be behind the snowmobile thefts.')).toContain(
      'Marcus turned out to be behind the snowmobile thefts',
    );
    expect(guilt("He's behind this whole string of burglaries.")).toContain(
      "He's behind this whole string of burglaries",
    );
    expect(guilt('Marcus is behind the fundraiser for the burglary victims.')).toEqual([]);
    expect(guilt('Dana is behind the vigil for the shooting.')).toEqual([]);
    expect(guilt('Marcus is probably behind the thefts, who knows.')).toEqual([]);
  });
});

describe('people known by their work or their place', () => {
  it('reads the owner, the landlord and the caregiver as the doer', () => {
    expect(guilt('The landlord torched the duplex for the insurance.')).toContain(
      'The landlord torched the duplex for the insurance',
    );
    expect(guilt('That caregiver robbed my grandmother blind.')).toContain(
      'That caregiver robbed my grandmother blind',
    );
  });

  it('leaves everyday sayings with a crime verb clean', () => {
    expect(guilt('Dana cut him off at ten, before the fight started.')).toEqual([]);
    expect(guilt('The manager hit the panic button when the robber walked in.')).toEqual([]);
  });
});

describe('"the one who" did any deed, where a crime is told', () => {
  it('takes a deed no crime verb names', () => {
    expect(
      guilt('She was charged with grand theft, and she is the one who drained his savings.'),
    ).toContain('she is the one who drained his savings');
    expect(
      guilt('After the robbery, Kevin is the guy who was loading the bags into the van.'),
    ).toContain('Kevin is the guy who was loading the bags into the van');
  });

  it('not a helper, no crime told, nor a kind of person', () => {
    expect(guilt("After the robbery, she's the one who called 911.")).toEqual([]);
    expect(guilt('She is the one who emptied the dishwasher every night.')).toEqual([]);
    expect(guilt("After the theft charge: he's a good kid who made one dumb choice.")).toEqual([]);
    expect(guilt("After the theft charge: he's a good kid who took one wrong turn.")).toEqual([]);
    expect(guilt("After the robbery, she's the one who noticed the plate.")).toEqual([]);
    expect(guilt("After the robbery, he's the one who drove her to the hospital.")).toEqual([]);
  });
});

describe('Spanish', () => {
  it('takes the wrong person caught, a denial that names another, the one described', () => {
    expect(guilt('La policía detuvo a la persona equivocada, todos lo saben.')).toContain(
      'detuvo a la persona equivocada',
    );
    expect(guilt('No fue ella, fue el cuñado.')).toContain('No fue ella');
    expect(guilt('Dicen que fue el hombre de la gorra roja quien lo apuñaló.')).toContain(
      'fue el hombre de la gorra roja quien lo apuñaló',
    );
    expect(guilt('Fue el hombre del sombrero quien ganó la rifa.')).toEqual([]);
    expect(guilt("It wasn't him, it was raining all day.")).toEqual([]);
  });

  it('takes a person known by who he is, then the deed; not a sale, paint, nor a question', () => {
    expect(guilt('Ese vecino lo quemó, todos lo vimos.')).toContain('Ese vecino lo quemó');
    expect(guilt('El dueño incendió su propio taller.')).toContain('El dueño incendió');
    expect(guilt('La señora vendió tamales en la feria.')).toEqual([]);
    expect(guilt('El vecino pintó la cerca de azul.')).toEqual([]);
    expect(guilt('¿El vecino lo robó? No sé.')).toEqual([]);
  });
});

describe('stock accusations of round twenty-three', () => {
  it('"a guilty man", not asked', () => {
    expect(guilt('He smirked at the jury. That is a guilty man if I ever saw one.')).toContain(
      'That is a guilty man',
    );
    expect(guilt("So he's a guilty man because he looked at the floor?")).toEqual([]);
  });

  it('"a crook like" a named person, not staff', () => {
    expect(guilt('They let a crook like Pruitt run the warehouse.')).toContain(
      'a crook like Pruitt',
    );
    expect(guilt('It takes a thief like Detective Marsh to catch one.')).toEqual([]);
  });

  it('the one pulling the strings beside a deed; not staff, nor a family dinner', () => {
    expect(guilt('His crew stole the boats and he is still pulling the strings.')).toContain(
      'he is still pulling the strings',
    );
    expect(guilt('Grandma is calling the shots at Thanksgiving this year.')).toEqual([]);
    expect(guilt('After the theft, Officer Diaz is calling the shots at the block party.')).toEqual(
      [],
    );
  });

  it('stolen goods sold, hands in the till, not cookie dough', () => {
    expect(guilt('Ray was selling the stolen drills out of his truck.')).toContain(
      'Ray was selling the stolen drills out of his truck',
    );
    expect(guilt('He was allegedly selling the stolen jewelry online.')).toEqual([]);
    expect(
      guilt('The theft went on for years. She had her hands in the church collection plate.'),
    ).toContain('She had her hands in the church collection plate');
    expect(
      guilt('When officers arrived after the robbery he had his hands in his pockets.'),
    ).toEqual([]);
    expect(guilt('She had her hands in the cookie dough all afternoon.')).toEqual([]);
  });

  it('"won\'t get away with what she did", beside a deed or in its own words', () => {
    expect(
      guilt('She was charged with theft. She will not get away with what she did to my mother.'),
    ).toContain('She will not get away with what she did');
    expect(guilt('My sister ate my birthday cake. She won’t get away with what she did!')).toEqual(
      [],
    );
    expect(guilt('He won’t get away with it, Mom says, after eating all the cake.')).toEqual([]);
  });

  it('"who else but" beside a deed, not a baker', () => {
    expect(
      guilt('Who else but the night watchman would have known the gate code? It was arson.'),
    ).toContain('Who else but the night watchman would have known the gate code');
    expect(guilt('Who else but Grandma would bake 300 cookies for the fire crew?')).toEqual([]);
  });
});

describe('crime verbs that tell no crime', () => {
  it('fireworks, a building that burned, a game won, a beat by its name', () => {
    expect(guilt('Ask about the kids who were shooting off fireworks by the fence.')).toEqual([]);
    expect(guilt('Half the crew lost shifts when Halvorsen Cold Storage burned.')).toEqual([]);
    expect(
      guilt('They beat a very determined pair from Station 4, 11–9 in the third game.'),
    ).toEqual([]);
    expect(guilt('Tyler beat a man outside the bar after the Rams game.')).toContain(
      'Tyler beat a man outside the bar',
    );
    expect(guilt('Kyle was shooting fireworks at the officers during the riot.')).not.toEqual([]);
    expect(guilt('They beat a man outside the bar.')).toContain('They beat a man outside the bar');
    expect(guilt('Extra Harbor Beat patrols start Monday.')).toEqual([]);
    expect(guilt('📊 Harbor Beat, March numbers')).toEqual([]);
  });
});

describe('pending prosecution: the outcome foretold', () => {
  it('takes a sentence, a trial or a verdict called in advance where a case is told', () => {
    expect(pending('She was charged with grand theft. She will get at least 4 years.')).toContain(
      'She will get at least 4 years',
    );
    expect(pending('After the DUI charge he will definitely do some jail time.')).toContain(
      'he will definitely do some jail time',
    );
    expect(pending('He was charged with fraud; he will probably end up on probation.')).toContain(
      'he will probably end up on probation',
    );
    expect(pending('She was charged. No judge is giving her jail for a first offence.')).toContain(
      'No judge is giving her jail',
    );
    expect(pending('He was arrested Friday. I would be surprised if it goes to trial.')).toContain(
      'I would be surprised if it goes to trial',
    );
    expect(pending('Honestly the theft case is dead on arrival.')).toContain(
      'case is dead on arrival',
    );
  });

  it('not without a case, nor time off', () => {
    expect(pending('No judge is giving her time off for the bake sale.')).toEqual([]);
    expect(pending("That's reasonable doubt right there, said the debate coach.")).toEqual([]);
    expect(pending("She'll get at least 5 years of use out of that bike.")).toEqual([]);
    expect(pending('This phone case is dead on arrival.')).toEqual([]);
    expect(
      pending('Great news for the robbery unit: he will serve at least four years as supervisor.'),
    ).toEqual([]);
  });
});

/*
 * The fresh-eyes review of round twenty-three found these read as guilt or a case foretold; each
 * stays clean, so each guard it asked for holds.
 */
describe('near misses the review of round twenty-three found', () => {
  it('helpers, officers and victims are not "the one who" did it', () => {
    expect(
      guilt(
        'Thanks to Maria, a bystander at the robbery. She is the one who made the 911 call and stayed with the clerk.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'A man was shot on Elm Street. The neighbor is the one who applied pressure to the wound.',
      ),
    ).toEqual([]);
    expect(guilt('My son is the one who performed CPR on the shooting victim.')).toEqual([]);
    expect(guilt("After the shooting, she's the one who wrapped a tourniquet on his leg.")).toEqual(
      [],
    );
    expect(
      guilt('The clerk took the money from the register and handed it to the robber, who fled.'),
    ).toEqual([]);
  });

  it('behind an investigation, a range or victims is no crime', () => {
    expect(guilt('Hale is behind the burglary investigation that led to three arrests.')).toEqual(
      [],
    );
    expect(guilt('Marisol is behind the robbery victims 100 percent.')).toEqual([]);
  });

  it('a denial followed by the wind, a birthday or an officer names no other doer', () => {
    expect(guilt('Who left the gate open? It wasn’t him, it was the wind.')).toEqual([]);
    expect(guilt('Who ate the donuts? It wasn’t her, it was Sgt. Cole.')).toEqual([]);
    expect(guilt('¿Quién dejó la puerta abierta? No fue ella, fue el viento.')).toEqual([]);
  });

  it('a beating stays a beating beside a game or a date', () => {
    expect(guilt('Marcus beat his girlfriend at their apartment on 4-12.')).toContain(
      'Marcus beat his girlfriend at their apartment',
    );
    expect(guilt('Eastgate beat Northridge 31-7 Friday night.')).toEqual([]);
  });

  it('Spanish everyday verbs without a pronoun, and a light, are no deed', () => {
    expect(guilt('La señora prendió una vela por las víctimas del tiroteo.')).toEqual([]);
    expect(guilt('El vecino rompió la ventana del carro para sacar al niño.')).toEqual([]);
    expect(guilt('El vecino quemó las hojas del patio.')).toEqual([]);
    expect(guilt('La señora lo vendió en la feria.')).toEqual([]);
    expect(guilt('El vecino la pintó de azul.')).toEqual([]);
    expect(guilt('El señor mató una culebra en el jardín.')).toEqual([]);
    expect(guilt('El novio le pegó a mi prima en la fiesta.')).toContain('El novio le pegó');
    expect(guilt('El dueño quemó su propia bodega para cobrar el seguro.')).toContain(
      'El dueño quemó su propia bodega',
    );
  });

  it('staff, thanks, pets and lessons are not accused', () => {
    expect(
      guilt(
        'Who else but Officer Diaz would have known the way in? She pulled two kids out after the arson fire.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Thanks to Sgt. Hayes and her team. Hayes was running the whole crew that netted three burglary arrests.',
      ),
    ).toEqual([]);
    expect(guilt('Rex chewed up the training bumper again. That’s one guilty boy!')).toEqual([]);
    expect(
      guilt('Sgt. Hayes led the raid. Hayes was running the whole crew on the burglary detail.'),
    ).toEqual([]);
    expect(guilt('She had her hands in the cookie jar again, the little rascal.')).toEqual([]);
    expect(guilt('It takes a crook like Officer Diaz to think like one.')).toEqual([]);
    expect(guilt('Nobody likes a thief like Swiper. Lock your bikes, thefts are up.')).toEqual([]);
    expect(guilt('With the new coach, he won’t get away with murder at practice.')).toEqual([]);
    expect(guilt('The owner killed it on the grill at National Night Out.')).toEqual([]);
    expect(guilt('Dana Stole again.')).toContain('Dana Stole again');
  });
});
