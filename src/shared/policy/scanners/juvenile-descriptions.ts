import type { Sentence, Word } from '../language/analysis';
import { minorMarks } from '../language/minors';
import { isClauseBreak } from '../language/words';
import { CELEBRATION, INCIDENT } from './juvenile-structure';
import type { Found, SentenceRule } from './sentence-rules';

/*
 * III.B.3.c names "a unique description" beside a name: a child no one names can still be the
 * only one who fits. Two descriptions single a child out without a name: a school team's player
 * by jersey number ("#23 on the Eastfield High JV squad", "the Carver High pitcher, number 12"),
 * and a child described through what a parent does for a named team, school or business ("a
 * sixth-grader whose mother coaches the Pinecrest volleyball team").
 */

const SCHOOL = /^(?:high|middle|elementary|academy|prep|junior)$/i;

/** Words of a school team and its players: the number beside them is a jersey's. */
const PLAYER =
  /^(?:team|squad|varsity|jv|roster|player|players|jersey|jerseys|wears|wearing|guard|forward|center|centre|pitcher|catcher|shortstop|quarterback|qb|linebacker|receiver|striker|midfielder|defender|goalie|keeper|goalkeeper|captain|halfback|fullback|tailback|setter|hitter|libero|wrestler|swimmer|runner|softball|baseball|basketball|football|soccer|volleyball|hockey|lacrosse)$/;

/** An adult of a school team: the number beside them is no child's jersey. */
const TEAM_ADULT =
  /^(?:coach|coaches|teacher|principal|referee|ref|umpire|official|announcer|parent|dad|mom|father|mother|alum|alumnus|alumni|staff|trainer|booster|boosters)$/;

/** Words before a number that make it a count, a time or a place, never a jersey. */
const NOT_A_JERSEY = /^(?:bus|route|room|unit|exit|pump|gate|lane|lot|car|engine|page|at|by)$/;

/** Where a school's name stands in a sentence ("Eastfield High", "Carver Middle"), or -1. */
function schoolAt(words: readonly Word[]): number {
  return words.findIndex(
    (w, i) => i > 0 && SCHOOL.test(w.text) && w.titlecase && words[i - 1]?.titlecase === true,
  );
}

/** A jersey number: "#23", "# 23", "number 12", "No. 7", written with one or two digits. */
function jerseyAt(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word || !/^\d{1,2}$/.test(word.text)) return false;
  const before = words[i - 1];
  if (!before) return false;
  if (before.text === '#') return !NOT_A_JERSEY.test(words[i - 2]?.lower ?? '');
  if (!/^(?:number|no\.?|num)$/i.test(before.text)) return false;
  // "Number 12 pump", "bus number 12": the number of a thing.
  return (
    !NOT_A_JERSEY.test(words[i - 2]?.lower ?? '') && !NOT_A_JERSEY.test(words[i + 1]?.lower ?? '')
  );
}

/** "#23 on the Eastfield High JV squad", "the Carver High softball pitcher, number 12". */
function jerseyPlayer(words: readonly Word[], about: boolean): Found | undefined {
  const school = schoolAt(words);
  if (school === -1) return undefined;
  // A player in an incident, or one the sentence calls a child ("the freshman point guard"); a
  // team retiring a number or a game at 7 is neither.
  if (
    !about &&
    !words.some((w) => /^(?:freshman|sophomore|junior|jv|boy|girl|kid|teen)$/.test(w.lower))
  )
    return undefined;
  for (let i = 0; i < words.length; i += 1) {
    if (!jerseyAt(words, i)) continue;
    // The school's team and the number stand within one description of a player.
    if (Math.abs(i - school) > 10) continue;
    const near = words.slice(Math.max(0, i - 8), i + 9);
    if (!near.some((w) => PLAYER.test(w.lower))) continue;
    if (near.some((w) => TEAM_ADULT.test(w.lower))) continue;
    const from = Math.min(i - 1, school - 1);
    let to = Math.max(i, school);
    // The rest of the description: "…, the freshman point guard", "…, the sophomore".
    for (let k = to + 1; k < Math.min(words.length, to + 8); k += 1) {
      const w = words[k];
      if (!w || /^[.;!?]$/.test(w.text)) break;
      if (PLAYER.test(w.lower) || /^(?:freshman|sophomore|junior|senior)$/.test(w.lower)) to = k;
    }
    const start = words[from];
    const end = words[to];
    if (start && end) return { start: start.start, end: end.end };
  }
  return undefined;
}

