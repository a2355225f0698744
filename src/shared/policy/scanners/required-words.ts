import { type AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * Lower-case strings of which every match of a pattern contains at least one, read from the
 * pattern's own syntax tree; `undefined` when no such string exists (a pattern of classes only).
 * A phrase rule runs only on text that holds one of them, so a long post pays for the few rules
 * whose words it has, not for every rule's scan of every character.
 *
 * Sound by construction: a literal run is a part of every match of its sequence, a group's
 * strings are the union of what each of its branches requires, and an optional part requires
 * nothing. Characters whose lower case is not one character of their own are not literals.
 */
export function requiredWords(pattern: RegExp): readonly string[] | undefined {
  let words = derived.get(pattern);
  if (words === undefined) {
    words = derive(pattern) ?? null;
    derived.set(pattern, words);
  }
  return words ?? undefined;
}

const derived = new WeakMap<RegExp, readonly string[] | null>();
const parser = new RegExpParser({ ecmaVersion: 2025 });

type Need = readonly string[] | undefined;

function derive(pattern: RegExp): Need {
  const unicodeSets = /v/.test(pattern.flags);
  const ast = parser.parsePattern(pattern.source, 0, pattern.source.length, {
    unicode: pattern.unicode,
    unicodeSets,
  });
  // Under /iu, "s" and "k" also match the long s and the kelvin sign, which lower-case to
  // themselves, so a text could match without holding either letter.
  const foldsAway = pattern.ignoreCase && (pattern.unicode || unicodeSets) ? /[sk]/ : null;
  const literal = (code: number): string | undefined => {
    const char = String.fromCodePoint(code).toLowerCase();
    if (char.length !== 1 || /[σς]/.test(char) || foldsAway?.test(char)) return undefined;
    return char;
  };
  return branches(ast.alternatives, literal);
}

function branches(
  alternatives: readonly AST.Alternative[],
  literal: (code: number) => string | undefined,
): Need {
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const need = sequence(alternative.elements, literal);
    if (!need) return undefined;
    for (const word of need) union.add(word);
  }
  return [...union];
}

/** The best of what a sequence's parts require: the candidate whose shortest string is longest. */
function sequence(
  elements: readonly AST.Element[],
  literal: (code: number) => string | undefined,
): Need {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const element of elements) {
    const char = singleCharacter(element, literal);
    if (char !== undefined) {
      run += char;
      continue;
    }
    endRun();
    const need = elementNeed(element, literal);
    if (need) candidates.push([...need]);
  }
  endRun();
  let best: string[] | undefined;
  for (const candidate of candidates) {
    if (!best || strength(candidate) > strength(best)) best = candidate;
  }
  return best;
}

const strength = (words: readonly string[]) =>
  Math.min(...words.map((word) => word.length)) - words.length / 1000;

function singleCharacter(
  element: AST.Element,
  literal: (code: number) => string | undefined,
): string | undefined {
  if (element.type === 'Character') return literal(element.value);
  if (
    element.type === 'CharacterClass' &&
    !element.negate &&
    element.elements.length === 1 &&
    element.elements[0]?.type === 'Character'
  )
    return literal(element.elements[0].value);
  return undefined;
}

function elementNeed(element: AST.Element, literal: (code: number) => string | undefined): Need {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      // A group that turns case-folding on or off changes what its letters match.
      if (element.type === 'Group' && element.modifiers) return undefined;
      return branches(element.alternatives, literal);
    case 'Quantifier':
      return element.min >= 1 ? elementNeed(element.element, literal) : undefined;
    default:
      // Classes, sets, assertions (lookarounds consume nothing) and back-references.
      return undefined;
  }
}
