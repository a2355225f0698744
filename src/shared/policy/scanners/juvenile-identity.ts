import type { Finding, ScanContext, Scanner } from '../finding';
import { analyse } from '../language/analysis';
import { describedMinor } from './juvenile-descriptions';
import { CELEBRATION, INCIDENT, acrossSentences, identifiedMinor } from './juvenile-structure';
import { type PhraseRule, scanWithRules } from './pattern-scanner';
import { asFindings, mergeFindings, scanSentences } from './sentence-rules';

const message = (m: string) =>
  `“${m}” names or identifies a minor in connection with a crime or incident (III.B.3.c). Remove the name, or record why publishing it is approved (for example a missing child) as a justification.`;

/** Capitalised words that start a sentence or name a date, never a person's given name. */
const NOT_A_NAME =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Step|Call|Between|After|Before|Update|UPDATE|Meet|Prop|Measure|Route|Highway|Interstate|Exit|Unit|Apt|Suite|Room|Lot|Precinct|District|Ward|Station|Engine|Ladder|Chapter|Page|Week|Day|Block|Floor|Car|Bus|Grade|Number|Case|Report|Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Blvd|Line|It|Its|It’s|The|This|That|These|Those|And|Or|But|At|On|In|Of|For|With|Missing|Found|Age|Ages|Aged|Toyota|Honda|Ford|Chevy|Nissan|Kia|Hyundai|Tesla|Belgian|German|Dutch|Labrador|Golden|Shepherd|Malinois|Retriever|Officer|Sergeant|Sgt|Detective|Det|Lieutenant|Lt|Captain|Chief|Deputy|Corporal|Cpl|Mayor|Judge|Cadet|Pastor|Church|School|High|Middle|Elementary|Academy|Center|Park|University|College';
// The capital first: the engine tries the long list of non-names only where a name could start.
// A double-barrelled or apostrophed name is one word: "Ferreira-Santos", "O'Neil", "DeAndre".
const WORD = `(?=\\p{Lu})(?!(?:${NOT_A_NAME})\\b)\\p{Lu}[\\p{Ll}'’-]+(?:\\p{Lu}[\\p{Ll}'’-]+){0,2}`;
/** A given name and a family name (and perhaps a middle one): a person who can be identified. */
const FULL_NAME = `${WORD}(?:\\s+\\p{Lu}\\.)?\\s+${WORD}(?:\\s+${WORD})?`;
const MINOR_AGE = '(?:1[0-7]|[1-9])';
const YOUTH =
  '(?:boy|girl|teen|teenager|juvenile|student|child|kid|son|daughter|youth|minor|middle\\s+schooler|high\\s+schooler|freshman|sophomore|junior|eighth[- ]grader|seventh[- ]grader|sixth[- ]grader)';

const GRADE =
  '(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))[- ]grader|(?:high|middle)[- ]school(?:er|\\s+student)|freshman|sophomore)';

/**
 * "years" in the languages a bilingual post is written in: "Nguyễn Bảo Ngọc, 13 tuổi", "Ana Ruiz,
 * 12 años", "Zofia Nowak, 14 lat", "Lea Roux, 13 ans".
 */
const YEARS_WORD =
  '(?:tuổi|años|anos|ans|lat|Jahre|yaşında)(?![\\p{L}])(?!\\s+(?:de|of|em|d[eu]|w)\\s+(?:servicio|service|serviço|carrera|experiencia|służby))';
/**
 * "We are looking for Nguyễn Bảo Ngọc, who is 13": the age told in a clause after the name. The
 * sentence layer reads most such names; this reads the ones its tokens split ("Nguyễn").
 */
const WHO_IS_AGE = `${FULL_NAME},?\\s+(?:who\\s+is|who['’]s|who\\s+turned|aged?)\\s+(?:only\\s+|just\\s+)?${MINOR_AGE}(?=\\s*(?:[,;)?!]|\\.(?!\\d)|$|\\s+(?:years?\\s+old|and|but|when|at|last|this|in|on|yesterday|today)\\b))`;

const RULES: readonly PhraseRule[] = [
  { pattern: new RegExp(WHO_IS_AGE, 'gu'), message },
  // "Jordan Hayes, a seventh-grader": the school year says the age.
  { pattern: new RegExp(`${FULL_NAME},\\s+(?:a|an)\\s+${GRADE}`, 'gu'), message },
  // "Tyler Brooks, 15," / "Tyler Brooks (15)" / "Mia Lopez, age 12"
  {
    pattern: new RegExp(
      `${FULL_NAME}(?:,\\s*(?:age(?:d)?\\s+)?${MINOR_AGE}(?=\\s*(?:,|\\.(?!\\d)|;|\\)|\\(|$|\\s+(?:years?\\s+old|yrs?\\b|of\\b|from\\b|was\\b|is\\b|has\\b|and\\b)|\\s+${YEARS_WORD}))|\\s*\\(\\s*(?:age\\s+)?${MINOR_AGE}\\s*\\))`,
      'gu',
    ),
    message,
  },
  // "15-year-old Marcus Reid", "a 14-year-old student named Ava Reyes"
  {
    pattern: new RegExp(`\\b${MINOR_AGE}-year-old\\s+(?:${YOUTH}\\s+)?${FULL_NAME}`, 'gu'),
    message,
  },
  {
    pattern: new RegExp(
      `\\b${MINOR_AGE}-year-old\\s+(?:${YOUTH}\\s+)?(?:[\\p{L}\\s]{0,40}?\\s)?(?:named|identified\\s+as|called)\\s+${WORD}(?:\\s+${WORD})?`,
      'giu',
    ),
    message,
  },
  // "juvenile named Jordan Price", "student identified as Ava Reyes"
  {
    pattern: new RegExp(
      `\\b${YOUTH}\\s+(?:named|identified\\s+as)\\s+${WORD}(?:\\s+${WORD})?`,
      'giu',
    ),
    message,
  },
  // "Mia Lopez, a 12-year-old"; "Isabella, a 14-year-old"; "Amara Osei, the 13-year-old"
  {
    pattern: new RegExp(
      `${WORD}(?:\\s+${WORD})?,\\s+(?:a|an|the)\\s+${MINOR_AGE}-year-old(?!['’]s)`,
      'gu',
    ),
    message,
  },
  // A given name alone with an age: "Kaylee, 15, a sophomore"; "Jaylen (13) and Nia (10) Brooks"
  { pattern: new RegExp(`${WORD},\\s*${MINOR_AGE},`, 'gu'), message },
  {
    pattern: new RegExp(
      `${WORD}\\s*\\(\\s*${MINOR_AGE}\\s*\\)(?:\\s+and\\s+${WORD}\\s*\\(\\s*${MINOR_AGE}\\s*\\))?(?:\\s+${WORD})?`,
      'gu',
    ),
    message,
  },
  {
    pattern: new RegExp(
      `${WORD}(?:\\s+${WORD})?,\\s+(?:he|she)['’]s\\s+(?:only\\s+|just\\s+)?${MINOR_AGE}\\b`,
      'gu',
    ),
    message,
  },
];

