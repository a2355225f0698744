import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, round four: families the blind ninth corpus showed missing, each written here by hand
 * in other words (none of these sentences is in a corpus).
 */
const hits = (text: string) => guiltOrInnocenceScanner.scan(text).length > 0;
const all = (texts: readonly string[]) => texts.filter(hits);

// Family: a definite person + relative clause whose predicate is an offence the verb lists lacked
// (theft from where people keep things, cheating people of money, arson, false alarms and hoaxes,
// taking a life, a habit "keeps snatching").
const relativeDeeds = [
  'The man who has been grabbing purses from shoppers outside Kroger is in custody.',
  'Lina Voss is the woman who tricked her neighbors into wiring money for a fake charity.',
  'that kid who pulled the fire alarm during finals got picked up this morning',
  'He was the one who doused the porch in gasoline before the fire.',
  'the guy who keeps swiping packages off doorsteps on Elm? we got him',
  'Everyone knows Tariq is the one who phoned in the bomb threat to the mall.',
  'Our suspect, the roofer who pocketed payments from a dozen seniors, was booked Friday.',
  'She took my son’s life and she will never say sorry.',
];
// Known gaps at the end of round four (reported, not hidden): it.fails below goes red once fixed.
const stillMissed = ['Mr. Hale is the man who lit his ex-wife’s car on fire.'];
const stillFlagged = [
  'Hoping he comes clean is all we can do, until then the charges stand.',
  'You can’t just write “he did it” on a police page.',
];
// Family: a person’s failing made the cause of the harm (formal, hedged culpability).
const faults = [
  'The driver, whose speeding caused the collision, was not hurt.',
  'His negligence led to the death of a worker.',
  'a 19-year-old woman whose texting at the wheel caused the crash was cited',
  "Ms. Ortiz's carelessness resulted in the fire that gutted the duplex.",
  'their reckless driving caused that wreck on Route 9',
];
// Family: innocence claimed as a mistaken arrest, or as "an innocent man".
const innocence = [
  'You guys locked up the wrong kid, my cousin was at work all night.',
  'They charged the wrong man and everybody on this street knows it.',
  'My brother is an innocent person and this will come out.',
  'Cops grabbed the wrong dude again.',
  'She is a completely innocent woman.',
];
// Family: the deed as a free relative, the admission, the no-mystery pun.
const shapes = [
  'He should rot for what he did to that family.',
  'Only two years for what she did?? unreal',
  'she fessed up as soon as we sat down with her',
  'the kid copped to it right away',
  'With his prints on the bat, this case is not exactly a whodunit.',
  'Caught the Parkside tagger in the act at 2 a.m., can still wet in his hand.',
  'these three definitely did it',
];

const nearMisses = [
  'Detectives are looking for a man who took packages from porches on Elm.',
  'The crash was caused by black ice, the investigators say.',
  'The storm’s winds caused the crash on the bridge.',
  'Officers went to the wrong address first and apologised to the family.',
  'Some of you think we arrested the wrong person; the video says otherwise.',
  'We don’t know what he did for a living.',
  'He owned the car for six years.',
  'The case remains a mystery to investigators.',
  'Sadly she took her own life last spring.',
  'The volunteer who lifted the boxes off the truck was thanked by the pantry.',
  'He was an innocent bystander struck by a stray round.',
  'She lit the candles at the vigil.',
];

describe('guilt, round four: invented families', () => {
  it('flags relative clauses of offences (theft, fraud, arson, hoaxes, a life taken)', () => {
    expect(all(relativeDeeds)).toEqual(relativeDeeds);
  });
  it('flags a person’s failing made the cause of the harm', () => {
    expect(all(faults)).toEqual(faults);
  });
  it('flags innocence told as a wrong arrest or "an innocent man"', () => {
    expect(all(innocence)).toEqual(innocence);
  });
  it('flags the deed as "what he did", admissions and the no-mystery pun', () => {
    expect(all(shapes)).toEqual(shapes);
  });
  it('keeps appeals, causes that are not a person, places and suicide clean', () => {
    expect(all(nearMisses)).toEqual([]);
  });
  it.fails('known gaps: a possessive with a hyphen, a hope and a quoted mention', () => {
    expect(all(stillMissed)).toEqual(stillMissed);
    expect(all(stillFlagged)).toEqual([]);
  });
  it('points at the words', () => {
    const text = 'The driver, whose inattention caused the crash, stayed.';
    const f = guiltOrInnocenceScanner.scan(text)[0];
    expect(f && text.slice(f.start, f.end)).toBe('whose inattention caused the crash');
  });
});
