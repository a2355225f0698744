import { describe, expect, it } from 'vitest';
import type { Scanner } from '../../src/shared/policy/finding';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { personalDataScanner } from '../../src/shared/policy/scanners/personal-data';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round sixteen: what the blind twenty-seventh and twenty-eighth corpora wrote that the rules did
 * not read (each written here in other words), and the near misses each new rule must leave
 * alone. `rules` scans without the sentence model, so a rule is held to its own words.
 */
const rules = (scanner: Scanner, text: string) =>
  scanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('guilt or innocence, round sixteen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);

  it('flags the doer known though unnamed, an assault told, a share denied, fault laid', () => {
    expect(guilt('We already know who did it, we are just waiting on the warrant.')).toContain(
      'We already know who did it',
    );
    expect(guilt('Thanks to the tips, everyone knows who broke into the bait shop.')).toContain(
      'everyone knows who broke into',
    );
    expect(guilt('The deputy fired after Hollis came at him with a machete.')).toContain(
      'came at him with a machete',
    );
    expect(guilt('She had no part in that robbery, period.')).toContain('She had no part in that');
    expect(guilt('Honestly he was completely at fault.')).toContain('he was completely at fault');
    expect(guilt('He never touched that deputy, the video shows it.')).toContain(
      'He never touched that deputy',
    );
    expect(guilt('That man groomed the girl for a year.')).toContain('groomed the girl');
  });

  it('flags "he started it" where a fight is told, a why-question that takes the deed, a lone verdict', () => {
    expect(guilt('Everybody saw it. He started it and threw the first punch.')).toContain(
      'He started it and threw the first punch',
    );
    expect(guilt('Why did Okafor rob his own grandmother?')).toContain('Why did Okafor rob');
    expect(guilt('GUILTY!!')).toContain('GUILTY!!');
  });

  it('leaves alone a question, an unknown doer, a treat, a business begun, an officer asked about', () => {
    expect(guilt('Do we know who did it yet?')).toEqual([]);
    expect(guilt('We don’t know who did it yet.')).toEqual([]);
    expect(guilt('We know who baked the cookies: Mrs. Lee!')).toEqual([]);
    expect(guilt('Everyone knows who stole the show at the talent night.')).toEqual([]);
    expect(guilt('He started it in his garage in 2019 and now employs six people.')).toEqual([]);
    expect(guilt('Why did Officer Diaz stop by the school?')).toEqual([]);
    expect(guilt('Vandals hit three cars on Gorse Ct overnight.')).toEqual([]);
    expect(guilt('Was he guilty? A jury will decide.')).toEqual([]);
  });
});

describe('the sentence model beside the guilt rules, round sixteen', () => {
  it('reads a yes-or-no question about the facts as a question, not a claim', () => {
    const scanned = (text: string) => guiltOrInnocenceScanner.scan(text).map((f) => f.text);
    expect(scanned('Is the driver at fault? The crash remains under investigation.')).toEqual([]);
  });
});

describe('pending prosecution, round sixteen', () => {
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const charged = (remark: string) => `Darius Penn was charged Friday. ${remark}`;

  it('flags the sentence wished in full, a plea foretold, verdicts anticipated, a conviction guaranteed', () => {
    expect(pending(charged('We want him to get every day of the ten years.'))).toContain(
      'get every day of',
    );
    expect(pending(charged('He is expected to plead guilty next month.'))).toContain(
      'is expected to plead guilty',
    );
    expect(pending(charged('We anticipate convictions on all counts.'))).toContain(
      'anticipate convictions',
    );
    expect(pending(charged('Conviction guaranteed.'))).toContain('Conviction guaranteed');
  });

  it('flags a minimum demanded, a charge mocked, a term foretold, a life judged, a charge reduced', () => {
    expect(pending(charged('He should serve at least twenty years.'))).toContain(
      'should serve at least twenty years',
    );
    expect(pending(charged('The burglary charge is laughable.'))).toContain('charge is laughable');
    expect(pending(charged('He’s looking at fifteen years minimum.'))).toContain(
      'He’s looking at fifteen years minimum',
    );
    expect(pending(charged('He has been violent his entire life.'))).toContain(
      'been violent his entire life',
    );
    expect(pending(charged('His lawyer will get it knocked down to a misdemeanor.'))).toContain(
      'get it knocked down to a misdemeanor',
    );
  });

  it('leaves alone the same words with no case in the text', () => {
    expect(pending('Conviction guaranteed: our chili wins the cook-off again.')).toEqual([]);
    expect(
      pending('You should serve at least twenty years in the food bank, says Grandma.'),
    ).toEqual([]);
  });
});

