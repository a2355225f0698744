import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { juvenileIdentityScanner } from '../../src/shared/policy/scanners/juvenile-identity';

/*
 * False alarms a code review found on ordinary department posts (III.B.1.c and the juveniles
 * section), each fixed by what makes the sentence neutral; none of these sentences is in a corpus.
 */
const juvenile = (text: string) => juvenileIdentityScanner.scan(text);
const guilt = (text: string) => guiltOrInnocenceScanner.scan(text);
const matched = (text: string, found: readonly { start: number; end: number }[]) =>
  found.map((f) => text.slice(f.start, f.end));

describe('juveniles: "N years" after a name is an age only with "old" or the clause end', () => {
  // Family: a bare number + "years" opening the sentence after a name, followed by what the years
  // were spent on (in/of/on/with/as/serving): a career's length, not the person's age.
  const careers = [
    'Meet our newest dispatcher, Carla Mendes. 16 years in emergency services before joining us.',
    'Say hello to Officer Dan Ruiz. 12 years of service and still the first one in every morning.',
    'Congratulations to Sgt. Amy Lowe. 15 years on the job this week!',
    'A big thank you to Mark Bell. 17 years serving the people of this county.',
    'Retiring today: Detective Lena Ortiz. 14 years with the burglary unit.',
    'Welcome aboard, Tom Greer. 11 years as a paramedic in Dayton.',
    'shoutout to Jess Kim. 13 yrs in the comm center and never lost her cool',
  ];
  it.each(careers)('stays clean: %s', (text) => {
    expect(juvenile(text)).toEqual([]);
  });

  it('keeps a bare age after a name flagged, with or without "years old"', () => {
    const text = 'Please share, we are looking for Abby Ng. Only 14!';
    expect(matched(text, juvenile(text))).toEqual(['Abby Ng. Only 14']);
    expect(juvenile('Have you seen Abby Ng? 14 years old and scared.').length).toBe(1);
    expect(juvenile('it was Jaylen Ortiz. 16 and already out of control').length).toBe(1);
    expect(juvenile('Missing: Ruby Tran. 13 years.').length).toBe(1);
  });
});

describe('guilt: "at fault" in a crash with no crime, charge or case step', () => {
  // Family: a crash participant found "at fault" by the crash investigation (a report, troopers,
  // investigators), with no offence, charge or case step in the sentence.
  const findings = [
    'The driver was at fault in the crash, according to the preliminary report.',
    'Investigators determined the driver was at fault.',
    "Per the state patrol, the Honda's driver was at fault in Tuesday's collision.",
    'The crash report says the motorist heading east was at fault.',
    'Troopers believe the pickup driver was at fault for the pileup on I-70.',
    'Investigators determined the second vehicle’s driver was at fault for the wreck on Route 9.',
    'the cyclist was at fault according to the accident report',
  ];
  it.each(findings)('stays clean: %s', (text) => {
    expect(guilt(text)).toEqual([]);
  });

  it('keeps fault for a crime, or beside a charge, flagged', () => {
    const text = 'Everyone knows Tyler was at fault for the stabbing';
    expect(matched(text, guilt(text))).toEqual(['Tyler was at fault']);
    expect(guilt('Tyler was at fault.').length).toBe(1);
    expect(guilt('That drunk driver was at fault, everyone knows it').length).toBe(1);
    expect(guilt('Charged with DUI, the driver was at fault in the crash.').length).toBe(1);
    expect(guilt('The suspect was at fault in the crash.').length).toBe(1);
  });
});

