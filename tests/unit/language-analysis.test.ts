import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type TextAnalysis,
  analyse,
  forgetParsedParagraphs,
} from '../../src/shared/policy/language/analysis';
import { minorMarks } from '../../src/shared/policy/language/minors';
import { englishParser } from '../../src/shared/policy/language/nlp';
import { namedPeople } from '../../src/shared/policy/language/people';
import { isDeniedOrHypothetical, isQuestion, spanOf } from '../../src/shared/policy/language/words';

/**
 * Every word and sentence must point at exactly the characters it says it is, in order. The
 * problems are gathered and compared once: an expect per word would make a long text slow.
 */
function expectExactOffsets(text: string, analysis: TextAnalysis): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const sentence of analysis.sentences) {
    const first = sentence.words[0];
    const final = sentence.words.at(-1);
    if (!first || !final) problems.push(`an empty sentence at ${sentence.start}`);
    else if (sentence.start !== first.start || sentence.end !== final.end)
      problems.push(`sentence ${sentence.start}-${sentence.end} is not its words' span`);
    for (const word of sentence.words) {
      if (text.slice(word.start, word.end) !== word.text)
        problems.push(
          `"${word.text}" at ${word.start} reads "${text.slice(word.start, word.end)}"`,
        );
      if (word.start < previousEnd || word.end <= word.start)
        problems.push(`"${word.text}" at ${word.start} overlaps or is empty`);
      previousEnd = word.end;
    }
  }
  if (previousEnd > text.length) problems.push(`a word ends at ${previousEnd}, past the text`);
  expect(problems, JSON.stringify(text.slice(0, 80))).toEqual([]);
}

const wordsOf = (analysis: TextAnalysis) => analysis.sentences.flatMap((s) => s.words);
const sentenceTexts = (text: string) =>
  analyse(text).sentences.map((s) => text.slice(s.start, s.end));

/** How many paragraphs the parser reads: the one place a parse can be counted from outside. */
function countParses() {
  return vi.spyOn(englishParser(), 'readDoc');
}

