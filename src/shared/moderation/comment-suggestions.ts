import { REMOVAL_CATEGORY_LABELS } from '../pages/intro-categories';
import type { ScanContext } from '../policy/finding';
import { findLinks } from '../policy/post-shape';
import { commercialScanner } from '../policy/scanners/commercial';
import { obscenityScanner } from '../policy/scanners/obscenity';
import { personalDataScanner } from '../policy/scanners/personal-data';
import type { REMOVAL_REASONS } from './events';

/**
 * Hints for the moderator, never actions: the queue shows them beside the comment and a person
 * decides. Each names the words that raised it, so the person can see whether the hint is right.
 * No zod or DOM here: the queue runs this on every comment it shows.
 */
export const SUGGESTION_KINDS = ['obscenity', 'personal-attack', 'spam', 'personal-data'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** A stretch of the comment's text, as UTF-16 offsets (what JavaScript strings count). */
export interface SuggestionMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CommentSuggestion {
  readonly kind: SuggestionKind;
  /** "Obscenity", "Spam link": what the hint is, in words. */
  readonly label: string;
  /**
   * The removal category it points to, when one fits; the page must still have published it at
   * the comment's time (the main process judges that). Absent: nothing to remove for; refer it.
   */
  readonly reason?: (typeof REMOVAL_REASONS)[number];
  /** What the hint proposes: hide or remove for `reason`, or refer to a supervisor. */
  readonly proposes: 'remove' | 'refer';
  /** One sentence: why, and what a person should check before acting. */
  readonly why: string;
  readonly matches: readonly SuggestionMatch[];
}

// ---------------------------------------------------------------------------------------------
// Personal attacks: an insult aimed at one person. Criticism of the department, its officers'
// work or a policy is protected speech (III.B.3.d), so an insult at "this department", "the
// police" or "you people" is left alone: only a named or addressed person is a target.

/** Nouns that insult a person rather than describe what they did. */
const INSULT_NOUN =
  'idiot|moron|imbecile|cretin|clown|buffoon|loser|jerk|dumbass|dumb-ass|dimwit|halfwit|nitwit|scumbag|lowlife|low-life|fatass|fat-ass|dipshit|douchebag|douche|retard|pig|slob|freak|creep|waste of space|piece of (?:garbage|trash|crap|shit|sh\\*t)';
/** Words that may stand between the target and the noun ("a fat useless idiot"). */
const INSULT_ADJECTIVE =
  'fat|useless|stupid|dumb|braindead|brain-dead|ugly|pathetic|worthless|lazy|total|complete|absolute|utter|little|big|biggest|such|real|fucking|f\\*cking|damn|ignorant|incompetent';

/** Who an insult can be aimed at: an addressed "you", a @handle, a titled name, "the dispatcher who …". */
const PERSON =
  "(?:@[\\w.]{2,30}|(?:officer|ofc\\.?|sgt\\.?|sergeant|deputy|detective|det\\.?|lt\\.?|lieutenant|captain|capt\\.?|chief|mayor|councilman|councilwoman|councilmember|commissioner|trooper|mr\\.?|mrs\\.?|ms\\.?|miss)\\s+\\p{Lu}[\\p{L}'’-]+|(?:the|that|this)\\s+(?:dispatcher|officer|cop|deputy|sergeant|detective|chief|trooper|lady|woman|guy|man|clerk|admin|moderator|person)(?:\\s+(?:who|that)\\s+[^.!?\\n]{1,60}?)?)";

const ATTACK_PATTERNS: readonly RegExp[] = [
  // "@mike_r you are a moron", "you're an idiot", "you are such a clown"
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:you\\s+are|you['’]re|ur|you\\s+r|u\\s+r)\\s+(?:a|an|such\\s+an?|the\\s+biggest|one)\\s+(?:(?:${INSULT_ADJECTIVE})\\s+){0,3}(?:${INSULT_NOUN})(?![\\p{L}])`,
    'giu',
  ),
  // "you idiot", "you stupid moron": an insult said to someone's face (not "you people")
  new RegExp(
    `(?<![\\p{L}\\p{N}])you\\s+(?:(?:${INSULT_ADJECTIVE})\\s+){0,3}(?:${INSULT_NOUN})(?![\\p{L}])`,
    'giu',
  ),
  // "Officer Daniels is a fat useless idiot", "the dispatcher who answered my call is a braindead clown"
  new RegExp(
    `${PERSON}\\s+(?:is|was|['’]s)\\s+(?:a|an|such\\s+an?|the\\s+biggest|one)\\s+(?:(?:${INSULT_ADJECTIVE})\\s+){0,3}(?:${INSULT_NOUN})(?![\\p{L}])`,
    'giu',
  ),
];

function personalAttacks(text: string): SuggestionMatch[] {
  return ATTACK_PATTERNS.flatMap((pattern) =>
    Array.from(text.matchAll(pattern), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Spam. A lone link is not spam (a visitor citing a news story is commenting); a link is a hint
// only beside a sales or scam pattern, when it is a shortener that hides where it goes, or when
// the same address comes again.

const SHORTENERS =
  /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rebrand\.ly|shorturl\.at|tiny\.cc|rb\.gy|t\.ly|bl\.ink|lnkd\.in|s\.id|v\.gd)$/i;

/** What spam says besides what the commercial scanner already knows (sales, codes, crypto gains). */
const SPAM_PHRASES =
  /\b(?:dm\s+me|message\s+me|inbox\s+me|text\s+me\s+on\s+whatsapp|whats\s?app\s*(?:me|\+?\d)|telegram\s*(?:me|@)|giveaway|give\s?away|free\s+(?:iphone|gift\s*cards?|money|followers)|click\s+(?:the\s+)?link|link\s+in\s+(?:my\s+)?bio|earn\s+\$?\d[\d,]*\s+(?:a|per)\s+(?:day|week)|(?:bitcoin|crypto|btc|eth|usdt)\s+(?:investment|mining|wallet|profits?|giveaway)|investment\s+(?:opportunity|platform)|forex)\b/gi;

function hostOf(link: string): string {
  const bare = link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
  return (bare.split(/[/?#:]/)[0] ?? '').toLowerCase();
}

function spamSignals(text: string): SuggestionMatch[] {
  const phrases: SuggestionMatch[] = [
    // The rules' words, not the sentence model's whole sentences: a suggestion to remove a
    // visitor's comment points at what reads as selling, and the model weighs a topic as well.
    ...commercialScanner.scan(text, { withoutModel: true }).map(({ start, end, text: words }) => ({
      start,
      end,
      text: words,
    })),
    ...Array.from(text.matchAll(SPAM_PHRASES), (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    })),
  ];
  const links = findLinks(text);
  const seen = new Map<string, number>();
  for (const link of links) seen.set(hostOf(link.text), (seen.get(hostOf(link.text)) ?? 0) + 1);
  const suspect = links.filter(
    (link) =>
      phrases.length > 0 ||
      SHORTENERS.test(hostOf(link.text)) ||
      (seen.get(hostOf(link.text)) ?? 0) > 1,
  );
  return [...phrases, ...suspect];
}

// ---------------------------------------------------------------------------------------------

/** Sorted, each stretch once: overlapping matches (two rules on "90% OFF") keep the longest. */
function distinct(matches: readonly SuggestionMatch[]): SuggestionMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SuggestionMatch[] = [];
  for (const match of sorted) {
    const last = kept.at(-1);
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

const quoted = (matches: readonly SuggestionMatch[]) =>
  matches.map((match) => `“${match.text}”`).join(', ');

/**
 * What the comment's words suggest, if anything: each hint with its matched words. `context`
 * carries the department's own lines and addresses, which are never a visitor's personal data.
 */
export function suggestFor(text: string, context: ScanContext = {}): CommentSuggestion[] {
  const suggestions: CommentSuggestion[] = [];

  const obscene = distinct(obscenityScanner.scan(text));
  if (obscene.length > 0) {
    suggestions.push({
      kind: 'obscenity',
      label: REMOVAL_CATEGORY_LABELS.obscenity,
      reason: 'obscenity',
      proposes: 'remove',
      why: `${quoted(obscene)} is obscene language. If the page published “${REMOVAL_CATEGORY_LABELS.obscenity}” when the comment was posted, it may be hidden or removed for that, whatever opinion it states.`,
      matches: obscene,
    });
  }

  const attacks = distinct(personalAttacks(text));
  if (attacks.length > 0) {
    suggestions.push({
      kind: 'personal-attack',
      label: REMOVAL_CATEGORY_LABELS['personal-attack'],
      reason: 'personal-attack',
      proposes: 'remove',
      why: `${quoted(attacks)} insults a person. Check it is aimed at someone, not criticism of the department’s work or a policy, which stays (III.B.3.d).`,
      matches: attacks,
    });
  }

  const spam = distinct(spamSignals(text));
  if (spam.length > 0) {
    suggestions.push({
      kind: 'spam',
      label: 'Spam',
      reason: 'off-topic',
      proposes: 'remove',
      why: `${quoted(spam)} looks like advertising or a scam, which is off-topic on the page. Check it is not a visitor pointing to something about the post.`,
      matches: spam,
    });
  }

  const personal = distinct(personalDataScanner.scan(text, context));
  if (personal.length > 0) {
    suggestions.push({
      kind: 'personal-data',
      label: 'Personal data',
      proposes: 'refer',
      why: `${quoted(personal)} looks like someone’s personal data (a phone number, e-mail, home address or record number). No removal category covers it: refer the comment to a supervisor.`,
      matches: personal,
    });
  }

  return suggestions;
}
