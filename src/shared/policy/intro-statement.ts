import { isDepartmentLine } from './department-lines';
import type { ScanContext } from './finding';
import { type Span, findLinks } from './post-shape';
import { webAddress } from './web-address';

/** Whether a page's intro statement says what an item needs it to say, and the words that say it. */
export interface RequirementCheck {
  readonly met: boolean;
  readonly evidence: readonly Span[];
  /** What is missing and what to write, when it is not met. */
  readonly missing: string;
  /** Where it was found, when not in the text itself. */
  readonly found?: string;
}

/** The removal reasons III.B.3.d.1 names; a page publishes the ones its statement names. */
export const REMOVAL_REASONS = ['obscenity', 'off-topic', 'personal-attack'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

const REASON_WORDS: Readonly<Record<RemovalReason, RegExp>> = {
  obscenity: /\b(?:obscen\w*|profan\w*|vulgar\w*|swear\w*|cursing|curse words?|foul language)/giu,
  'off-topic':
    /\b(?:off[- ]topic|unrelated\s+to|not\s+related\s+to|irrelevant\s+to|nothing\s+to\s+do\s+with|stray\w*\s+off|(?:stay|keep\s+\w+)\s+on[- ]topic)\b/giu,
  'personal-attack':
    /\b(?:personal[- ]attacks?|personally\s+attack\w*|attack(?:s|ing)?\s+(?:on\s+|against\s+)?(?:individuals|another|other|others|anyone|people|a\s+person|any\s+(?:person|individual|group))|harass\w*|insults?\s+(?:directed\s+at|aimed\s+at|toward))/giu,
};
const REASON_LABEL: Readonly<Record<RemovalReason, string>> = {
  obscenity: 'obscenities',
  'off-topic': 'off-topic comments',
  'personal-attack': 'personal attacks',
};

interface Sentence {
  readonly start: number;
  readonly text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function sentencesOf(text: string): Sentence[] {
  return [...segmenter.segment(text)].map(({ index, segment }) => ({
    start: index,
    text: segment,
  }));
}

function spanOf(sentence: Sentence): Span {
  const text = sentence.text.trimEnd();
  return { start: sentence.start, end: sentence.start + text.length, text };
}

/** The sentences matching every pattern, as evidence. */
function sentencesWith(sentences: readonly Sentence[], ...patterns: RegExp[]): Span[] {
  return sentences
    .filter((sentence) =>
      patterns.every((pattern) => {
        pattern.lastIndex = 0;
        return pattern.test(sentence.text);
      }),
    )
    .map(spanOf);
}

function result(evidence: readonly Span[], missing: string): RequirementCheck {
  return { met: evidence.length > 0, evidence, missing };
}

const PURPOSE_WORDS =
  /\b(?:to (?:share|inform|provide|keep|connect|engage|post|highlight|recruit|reach|update|communicate|tell|show)|(?:for|home\s+for) (?:sharing|news|updates|information|recruiting|recruitment|videos|photos|stories)|we (?:use|post|share|provide|highlight|feature|bring|stream|publish|offer)|(?:page|account|channel)\b[^.!?]{0,60}\b(?:shares|posts|provides|features|highlights|brings|streams)|uses? [\p{L}]+ to|(?:here|page|account|channel) (?:is )?(?:to|for)|you(?:['’]ll| will| can) (?:find|get|see|learn)|what you(?:['’]ll| will) find|is (?:for|dedicated to|where)|(?:purpose|goal|mission) of (?:this|our))\b/iu;
const SCOPE_WORDS =
  /\b(?:crime|safety|prevention|news|events?|closures?|traffic|alerts?|updates?|information|recruit\w*|careers?|jobs?|hiring|community|tips?|emergenc\w+|missing|weather|programs?|announcements?|videos?|releases?)\b/iu;
/** Topics a page covers; two of them in one line name a scope even without a verb ("News, alerts & safety tips"). */
const TOPICS =
  /\b(?:crime|safety|news|events?|closures?|traffic|alerts?|updates?|recruit\w*|careers?|jobs?|tips|programs?|announcements?|weather|missing\s+persons?)\b/giu;
const NOT_A_SCOPE = /\b(?:911|call|comments?|replies|report(?:ing)?\s+(?:a\s+)?crimes?)\b/iu;

function namesTopics(sentence: Sentence): boolean {
  if (NOT_A_SCOPE.test(sentence.text)) return false;
  const topics = new Set([...sentence.text.matchAll(TOPICS)].map((m) => m[0].toLowerCase()));
  return topics.size >= 2;
}

export function purposeAndScope(sentences: readonly Sentence[]): RequirementCheck {
  const stated = sentencesWith(sentences, PURPOSE_WORDS, SCOPE_WORDS);
  const listed = sentences
    .filter((sentence) => !stated.some((span) => span.start === sentence.start))
    .filter(namesTopics)
    .map(spanOf);
  return result(
    [...stated, ...listed].sort((a, b) => a.start - b.start),
    'The intro statement does not say what the page is for and what it covers (III.B.2.a). Add a sentence such as “We use this page to share crime-prevention tips, road closures and community events.”',
  );
}

/**
 * Undefined when the department's website is not known (no department.json): any link would do
 * then, so the machine cannot tell, and a person attests to it instead.
 */
export function linksOfficialWebsite(
  text: string,
  context: ScanContext,
): RequirementCheck | undefined {
  const sites = (context.department?.websites ?? []).flatMap((site) => webAddress(site) ?? []);
  const links = findLinks(text);
  if (sites.length === 0) return undefined;
  const official = links.filter((link) => {
    const target = webAddress(link.text);
    return sites.some(
      (site) =>
        target !== undefined &&
        target.host === site.host &&
        (target.path === site.path || target.path.startsWith(`${site.path}/`)),
    );
  });
  const others = links.length > official.length ? ' (it links elsewhere, not to it)' : '';
  return result(
    official,
    `The intro statement does not link to the department’s official website${others} (III.B.2.b). Add ${context.department?.websites[0] ?? 'it'}.`,
  );
}

const DEPARTMENT_WORDS = /\b(?:police|PD|EPD|department|agency)\b/iu;
const OFFICIAL = /\bofficial\b/iu;
const NOT_OFFICIAL =
  /\b(?:not|never)\s+(?:an?\s+|the\s+)?official\b|\b(?:unofficial|fan\s+page|volunteers?|supporters?)\b/iu;
const MAINTAINED =
  /\b(?:maintained|managed|run|operated|administered)\s+by\s+(?:the\s+|our\s+)?(?:[\p{Lu}][\p{L}.&']*\s+){0,5}(?:police|PD|department|Community\s+Action\s+Team|CAT|team)\b|\b(?:police|PD|department|division|team)\b[^.!?]{0,60}\b(?:runs|maintains|manages|operates)\s+(?:this|the|our)\s+(?:page|account|channel)\b/iu;

/** Says the department keeps the page: "official page of the department", "run by our CAT". */
function saysMaintained(sentences: readonly Sentence[]): Span[] {
  return sentences
    .filter(
      (sentence) =>
        !NOT_OFFICIAL.test(sentence.text) &&
        (MAINTAINED.test(sentence.text) ||
          (OFFICIAL.test(sentence.text) && DEPARTMENT_WORDS.test(sentence.text))),
    )
    .map(spanOf);
}

const PHONE =
  /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\b1-800-[\dA-Z-]{7,8}\b/g;
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

const TOLL_FREE = /^(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\b/;

/**
 * The department's contact lines in the text. A toll-free tip line (Crime Stoppers) is someone
 * else's, unless the department has no local line of its own: then its toll-free line is its contact.
 */
function contactLines(text: string, context: ScanContext): Span[] {
  const department = context.department;
  const ownEmails = new Set(department?.emails.map((e) => e.toLowerCase()));
  const hasLocalLine =
    department === undefined ||
    department.phones.some((line) => line.replace(/\D/g, '').length >= 10 && !TOLL_FREE.test(line));
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE)) {
    if (department && !isDepartmentLine(match[0], department)) continue;
    if (hasLocalLine && TOLL_FREE.test(match[0])) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  for (const match of text.matchAll(EMAIL)) {
    if (department && !ownEmails.has(match[0].toLowerCase())) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function maintainedByDepartment(
  text: string,
  sentences: readonly Sentence[],
  context: ScanContext,
): RequirementCheck {
  const says = saysMaintained(sentences);
  const contacts = contactLines(text, context);
  const missing =
    says.length === 0 && contacts.length === 0
      ? 'say the page is maintained by the department, and give a department contact line'
      : says.length === 0
        ? 'say the page is maintained by the department'
        : 'give a department contact line (its phone number or e-mail; 911 alone is not one)';
  const met = says.length > 0 && contacts.length > 0;
  return {
    met,
    evidence: met ? [...says, ...contacts] : [],
    missing: `The intro statement does not ${missing} (III.B.3.b).`,
  };
}

const OPINION_WORDS = /\b(?:opinions?|views?|comments?|replies|posts?|what\s+\w+\s+say)\b/iu;
const OTHERS =
  /\b(?:visitors?|users?|followers?|residents?|viewers?|neighbou?rs?|commenters?|the\s+public|members\s+of\s+the\s+public|people\s+who\s+post|those\s+who\s+post|people\s+commenting|commenting|third[- ]part\w+|others|their\s+own)\b/iu;
const NOT_OURS =
  /\b(?:do(?:es)?\s+not|do(?:es)?n['’]t|are\s+not|aren['’]t|is\s+not|isn['’]t|not\s+necessarily|not\s+(?:to\s+|those\s+of\s+|the\s+(?:opinions?|views?)\s+of\s+)?(?:the\s+|our\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:department|PD|ours|us)|their\s+own|belong\s+to)\b/iu;

export function visitorOpinions(sentences: readonly Sentence[]): RequirementCheck {
  return result(
    sentencesWith(sentences, OPINION_WORDS, OTHERS, NOT_OURS),
    'The intro statement does not say that visitors’ opinions are not the department’s (III.B.3.d). Add “Opinions expressed by visitors to this page do not reflect those of the department.”',
  );
}

const MONITORED =
  /\b(?:monitor\w*|moderat\w*|reviewed|review(?:s|ing)?|keep\s+an\s+eye\s+on|watch(?:es|ed)?\s+(?:the\s+|every\s+)?(?:comments?|replies|reply)|read\s+every)\b/iu;
const REMOVAL = /\b(?:remove|removed|delete|deleted|hide|hidden|take down|taken down)\b/iu;

/** The removal reasons the statement publishes, each with the words that name it. */
export function publishedRemovalReasons(text: string): Map<RemovalReason, Span[]> {
  const named = new Map<RemovalReason, Span[]>();
  for (const reason of REMOVAL_REASONS) {
    const pattern = REASON_WORDS[reason];
    pattern.lastIndex = 0;
    const spans = [...text.matchAll(pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
    if (spans.length > 0) named.set(reason, spans);
  }
  return named;
}

export function commentsMonitored(text: string, sentences: readonly Sentence[]): RequirementCheck {
  const monitored = sentencesWith(sentences, MONITORED);
  const removal = sentencesWith(sentences, REMOVAL);
  const reasons = publishedRemovalReasons(text);
  const absent = REMOVAL_REASONS.filter((reason) => !reasons.has(reason)).map(
    (reason) => REASON_LABEL[reason],
  );
  const gaps = [
    ...(monitored.length === 0 ? ['that comments are monitored'] : []),
    ...(removal.length === 0 ? ['that the department may remove comments'] : []),
    ...(absent.length > 0 ? [`the removal reason(s) ${absent.join(', ')}`] : []),
  ];
  const met = gaps.length === 0;
  return {
    met,
    evidence: met ? [...monitored, ...[...reasons.values()].flat()] : [],
    missing: `The intro statement does not say ${gaps.join('; nor ')} (III.B.3.d.1).`,
  };
}

const DISCLOSURE =
  /\b(?:public (?:records?|disclosure|information act)|open records|subject to (?:public )?(?:disclosure|release)|freedom of information|FOIA|may be (?:released|disclosed) (?:to the public|publicly|under))/iu;
const DENIED = /\b(?:not|never|no)\b[^.!?]{0,30}\b(?:a )?public record/iu;

export function publicDisclosure(sentences: readonly Sentence[]): RequirementCheck {
  const says = sentencesWith(sentences, DISCLOSURE).filter((span) => !DENIED.test(span.text));
  return result(
    says,
    'The intro statement does not say that what is posted here is subject to public disclosure (III.B.3.d.2). Add “Anything posted or submitted to this page is subject to public disclosure under the open records law.”',
  );
}

/** Each page-design item an intro statement's words can satisfy, by item id. */
export function checkIntroStatement(
  text: string,
  context: ScanContext = {},
): Map<string, RequirementCheck> {
  const sentences = sentencesOf(text);
  const website = linksOfficialWebsite(text, context);
  return new Map([
    ['page-design.purpose-and-scope', purposeAndScope(sentences)],
    ...(website ? [['page-design.links-official-website', website] as const] : []),
    ['page-design.maintained-by-department', maintainedByDepartment(text, sentences, context)],
    ['page-design.visitor-opinions', visitorOpinions(sentences)],
    ['page-design.comments-monitored', commentsMonitored(text, sentences)],
    ['page-design.public-disclosure', publicDisclosure(sentences)],
  ]);
}