describe('analyse: offsets point at the words as written', () => {
  beforeEach(() => forgetParsedParagraphs());

  it('counts emoji as the two UTF-16 units a textarea counts', () => {
    const text = '🚓 Marcus Hale 👍🏽 was arrested. 👨‍👩‍👧 Family safe 🇺🇸.';
    const analysis = analyse(text);
    expectExactOffsets(text, analysis);
    const marcus = wordsOf(analysis).find((w) => w.text === 'Marcus');
    expect(marcus?.start).toBe(3);
    const arrested = wordsOf(analysis).find((w) => w.text === 'arrested');
    expect(arrested?.start).toBe(text.indexOf('arrested'));
    expect(sentenceTexts(text)[0]).toBe('🚓 Marcus Hale 👍🏽 was arrested.');
  });

  it('keeps curly quotes and curly apostrophes, and splits contractions on the text as written', () => {
    const text = 'She said “I didn’t take it” and he said ‘Don’t.’ We can’t confirm.';
    const analysis = analyse(text);
    expectExactOffsets(text, analysis);
    const words = wordsOf(analysis);
    const negation = words.find((w) => w.text === 'n’t');
    expect(negation?.lemma).toBe('not');
    expect(text.slice(negation?.start, negation?.end)).toBe('n’t');
    expect(words.some((w) => w.text === '“')).toBe(true);
    expect(words.some((w) => w.text === '”')).toBe(true);
  });

  it('reads accented names, composed or decomposed, as one titlecase word each', () => {
    for (const text of [
      'José Núñez and Zoë Ångström met Chloé Dubois.',
      'Jose\u0301 Nu\u0301n\u0303ez met Chloe\u0301 Dubois.',
    ]) {
      const analysis = analyse(text);
      expectExactOffsets(text, analysis);
      const names = wordsOf(analysis).filter((w) => w.titlecase);
      expect(names.length, text).toBeGreaterThanOrEqual(4);
      const first = names[0];
      expect(first && text.slice(first.start, first.end)).toBe(text.split(' ')[0]);
    }
  });

  it('reads CRLF line ends and blank lines as paragraph breaks, with offsets into the whole text', () => {
    const text = 'First line here.\r\n\r\n\r\nSecond 😀 paragraph.\r\n   \r\nThird one\r\n';
    const analysis = analyse(text);
    expectExactOffsets(text, analysis);
    expect(sentenceTexts(text)).toEqual(['First line here.', 'Second 😀 paragraph.', 'Third one']);
    // No sentence takes in the carriage return.
    for (const s of analysis.sentences) expect(text.slice(s.start, s.end)).not.toMatch(/[\r\n]/);
    expect(analysis.sentences[1]?.start).toBe(text.indexOf('Second'));
  });

  it('reads an empty text, blank lines and spaces as no sentences at all', () => {
    for (const text of ['', '   ', '\n\n', '\r\n\r\n', ' \t \n \r\n'])
      expect(analyse(text).sentences, JSON.stringify(text)).toEqual([]);
  });

  it('survives a lone emoji, only punctuation and odd Unicode without losing a character', () => {
    for (const text of [
      '👍',
      '😀',
      '!!!???...',
      '—',
      '“”',
      '.',
      '\u200b',
      'A\u2028B line separator.',
      'ﬁne ligature, İstanbul, ß, ǅemal.',
      'x@y.com https://example.com/a-b?c=d #SafeStreets @LPD $20 20% 10:30am',
    ]) {
      const analysis = analyse(text);
      expectExactOffsets(text, analysis);
    }
    expect(wordsOf(analyse('👍')).map((w) => w.text)).toEqual(['👍']);
  });

  it('reads a 20,000-character paragraph whole, every offset exact to the end', () => {
    const sentence = 'Officers arrested José Núñez, 34, on Main Street after a crash 🚓. ';
    const text = sentence.repeat(Math.ceil(20000 / sentence.length)).trimEnd();
    expect(text.length).toBeGreaterThan(20000);
    const analysis = analyse(text);
    expectExactOffsets(text, analysis);
    expect(analysis.sentences.length).toBeGreaterThan(250);
    expect(analysis.sentences.at(-1)?.end).toBe(text.length);
  });

  it('reads a 20,000-character line with no sentence end as one sentence', () => {
    const text = 'the man walked down the road and the dog barked at him and '.repeat(340).trim();
    const analysis = analyse(text);
    expectExactOffsets(text, analysis);
    expect(wordsOf(analysis).at(-1)?.end).toBe(text.length);
  });

  it('keeps a line of only punctuation and symbols exact even when it is long', () => {
    const text = '!?.,;:😀—'.repeat(1500);
    expectExactOffsets(text, analyse(text));
  });

  it('does not end a sentence at a title before a name ("Det.", "Ofc.", "Rev.", "Cpl.")', () => {
    const sentences = (text: string) => {
      const analysis = analyse(text);
      expectExactOffsets(text, analysis);
      return analysis.sentences.map((s) => text.slice(s.start, s.end));
    };
    for (const title of ['Det.', 'Ofc.', 'Rev.', 'Cpl.', 'Dep.', 'Supt.'])
      expect(sentences(`We thank ${title} Ana Miller for her help. She was kind.`)).toEqual([
        `We thank ${title} Ana Miller for her help.`,
        'She was kind.',
      ]);
    expect(sentences('The son of Rev. Aldo Mendes was taken into custody.')).toHaveLength(1);
    // A title's stop is still a sentence end where no name follows, and a street's always is.
    expect(sentences('Ask for Det. Ruiz. He is in today.')).toHaveLength(2);
    expect(sentences('The crash was on Elm St. Nobody was hurt.')).toHaveLength(2);
  });
});