describe('political, round sixteen', () => {
  const political = (text: string) => rules(politicalScanner, text);

  it('flags a candidate stood with on the day, officials sent home, a seat kept, a win promised', () => {
    expect(political('Early voting is open. Stand with him on November 4.')).toContain(
      'Stand with him on November 4',
    );
    expect(political('The whole board needs to be shown the door this fall.')).toContain(
      'shown the door this fall',
    );
    expect(political('Throw them all out in November.')).toContain(
      'Throw them all out in November',
    );
    expect(political('We cannot take another four years of Pruitt.').join(' ')).toBe('');
    expect(political('Please, no more four years of Pruitt.')).toContain(
      'no more four years of Pruitt',
    );
    expect(political('Early voting opens Monday. Anyone but Whitcomb in May.')).toContain(
      'Anyone but Whitcomb',
    );
    expect(political('Don’t let her lose her seat on the 5th, vote early.')).toContain(
      'let her lose her seat',
    );
    expect(political('Mayor Ortiz’s reelection means safer streets.')).toContain(
      'Ortiz’s reelection means',
    );
  });

  it('flags a measure backed or downed, a party chosen, a campaign hashtag, a seat to fill', () => {
    expect(political('Our association stands behind the Safe Parks levy.')).toContain(
      'stands behind the Safe Parks levy',
    );
    expect(political('Help us vote down Measure K.')).toContain('vote down Measure K');
    expect(political('Polls open Tuesday. Go Republican this November.')).toContain(
      'Go Republican this November',
    );
    expect(political('Great turnout tonight! #Ibarra4Sheriff')).toContain('#Ibarra4Sheriff');
    expect(political('Put a retired officer on the council.')).toContain(
      'Put a retired officer on the council',
    );
  });

  it('leaves alone a cook-out, an officer’s win, a contest, a vigil', () => {
    expect(political('Anyone but Kevin, he burns the burgers.')).toEqual([]);
    expect(political('Officer Lee’s win means a trophy for the station.')).toEqual([]);
    expect(political('The Chief stands with the families at tonight’s vigil.')).toEqual([]);
    expect(
      political(
        'Deputy Cruz is home from the hospital. Stand with him on Saturday at the blood drive.',
      ),
    ).toEqual([]);
    expect(political('Stand with her on May 3 at the 5K for Officer Ng’s recovery fund.')).toEqual(
      [],
    );
    expect(political('Throw them all out in the recycling bin on Tuesday.')).toEqual([]);
  });
});

describe('juveniles, round sixteen', () => {
  const juveniles = (text: string) => rules(juvenileIdentityScanner, text);

  it('reads a search and a report called in as an incident, "all of fourteen", "a rising …"', () => {
    expect(
      juveniles('Thanks to all who helped us find Mia Okoro (7) at the fair last night.'),
    ).toContain('Mia Okoro (7)');
    expect(
      juveniles('Thanks to the Scout who called in the brush fire, Kenji Watanabe (13).'),
    ).toContain('Kenji Watanabe (13)');
    expect(juveniles('Deputies detained Rafael Ortiz, all of fifteen, after the theft.')).toContain(
      'Rafael Ortiz, all of fifteen',
    );
    expect(
      juveniles('Priya Nair, a rising ninth-grader at Oak Middle School, was hurt in the crash.'),
    ).toContain('Priya Nair, a rising ninth-grader');
  });

  it('reads "’s only 16", an age between dashes, a school and a parent’s role', () => {
    expect(
      juveniles('Juvenile court will toss it. Kiara’s only 15 and the fight was not her fault.'),
    ).toContain('Kiara’s only 15');
    expect(juveniles('One of them, the driver — Luis Peña, all of fifteen — was cited.')).toContain(
      'Luis Peña, all of fifteen',
    );
    expect(
      juveniles(
        'The driver, a 16-year-old junior from Westbrook High whose mother coaches our swim team, was cited after the crash.',
      ),
    ).toContain('16-year-old junior from Westbrook High whose mother coaches our swim team');
  });

  it('leaves alone a programme or event named with a minor’s word', () => {
    expect(
      juveniles(
        'Two juveniles, ages 15 and 16, were arrested and have been referred to Juvenile Probation.',
      ),
    ).toEqual([]);
    expect(
      juveniles('After last month’s crash, Teen Driver Safety Night at HQ is free on March 3.'),
    ).toEqual([]);
  });

  it('leaves alone a thank-you with no incident', () => {
    expect(juveniles('Thanks to all who helped us plant the garden with Mia Okoro (7)!')).toEqual(
      [],
    );
  });
});

