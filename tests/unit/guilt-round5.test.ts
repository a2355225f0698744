import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';

/*
 * III.B.1.c, round five: families the blind tenth corpus showed missing, each written here by hand
 * in other words (none of these sentences is in a corpus).
 */
const hits = (text: string) => guiltOrInnocenceScanner.scan(text).length > 0;

const families: Record<string, string[]> = {
  deeds: [
    'the guy who opened fire outside the bar is locked up',
    'Jonah Pike, the driver who left a cyclist lying in the ditch, turned himself in.',
    'He is the one who lit it, everybody on the block saw the smoke.',
    'the teens who terrorized the seniors at Oak Manor were booked',
    'that woman who cleaned out the donation jars at church got picked up',
    'They are the ones who opened fire on the block party.',
  ],
  contraband: [
    'He ditched the bag of meth under a parked car.',
    'she stashed the pills in her bra before the pat-down',
    'he was speeding through the school zone at 60 mph',
    'Tasha blew through the red light on Main.',
    'the kid was doing 90 in a 35',
    'He plotted it for months.',
    'She planned the whole thing.',
  ],
  innocence: [
    'my son is not a criminal',
    'Dre aint no thief',
    'he didnt do nothing',
    'she never did none of that, she didnt do any of this',
    'Railroaded. Plain and simple.',
    'my cousin got railroaded by the cops',
    'Él no tiene la culpa de nada.',
  ],
  knows: [
    'She knows exactly what she did.',
    "they know what they've done",
    'Hale knows full well what he did to that family.',
  ],
  reported: [
    'my neighbor swears it was the Miller boy',
    'I heard it was her ex.',
    'everyone knows it was Tony and his cousin',
    'she told the cops it was her boyfriend',
  ],
  notTheirs: [
    'a trunk full of tools that clearly weren’t his',
    'he had three wallets that didn’t belong to him',
    'Phones that were not theirs, obviously.',
  ],
  witnessed: [
    'you can see him on my doorbell cam trying every car door',
    'We watched her on the footage pulling on car door handles.',
    'todo el mundo la vio robando la caja',
  ],
  doneTo: ['Her boyfriend did something to her', 'I know he did something to that baby'],
};

/** Ten new positives and ten near misses, none from any corpus. */
const positives = [
  'That maniac Dorsey opened fire at the gas station, period.',
  'Kenny tossed the gun in the creek when he saw the cruiser.',
  'the lady who emptied the tip jars at Bean Town is the same one',
  'My nephew is not a drug dealer, stop saying that.',
  'He knows damn well what he did.',
  'my daughter said it was the Harlan brothers',
  'She was running every red light on Fifth doing 70.',
  'those three idiots smashed my mailbox again',
  'If you are one of the seniors Pruitt scammed, call Det. Ames.',
  'the cameras caught her face, and you can see her on the video trying car doors',
];
const nearMisses = [
  'He opened the door for officers and invited them in.',
  'She left her bike lying in the yard overnight.',
  'They planned the fundraiser for weeks.',
  'Nobody knew what he did for a living.',
  'Detectives said it was a busy night downtown.',
  'The umbrella at the front desk is not hers; call us if it is yours.',
  'He was racing to the hospital with his wife in labor.',
  'We did something special for the kids at Lincoln Elementary today.',
  'My brother is not a morning person.',
  'Framed photos of our fallen officers hang in the lobby.',
];

// Known gaps at the end of round five (reported, not hidden): it.fails goes red once fixed.
const stillMissed = [
  'Marcus dumped the stolen laptop in a trash can on 5th.',
  'they were drag racing each other on Route 4 at 100 mph',
];

describe('guilt or innocence, round five families', () => {
  for (const [family, texts] of Object.entries(families)) {
    it(`flags the ${family} family`, () => {
      expect(texts.filter((t) => !hits(t))).toEqual([]);
    });
  }
  it('flags the ten invented positives', () => {
    expect(positives.filter((t) => !hits(t))).toEqual([]);
  });
  it('keeps the ten invented near misses clean', () => {
    expect(nearMisses.filter(hits)).toEqual([]);
  });
  for (const text of stillMissed)
    it.fails(`still misses: ${text}`, () => expect(hits(text)).toBe(true));
});

describe('round five exceptions', () => {
  it('keeps "a man who has…" as character, not a verdict', () => {
    expect(hits('Farrow is a man who has terrorized the neighborhood for a decade.')).toBe(false);
    expect(hits('Farrow is the man who terrorized the neighborhood.')).toBe(true);
  });
  it('keeps an appeal in Spanish clean', () => {
    expect(hits('Buscamos al hombre que atropelló a la ciclista.')).toBe(false);
    expect(hits('Ya tenemos bajo custodia al hombre que atropelló a la ciclista.')).toBe(true);
  });
  it('keeps an officer named in reported speech and a possessive clean', () => {
    expect(hits('She said it was Officer Diaz who helped her.')).toBe(false);
    expect(hits("He said it was the twins' birthday.")).toBe(false);
  });
  it('keeps a suspect described as not dangerous clean, but not a relative called not a thief', () => {
    expect(hits('The suspect is not a danger to the public.')).toBe(false);
    expect(hits('My brother is NOT a thief.')).toBe(true);
  });
  it('reads the folks a named person cheated even inside "if you are one of"', () => {
    const text = 'If you are one of the folks Whitlock ripped off, call us.';
    const [finding] = guiltOrInnocenceScanner.scan(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('Whitlock ripped off');
  });
  it('does not read "lit it up" or a bike left lying as a deed', () => {
    expect(hits('She left her bike lying in the yard overnight.')).toBe(false);
    expect(hits('He left the pedestrian lying in the road.')).toBe(true);
  });
  it('points at the words: didnt do none of this', () => {
    const text = 'My brother did not steal, he didnt do none of this.';
    const found = guiltOrInnocenceScanner.scan(text).map((f) => text.slice(f.start, f.end));
    expect(found).toContain('didnt do none of this');
  });
});