describe('analyse: a paragraph edit re-parses only that paragraph', () => {
  beforeEach(() => forgetParsedParagraphs());
  afterEach(() => vi.restoreAllMocks());

  const first = 'Marcus Hale, 34, was arrested on Elm Street.';
  const second = 'The store was robbed on Friday night.';
  const third = 'Call us at 555-0100 with any information.';

  it('parses each paragraph once, and not again for the same text', () => {
    const parses = countParses();
    const text = [first, second, third].join('\n\n');
    const once = analyse(text);
    expect(parses).toHaveBeenCalledTimes(3);
    expect(analyse(text)).toBe(once);
    expect(parses).toHaveBeenCalledTimes(3);
  });

  it('re-parses only the paragraph that changed; the others come back as they were', () => {
    const before = analyse([first, second, third].join('\n'));
    const parses = countParses();
    const edited = [first, 'The store was robbed on Saturday night.', third].join('\n');
    const after = analyse(edited);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(parses).toHaveBeenCalledWith('The store was robbed on Saturday night.');
    expectExactOffsets(edited, after);
    // The untouched first paragraph is the same analysis object; the third shifts by one.
    expect(after.sentences[0]?.words).toBe(before.sentences[0]?.words);
    const shiftBy = edited.indexOf(third) - before.text.indexOf(third);
    expect(shiftBy).toBe(2);
    expect(after.sentences[2]?.words.map((w) => w.start - shiftBy)).toEqual(
      before.sentences[2]?.words.map((w) => w.start),
    );
  });

  it('parses nothing but the new line when a line is added above, and moves the rest', () => {
    const text = [first, second].join('\r\n');
    analyse(text);
    const parses = countParses();
    const added = ['UPDATE 🚨', first, second].join('\r\n');
    const analysis = analyse(added);
    expect(parses).toHaveBeenCalledTimes(1);
    expectExactOffsets(added, analysis);
    expect(sentenceTexts(added)).toEqual(['UPDATE 🚨', first, second]);
  });

  it('parses a paragraph written twice only once, with each copy at its own place', () => {
    const parses = countParses();
    const text = [second, first, second].join('\n');
    const analysis = analyse(text);
    expect(parses).toHaveBeenCalledTimes(2);
    expectExactOffsets(text, analysis);
    expect(analysis.sentences[2]?.start).toBe(text.lastIndexOf(second));
  });

  it('re-parses one piece of a long paragraph when a key is pressed in it, not the whole line', () => {
    const sentence = 'Officers arrested José Núñez, 34, on Main Street after a crash. ';
    const line = sentence.repeat(Math.ceil(20000 / sentence.length)).trimEnd();
    analyse(line);
    const parses = countParses();
    const edited = `${line.slice(0, 10000)}x${line.slice(10000)}`;
    const analysis = analyse(edited);
    expect(parses).toHaveBeenCalledTimes(1);
    expect(parses.mock.calls[0]?.[0].length).toBeLessThanOrEqual(1500);
    expectExactOffsets(edited, analysis);
  });

  it('does not hand a pasted run with no spaces to the parser, and keeps the words around it', () => {
    const blob = 'QUJD'.repeat(10000);
    const text = `Marcus Hale, 34, pasted this: ${blob} and then Ana Ruiz, 15, left.`;
    const parses = countParses();
    const analysis = analyse(text);
    expect(parses.mock.calls.every(([piece]) => !/\S{64,}/.test(piece))).toBe(true);
    expectExactOffsets(text, analysis);
    expect(wordsOf(analysis).some((w) => text.slice(w.start, w.end) === 'Ruiz')).toBe(true);
  });

  it('reads a bare carriage return as a line end', () => {
    const text = `${first}\r${second}`;
    expect(sentenceTexts(text)).toEqual([first, second]);
  });

  it('keeps its memory of paragraphs bounded: the oldest is parsed again after many others', () => {
    analyse('The oldest paragraph of all.');
    for (let i = 0; i < 5000; i += 1) analyse(`Paragraph ${i}.`);
    const parses = countParses();
    analyse('Paragraph 4999.\nThe oldest paragraph of all.');
    // The newest was remembered; the oldest had been let go.
    expect(parses).toHaveBeenCalledTimes(1);
    expect(parses).toHaveBeenCalledWith('The oldest paragraph of all.');
  });
});

describe('the sentence helpers: people, minors, denials, questions', () => {
  const only = (text: string) => {
    const [sentence] = analyse(text).sentences;
    if (!sentence) throw new Error(`no sentence in ${text}`);
    return sentence;
  };
  const people = (text: string) => {
    const sentence = only(text);
    return namedPeople(sentence).map((m) => ({
      name: spanOf(text, sentence, m.from, m.to)?.text,
      titled: m.titled,
    }));
  };

  it('finds names with accents, particles and apostrophes, and knows a title', () => {
    expect(people('Officers spoke with José Núñez and Ana De La Cruz on Friday.')).toEqual([
      { name: 'José Núñez', titled: false },
      { name: 'Ana De La Cruz', titled: false },
    ]);
    expect(people('We thank Sgt. Maria O’Neil for her help.')).toEqual([
      { name: 'Maria O’Neil', titled: true },
    ]);
  });

  it('does not take a street, a school, a business or a weekday for a person', () => {
    expect(
      people('The crash was on Martin Luther King Boulevard near Lincoln High on Monday.'),
    ).toEqual([]);
  });

  it('finds ages under 18 in the ways ages are written, and not an adult or a duration', () => {
    const marks = (text: string) => {
      const sentence = only(text);
      return minorMarks(sentence).map((m) => spanOf(text, sentence, m.from, m.to)?.text);
    };
    expect(marks('A 15-year-old was hurt.')).toEqual(['15-year-old']);
    expect(marks('Jayden (13) was hurt.')).toEqual(['13']);
    expect(marks('The boy, age 12, was hurt.')).toEqual(['boy', 'age 12']);
    expect(marks('She is 16.')).toEqual(['16']);
    expect(marks('Dana Cole, 34, was hurt.')).toEqual([]);
    expect(marks('It has been ten years since the fire.')).toEqual([]);
  });

  it('tells a denial, a supposition and a question from a claim', () => {
    const denied = (text: string, word: string) => {
      const sentence = only(text);
      return isDeniedOrHypothetical(
        sentence,
        sentence.words.findIndex((w) => w.text === word),
      );
    };
    expect(denied('We are NOT saying he did it.', 'he')).toBe(true);
    expect(denied('Nobody is claiming she stole it.', 'she')).toBe(true);
    expect(denied('If he did it, the court will decide.', 'he')).toBe(true);
    expect(denied('We are saying he did it.', 'he')).toBe(false);
    expect(isQuestion(only('Did he do it?'))).toBe(true);
    expect(isQuestion(only('He did it.'))).toBe(false);
  });
});
