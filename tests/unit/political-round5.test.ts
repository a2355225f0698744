import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { politicalCalls } from '../../src/shared/policy/scanners/political-structure';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean } = scannerExpectations(politicalScanner, 'III.B.1.f');

// Issue 13, round five (helper 13): the families political text took in the tenth blind set,
// written from III.B.1.f's "a candidate, party, measure or election with a call to vote, support
// or oppose". Every sentence here is invented; none is copied from a corpus.

describe('a vote that elects no one', () => {
  // Family: the reader is asked to remember someone when voting, but the vote is for an award,
  // a contest or a name: no candidate, party, measure or election is named.
  it('leaves a vote on an award or a contest alone', () => {
    const award = 'Remember them when you vote on the officer-of-the-year award.';
    expect(politicalCalls(award)).toEqual([]);
    clean(award);
    clean('Think of Deputy Lowe when you vote in the K-9 naming contest.');
    clean('Remember Officer Park when you vote for the dispatcher of the month.');
  });

  it('still flags the same reminder carried to an election', () => {
    flagged('Remember them when you vote in November.', 'Remember them when you vote');
    flagged(
      'Mayor Ruiz cut the patrol budget. Remember that when you vote.',
      'Remember that when you vote',
    );
    flagged('Give him your vote in November.', 'Give him your vote');
  });
});

describe('"back" as a return, not as a side taken', () => {
  // Family: "back" followed by a preposition or an adverb of place is the adverb of a return
  // ("due back in front of Judge Ortiz", "back at council"), not the verb "to back" someone.
  it('leaves a return to court or to work alone', () => {
    clean('Next week Dale Ferris is due back in front of Judge Ortiz for sentencing.');
    clean('Officer Yates is back on patrol after surgery, and Judge Moreno sent a card.');
    clean('Commissioner Haley is back from her trip and will attend the ribbon cutting.');
  });

  it('still flags backing a candidate', () => {
    flagged('Back Sheriff Dunn for re-election this fall!', 'Back Sheriff Dunn');
  });
});

describe('a measure sold by what it does', () => {
  // Family: a ballot measure is the subject and the predicate asserts, without "would", a
  // benefit or a harm to the reader (keeps, saves, protects, guts, threatens).
  it('flags a benefit or a harm asserted of a measure', () => {
    flagged('Prop 9 saves our crime lab.', 'Prop 9 saves our crime lab');
    flagged('Issue 3 protects the 911 center from cuts.', 'Issue 3 protects the 911 center');
    flagged('Measure T will keep school resource officers in every middle school.', 'Measure T');
    flagged('Measure K threatens weekend patrols in every neighborhood.', 'Measure K threatens');
    flagged('Proposition 5 keeps our firehouses open.', 'Proposition 5 keeps');
  });

  it('leaves what a measure would do, or does not do, alone', () => {
    clean('Measure B would keep current patrol levels, according to the city analysis.');
    clean('Measure B does not keep any officer positions, the clerk said.');
    clean('Measure B would raise the sales tax by a quarter cent.');
  });
});

describe('a yes or a no equated with what it brings', () => {
  // Family: "a yes", "a no", "voting no", quoted or not, is the subject; the predicate equates
  // it with an outcome (is a vote for, means, is a step toward).
  it('flags the vote equated with an outcome', () => {
    flagged('A no vote is a vote for slower response times.', 'A no vote is a vote for');
    flagged('Voting no means fewer deputies on your street.', 'Voting no means fewer deputies');
    flagged('A “yes” on 12 is a yes for safer schools.', 'A “yes” on 12 is a yes for');
    flagged('Every yes vote is a step toward a new crime lab.', 'Every yes vote is a step');
    flagged('A no on K means cold cases stay cold.', 'A no on K means cold cases');
  });

  it('leaves a no that is no vote alone', () => {
    clean('The answer is no: a vote for the new mascot closes Friday.');
    clean('There is no vote needed for the park cleanup; just show up.');
  });
});

