/**
 * Pasted dispatch and records-system notes: restricted material even when nobody stamped it.
 * "14:02 DISP: RP adv male w/ possible rifle N side of bldg, units 2B14 2B22 enrt", "subj has
 * prior DV hx, NCIC hit neg", "Subj hx of DV, 2 prior FI cards". What gives them away is the
 * shorthand of a dispatcher's screen or a records entry, which no one writes to the public; one
 * such word is not enough (a post may explain what NCIC is, a commenter may write "w/"), several
 * in one stretch of text are.
 */

/** A piece of shorthand and how much it alone says that the words are a pasted note. */
interface Shorthand {
  readonly pattern: RegExp;
  /** 1: written only in notes ("subj", "hx", "DISP", "enrt"); 0.5: also in ordinary posts. */
  readonly weight: 1 | 0.5;
}

const SHORTHAND: readonly Shorthand[] = [
  // Subject, history, reporting party, suspect: the record's people.
  { pattern: /\bsubjs?\b/gi, weight: 1 },
  { pattern: /\bsusp\b/gi, weight: 1 },
  { pattern: /\b(?:CCH|narr)\b/g, weight: 1 },
  { pattern: /\bhx\b/gi, weight: 1 },
  { pattern: /\bR\/?P\b/g, weight: 1 },
  // The dispatcher's narration of what the reporting party said: "RP advises", "RP states".
  {
    pattern: /\bR\/?P\s+(?:adv|advises|advised|states|stated|reports|reported|requests|req)\b/g,
    weight: 1,
  },
  { pattern: /\b[WBHA]\/[MF]\b/gi, weight: 1 },
  { pattern: /\bFI\s+cards?\b/gi, weight: 1 },
  { pattern: /\b(?:LKA|UTL|GOA)\b/g, weight: 1 },
  { pattern: /\bwants\s*(?:and|&|\/)\s*warrants\b/gi, weight: 1 },
  // The dispatch screen: a time and a code ("14:02 DISP:"), call signs ("units 2B14"), en route.
  { pattern: /\bDISP\b/g, weight: 1 },
  { pattern: /\b\d{1,2}:?\d{2}\s+[A-Z]{3,5}:/g, weight: 1 },
  { pattern: /\b\d[A-Z]\d{2,3}\b/g, weight: 1 },
  { pattern: /\benrt\b/gi, weight: 1 },
  // Round eleven: an officer's narrative ("0213 hrs R/O observed veh swerving, SFSTs admin'd")
  // and a records entry's shorthand for a juvenile ("juv has history of running"); a post may
  // give a time in hours or call a court "juv", so those two weigh half and are not words only a
  // note carries (ANY_NOTE_WORD).
  { pattern: /\b\d{4}\s+hrs\b/gi, weight: 0.5 },
  { pattern: /\bR\/O\b/g, weight: 1 },
  { pattern: /\b(?:SFSTs?|admin['’]d)(?![\p{L}\p{N}])/gu, weight: 1 },
  { pattern: /\bjuvs?\b/gi, weight: 0.5 },
  { pattern: /\bDL\s*#/g, weight: 0.5 },
  // Round twelve: a registration return ("Veh reg to: HOLLIS, WADE — no wants, 2 prior FTA"), a
  // supplement's label ("RMS supp. 3: JUV SUBJ STATED … TO OFCR"), an informant's number
  // ("informant CI-2231 reports…").
  { pattern: /\bveh(?:icle)?\s+reg(?:istered)?\s+to\b/gi, weight: 1 },
  { pattern: /\bno\s+wants\b/gi, weight: 1 },
  { pattern: /\b[A-Z]{3,},\s+[A-Z]{3,}\b/g, weight: 0.5 },
  { pattern: /\b(?:RMS|CAD)\s+supp(?:lement)?\b/gi, weight: 1 },
  { pattern: /\bOFCR\b/gi, weight: 1 },
  { pattern: /\bCI[-#]?\s?\d{3,5}\b/g, weight: 1 },
  { pattern: /\binformants?\b/gi, weight: 0.5 },
  // Round thirteen: a dispatch log in the screen's capitals ("0214 HRS CALLER REPORTS MALE DOWN,
  // POSS GSW, UNIT 14 ON SCENE 0219") and an informant's lead ("working CI lead").
  { pattern: /\b(?:CALLER|RP)\s+(?:REPORTS|ADVISES|ADV|STATES|REQUESTS)\b/g, weight: 1 },
  { pattern: /\bCI\s+(?:lead|info|information|tip|reporting)\b/g, weight: 1 },
  { pattern: /\b(?:ON\s+SCENE|POSS|UNIT\s+\d{1,3})\b/g, weight: 0.5 },
  // A direction as a dispatcher writes it: "fled N on foot", "last seen heading SB".
  {
    pattern:
      /\b(?:[Ff]led|[Ll]ast\s+seen|[Hh]eaded|[Hh]eading|[Rr]unning|[Rr]an|[Ww]alking)\s+[NSEW]{1,2}B?(?![\p{L}\p{N}])/gu,
    weight: 1,
  },
  { pattern: /\bunits?\s+(?:staging|enrt|\d[A-Z]\d{2,3})\b/gi, weight: 1 },
  // A call's priority and the queue's state, in the screen's capitals: "PRIORITY 2 BURG RES – NO
  // UNITS AVAIL – HOLD" (round ten).
  { pattern: /\bPRI(?:ORITY)?\s+[1-5]\b/g, weight: 1 },
  { pattern: /\b(?:NO\s+UNITS\s+)?AVAIL\b/g, weight: 1 },
  // A records check's result ("NCIC hit neg", "return clear") and the label of a pasted entry.
  { pattern: /\b(?:hit|return|check)\s+(?:neg|pos|negative|positive|clear)\b/gi, weight: 1 },
  {
    pattern:
      /\b(?:RMS|CAD|dispatch|records?)\s+(?:notes?|entry|entries|printout|narrative|screen)\b/gi,
    weight: 1,
  },
  // Round nineteen: a report's numbered parties in capitals ("S1 DELANEY ADMITTED…", "V1
  // TRANSPORTED MERCY", "S/O DETAINED"), an NCIC message key ("NCIC MKE/EMJ entered … by Disp.
  // 4"), a deployment ("Units 31/33 staging", "two plainclothes units assigned 1000–1600 hrs",
  // "REQ 2 UNITS … K9 STBY NO RADIO TRAFFIC"), a records label ("Priors: 3", "Incident Summary:").
  { pattern: /\b[SVW][1-9]\s+[A-Z]{3,}\b/g, weight: 1 },
  // not "Huge S/O to the officers", a shout-out
  { pattern: /\bS\/O\b(?!\s+(?:to|2)\b)/g, weight: 1 },
  { pattern: /\bMKE\b/g, weight: 1 },
  { pattern: /\bDisp\.\s*\d/g, weight: 1 },
  { pattern: /\bunits?\s+\d{1,3}\s*\/\s*\d{1,3}\b/gi, weight: 1 },
  { pattern: /\b(?:plainclothes|undercover)\s+(?:units?|detail|cars?)\b/gi, weight: 1 },
  { pattern: /\bunmarked\s+(?:units?|cars?)\b/gi, weight: 0.5 },
  { pattern: /\b[0-2]\d[0-5]\d\s*[-–]\s*[0-2]\d[0-5]\d(?:\s*hrs)?\b/g, weight: 0.5 },
  { pattern: /\b(?:STBY|REQ)\b/g, weight: 1 },
  { pattern: /\bNO\s+RADIO\s+TRAFFIC\b/gi, weight: 1 },
  { pattern: /\bPriors:\s*\d/g, weight: 1 },
  { pattern: /\b\d+\s+(?:officers|units)\s+assigned\b/gi, weight: 0.5 },
  { pattern: /\bIncident\s+Summary:/g, weight: 1 },
  { pattern: /\b(?:ADMITTED|STATED|TRANSPORTED|DETAINED|RECOVERED|IMPOUNDED)\b/g, weight: 0.5 },
  { pattern: /\bhold\s+pending\b/gi, weight: 0.5 },
  { pattern: /\bOfc\.\s/g, weight: 0.5 },
  // Shorthand also seen in ordinary writing.
  { pattern: /\b(?:NCIC|TCIC|NLETS|RMS|CAD)\b/g, weight: 0.5 },
  { pattern: /\bneg\b/g, weight: 0.5 },
  { pattern: /\badv\b/g, weight: 0.5 },
  { pattern: /\bbldg\b/gi, weight: 0.5 },
  { pattern: /\bveh\b/gi, weight: 0.5 },
  { pattern: /\bw\/(?=\s)/gi, weight: 0.5 },
  { pattern: /\bDV\b/g, weight: 0.5 },
  { pattern: /\bprotective\s+orders?\b/gi, weight: 0.5 },
  { pattern: /\bstaging\b/gi, weight: 0.5 },
  { pattern: /\bBOLO\b/g, weight: 0.5 },
  // (a ten-code with its call type is weighed below, once)
  { pattern: /\b10-\d{1,2}\b(?!\s+[A-Z]{2,}\b)/g, weight: 0.5 },
  // Round twenty-two: a ten-code with the call's type in the screen's capitals ("10-50 HIT/RUN",
  // "10-50 PI, 2 veh"), a records check's findings ("Subj known to PD, prior DV contacts,
  // flagged officer safety", "DOB 04/11/1991, prior 459 x3").
  { pattern: /\b10-\d{1,2}\s+[A-Z]{2,}\b/g, weight: 1 },
  { pattern: /\bknown\s+to\s+(?:PD|LE|SO)\b/g, weight: 0.5 },
  { pattern: /\bofficer\s+safety\b/gi, weight: 0.5 },
  { pattern: /\bpriors?\s+\d{3}\b/gi, weight: 0.5 },
  { pattern: /\b\d{3}\s*x\d\b/g, weight: 0.5 },
  { pattern: /\b(?:blk|c\/o)\b/gi, weight: 0.5 },
  { pattern: /\b(?:[NSEW]B|GSW|RO|FTA)\b/g, weight: 0.5 },
  { pattern: /\brap\s+sheet\b/gi, weight: 0.5 },
  { pattern: /\b(?:BURG|ASLT|DIST|SUSP\s+VEH)\b/g, weight: 0.5 },
];

/** A quick look for anything a note could carry: most posts have none, and pay for no more. */
const ANY_NOTE_WORD =
  /\b(?:subjs?|susp|CCH|narr|hx|R\/?P|[WBHA]\/[MF]|FI\s+cards?|LKA|UTL|GOA|wants|DISP|\d[A-Z]\d{2,3}|enrt|units?\s+staging|(?:fled|seen|headed|heading|running|ran|walking)\s+[NSEW]{1,2}B?(?![A-Za-z])|\d{1,2}:?\d{2}\s+[A-Z]{3,5}:|(?:hit|return|check)\s+(?:neg|pos|negative|positive|clear)|(?:RMS|CAD|dispatch|records?)\s+(?:notes?|entry|entries|printout|narrative|screen)|10-\d{1,2}\s+[A-Z]{2,}|PRI(?:ORITY)?\s+[1-5]|AVAIL|R\/O|SFSTs?|admin['’]d|veh(?:icle)?\s+reg(?:istered)?\s+to|no\s+wants|(?:RMS|CAD)\s+supp(?:lement)?|OFCR|CI[-#]?\s?\d{3,5}|caller\s+(?:reports|advises|adv|states|requests)|CI\s+(?:lead|info|information|tip|reporting)|[SVW][1-9]\s+[A-Z]{3,}|S\/O|MKE|Disp\.\s*\d|units?\s+\d{1,3}\s*\/\s*\d{1,3}|(?:plainclothes|undercover)\s+(?:units?|detail|cars?)|STBY|REQ|NO\s+RADIO\s+TRAFFIC|Priors:\s*\d|Incident\s+Summary:)(?![A-Za-z0-9])/i;

/** How much shorthand makes a stretch of text a note. */
const THRESHOLD = 2;

/**
 * Where a pasted note ends: a line break, a quotation mark, or a full stop, question or
 * exclamation mark before a space. A note quoted in a comment stops at its closing quote. The
 * full stop of an abbreviation ("veh.", "Ofc.", "Disp.") or a middle initial ("Dustin W.") ends
 * nothing: the pattern is case-sensitive so that a lone capital is an initial.
 */
const BOUNDARY =
  /\n|["“”]|(?<!\p{L})['‘’]|['‘’](?!\p{L})|(?<!\b(?:[Ss][Uu][Pp][Pp]|[Aa][Pp][Pp][Rr][Oo][Xx]|[Ss][Uu][Ss][Pp]|[Vv][Ee][Hh]|[Ss][Uu][Bb][Jj]|[Aa][Pp][Tt]|[Nn][Oo]|[Oo]fc|[Dd]isp|[Ss]gt|[Dd]et|\p{Lu}))[.!?](?=\s|$)/gu;

export interface NoteSpan {
  readonly start: number;
  readonly end: number;
}

/** Stretches of text between boundaries, and between the markings already found in them. */
function stretches(text: string, markings: readonly NoteSpan[]): NoteSpan[] {
  const cuts: NoteSpan[] = [...markings];
  for (const match of text.matchAll(BOUNDARY)) {
    cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  cuts.sort((a, b) => a.start - b.start);
  const out: NoteSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start > from) out.push({ start: from, end: cut.start });
    from = Math.max(from, cut.end);
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}

/**
 * The pasted notes in `text`: each stretch whose shorthand weighs at least the threshold, with
 * at least one word only a note carries, from its first piece of shorthand to the stretch's end.
 * `markings` are the stamps already found, so a note beside one is reported on its own.
 */
export function pastedNotes(text: string, markings: readonly NoteSpan[]): NoteSpan[] {
  if (!ANY_NOTE_WORD.test(text)) return [];
  const notes: NoteSpan[] = [];
  for (const stretch of stretches(text, markings)) {
    const words = text.slice(stretch.start, stretch.end);
    if (!ANY_NOTE_WORD.test(words)) continue;
    let weight = 0;
    let strong = false;
    let first = words.length;
    for (const { pattern, weight: w } of SHORTHAND) {
      pattern.lastIndex = 0;
      const match = pattern.exec(words);
      if (!match) continue;
      weight += w;
      strong ||= w === 1;
      first = Math.min(first, match.index);
    }
    if (!strong || weight < THRESHOLD) continue;
    const end = stretch.start + words.replace(/[\s,;:.–—-]+$/u, '').length;
    notes.push({ start: stretch.start + first, end });
  }
  return notes;
}
