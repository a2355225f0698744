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
    expect(guilt('The bartender cut him off at ten, before the fight started.')).toEqual([]);
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
      'Ray was selling the stolen',
    );
    expect(guilt('She had her hands in the church collection plate for years.')).toContain(
      'She had her hands in the church collection plate',
    );
    expect(guilt('She had her hands in the cookie dough all afternoon.')).toEqual([]);
  });

  it('"won\'t get away with what she did", beside a deed or in its own words', () => {
    expect(guilt('She will not get away with what she did to my mother.')).toContain(
      'She will not get away with what she did',
    );
    expect(guilt('He won’t get away with it, Mom says, after eating all the cake.')).toEqual([]);
  });

  it('"not at fault", not staff', () => {
    expect(guilt('The delivery driver was not at fault in that crash.')).toContain(
      'The delivery driver was not at fault',
    );
    expect(guilt('Officer Diaz was not at fault in that crash.')).toEqual([]);
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
    expect(guilt('They beat a very determined pair from Station 4, 11–9.')).toEqual([]);
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
      'the theft case is dead on arrival',
    );
  });

  it('not without a case, nor time off', () => {
    expect(pending('No judge is giving her time off for the bake sale.')).toEqual([]);
    expect(pending("That's reasonable doubt right there, said the debate coach.")).toEqual([]);
    expect(pending("She'll get at least 5 years of use out of that bike.")).toEqual([]);
  });
});
