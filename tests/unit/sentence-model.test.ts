import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ruleExamples } from '../../scripts/train-sentence-model';
import { suggestFor } from '../../src/shared/moderation/comment-suggestions';
import type { FindingKind } from '../../src/shared/policy/finding';
import { scanText } from '../../src/shared/policy/scanners';
import { sentenceFeatures } from '../../src/shared/policy/language/sentence-features';
import { modelFindings, sentenceScore } from '../../src/shared/policy/scanners/sentence-model';
import modelFile from '../../src/shared/policy/scanners/sentence-model.json' with { type: 'json' };
import { sentenceModelSchema } from '../../src/shared/policy/scanners/sentence-model-shape';
import { ROOT } from '../e2e/paths';

/**
 * The sentence model (src/shared/policy/scanners/sentence-model.ts) beside the rules. What it
 * adds on text nobody trained on is measured by the held-out floors (scanner-held-out.test.ts:
 * without the model, final-2's guilt recall falls from 0.91 to 0.74). These sentences were
 * written for this file, after training: the trainer leaves this file out of the rule tests it
 * learns from, so the model has not seen them.
 */
const ADVERT = "Grab a brake special at Rudy's this week.";

/** What the commercial scanner hands the model, with no rule finding. */
const COMMERCIAL_READING = {
  kind: 'commercial',
  section: 'III.B.1.f',
  message: (m: string) => `“${m}” (III.B.1.f)`,
  ruleFindings: [],
} as const;

const ofKind = (text: string, kind: FindingKind, withoutModel = false) =>
  scanText(text, { withoutModel }).filter((f) => f.kind === kind);