describe('"this one" and a label with its full stop', () => {
  // Family: the measure just named is taken up as "this one" or "it" ("we need this one to
  // pass"), or its label is written at the sentence's end ("Say NO on K.").
  it('flags a measure taken up or labelled at the end', () => {
    flagged('Prop 12 funds 14 officers. We need this one to pass, folks.', 'this one to pass');
    flagged('Prop 7 funds the new dispatch center. Help this one pass, neighbors!', 'this one');
    flagged('Measure J is on the ballot. We’d love to see it pass.', 'it pass');
    flagged('Say NO on K.', 'Say NO on K');
    flagged('Mark YES on 4B.', 'Mark YES on 4');
  });

  it('leaves "this one" that is no measure alone', () => {
    clean('The new K-9 starts training today. We need this one to pass the certification.');
    clean('Our recruits sat the exam. We need this one to pass, so wish her luck!');
  });
});

describe('Spanish calls on a measure and Spanish praise of a candidate', () => {
  // Family: the reader (tú, ustedes) is told to support, back, approve or reject a named
  // measure, or to vote sí or no where a measure is named; a candidate is called "el único que",
  // "la mejor opción" where an election is in the text.
  it('flags the calls and the praise', () => {
    flagged('Apoya la Medida B.', 'Apoya la Medida B');
    flagged('Vota sí en la Proposición 4, por nuestros barrios.', 'Vota sí en la Proposición 4');
    flagged('¡Voten NO a la Medida K!', 'Voten NO a la Medida K');
    flagged('Respalda la Propuesta 12 este noviembre.', 'Respalda la Propuesta 12');
    flagged('La Medida J paga patrullas. ¡Vota SÍ el 3 de marzo!', 'Vota SÍ');
    flagged(
      'La candidata Ruiz es la única que defiende nuestros barrios. Vota por Ruiz.',
      'es la única que defiende',
    );
    flagged('Rivas es el indicado para sheriff, voten por él.', 'es el indicado para sheriff');
  });

  it('leaves where to vote, a team and a colleague alone', () => {
    clean('Vota en el Centro Cívico, de 7 a 8.');
    clean('Apoya a tu equipo local este sábado.');
    clean('El oficial Pérez es el único que habla mandarín en la unidad.');
    clean('No a la violencia, sí a la paz.');
  });
});

describe('a party slate by its letter', () => {
  // Family: a whole ticket asked for by party letter: straight ticket R, voting straight D.
  it('flags the slate', () => {
    flagged('Straight ticket R 🇺🇸', 'Straight ticket R');
    flagged('voting straight D this year, every race', 'straight D');
    flagged('Straight-ticket R all the way down', 'Straight-ticket R all the way down');
  });

  it('leaves ticket information alone', () => {
    clean('Straight-ticket voting ends in 2026, the county clerk says.');
    clean('Go straight to Lot D for parking.');
  });
});

describe('someone wanted back in an elected body', () => {
  // Family: the writer or "we" want or need a person (named, a pronoun, or "who"/"leaders like")
  // in or back in a body filled by a vote: the Capitol, City Hall, the council, office.
  it('flags the wish', () => {
    flagged(
      'Leaders like Rep. Dunn are exactly who we need back in the Capitol.',
      'need back in the Capitol',
    );
    flagged('We need Rep. Dunn back in the statehouse next year.', 'need Rep. Dunn back');
    flagged('Honestly we want her back in City Hall.', 'want her back in City Hall');
    flagged(
      'Councilwoman Ito is up for re-election. She is the kind of voice we need on the council.',
      'need on the council',
    );
  });

  it('leaves a colleague’s return alone', () => {
    clean('We need Officer Ruiz back on patrol soon!');
    clean('We need you back in the office Monday.');
    clean('Leaders like Chief Moss are exactly who we need on the streets.');
  });
});

