import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-six: shapes the blind one-hundred-seventh and one-hundred-eighth sets wrote and the
 * rules did not read. Scanned without the sentence model, so each test holds a rule, not the
 * model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const political = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('round forty-six: a duty failed, told without the case', () => {
  it('reads looking the other way as a habit, a reason or a span of time', () => {
    expect(
      guilt(
        'The landlord looked the other way for three years because the rent showed up on time.',
      ),
    ).toEqual(['The landlord looked the other way']);
    expect(
      guilt('Sloane Whitcomb looked the other way every single time the crew flagged the Bighorn.'),
    ).toEqual(['Sloane Whitcomb looked the other way']);
    expect(guilt('You looked the other way for two years same as the rest of them.')).toEqual([
      'You looked the other way',
    ]);
  });

  it('not a glance', () => {
    expect(guilt('She looked the other way just as the deer crossed the road.')).toEqual([]);
    expect(guilt('You looked the other way down the street and there it was.')).toEqual([]);
  });

  it('reads seen or heard, then kept quiet', () => {
    expect(guilt('He saw those leaners and said nothing.')).toEqual([
      'He saw those leaners and said nothing',
    ]);
    expect(
      guilt('The office manager saw the squawk sheet every single morning and said nothing.'),
    ).toEqual(['The office manager saw the squawk sheet every single morning and said nothing']);
    expect(guilt('He saw it and walked on by.')).toEqual(['He saw it and walked on by']);
    expect(
      guilt('The district had complaints about that bus since October and did nothing.'),
    ).toEqual([]);
    expect(
      guilt('Thank you, Coach Dale, who saw the storm coming and said nothing to scare the kids.'),
    ).toEqual([]);
    expect(guilt('She knew the answer all along and said nothing was going to stop her.')).toEqual(
      [],
    );
    expect(guilt('She saw the fireworks from the porch and said nothing was prettier.')).toEqual(
      [],
    );
  });

  it('reads a lone "He knew." beside a warning ignored', () => {
    expect(
      guilt(
        'He knew. Guys at the Crane Point landing told him twice in January there was open water.',
      ),
    ).toEqual(['He knew']);
    expect(guilt('Ashby signed off on it anyway. He knew.')).toEqual(['He knew']);
  });

  it('not a hero\u2019s hunch, a birthday, nor the same knowing said twice', () => {
    expect(
      guilt('Officer Diaz smelled gas. He knew. He got everyone out of the building.'),
    ).toEqual([]);
    expect(guilt('My son took one look at the cake. He knew. Happy birthday buddy!')).toEqual([]);
    expect(
      guilt(
        'Curtis sent my husband up that ridge when every outfit had shut down. He knew. He knew ' +
          'and he sent them anyway.',
      ),
    ).not.toContain('He knew');
  });

  it('reads corners cut without the harm told after', () => {
    expect(
      guilt('Kivisto cut corners to keep the trail open for the big tourist weekend.'),
    ).toEqual(['Kivisto cut corners']);
    expect(
      guilt(
        'Same as that daycare in Kerrville. Darla\u2019s no different, she cut corners the same way.',
      ),
    ).toEqual(['she cut corners']);
    expect(guilt('Thibodeau is just the latest one to cut corners on batteries.')).toEqual([
      'latest one to cut corners',
    ]);
  });

  it('not corners never cut, nor a sentence that opens on "Always"', () => {
    expect(guilt('Dale never cut corners on a single deck he built, and it shows.')).toEqual([]);
    expect(guilt('Known Wade since grade school. Always cut corners, always will.')).toEqual([]);
    expect(guilt('Sgt. Ruiz never cut corners in 30 years on the job. Happy retirement!')).toEqual(
      [],
    );
  });

  it('reads warnings ignored and a duty never once done', () => {
    expect(
      guilt('He was right there on the sand and he ignored the guards\u2019 whistle.'),
    ).toEqual(['he ignored the guards\u2019 whistle']);
    expect(guilt('Lindqvist never once checked the surf report that morning.')).toEqual([
      'Lindqvist never once checked the surf report that morning',
    ]);
    expect(
      guilt(
        'Dana has been yelling about rental inspections for years while everybody ignored her.',
      ),
    ).toEqual([]);
    expect(
      guilt('He never once asked anybody for a thing in six years of coaching my son\u2019s team.'),
    ).toEqual([]);
    expect(guilt('I never once checked the mailbox that week, and the bills piled up.')).toEqual(
      [],
    );
    expect(guilt('Everybody ignored the fire alarm during the drill, so we ran it again.')).toEqual(
      [],
    );
  });

  it('reads a child let drown on someone\u2019s watch', () => {
    expect(
      guilt('Everybody says a surf instructor let a nine-year-old drown on his watch.'),
    ).toEqual(['let a nine-year-old drown on his watch']);
  });
});

