import type { Sentence } from '../language/analysis';
import { minorMarks } from '../language/minors';
import { namedPeople } from '../language/people';
import { isClauseBreak } from '../language/words';
import type { Found, SentenceRule } from './sentence-rules';

/** How far apart, in words, a name and an age can be and still be about the same person. */
const REACH = 9;

const SCHOOL = /^(?:high|middle|elementary|academy|school|prep|junior)$/i;

/** A sentence about a minor's award or achievement, with no incident: not what III.B.3.c is for. */
export const CELEBRATION =
  /\b(?:congratulat\w*|award\w*|honou?r(?:ed|s)?|scholarship|graduat\w*|winner|won|champion\w*|recogni[sz]\w*|cadet|essay|contest|science fair|spelling bee|proud)\b/i;
export const INCIDENT =
  /\b(?:arrest\w*|crash\w*|injur\w*|hurt|killed|shot|stabbed|missing|runaway|victim|suspect\w*|assault\w*|robb\w*|struck|charged|custody|detained|abduct\w*|kidnap\w*|overdose\w*|died|death|hospitali[sz]ed|fight|threat\w*|weapon|gun|knife|stole|stolen|theft|burglar\w*|vandal\w*|accident|incident|drown\w*|cited|bully\w*|abuse\w*)\b/i;

/** An age followed by what it describes, when that is an animal: "a 2-year-old Belgian Malinois". */
const ANIMAL =
  /^(?:dog|dogs|puppy|pup|canine|k-?9|horse|mare|cat|kitten|malinois|shepherd|labrador|retriever|bloodhound|belgian|german|dutch|lab|husky|beagle|terrier|gelding)$/i;

function describesAnimal(sentence: Sentence, to: number): boolean {
  return sentence.words.slice(to + 1, to + 4).some((w) => ANIMAL.test(w.text));
}

/** Two findings for one child ("Kaylee, 15, a sophomore at Example High") read as one. */
function coalesce(text: string, found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  for (const span of sorted) {
    const previous = out.at(-1);
    if (
      previous &&
      (span.start <= previous.end ||
        /^[\s,()–—-]*(?:(?:a|an|who\s+is|and)\s+)?$/i.test(text.slice(previous.end, span.start)))
    ) {
      out[out.length - 1] = { start: previous.start, end: Math.max(previous.end, span.end) };
    } else out.push(span);
  }
  return out;
}

function clauseBetween(sentence: Sentence, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i += 1) {
    const word = sentence.words[i];
    if (word && isClauseBreak(word)) return true;
  }
  return false;
}

/**
 * A name (or a school with a grade) connected to an age under 18 or a minor's role, in either
 * order and across a comma or a clause: "Mateo Ruiz, who is 15", "14-year-old Aisha",
 * "Jayden (16)", "the Kowalski boy", "a seventh-grader at Lincoln Middle".
 */
export const identifiedMinor: SentenceRule = (text, sentence) => {
  const marks = minorMarks(sentence);
  if (marks.length === 0) return [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (CELEBRATION.test(sentenceText) && !INCIDENT.test(sentenceText)) return [];
  const words = sentence.words;
  // "Sadia Rahman, 19, a sophomore at …": a person whose stated age is 18 or more is an adult.
  const people = namedPeople(sentence).filter(
    (p) =>
      !p.titled &&
      !(words[p.to + 1]?.text === ',' && /^(?:1[89]|[2-9]\d)$/.test(words[p.to + 2]?.text ?? '')),
  );
  // "the 9-year-old daughter of Pastor Ike Mensah": a parent's name, titled or not.
  const parents = namedPeople(sentence).filter(
    (p) => words[p.from - 1]?.lower === 'of' || (p.titled && words[p.from - 2]?.lower === 'of'),
  );
  const found: Found[] = [];
  for (const mark of marks) {
    if (describesAnimal(sentence, mark.to)) continue;
    let best: { from: number; to: number; distance: number } | undefined;
    for (const person of people) {
      const distance = person.to < mark.from ? mark.from - person.to : person.from - mark.to;
      if (distance < 0 || distance > REACH) continue;
      if (
        clauseBetween(sentence, person.to, mark.from) &&
        clauseBetween(sentence, mark.to, person.from)
      )
        continue;
      // Another person between the two makes the age theirs: "Ana Cruz, 34, and her son, 12".
      const between = people.some(
        (other) =>
          other !== person &&
          other.from > Math.min(person.to, mark.to) &&
          other.to < Math.max(person.from, mark.from),
      );
      if (between) continue;
      if (!best || distance < best.distance) best = { from: person.from, to: person.to, distance };
    }
    if (!best && mark.age) {
      const parent = parents.find((p) => {
        const relation = words[mark.to + 1];
        const of = words[mark.to + 2];
        return (
          relation !== undefined &&
          /^(?:son|daughter|child|grandson|granddaughter|stepson|stepdaughter|nephew|niece)$/.test(
            relation.lower,
          ) &&
          of?.lower === 'of' &&
          p.from <= mark.to + 5
        );
      });
      if (parent)
        best = {
          from: parent.from - (parent.titled ? 1 : 0),
          to: parent.to,
          distance: parent.from - mark.to,
        };
    }
    // A role alone needs the name close by ("the Kowalski boy", "Aisha, a sophomore").
    if (best && !mark.age && best.distance > (mark.to > mark.from ? 6 : 4)) best = undefined;
    // A school and a grade or role name one child: "a sophomore at Lincoln High".
    if (!best && !mark.age && INCIDENT.test(sentenceText)) {
      for (let i = mark.to + 1; i <= Math.min(sentence.words.length - 1, mark.to + 6); i += 1) {
        const word = sentence.words[i];
        if (!word || isClauseBreak(word)) break;
        if (SCHOOL.test(word.text) && word.titlecase && sentence.words[i - 1]?.titlecase) {
          best = { from: i, to: i, distance: i - mark.to };
          break;
        }
      }
    }
    // "Officers arrested Mateo Ruiz on Friday; he is 16": the age said of him, after a break.
    if (!best && mark.age) {
      const pronoun = words[mark.from - 2];
      const verb = words[mark.from - 1];
      const said =
        pronoun !== undefined &&
        /^(?:he|she)$/.test(pronoun.lower) &&
        verb !== undefined &&
        (verb.lemma === 'be' ||
          /^['’]s$/.test(verb.text) ||
          /^(?:only|just|turned)$/.test(verb.lower));
      const before = people.filter((p) => p.to < mark.from);
      const only = before.length === 1 ? before[0] : undefined;
      if (said && only) best = { from: only.from, to: only.to, distance: mark.from - only.to };
    }
    // "A 15-year-old who lives at 412 Oak Street": an address is a unique description.
    if (!best && mark.age) {
      const lives = words.findIndex(
        (w, k) =>
          k > mark.to && k <= mark.to + 4 && /^(?:lives|living|resides|residing)$/.test(w.lower),
      );
      const number = lives === -1 ? undefined : words[lives + 2];
      if (
        lives !== -1 &&
        /^(?:at|on)$/.test(words[lives + 1]?.lower ?? '') &&
        number?.pos === 'NUM'
      ) {
        const end = Math.min(words.length - 1, lives + 4);
        best = { from: end, to: end, distance: end - mark.to };
      }
    }
    if (!best) continue;
    const from = sentence.words[Math.min(best.from, mark.from)];
    const to = sentence.words[Math.max(best.to, mark.to)];
    if (from && to) found.push({ start: from.start, end: to.end });
  }
  return coalesce(text, found);
};