describe('a candidate’s win brought about', () => {
  // Family: the reader urged to make a candidate win without "vote": make sure he gets it,
  // make it happen or get it done on the day, get her in there, put him in office.
  it('flags the call where a race or a candidate is in the text', () => {
    flagged(
      'Councilmember Wu deserves another term. Let’s make sure she gets it on Nov. 4.',
      'make sure she gets it',
    );
    flagged(
      'Commissioner Boyd is running again. Show up on the 5th and make it happen!',
      'make it happen',
    );
    flagged(
      'Kowalski for Sheriff. get out there tuesday at the polls and get it done',
      'get it done',
    );
    flagged('Deshawn Pike is the real deal for council, get him in there.', 'get him in there');
    flagged('Ana Ruiz is running for mayor, so let’s put her in office.', 'put her in office');
  });

  it('leaves a drive, a contest and a coach alone', () => {
    clean('Get out on Saturday and make it happen at the food drive!');
    clean('Officer Kim is up for the award. Let’s make sure he gets it on Friday.');
    clean('Polls open at 7 a.m. on Nov. 4. Get out and make your voice heard.');
    clean('Let’s make sure he gets it back — the stolen bike, that is.');
  });
});

describe('an office holder kept, a campaign hashtag by district, a race by its debate', () => {
  // Family: "Keep <elected title> <name>" as a whole clause; "#<Name>For<office or district>";
  // a candidate praised as the right choice where a mayoral or sheriff's debate is named.
  it('flags them', () => {
    flagged('Keep Sheriff Mbeki. Twelve years and burglaries are down.', 'Keep Sheriff Mbeki');
    flagged('Keep Judge Alvarez! She is fair.', 'Keep Judge Alvarez');
    flagged('Ruth Cole is running for council. #RuthForD3', '#RuthForD3');
    flagged('Kim Lee is running for council. #KimForWard5', '#KimForWard5');
    flagged(
      'Great crowd at the sheriff’s debate. Captain Nolan showed she’s the right choice for our county.',
      'she’s the right choice',
    );
  });

  it('leaves an instruction, a colleague and a school debate alone', () => {
    clean('Keep Mayor Lin informed about the closures.');
    clean('Keep Officer Ruiz in your prayers.');
    clean('Great job at the high school debate tournament. Maya was the right choice for captain.');
    clean('#RunForTheKids this Saturday at Alameda Park.');
  });
});

describe('ten new positives and ten near misses, written last', () => {
  const positives = [
    'Prop 3 protects every school crossing guard in the district.',
    'Councilman Ortega deserves a second term. Make sure he gets it this November.',
    'Apoyen la Medida R el martes.',
    'Judge Pell is on the ballot again. We need her back on the bench, folks.',
    'A “yes” vote is a vote for faster ambulances.',
    'Keep Commissioner Lowe! Twelve years of lower crime.',
    '#HaleForWard2',
    'Measure D is on the ballot. We really need that one to pass.',
    'voting straight R down the whole ballot',
    'Ibarra for Sheriff. Show up on the 5th at the polls and get it done.',
  ];
  const nearMisses = [
    'Measure D would fund two new dispatchers, the city analysis says.',
    'Remember Officer Tran when you vote for the Chief’s Award.',
    'Keep Officer Dunn in your thoughts tonight.',
    'Our cadet is back in class on Monday after surgery.',
    'We need this one to pass the final inspection on Friday.',
    'Vota en la biblioteca central el martes.',
    'Get out Saturday and make it happen for the toy drive!',
    'The straight route to Lot R is closed.',
    'Leaders like Sgt. Amos are exactly who we need in the academy.',
    'El agente Soto es el único que habla tagalo en la unidad.',
  ];
  it('gets at least 10 of 10 positives and 10 of 10 near misses right', () => {
    const hits = positives.filter((t) => politicalScanner.scan(t).length > 0).length;
    const quiet = nearMisses.filter((t) => politicalScanner.scan(t).length === 0).length;
    expect({ hits, quiet }).toEqual({ hits: 10, quiet: 10 });
  });
});