describe('round sixteen, as a reviewer read it', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const political = (text: string) => rules(politicalScanner, text);

  it('leaves alone a tradition begun, a trophy, horses groomed, a speech, a coach’s shot, a joke', () => {
    expect(guilt('We know who started this tradition twenty years ago.')).toEqual([]);
    expect(guilt('Y’all know who took home the trophy.')).toEqual([]);
    expect(guilt('We know who stole our hearts this year.')).toEqual([]);
    expect(
      guilt(
        'Deputy Lee groomed them for two hours before the parade with the mounted unit horses.',
      ),
    ).toEqual([]);
    expect(guilt('He started it off with a great speech at the fight night fundraiser.')).toEqual(
      [],
    );
    expect(guilt('Why did Coach Miller shoot the final free throw?')).toEqual([]);
    expect(guilt('Why would Sheriff Dunn shoot down that idea?')).toEqual([]);
    expect(guilt('Who stole Sgt. Miller’s sandwich from the break room?\nGuilty!')).toEqual([]);
    expect(
      guilt('Everyone knows who did this: Officer Dana Ruiz, who painted the whole mural!'),
    ).toEqual([]);
  });

  it('still reads the deed on camera, the comma after a name, a surname like a bird, a keyed car', () => {
    expect(guilt('Footage shows him kicking the door in.')).toContain('Footage shows him kicking');
    expect(guilt('Todos saben que fue Rogelio, ese muchacho de la esquina.')).toContain(
      'que fue Rogelio',
    );
    expect(guilt('The thief? That’s Jordan Bird from down the street.')).toContain(
      'The thief? That’s Jordan Bird',
    );
    expect(guilt('We know who keyed my car: Silas Whitford')).toContain(
      'We know who keyed my car: Silas Whitford',
    );
    expect(guilt('Why’d Okafor rob that store?')).toContain('Why’d Okafor rob');
  });

  it('leaves alone a hearing lost, a recovery, a clear camera, a law changed', () => {
    expect(
      pending(
        'Officer Ames was hit by a car and may lose his hearing, but doctors say he will recover; he was charged with nothing.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Officer Diaz was struck by a driver who was later arrested. Doctors hope she’ll walk in six months.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Our new bodycams record in 4K at night. The video is crystal clear, and it holds up in court.',
      ),
    ).toEqual([]);
    expect(
      pending(
        'Under the new law, possession was knocked down to a misdemeanor, so fewer people are charged with felonies.',
      ),
    ).toEqual([]);
  });

  it('leaves alone seat belts, a team’s win, a rivalry, a shred day, a school-safety initiative', () => {
    expect(political('Parents: make them keep their seat belts on for every ride')).toEqual([]);
    expect(political('Friday’s win means the Tigers head to the state semifinal!')).toEqual([]);
    expect(political('Anyone but Duke in March! Go Wolfpack!')).toEqual([]);
    expect(political('Go Green this fall! Shred day and e-waste drop-off at the station.')).toEqual(
      [],
    );
    expect(political('We stand behind the Safe Routes to School initiative.')).toEqual([]);
  });

  it('leaves alone a child thanked for finding a lost puppy’s owner', () => {
    expect(
      rules(
        juvenileIdentityScanner,
        'Thanks to Ava Lopez, 11, who helped us find the owner of a lost puppy at the park!',
      ),
    ).toEqual([]);
  });
});

