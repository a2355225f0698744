import type { ScanContext } from './finding';
import { type Span, findLinks } from './post-shape';

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
  'off-topic': /\b(?:off[- ]topic|unrelated to|not related to|irrelevant to)\b/giu,
  'personal-attack':
    /\b(?:personal attacks?|attacks? (?:on|against) (?:individuals|others|other users|people|any (?:person|individual|group))|harass\w*|insults? (?:directed at|aimed at|toward) )/giu,
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

const PAGE_WORDS = /\b(?:page|account|channel|feed|profile|site|presence|here)\b/iu;
const PURPOSE_WORDS =
  /\b(?:to (?:share|inform|provide|keep|connect|engage|post|highlight|recruit|reach|update|communicate|tell)|for (?:sharing|news|updates|information|recruiting|recruitment)|we (?:use|post|share|provide|highlight|feature)|you(?:['’]ll| will| can) (?:find|get|see|learn)|is (?:for|dedicated to|where)|(?:purpose|goal|mission) of (?:this|our))\b/iu;
const SCOPE_WORDS =
  /\b(?:crime|safety|prevention|news|events?|closures?|traffic|alerts?|updates?|information|recruit\w*|careers?|jobs?|hiring|community|tips?|emergenc\w+|missing|weather|programs?|announcements?)\b/iu;

export function purposeAndScope(sentences: readonly Sentence[]): RequirementCheck {
  return result(
    sentencesWith(sentences, PAGE_WORDS, PURPOSE_WORDS, SCOPE_WORDS),
    'The intro statement does not say what the page is for and what it covers (III.B.2.a). Add a sentence such as “We use this page to share crime-prevention tips, road closures and community events.”',
  );
}

function hostAndPath(url: string): { host: string; path: string } | undefined {
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`);
    return {
      host: parsed.hostname.toLowerCase().replace(/^www\./, ''),
      path: parsed.pathname.replace(/\/+$/, '').toLowerCase(),
    };
  } catch {
    return undefined;
  }
}

export function linksOfficialWebsite(text: string, context: ScanContext): RequirementCheck {
  const sites = (context.department?.websites ?? []).flatMap((site) => hostAndPath(site) ?? []);
  const links = findLinks(text);
  if (sites.length === 0) {
    return result(
      links,
      'The intro statement links to no website (III.B.2.b). Add the department’s official website address.',
    );
  }
  const official = links.filter((link) => {
    const target = hostAndPath(link.text);
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

const MAINTAINED =
  /\b(?:(?:maintained|managed|run|operated|administered|moderated) by (?:the )?(?:[\p{Lu}][\p{L}.]*\s+){0,4}(?:police|PD|department)|official (?:[\p{L}]+ )?(?:page|account|channel|profile|feed) (?:of|for) (?:the )?(?:[\p{Lu}][\p{L}.]*\s+){0,4}(?:police|PD|department))/iu;
const PHONE =
  /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\b1-800-[\dA-Z-]{7,8}\b/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

function contactLines(text: string, context: ScanContext): Span[] {
  const department = context.department;
  const digits = (value: string) => value.replace(/\D/g, '').slice(-10);
  const ownPhones = new Set(department?.phones.map(digits).filter((d) => d.length >= 7));
  const ownEmails = new Set(department?.emails.map((e) => e.toLowerCase()));
  const spans: Span[] = [];
  for (const match of text.matchAll(PHONE)) {
    if (department && !ownPhones.has(digits(match[0]))) continue;
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
  const says = sentencesWith(sentences, MAINTAINED);
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

const OPINION_SUBJECT =
  /\b(?:opinions?|views?|comments?|posts?|content|statements?)\b[^.!?]{0,100}\b(?:visitors?|users?|the public|followers?|others|third[- ]part\w+|members of the public|people)\b|\b(?:visitors?|users?|followers?|members of the public|commenters?)\b[^.!?]{0,60}\b(?:opinions?|views?|comments?|posts?)\b/iu;
const NOT_OURS =
  /\b(?:do(?:es)? not|don['’]t|are not|aren['’]t|is not|isn['’]t|not necessarily|no)\b[^.!?]{0,40}\b(?:reflect|represent|endorse|express|the (?:opinions?|views?|position))/iu;

export function visitorOpinions(sentences: readonly Sentence[]): RequirementCheck {
  return result(
    sentencesWith(sentences, OPINION_SUBJECT, NOT_OURS),
    'The intro statement does not say that visitors’ opinions are not the department’s (III.B.3.d). Add “Opinions expressed by visitors to this page do not reflect those of the department.”',
  );
}

const MONITORED = /\b(?:monitor\w*|moderat\w*|reviewed|review(?:s|ing)?)\b/iu;
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
  return new Map([
    ['page-design.purpose-and-scope', purposeAndScope(sentences)],
    ['page-design.links-official-website', linksOfficialWebsite(text, context)],
    ['page-design.maintained-by-department', maintainedByDepartment(text, sentences, context)],
    ['page-design.visitor-opinions', visitorOpinions(sentences)],
    ['page-design.comments-monitored', commentsMonitored(text, sentences)],
    ['page-design.public-disclosure', publicDisclosure(sentences)],
  ]);
}
