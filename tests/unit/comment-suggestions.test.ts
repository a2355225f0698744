import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  type CommentSuggestion,
  suggestFor,
} from '../../src/shared/moderation/comment-suggestions';
import { departmentContacts, departmentSchema } from '../../src/shared/policy/department';
import { sample } from './records-fixtures';

const kinds = (text: string) => suggestFor(text).map((suggestion) => suggestion.kind);
const words = (suggestion: CommentSuggestion | undefined) =>
  suggestion?.matches.map((match) => match.text);

async function facebookComments(): Promise<string[]> {
  const rows: { message: string }[] = parse(await readFile(sample('facebook-comments.csv')), {
    columns: true,
  });
  return rows.map((row) => row.message);
}

/**
 * The sample's critical comments (its README: protected speech, nothing may suggest removing
 * them), and its supportive comments and questions.
 */
const CRITICAL = [
  'Where were you when my car was broken into last month? Nobody ever called me back.',
  'The chief should answer questions about the use-of-force report at the next council meeting.',
  'Why are there four patrol cars at the coffee shop every morning instead of on Elm Street where people speed?',
  'I disagree with the new checkpoint policy. It targets working people.',
  'Traffic enforcement here is just a revenue grab.',
  'This department needs more oversight. The budget keeps growing and response times keep getting worse.',
  'you people are full of crap and everyone knows it',
];

describe('suggestions for a comment', () => {
  it('suggests nothing for any critical comment in the sample, nor for support and questions', async () => {
    const messages = await facebookComments();
    for (const text of CRITICAL) expect(messages, text).toContain(text);
    for (const text of CRITICAL) expect(suggestFor(text), text).toEqual([]);
    const quiet = [
      'Appreciate the heads up about the road closure.',
      'Thanks for the scam warning, my grandmother almost fell for this.',
      'What number do I call for a noise complaint?',
      'Lost cat in Riverside, orange tabby, answers to Mango',
      'Officer Daniels helped me change a tire, thank you!',
      'The council is wrong about the budget: https://www.example-news.com/budget-story',
    ];
    for (const text of quiet) expect(suggestFor(text), text).toEqual([]);
  });

  it('names the obscene words, and maps them to the obscenity category', () => {
    const [found] = suggestFor('This is such bullshit, fix the damn potholes');
    expect(found).toMatchObject({ kind: 'obscenity', reason: 'obscenity', proposes: 'remove' });
    expect(words(found)).toEqual(['bullshit']);
    expect(words(suggestFor('f*ck this department')[0])).toEqual(['f*ck']);
    expect(words(suggestFor('what a load of sh1t')[0])).toEqual(['sh1t']);
  });

  it('finds insults aimed at a person, with the words, as personal attacks', () => {
    const cases: [string, string][] = [
      ['@mike_r you are a moron and your mother should be ashamed', 'you are a moron'],
      ['Officer Daniels is a fat useless idiot', 'Officer Daniels is a fat useless idiot'],
      [
        'the dispatcher who answered my call is a braindead clown',
        'the dispatcher who answered my call is a braindead clown',
      ],
      ['shut up you idiot', 'you idiot'],
      ['@dana_k is a moron', '@dana_k is a moron'],
    ];
    for (const [text, matched] of cases) {
      const attack = suggestFor(text).find((s) => s.kind === 'personal-attack');
      expect(attack, text).toMatchObject({ reason: 'personal-attack', proposes: 'remove' });
      expect(words(attack), text).toEqual([matched]);
      const match = attack?.matches[0];
      expect(text.slice(match?.start, match?.end)).toBe(matched);
    }
  });

  it('leaves insults of the department or the police as a whole alone (criticism)', () => {
    for (const text of [
      'This department is a joke',
      'you people are idiots',
      'The police here are useless',
      'The checkpoint policy is stupid',
    ]) {
      expect(kinds(text), text).not.toContain('personal-attack');
    }
  });

  it('flags spam by its patterns and suspicious links, as off-topic', () => {
    const crypto = suggestFor('Check out my crypto channel for 100x gains!!! link in bio');
    expect(crypto).toHaveLength(1);
    expect(crypto[0]).toMatchObject({ kind: 'spam', reason: 'off-topic' });
    expect(words(crypto[0])).toEqual(['crypto channel', '100x gains', 'link in bio']);

    const shades = suggestFor('BUY CHEAP RAY-BANS 90% OFF www.cheap-shades-outlet.biz');
    expect(words(shades[0])).toEqual(['90% OFF', 'www.cheap-shades-outlet.biz']);

    expect(words(suggestFor('so true https://bit.ly/3xYz')[0])).toEqual(['https://bit.ly/3xYz']);
    expect(words(suggestFor('see promo.example.com/a and promo.example.com/b')[0])).toEqual([
      'promo.example.com/a',
      'promo.example.com/b',
    ]);
    expect(words(suggestFor('DM me for a free giveaway!')[0])).toEqual(['DM me', 'giveaway']);
    // One link to a story, with nothing selling, is a visitor commenting.
    expect(kinds('Read this before you judge: https://news.example.org/story')).toEqual([]);
  });

  it('suggests referring personal data a visitor posted, never a removal, and spares the department’s own lines', async () => {
    const department = departmentContacts(
      departmentSchema.parse(JSON.parse(await readFile(sample('department.json'), 'utf8'))),
    );
    const text =
      'My neighbor Joe Smith lives at 14 Oak Street, call him at 555-555-0177 or email joe.smith@gmail.com';
    const [found] = suggestFor(text, { department });
    expect(found).toMatchObject({ kind: 'personal-data', proposes: 'refer' });
    expect(found?.reason).toBeUndefined();
    expect(words(found)).toEqual(['14 Oak Street', '555-555-0177', 'joe.smith@gmail.com']);

    expect(
      suggestFor('Call the PIO at (555) 555-0123 or pio@cityofexample.gov', { department }),
    ).toEqual([]);
  });

  it('gives each hint with a sentence naming the matched words', () => {
    const [found] = suggestFor('Officer Daniels is a fat useless idiot');
    expect(found?.why).toContain('“Officer Daniels is a fat useless idiot”');
    expect(found?.why).toContain('criticism');
  });
});