/** "K-9 Rex, 3", "Max, a 2-year-old German Shepherd": a working dog's age, not a child's. */
const ANIMAL_NEAR =
  /\b(?:k-?9|dog|dogs|puppy|pup|canine|horse|malinois|shepherd|labrador|lab\s+mix|retriever|bloodhound|beagle|terrier|husky|poodle|chihuahua|dachshund|kitten|tabby|adoptable|therapy\s+dog)\b/i;

function aboutAnAnimal(text: string, finding: Finding): boolean {
  const before = text.slice(Math.max(0, finding.start - 12), finding.start);
  // A long finding links a child to a parent across a clause; a dog inside it ("was bitten by a
  // dog; his mother, …") is what happened, not whose age it is.
  const inside = finding.text.length > 40 ? '' : finding.text;
  // "12-year-old Omar Farouk was walking his dog": an animal someone owns is not whose age it is;
  // "4-year-old Pepper, a black Labrador" still is.
  const after = text
    .slice(finding.end, finding.end + 40)
    .replace(/\b(?:his|her|their|my|our)\s+(?:\w+\s+)?(?:dog|dogs|puppy|pup|horse|cat)\b/gi, '');
  // "K-9 Bruno" anywhere in the text: the dog goes by his name alone later ("Bruno (10)").
  const name = /^\p{Lu}[\p{L}'’-]+/u.exec(finding.text)?.[0];
  if (name && new RegExp(`\\bK-?9\\s+${name}\\b`, 'i').test(text)) return true;
  return ANIMAL_NEAR.test(`${before} ${inside} ${after}`);
}

/** "The Westside Wildcats (12)": a name after "the" is a team, a family or a place, not a child. */
function afterArticle(text: string, finding: Finding): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, finding.start - 4), finding.start));
}

/** What the rules find across two neighbouring sentences of one paragraph ("… He is 15."). */
function acrossParagraphSentences(text: string, context: ScanContext): Finding[] {
  if (context.phraseRulesOnly) return [];
  const found: Finding[] = [];
  for (const paragraph of analyse(text).paragraphs) {
    const sentences = paragraph.sentences;
    for (let i = 1; i < sentences.length; i += 1) {
      const previous = sentences[i - 1];
      const sentence = sentences[i];
      if (!previous || !sentence) continue;
      for (const { start, end } of acrossSentences(paragraph.text, previous, sentence))
        found.push(
          ...asFindings(
            text,
            'juvenile-identity',
            'III.B.3.c',
            [{ start: start + paragraph.base, end: end + paragraph.base }],
            message,
          ),
        );
    }
  }
  return found;
}

export const juvenileIdentityScanner: Scanner = {
  kind: 'juvenile-identity',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const sentences = context.phraseRulesOnly ? [] : analyse(text).sentences;
    // A minor's award or achievement with no incident is not what III.B.3.c protects against.
    const celebrated = (finding: Finding) => {
      const sentence = sentences.find((s) => s.start <= finding.start && finding.start < s.end);
      const words = sentence ? text.slice(sentence.start, sentence.end) : '';
      return CELEBRATION.test(words) && !INCIDENT.test(words);
    };
    /*
     * "According to Maria Lopez, a 15-year-old broke the window": the age is the subject of its
     * own verb, someone other than the name before the comma.
     */
    const startsAClause = (finding: Finding) => {
      if (!/,\s+an?\s+\S+$/.test(finding.text)) return false;
      const sentence = sentences.find((s) => s.start <= finding.start && finding.start < s.end);
      const next = sentence?.words.find((w) => w.start >= finding.end);
      return next?.pos === 'VERB' || next?.pos === 'AUX';
    };
    return mergeFindings(
      scanWithRules(text, 'juvenile-identity', 'III.B.3.c', RULES).filter(
        (f) =>
          !celebrated(f) && !aboutAnAnimal(text, f) && !afterArticle(text, f) && !startsAClause(f),
      ),
      scanSentences(
        text,
        'juvenile-identity',
        'III.B.3.c',
        [identifiedMinor, describedMinor],
        message,
        context,
      ).filter((f) => !aboutAnAnimal(text, f)),
      acrossParagraphSentences(text, context).filter((f) => !aboutAnAnimal(text, f)),
    );
  },
};