describe('round seventeen', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const pending = (text: string) => rules(pendingProsecutionScanner, text);
  const political = (text: string) => rules(politicalScanner, text);
  const charged = (remark: string) => `Marco Vance was charged Monday. ${remark}`;

  it('flags the doer named after "the shooter was", the one holding the weapon, a threat posted by', () => {
    expect(guilt('Neighbors told us the gunman was Terrence Boyd.')).toContain(
      'the gunman was Terrence Boyd',
    );
    expect(guilt('He was the one holding the spray can, we all saw it.')).toContain(
      'the one holding the spray can',
    );
    expect(guilt('The threats were sent by Lena Marsh from a burner account.')).toContain(
      'threats were sent by Lena Marsh',
    );
  });

  it('leaves alone the shooter described, a video posted by an officer', () => {
    expect(guilt('The shooter was wearing a grey hoodie and fled north.')).toEqual([]);
    expect(guilt('The video was posted by Officer Dana Ruiz.')).toEqual([]);
  });

  it('flags evidence piled up, a verdict called, a case resting on one thing, adult charges hoped for', () => {
    expect(pending(charged('They have a mountain of evidence.'))).toContain(
      'a mountain of evidence',
    );
    expect(pending(charged('Anything short of a conviction would shock me.'))).toContain(
      'Anything short of a conviction',
    );
    expect(pending(charged('That’s a conviction, no doubt.'))).toContain(
      'That’s a conviction, no doubt',
    );
    expect(pending(charged('The whole case hinges on one witness.'))).toContain('case hinges on');
    expect(pending(charged('I hope they try him as an adult.'))).toContain(
      'hope they try him as an adult',
    );
    expect(pending(charged('Vance is a career criminal.'))).toContain('Vance is a career criminal');
  });

  it('flags a new mayor asked for, a party voted against, a candidate backed on the day', () => {
    expect(political('The ballots are out. Time for a new sheriff.')).toContain(
      'Time for a new sheriff',
    );
    expect(political('Early voting is open, so stop voting Democrat.')).toContain(
      'stop voting Democrat',
    );
    expect(political('The election is close. Back her on the 3rd.')).toContain(
      'Back her on the 3rd',
    );
    expect(political('The election is close: don’t let him win.')).toContain('don’t let him win');
    expect(political('Polls open Tuesday. Vote him out in November.')).toContain(
      'Vote him out in November',
    );
    expect(political('The primary is near; go Libertarian this fall.')).toContain(
      'go Libertarian this fall',
    );
  });

  it('leaves alone the same words where no election is spoken of', () => {
    expect(political('Back him on the 4th at the car wash fundraiser for the team.')).toEqual([]);
    expect(political('Time for a new sheriff’s horse: meet Duchess!')).toEqual([]);
  });
});

describe('round seventeen, the near misses and the identifiers', () => {
  const guilt = (text: string) => rules(guiltOrInnocenceScanner, text);
  const political = (text: string) => rules(politicalScanner, text);

  it('leaves alone records pulled off a phone, the presumption, a claim denied in Spanish', () => {
    expect(guilt('Cops said they pulled off his phone everything they needed.')).toEqual([]);
    expect(guilt('They pulled off the heist in broad daylight, Marcus and his cousin.')).toContain(
      'They pulled off the heist in broad daylight',
    );
    expect(guilt('He’s innocent until proven guilty, same as you or me.')).toEqual([]);
    expect(guilt('He’s innocent, I was with him all night.')).toContain('He’s innocent');
    expect(guilt('No digo que él lo hizo. Hay que esperar al juez.')).toEqual([]);
  });

  it('reads a licence number after "DL number" and a date of birth after "birthday"', () => {
    expect(
      rules(personalDataScanner, 'His DL number ending 80215 was on the form.').join(' '),
    ).toMatch(/80215/);
    expect(rules(personalDataScanner, 'Her birthday is 4/11/1996, look it up.').join(' ')).toMatch(
      /4\/11\/1996/,
    );
  });

  it('leaves alone where you vote, thanks to God, a K-9 name vote', () => {
    expect(
      political('Questions about where you vote go to the County Elections Office, not us.'),
    ).toEqual([]);
    expect(political('Thank God for Sheriff Boudreaux and his deputies tonight.')).toEqual([]);
    expect(political('Congrats to the new K9!! I vote for the name Biscuit')).toEqual([]);
  });

  it('reads a child who spotted a stolen van, thanked though the child is', () => {
    expect(
      rules(
        juvenileIdentityScanner,
        'Special thanks to fifth-grader Benji Morales, who spotted the van behind the apartments.',
      ),
    ).toContain('fifth-grader Benji Morales');
  });
});