describe('round forty-six: the blame put on a person, or taken off', () => {
  it('reads "Blame Sterling."', () => {
    expect(
      guilt('That valve was wired before Royce ever bought the place. Blame Sterling.'),
    ).toEqual(['Blame Sterling']);
    expect(guilt('Management had ONE aide for 30 residents. Blame Whitcombe, not her.')).toEqual([
      'Blame Whitcombe, not her',
    ]);
  });

  it('not a company and the state, nor an app', () => {
    expect(guilt('Blame Cumberland Seam and blame the state.')).toEqual([]);
    expect(guilt('Missed the meeting? Blame Zoom.')).toEqual([]);
  });

  it('reads a person\u2019s fault denied', () => {
    expect(
      guilt('It ain\u2019t Royce\u2019s fault, it\u2019s the state\u2019s for not inspecting.'),
    ).toEqual(['ain\u2019t Royce\u2019s fault']);
    expect(
      guilt('kyle was doing 70+ across the arm in the dark. thats not the groomers fault'),
    ).toEqual(['thats not the groomers fault']);
    expect(
      guilt(
        'My dad did NOT do this. He checked that crossing on the 9th. Whatever opened up after ' +
          'that is not on him.',
      ),
    ).toContain('is not on him');
  });

  it('not nobody\u2019s fault, a victim comforted, nor a bar tab', () => {
    expect(guilt('Wasn\u2019t nobody\u2019s fault, just the water.')).toEqual([]);
    expect(guilt('Tell your kids: don\u2019t pay. It is NOT their fault.')).toEqual([]);
    expect(guilt('Drinks are on the house tonight. The tab is not on him.')).toEqual([]);
  });

  it('reads the one cleared after the one blamed', () => {
    expect(
      guilt(
        'My cousin says it was that big guy in the Unger jacket who grabbed the kid\u2019s jersey ' +
          'first. Not Rodney.',
      ),
    ).toEqual(['Not Rodney']);
    expect(guilt('Who won the pie contest again this year? Not Rodney. Again.')).toEqual([]);
  });
});

describe('round forty-six: the deed, the weapon and the one doing it', () => {
  it('reads money helped to, and goods walked off with or lifted', () => {
    expect(
      guilt('She helped herself to almost $18,000 of concession-stand money over three years.'),
    ).toEqual(['helped herself to almost $18,000']);
    expect(
      guilt('Be careful on 1st St, he\u2019s walked off with a soft-top from the racks twice.'),
    ).toEqual(['he\u2019s walked off with a soft-top from the racks twice']);
    expect(guilt('He\u2019s been lifting gas augers off sled trailers since Christmas.')).toEqual([
      'He\u2019s been lifting',
    ]);
  });

  it('not pie, the unknown thief, nor a doctor taking care', () => {
    expect(guilt('Grandpa helped himself to a second slice of pie at the open house.')).toEqual([]);
    expect(guilt('Someone walked off with the cash box from the 4-H pie table.')).toEqual([]);
    expect(guilt('Shout out to Dr. Marta in the ER who\u2019s been taking care of Hildy.')).toEqual(
      [],
    );
    expect(guilt('Officer Reyes has been lifting weights with the cadets every Friday.')).toEqual(
      [],
    );
    expect(guilt('Grandma\u2019s been stealing the remote all week.')).toEqual([]);
  });

  it('reads the knife put in a hand and a man gone after with one', () => {
    expect(guilt('Three separate witnesses put the knife in Lankford\u2019s hand.')).toEqual([
      'put the knife in Lankford\u2019s hand',
    ]);
    expect(guilt('Lankford, who went after Antoine with a knife, is out on bond.')).toEqual([
      'who went after Antoine with a knife',
    ]);
    expect(guilt('He went after the puck with his stick and scored in overtime.')).toEqual([]);
  });

  it('reads the one doing it, by its wrong', () => {
    expect(
      guilt('Pruitt was the one signing Walt\u2019s name on those checks, every Friday.'),
    ).toEqual(['was the one signing Walt\u2019s name on those checks']);
    expect(
      guilt('The Kessler kid\u2019s mom was the one chucking water bottles at the refs.'),
    ).toEqual(['was the one chucking water bottles at the refs']);
  });

  it('not the one translating, the one speaking, nor the peacemaker', () => {
    expect(
      guilt('The Reyes girl was the one translating for the deputies when they came. So proud.'),
    ).toEqual([]);
    expect(
      guilt('I was the one holding the hose when the fire started, we kept it off the barn.'),
    ).toEqual([]);
    expect(guilt('Big Mike was the one pulling people apart before it got worse.')).toEqual([]);
  });
});