const PARENT =
  /^(?:mother|father|mom|mum|dad|parent|parents|stepfather|stepmother|stepdad|stepmom|grandmother|grandfather|grandma|grandpa|guardian|aunt|uncle)$/;

/** What a parent does that makes them known: coaches a team, owns or runs a business, teaches. */
const PARENT_ROLE =
  /^(?:coach|coaches|coached|coaching|own|owns|owned|run|runs|ran|manage|manages|managed|teach|teaches|taught|lead|leads|led|pastor|pastors|chair|chairs|head|heads|principal|coach's)$/;

const NOT_PROPER =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|route|highway|interstate)$/;

/**
 * "a sixth-grader whose mother coaches the Pinecrest girls' volleyball team", "the boy whose dad
 * owns Rizzo's Pizza": a minor's role, "whose" and a parent, what the parent does, and a named
 * team, school or business within the clause.
 */
function throughParentsRole(words: readonly Word[], sentence: Sentence): Found | undefined {
  for (const mark of minorMarks(sentence)) {
    // "a 16-year-old junior from Westbrook High whose father coaches our club hockey team": a
    // school named between the child and "whose" is itself the named part (round sixteen).
    let whose = mark.to + 1;
    while (
      whose < mark.to + 7 &&
      words[whose] !== undefined &&
      words[whose]?.lower !== 'whose' &&
      ((words[whose]?.titlecase === true && words[whose]?.pos === 'PROPN') ||
        /^(?:from|at|of|junior|senior|sophomore|freshman|student)$/.test(words[whose]?.lower ?? ''))
    )
      whose += 1;
    if (words[whose]?.lower !== 'whose' || !PARENT.test(words[whose + 1]?.lower ?? '')) continue;
    const role = words[whose + 2];
    if (!role || !PARENT_ROLE.test(role.lower)) continue;
    const schoolNamed = words
      .slice(mark.to + 1, whose)
      .some((w) => w.titlecase && w.pos === 'PROPN');
    if (schoolNamed) {
      let to = whose + 2;
      for (let next = words[to + 1]; next && to < whose + 8; next = words[to + 1]) {
        // "coaches our swim team": a word after "our" is the team's, whatever its tag
        const modifier = /^(?:our|the|his|her|their|a|an)$/.test(words[to]?.lower ?? '');
        if (isClauseBreak(next) || /^(?:AUX|ADP|ADV|PUNCT)$/.test(next.pos)) break;
        if (next.pos === 'VERB' && !modifier) break;
        to += 1;
      }
      const start = words[mark.from];
      const end = words[to];
      if (start && end) return { start: start.start, end: end.end };
    }
    for (let k = whose + 3; k < Math.min(words.length, whose + 9); k += 1) {
      const w = words[k];
      // "whose father runs every morning in Lincoln Park": a place he runs in, not what he runs.
      if (!w || isClauseBreak(w) || w.pos === 'ADP' || w.pos === 'VERB') break;
      if (w.titlecase && w.pos === 'PROPN' && !NOT_PROPER.test(w.lower)) {
        // The whole description, to the noun that ends it ("… volleyball team").
        let to = k;
        for (let next = words[to + 1]; next && to < k + 5; next = words[to + 1]) {
          if (isClauseBreak(next) || next.text === ',') break;
          if (!/^(?:NOUN|PROPN|PUNCT|ADJ|PART)$/.test(next.pos)) break;
          to += 1;
        }
        while (to > k && words[to]?.pos === 'PUNCT') to -= 1;
        const start = words[mark.from];
        const end = words[to];
        if (start && end) return { start: start.start, end: end.end };
      }
    }
  }
  return undefined;
}

/** A child singled out without a name: a school team's jersey number, or a parent's known role. */
export const describedMinor: SentenceRule = (text, sentence) => {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (CELEBRATION.test(sentenceText) && !INCIDENT.test(sentenceText)) return [];
  const words = sentence.words;
  const found: Found[] = [];
  const player = jerseyPlayer(words, INCIDENT.test(sentenceText));
  if (player) found.push(player);
  const child = throughParentsRole(words, sentence);
  if (child) found.push(child);
  return found;
};