describe('the sentence model', () => {
  it.each([
    ['guilt-or-innocence', 'We finally got the guys who took all those catalytic converters.'],
    [
      'pending-prosecution',
      'He was charged Monday. The prosecutor has him dead to rights on this one.',
    ],
    ['political', "Let's get Okafor into city hall this November."],
    ['commercial', ADVERT],
  ] as const)(
    'finds %s in a sentence the rules miss, and says which words weighed most',
    (kind, text) => {
      expect(ofKind(text, kind, true)).toEqual([]);
      const [finding, ...others] = ofKind(text, kind);
      expect(others).toEqual([]);
      expect(finding?.section).toBe(
        kind === 'political' || kind === 'commercial' ? 'III.B.1.f' : 'III.B.1.c',
      );
      expect(text.slice(finding?.start, finding?.end)).toBe(finding?.text);
      expect(finding?.message).toContain(finding?.section);
      const weighed = /the words that weighed most: (.+)\.\)$/.exec(finding?.message ?? '')?.[1];
      const words = [...(weighed ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(finding?.text.toLowerCase()).toContain(word);
    },
  );

  it('finds two guilt claims the rules’ tests listed as known gaps (scanner-review-juvenile-guilt)', () => {
    for (const text of [
      'Marcus Hill was at fault for the shooting, end of story',
      'The driver arrested for manslaughter was at fault in the crash.',
    ]) {
      expect(ofKind(text, 'guilt-or-innocence', true), text).toEqual([]);
      expect(ofKind(text, 'guilt-or-innocence'), text).toHaveLength(1);
    }
  });

  it('adds nothing where a rule already found part of the sentence', () => {
    const text = 'Everybody knows Ellis did it.';
    expect(sentenceScore('guilt-or-innocence', text)).toBeGreaterThan(0.5);
    expect(ofKind(text, 'guilt-or-innocence').map((f) => f.text)).toEqual(['Ellis did it']);
  });

  it('reads a claim in the sentence beside a rule’s guilt finding too', () => {
    const claim = 'We finally got the guys who took all those catalytic converters.';
    const beside = `Everybody knows Ellis did it. ${claim}`;
    expect(ofKind(beside, 'guilt-or-innocence').map((f) => f.text)).toEqual([
      'Ellis did it',
      claim,
    ]);
  });

  it('is kept off a contest’s vote where the text names no election', () => {
    const call = 'Vote for Ranger, he deserves it!';
    expect(sentenceScore('political', call)).toBeGreaterThan(0.5);
    expect(
      ofKind(`Our K-9 Ranger is a finalist in the national calendar contest! ${call}`, 'political'),
    ).toEqual([]);
  });

  it('reads commentary on a case only where the text has a case', () => {
    const sentence = 'That boy has been a liar and a thief his whole life.';
    expect(sentenceScore('pending-prosecution', sentence)).toBeGreaterThan(0.5);
    expect(ofKind(sentence, 'pending-prosecution')).toEqual([]);
    const charged = `He was charged with burglary Monday. ${sentence}`;
    expect(ofKind(charged, 'pending-prosecution').map((f) => f.text)).toEqual([sentence]);
  });

  it('keeps to a scanner’s exceptions and is left out when asked', () => {
    const text = ADVERT;
    expect(modelFindings(text, COMMERCIAL_READING)).toHaveLength(1);
    expect(modelFindings(text, { ...COMMERCIAL_READING, excepted: () => true })).toEqual([]);
    expect(modelFindings(text, COMMERCIAL_READING, { withoutModel: true })).toEqual([]);
    expect(modelFindings(text, COMMERCIAL_READING, { phraseRulesOnly: true })).toEqual([]);
  });

  it('weighs no sentence of fewer than three words (a link’s “com”, a lone hashtag)', () => {
    // two words the model reads as an offer (round twenty-seven's training moved "Order today!"
    // under the threshold, so the test holds a sentence it still scores high)
    expect(sentenceScore('commercial', '20% off!')).toBeGreaterThan(0.5);
    expect(modelFindings('20% off!', COMMERCIAL_READING)).toEqual([]);
  });

  it('proposes no comment removal from its reading alone: a removal points at the rules’ words', () => {
    const comment = ADVERT;
    expect(ofKind(comment, 'commercial')).toHaveLength(1);
    expect(suggestFor(comment)).toEqual([]);
  });

  it('reads a link as a link, and names only words a person typed', () => {
    const site = 'Details are on our website at springfieldpd.com for anyone who needs them.';
    expect(scanText(site)).toEqual([]);
    // A link as the platform links it is one token, whatever its words; an e-mail address is not one.
    expect(sentenceFeatures('Order at shop.example.com/deals today')).toEqual(
      expect.arrayContaining(['u:<link>', 'b:at <link>', 'b:<link> today']),
    );
    expect(sentenceFeatures('Order at shop.example.com/deals today')).not.toContain('u:deals');
    expect(sentenceFeatures('Write to pio@cityofexample.gov today')).not.toContain('u:<link>');
    const offer = 'Stop by Lakeside Motors, $15 off every oil change through Sunday.';
    const [finding] = modelFindings(offer, COMMERCIAL_READING);
    const weighed = finding?.message.split('the words that weighed most: ')[1];
    expect(weighed).toMatch(/^“/);
    expect(weighed).not.toMatch(/[<$]/);
  });

  it('leaves an open appeal (“Know who did it?”) and reads a question that answers itself', () => {
    expect(
      ofKind('Graffiti on the underpass again. Know who did it? Call us.', 'guilt-or-innocence'),
    ).toEqual([]);
    expect(
      ofKind('Who didn’t see that Darnell Price was the thief?', 'guilt-or-innocence'),
    ).not.toEqual([]);
    // A question for the doer of a crime (round ten): the model read the deed's words alone.
    expect(
      ofKind('Who stole the tip jar from Rosa’s Diner on Friday?', 'guilt-or-innocence'),
    ).toEqual([]);
  });

  it('leaves the offer a scam warning describes', () => {
    expect(ofKind(ADVERT, 'commercial')).toHaveLength(1);
    const warning = `SCAM ALERT: a fake page copies a local dealer. ${ADVERT} It is not real; never pay a deposit by gift card.`;
    expect(ofKind(warning, 'commercial')).toEqual([]);
  });

  it('does not flag neutral facts of an arrest, voting information or a scam warning', () => {
    for (const text of [
      'The suspect was arrested and charged with arson.',
      'Polls are open from 7 a.m. to 8 p.m. on Tuesday.',
      'Beware of callers asking for gift cards; no agency takes payment that way.',
    ])
      expect(scanText(text), text).toEqual([]);
  });
});

describe('the committed model', () => {
  it(
    'is what the trainer makes of the development sets and the rule tests',
    {
      // Training on 82 sets takes about 350 s in a clean CI run on two cores, and took 437 s once
      // with benchmarks running beside it (2026-12-07); this is a check of the weights, not of speed.
      timeout: 900_000,
    },
    () => {
      const committed = sentenceModelSchema.parse(modelFile);
      expect(committed.trainedOn.some((set) => set.startsWith('final'))).toBe(false);
      // In a process of its own: this run's forks have scanned all sorts before this test.
      const trained: unknown = JSON.parse(
        execFileSync(
          process.execPath,
          ['--import', 'tsx', 'scripts/train-sentence-model.ts', '--stdout'],
          { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
        ),
      );
      expect(
        trained,
        'the committed model is not what the trainer makes now: run npm run train:sentence-model',
      ).toEqual(committed);
    },
  );

  it(
    'learns no sentence the rule tests list as still missed (a positive the rules do not find)',
    {
      timeout: 60_000,
    },
    () => {
      const texts = new Set(ruleExamples().map((example) => example.text));
      // From guilt-round5.test.ts (a loop around it.fails) and scanner-review-juvenile-guilt.test.ts
      // (it.fails.each).
      expect(texts.has('Marcus dumped the stolen laptop in a trash can on 5th.')).toBe(false);
      expect(texts.has('Does anyone know where Lily Park is? Just 15!')).toBe(false);
      expect(texts.size).toBeGreaterThan(1000);
    },
  );

  it('the committed model file passes its schema (the app reads it unchecked, as part of the build)', () => {
    const committed = sentenceModelSchema.safeParse(modelFile);
    expect(committed.error?.issues ?? []).toEqual([]);
  });

  it('refuses a damaged model file, saying what is wrong', () => {
    const damaged = { ...modelFile, threshold: 1.5 };
    const result = sentenceModelSchema.safeParse(damaged);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['threshold']);
    const infinite = {
      ...modelFile,
      kinds: { ...modelFile.kinds, political: { 'u:vote': Number.POSITIVE_INFINITY } },
    };
    expect(sentenceModelSchema.safeParse(infinite).error?.issues[0]?.path).toEqual([
      'kinds',
      'political',
      'u:vote',
    ]);
  });
});