describe('round forty-six: the sentence foretold in other words', () => {
  it('reads a light sentence, a plea, the defendant back at it, time wished', () => {
    expect(
      pending(
        'He\u2019ll get a stay of imposition, 40 hours of community service and an anger class. ' +
          'That\u2019s how assault goes in this county.',
      ),
    ).toEqual([
      'He\u2019ll get a stay of imposition, 40 hours of community service and an anger class',
    ]);
    expect(
      pending(
        'Second-degree manslaughter carries up to 10 years. He\u2019ll serve maybe 18 months if that.',
      ),
    ).toEqual(['He\u2019ll serve maybe 18 months if that']);
    expect(
      pending('OSHA fine will be $15k, the criminal case gets pled down to reckless endangerment.'),
    ).toEqual(['case gets pled down to reckless endangerment']);
    expect(
      pending(
        'Rodney will take diversion and it\u2019ll be like it never happened. Assault, my foot.',
      ),
    ).toEqual(['Rodney will take diversion']);
    expect(
      pending('No way this goes to trial, and he\u2019ll be back teaching by August, watch.'),
    ).toContain('he\u2019ll be back teaching by August');
    expect(
      pending(
        'Charged with vehicular homicide and still smirking. Ten years wouldn\u2019t be enough.',
      ),
    ).toEqual(['Ten years wouldn\u2019t be enough']);
    expect(
      pending(
        'Involuntary manslaughter in this state is up to 10 yrs. He\u2019ll do 2, tops, and be back ' +
          'running that crab house.',
      ),
    ).toEqual(['He\u2019ll do 2, tops']);
  });

  it('not a vacation, a push-up challenge, nor time off with no case told', () => {
    expect(pending('Officer Dan is on vacation, he\u2019ll be back patrolling by Monday.')).toEqual(
      [],
    );
    expect(pending('She\u2019ll do 20, tops, at the push-up challenge.')).toEqual([]);
    expect(pending('He\u2019ll get a sweetheart deal on the truck at Dale\u2019s lot.')).toEqual(
      [],
    );
    expect(
      pending('Five years wouldn\u2019t be enough to see every trail in this county.'),
    ).toEqual([]);
  });
});

describe('round forty-six: the verdict and the character fixed', () => {
  it('reads "He walks." and "and always will be" where a case is told', () => {
    expect(pending('With a jury from this town? He walks. Half of them work for growers.')).toEqual(
      ['He walks'],
    );
    expect(
      pending('Charged with assault again. Halvorsen\u2019s a mean drunk and always will be.'),
    ).toEqual(['\u2019s a mean drunk and always will be']);
  });

  it('not with no case told, nor a hero or a fan', () => {
    expect(pending('He walks. Every morning, three miles, rain or shine.')).toEqual([]);
    expect(pending('Jury duty all week, so Rex skips the long loop he walks.')).toEqual([]);
    expect(pending('She is our hero and always will be. Rest easy, Officer Kim.')).toEqual([]);
    expect(
      pending('Sgt. Pike, who arrested the suspect Tuesday, is a Packers fan and always will be.'),
    ).toEqual([]);
  });
});

describe('round forty-six: campaign chores and a measure told no', () => {
  it('reads door-knocking and precinct walking for a candidate', () => {
    expect(
      political(
        'Vote Stoltz for school board. We\u2019re door-knocking in Pike River this Saturday if you ' +
          'want to help.',
      ),
    ).toContain('door-knocking');
    expect(
      political(
        'Vote Stoltz for school board. We\u2019re walking precincts Saturday from the pier.',
      ),
    ).toContain('walking precincts');
  });

  it('not a scam warning', () => {
    expect(
      political(
        'Door-knocking season = door-knocking scams. Real campaign volunteers for the election ' +
          'carry literature, not card readers.',
      ),
    ).toEqual([]);
  });

  it('reads "Tell the hospital district no" in an election', () => {
    expect(
      political('Hospital-district levy on the ballot? Tell the hospital district no on Nov. 4.'),
    ).toContain('Tell the hospital district no');
    expect(
      political('Detectives tell us the county video leaves no doubt. The election is Nov. 4.'),
    ).toEqual([]);
    expect(
      political(
        'If the school board asks, tell them no one from our office will be at the election forum.',
      ),
    ).toEqual([]);
    expect(political('Kids asking for a later curfew this summer? Tell them no.')).toEqual([]);
  });
});