describe('guilt: a role noun that is the subject of what a witness reported', () => {
  // Family: someone (a clerk, witnesses, neighbours) reports what the offender did; the role noun
  // is the subject of the reported clause, the account of the event, not a label on the arrestee.
  const accounts = [
    'The suspect was arrested after the clerk said the robber showed a knife.',
    'A man was arrested Tuesday. Witnesses told officers that the shooter ran north on Elm.',
    'Police arrested a woman after the cashier reported the shoplifter had left through the side door.',
    'Officers arrested Dana Ruiz; according to the teller, the robber wore a blue mask.',
    'Deputies arrested a man after neighbours said the burglar had climbed a fence.',
    'A 30-year-old was booked after the victim told us the attacker kept shouting at her.',
  ];
  it.each(accounts)('stays clean: %s', (text) => {
    expect(guilt(text)).toEqual([]);
  });

  it('keeps the label on the arrestee flagged', () => {
    const text = 'The Halvorsen St carjacker was booked last night';
    expect(matched(text, guilt(text))).toEqual(['The Halvorsen St carjacker']);
    expect(guilt('Police said the carjacker was booked into county jail.').length).toBe(1);
    expect(guilt('The carjacker was arrested after a chase.').length).toBe(1);
    expect(guilt('We arrested the robber on Main St.').length).toBe(1);
  });
});

describe('invented: 10 positives and 10 near misses of these three families', () => {
  const positives: [string, 'juvenile' | 'guilt'][] = [
    ['Does anyone know where Lily Chen is? Just 15!', 'juvenile'],
    ['Police picked up Mason Webb. 16 yrs old and already on probation', 'juvenile'],
    ['Brayden Cole. 13. Out past midnight again.', 'juvenile'],
    ['we all know Derek was at fault for the robbery', 'guilt'],
    ['Marcus Dunn was at fault for the shooting, end of story', 'guilt'],
    ['The driver was at fault in the crash and was charged with manslaughter.', 'guilt'],
    ['Bond was denied for the Oak Ave burglar.', 'guilt'],
    ['The Maple Court shoplifter was arrested again Friday.', 'guilt'],
    ['Police said the robber was charged with two counts.', 'guilt'],
    ['Lisa Moore was at fault, she stole the car', 'guilt'],
  ];
  const nearMisses: [string, 'juvenile' | 'guilt'][] = [
    ['Happy retirement to Chief Ana Diaz. 16 years leading this department!', 'juvenile'],
    ['Meet Officer Ray Sims. 15 years on patrol before moving to traffic.', 'juvenile'],
    ['Our thanks to Paul Neal. 10 years with the reserves.', 'juvenile'],
    ['The preliminary report found the van driver at fault in the collision.', 'guilt'],
    ['Troopers said the motorcycle driver was at fault in the crash.', 'guilt'],
    ['Investigators determined the truck driver was at fault; no one was hurt.', 'guilt'],
    ['Witnesses said the robber fled in a silver sedan; a man was arrested later.', 'guilt'],
    ['Officers arrested a man after the owner said the thief took a laptop.', 'guilt'],
    [
      'A woman was detained after staff told deputies that the shoplifter hid items in a bag.',
      'guilt',
    ],
    ['According to the clerk, the robber wore gloves. A suspect is in custody.', 'guilt'],
  ];
  const flags = ([text, kind]: [string, 'juvenile' | 'guilt']) =>
    (kind === 'juvenile' ? juvenile(text) : guilt(text)).length > 0;
  it('finds the positives', () => {
    expect(positives.filter((p) => !flags(p)).map(([t]) => t)).toEqual([]);
  });
  // Known gaps outside these families (first drafts of three positives above): a surname that is
  // also a place word ("Park", "Hill") is not read as a name, and a subject carrying a participle
  // ("the driver arrested for …") is too long for the "at fault" subject. it.fails goes red once fixed:
  // the sentence model now finds the two guilt claims (sentence-model.test.ts holds them).
  const stillMissed: [string, 'juvenile' | 'guilt'][] = [
    ['Does anyone know where Lily Park is? Just 15!', 'juvenile'],
  ];
  it.fails.each(stillMissed)('known gap: %s', (text, kind) => {
    expect(flags([text, kind])).toBe(true);
  });
  it('leaves the near misses clean', () => {
    expect(nearMisses.filter(flags).map(([t]) => t)).toEqual([]);
  });
});
