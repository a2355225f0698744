import { findLinks } from '../post-shape';

/**
 * What the sentence model reads of a sentence: its words lower-cased, each word beside the next,
 * numbers by their size (an age, a price), and whether it names someone mid-sentence. A name
 * mid-sentence is also read as any name beside its neighbour ("<name> did", "that <name>"), so
 * "Pauley did" teaches "Okafor did": leaving each development set out in turn, that recalled 7
 * more guilt spans and 6 more political ones at the same precision (round eleven). Training
 * (scripts/train-sentence-model.ts) and scanning read sentences through this one function, so
 * the weights mean the same thing in both.
 */
export function sentenceFeatures(sentence: string): string[] {
  const words =
    withLinksAsOneToken(sentence).match(/<link>|[A-Za-z][A-Za-z'’-]*|\d+|[$%#@]/g) ?? [];
  const tokens = words.map((word) =>
    word === '<link>'
      ? word
      : /^\d+$/.test(word)
        ? word.length <= 2
          ? '<n2>'
          : '<num>'
        : word.toLowerCase().replaceAll('’', "'"),
  );
  const features = new Set<string>(['bias']);
  const named = (i: number) => i > 0 && /^[A-Z][a-z]/.test(words[i] ?? '');
  tokens.forEach((token, i) => {
    features.add(`u:${token}`);
    const next = tokens[i + 1];
    if (next !== undefined) {
      features.add(`b:${token} ${next}`);
      if (named(i) && !named(i + 1)) features.add(`b:<name> ${next}`);
      if (named(i + 1) && !named(i)) features.add(`b:${token} <name>`);
    }
    if (named(i)) features.add('cap');
  });
  return [...features];
}

/**
 * A link or a bare domain, as a platform would link it, is one token: "springfieldpd.com" says
 * nothing about selling.
 */
function withLinksAsOneToken(sentence: string): string {
  let text = sentence;
  for (const link of findLinks(sentence).reverse()) {
    text = `${text.slice(0, link.start)} <link> ${text.slice(link.end)}`;
  }
  return text;
}

/**
 * The words a feature stands for, as a person would read them ("b:the man" → "the man"); none
 * for a feature that is not words a person typed (a number's size, a sign, a link).
 */
export function featureWords(feature: string): string | undefined {
  if (!feature.startsWith('u:') && !feature.startsWith('b:')) return undefined;
  const words = feature.slice(2);
  return /<|^[$%#@]$|(?:^| )[$%#@](?: |$)/.test(words) ? undefined : words;
}
