import { placeOutside, placesOf } from './word-places';
import { CRIME_TOLD, SPANISH_CRIME_TOLD } from '../language/crime';
import { STAFF_TITLE_WORDS } from '../language/people';
import { tellsOfDeedBeside } from './guilt-sayings';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { wholeText } from './whole-document';

/**
 * A case or a crime in the text, for round twenty's sayings: a comment under a court post names the
 * crime, the judge or the sentence, not the charge.
 */
const CASE_WORDS =
  /\b(?:probation|parole|judge|jury|verdict|(?:the|that|this|his|her|their)\s+evidence|convict(?:ed|ion|ions)?|(?:plead(?:ed|s)?|pled|found|not)\s+guilty|sentenc\w*|lineup|time\s+served|prosecut\w*|defen[cs]e|lawyer|attorney|plea|trial|court|bail|bond|rob|testimony|testif\w*|ballistics|cross-?examination|the\s+max(?:imum)?|prison|behind\s+bars)\b/i;

/** A case told in Spanish: the court, the judge, the prosecution, the charge, the sentence. */
const SPANISH_CASE =
  /(?<![\p{L}])(?:juez|jueza|juicio|fiscal|fiscalía|tribunal|corte|audiencia|acusad[oa]s?|cargos?|condena|sentencia|cárcel|carcel|prisión|prision|preso|presa|abogad[oa])(?![\p{L}])/iu;

/*
 * Pending prosecution (III.B.1.c) in the stock sayings of a comment thread and a case update
 * (round eighteen, from the thirty-first and thirty-second development sets): the defendant
 * called incorrigible ("isn't about to go straight"), the sentence wished or measured ("gets the
 * sentence he deserves", "anything less than 2 years"), the defence's odds ("his only hope is a
 * technicality", "the defense lawyer's gonna have a hard time"), the trial foretold ("you'll all
 * see at trial"), the prosecution's case judged ("fell apart on cross",
 * "reasonable doubt all day long"). Each needs a case in the text (`keep`), so that
 * "go straight at the light" stays clean.
 */
/**
 * The most the law allows (round forty-six): "is up to 10 yrs", "carries up to 10 years"; not a
 * product's life (round forty-six's review: "bike helmets are good for up to 5 years").
 */
export const LAW_MAX_TOLD =
  /(?<!\b(?:good|lasts?|rated|warrantied|warranted|guaranteed|valid|replaced?\s+every)\s+(?:for\s+)?)\b(?:up\s+to|carries|max(?:imum)?\s+(?:is|of))\s+\d+\s*(?:years?|yrs?)\b/i;

export function prosecutionSayings(
  message: (matched: string) => string,
  chargedCase: RegExp,
): PhraseRule[] {
  // The charge, the trial or the plea anywhere in the document a piece was cut from.
  const keep: NonNullable<PhraseRule['keep']> = (text, _start, _end, context) =>
    chargedCase.test(wholeText(text, context));
  // Where a case's and a crime's words stand in a text, read once per text, not once per match.
  const caseWords = [CRIME_TOLD, CASE_WORDS, chargedCase].map(
    (pattern) => new RegExp(pattern.source, 'gi'),
  );
  const caseWordsAt = placesOf(caseWords);
  // Asked once per text, not once per match: each test reads the whole text.
  let last: { text: string; context: object; answer: boolean } | undefined;
  const caseOrCrime: NonNullable<PhraseRule['keep']> = (text, start, end, context) => {
    if (last?.text !== text || last.context !== context)
      last = {
        text,
        context,
        answer: CRIME_TOLD.test(text) || CASE_WORDS.test(text) || keep(text, start, end, context),
      };
    return last.answer;
  };
  // A case, a crime or a deed ("smashed the bottle", "attacked her") told outside the words
  // matched: "belongs in jail" names a jail itself. A piece of a long document asks its caller
  // about the whole document, as `caseOrCrime` does.
  const caseBeside: NonNullable<PhraseRule['keep']> = (text, start, end, context) =>
    placeOutside(caseWordsAt(text), start, end) ||
    (context.document !== undefined && keep(text, start, end, context)) ||
    tellsOfDeedBeside(text, start, end);
  return [
    {
      // Round forty-five: the time served foretold, "He'll do 3 with good time", "he'll do maybe 3
      // years", "he'll do less time than the last guy did", "He'll be an old man by the time he
      // gets out"; not "she'll do two shows"
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[Hh]e|[Ss]he|${NOT_EVERYONE}\p{Lu}[\p{L}'’-]+)(?:['’]ll|\s+will|\s+is\s+(?:gonna|going\s+to))\s+(?:only\s+|probably\s+)?(?:do\s+(?:maybe\s+|about\s+|like\s+|at\s+(?:least|most)\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:years?|yrs?|months?)(?:,?\s+tops)?\b(?!\s+(?:in|with|at)\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:unit|division|squad|task\s+force|academy|Army|Navy|Marines|program)\b)|,?\s+tops\b|\s+with\s+good\s+(?:time|behaviou?r)\b)|(?:less|more|no|zero)\s+time\b(?!\s+(?:on|at|in|with|for|off|outside|away)\b))|be\s+an?\s+old\s+(?:man|woman|lady)\s+(?:by\s+the\s+time|before)\s+(?:he|she)\s+(?:gets|walks|comes|is)\s+out\b(?!\s+of\s+(?:the|that|this)\s+(?!(?:pen|joint|slammer|clink|can|big\s+house|state\s+pen)\b)))`,
        'gu',
      ),
      hints: ['do', 'old'],
      // Years alone could be college's or a posting's: they need a case beside, or the time
      // served named in the words or just after ("out in 18 months with good behavior").
      keep: (text, start, end, context) =>
        // a bare "20, tops" is push-ups' as much as years'
        /\b(?:(?:years?|yrs?|months?),?\s+tops|good|time|behaviou?r|out)$/u.test(
          text.slice(start, end),
        ) ||
        /^[^.!?\n]{0,40}\b(?:good\s+(?:time|behaviou?r)|parole|out\s+in\s+\d)/iu.test(
          text.slice(end),
        ) ||
        // Round forty-six: the most the law allows told first ("Involuntary manslaughter in this
        // state is up to 10 yrs. He'll do 2, tops")
        LAW_MAX_TOLD.test(text.slice(Math.max(0, start - 200), start)) ||
        caseBeside(text, start, end, context),
      message,
    },
    {
      // "isn't about to go straight", "a lifelong thief who'll never go straight"
      pattern:
        /\b(?:never|isn['’]t\s+about\s+to|is\s+not\s+about\s+to|won['’]t\s+ever|won['’]t|will\s+never|['’]ll\s+never|not\s+gonna|never\s+gonna)\s+go\s+straight\b(?!\s+(?:through|at|ahead|down|up|to|into|past))/giu,
      hints: ['straight'],
      // a case, or a crime or a warrant: "wanted on a warrant … isn't about to go straight"
      keep: (text, start, end, context) =>
        keep(text, start, end, context) ||
        /\b(?:warrants?|wanted|thie(?:f|ves)|fraud|stole|stolen|arrest\w*|crimes?|criminal)\b/i.test(
          text,
        ),
      message,
    },
    {
      // "make sure Lindqvist gets the sentence he deserves", "the time she deserves"
      pattern:
        /\b(?:gets?|getting|give\s+(?:him|her|them))\s+(?:the\s+)?(?:sentence|time|punishment|max(?:imum)?)\s+(?:he|she|they)\s+(?:deserves?|has\s+coming|earned)\b/giu,
      hints: ['deserve', 'deserves', 'coming', 'earned'],
      keep,
      message,
    },
    {
      // "Lindqvist's only hope is a technicality", "his only chance is a plea deal"
      pattern:
        /\b(?:only|best)\s+(?:hope|chance|shot|way\s+out)\s+(?:is|was)\s+(?:a\s+|the\s+)?(?:technicality|plea(?:\s+deal)?|deal|hung\s+jury|mistrial|insanity|sympathetic\s+jury|good\s+lawyer)\b/giu,
      hints: ['hope', 'chance', 'shot', 'way'],
      keep,
      message,
    },
    {
      // "The video they showed on Channel 9 is crystal clear", "that footage is damning": the
      // evidence of a case judged, named as that case's ("that", "his", "the surveillance video")
      // or by what follows it; not "Our new bodycams record in 4K. The video is crystal clear."
      pattern:
        /\b(?:(?:that|this|his|her|their)\s+|the\s+(?:surveillance|security|doorbell|store|dash-?cam|body-?cam|cell(?:phone)?|trail-?cam)\s+)(?:video|footage|evidence|tape|recording|proof)\s+(?:is|was|looks)\s+(?:crystal\s+clear|damning|airtight|undeniable|overwhelming|a\s+slam\s+dunk)\b|\bthe\s+(?:video|footage|evidence|tape|recording)\s+(?!(?:is|was|looks)\b)[^.!?\n,]{1,40}?\b(?:is|was|looks)\s+(?:crystal\s+clear|damning|airtight|undeniable|overwhelming|a\s+slam\s+dunk)\b/giu,
      hints: ['clear', 'damning', 'airtight', 'undeniable', 'overwhelming', 'dunk'],
      keep,
      message,
    },
    {
      // "The prosecution's forensic accountant fell apart on cross", "Reasonable doubt all day
      // long", "guys like Dwayne get railroaded"
      pattern:
        /\bfell\s+apart\s+(?:on|under)\s+cross(?:-examination)?\b(?!\s+(?:st|street|ave|avenue|rd|road)\b)|\breasonable\s+doubt\s+(?:all\s+day(?:\s+long)?|100%|written\s+all\s+over\s+it|everywhere)\b|\b(?:get|gets|getting|got|being|been)\s+railroaded\b/giu,
      hints: ['cross', 'cross-examination', 'doubt', 'railroaded'],
      keep,
      message,
    },
    {
      // "He's lucky it's not attempted murder", "lucky he isn't charged with more"
      pattern:
        /\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+lucky\s+(?:it['’]s|it\s+is|it\s+wasn['’]t|it\s+isn['’]t|they\s+didn['’]t\s+charge|(?:he|she|they)\s+(?:isn['’]t|wasn['’]t|aren['’]t)\s+charged)\b[^.!?\n]{0,40}?\b(?:murder|felony|manslaughter|homicide)\b/giu,
      hints: ['lucky'],
      keep,
      message,
    },
    {
      // "You'll all see at trial", "everyone will see in court"; not "Case closed" (a headline over
      // a sentence already handed down)
      pattern:
        /\b(?:you['’]ll|y['’]all\s+will|you\s+will|everyone\s+will|everybody\s+will|people\s+will|the\s+jury\s+will)\s+(?:all\s+)?see\s+(?:it\s+)?(?:at|in)\s+(?:trial|court)\b/giu,
      hints: ['see'],
      keep,
      message,
    },
    {
      // "If Kessler gets anything less than 2 years", "Anything less is an insult to this family"
      pattern:
        /\banything\s+less\s+than\s+(?:\d+|a\s+few|five|ten|twenty|life|(?:prison|jail|real)\s+time\b(?!\s+(?:location|alerts?|updates?|data|tracking|video|info\w*|monitoring|feeds?|(?:can|may|might)\s+still)\b))(?:\s*(?:years?|yrs?|months?)\b)?|\banything\s+less\s+(?:is|would\s+be)\s+(?:an?\s+)?(?:insult|joke|travesty|disgrace|slap\s+in\s+the\s+face)\b/giu,
      hints: ['less'],
      keep,
      message,
    },
    {
      // "juvenile court should make an example of him", "she's not getting off this time", "she'll
      // ask the judge for the maximum"
      pattern:
        /\bmake\s+an\s+example\s+(?:out\s+)?of\s+(?:him|her|them)\b|\b(?:not|n['’]t)\s+(?:getting|get|gonna\s+get|going\s+to\s+get)\s+off\s+(?:this\s+time|easy|lightly|so\s+easy)\b|\bask\s+the\s+(?:judge|court)\s+for\s+(?:the\s+)?(?:max(?:imum)?|harshest|longest)\b/giu,
      hints: ['example', 'off', 'ask'],
      keep,
      message,
    },
    // Round eighteen, from the thirty-third and thirty-fourth sets.
    {
      // "I expect both defendants will try to cut deals", "Conviction by spring", "Once an aide
      // flips it's over", "That appeal is going nowhere", "they'll be out on bail by Friday"
      pattern:
        /\b(?:will|['’]ll|going\s+to|gonna)\s+(?:try\s+to\s+)?cut\s+(?:a\s+)?deals?\b|\bconviction\s+by\s+(?:spring|summer|fall|winter|christmas|the\s+end\s+of|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*)\b|\bonce\s+(?:[\p{L}'’-]+\s+){1,3}flips,?\s+it['’]s\s+over\b|\bappeals?\s+(?:is|are|['’]s)\s+going\s+nowhere\b|\b(?:be|['’]ll\s+be|will\s+be)\s+out\s+on\s+bail\s+by\b/giu,
      hints: ['deal', 'deals', 'conviction', 'flips', 'nowhere', 'bail'],
      keep,
      message,
    },
    {
      // "The defense's alibi witness contradicted himself three times on cross", "She'll say
      // whatever gets her a deal", "Pollard's lawyer is gonna shred that footage"
      pattern:
        /\bcontradicted\s+(?:himself|herself|themselves)\b|\bsay\s+whatever\s+(?:gets|get)\s+(?:her|him|them)\s+a\s+(?:deal|plea)\b|\b(?:lawyer|attorney|public\s+defender)(?:['’]s|\s+is|\s+will)?\s+(?:gonna|going\s+to)?\s*(?:shred|destroy|rip\s+apart|tear\s+apart)\s+(?:that|the|this|their|his|her)\b/giu,
      hints: ['contradicted', 'whatever', 'shred', 'destroy', 'apart'],
      keep,
      message,
    },
    {
      // "he deserves every one of them", "better get prison time", "Make an example so the next
      // one thinks twice", "Justice for Mrs. Adebayo is coming"
      pattern:
        /\bdeserves?\s+every\s+(?:one|day|minute|year|second)\s+of\s+(?:them|it)\b|\bbetter\s+get\s+(?:prison|jail|the\s+max(?:imum)?|life|hard\s+time)\b|\bmake\s+an\s+example\s+so\b|\bjustice\s+for\s+(?:[\p{L}.'’-]+\s+){1,3}is\s+coming\b/giu,
      hints: ['every', 'better', 'example', 'justice'],
      keep,
      message,
    },
    {
      // "Hurst is a repeat drunk who will keep doing this until he kills someone", "Barnes has been
      // trouble since middle school", "should be ashamed of himself"
      pattern:
        /\bwill\s+keep\s+doing\s+(?:this|it|that)\s+until\b|\bhas\s+been\s+(?:nothing\s+but\s+)?trouble\s+since\b|\bshould\s+be\s+ashamed\s+of\s+(?:himself|herself|themselves)\b/giu,
      hints: ['until', 'trouble', 'ashamed'],
      keep,
      message,
    },
    {
      // "Defense lawyer's gonna have a hard time with that one"
      pattern:
        /\b(?:lawyer|attorney|defen[cs]e|public\s+defender)(?:['’]s|\s+is)\s+(?:gonna|going\s+to)\s+have\s+(?:a\s+)?(?:hard|tough|rough)\s+time\b/giu,
      hints: ['time'],
      keep,
      message,
    },
    // Round nineteen, from the thirty-fifth and thirty-sixth sets.
    {
      // "Conviction's a lock", "a conviction is a slam dunk", "the DA's office doesn't have a
      // case", "there's no way his appeal goes anywhere"
      pattern:
        /\b(?:conviction|acquittal|guilty\s+verdict)(?:['’]s|\s+is)\s+(?:a\s+)?(?:lock|done\s+deal|sure\s+thing|slam\s+dunk|given|guaranteed|certain)\b|\b(?:DA|D\.A\.|prosecutors?|prosecution|state|DA['’]s\s+office)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+(?:even\s+)?have\s+a\s+case\b|\b(?:DA|prosecutors?|prosecution|state)\s+(?:has|have)\s+no\s+case\b|\bno\s+way\s+(?:his|her|their|the)\s+appeal\s+(?:goes|gets|wins|works|succeeds)\b/giu,
      hints: ['lock', 'deal', 'thing', 'dunk', 'given', 'guaranteed', 'certain', 'case', 'appeal'],
      keep,
      message,
    },
    {
      // "Rui Tavares flipped on him", "our money says she flips on the other three": a
      // co-defendant turning state's witness, foretold or told as the case's turn
      pattern:
        /\bflip(?:s|ped|ping)?\s+on\s+(?:him|her|them|the\s+others?|the\s+other\s+(?:two|three|four|guys?)|his\s+(?:boss|partner|crew)|her\s+(?:boss|partner|crew)|(?!(?:Route|Highway|Hwy|Interstate|Main|County|State|Bridge|Exit|Lake|River|Mount)\b)\p{Lu}[\p{Ll}'’-]+\b(?!\s+(?:\d|Road|Rd|Street|St|Avenue|Ave|Highway|Hwy|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Bridge|Pike|Parkway)\b))/gu,
      hints: ['flip', 'flips', 'flipped', 'flipping'],
      keep,
      message,
    },
    {
      // "Coyle is expected to plead to a lesser charge", "she's expected to plead guilty"
      pattern:
        /\b(?:is|are|was)\s+expected\s+to\s+(?:plead\s+(?:guilty|no\s+contest|to)|take\s+(?:a|the)\s+(?:plea|deal))\b/giu,
      hints: ['expected'],
      keep,
      message,
    },
    // Round twenty, from the thirty-seventh and thirty-eighth sets.
    {
      // "Ferreira and Asante are toast.", "they're done for": the case called over, said of
      // several; not "We're finished." nor "you're toast in this heat"
      pattern:
        /(?<!\b(?:[Ww]e|[Yy]ou|[Ii]t)\s*)\b(?:are|['’]re)\s+(?:so\s+|totally\s+|completely\s+)?(?:toast|done\s+for|screwed)(?=\s*[.!,;]|\s*$)/gmu,
      hints: ['toast', 'done', 'screwed'],
      keep: caseOrCrime,
      message,
    },
    {
      // "Should get the full 8 years", "Our bet: 10+ years for Ferreira", "he'll walk with time
      // served", "the whole thing gets tossed on appeal", "make an example out of her": the
      // sentence or the outcome foretold or wished
      pattern:
        /\b(?:should|better|needs?\s+to|ought\s+to|deserves?\s+to)\s+(?:get|serve|do)\s+(?:the\s+)?(?:full\s+|max(?:imum)?\s+|at\s+least\s+|every\s+day\s+of\s+(?:the\s+|his\s+|her\s+)?)?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:years|yrs|months)\b(?!\s+of\b)|\b(?:our|my)\s+(?:bet|guess|prediction|money(?:['’]s|\s+is)\s+on)\s*[:—–-]?\s*(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+(?:years|yrs|months)(?:\s+for\s+[\p{L}'’-]+)?(?=\s*[.!,;]|\s*$)|(?:\b\p{L}+['’]ll|\bwill|\bgonna|\bgoing\s+to)\s+walk\s+(?:with\s+time\s+served|free(?!\s+(?:at|across|on|down|into|to))|on\s+(?:a\s+)?technicality)\b|\b(?:gets?|will\s+get|['’]ll\s+get|be)\s+(?:tossed|thrown\s+out|overturned|reversed)\s+on\s+appeal\b|\bmake\s+an\s+example\s+(?:out\s+)?of\s+(?:him|her|them|\p{Lu}[\p{Ll}'’-]+)/giu,
      hints: ['years', 'yrs', 'months', 'walk', 'appeal', 'example'],
      keep: caseOrCrime,
      message,
    },
    {
      // "she's taking the plea Thursday", "he's gonna take the deal": the plea foretold
      pattern:
        /\b(?:he|she|they|\p{Lu}[\p{Ll}'’-]+)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:taking|gonna\s+take|going\s+to\s+take)\s+(?:the|a)\s+(?:plea|deal)\b/gu,
      hints: ['taking', 'take'],
      keep: caseOrCrime,
      message,
    },
    {
      // "That's the ballgame", "more angles will just seal it": the case called won
      pattern:
        /\b(?:[Tt]hat['’]s|[Tt]hat\s+is)\s+the\s+ball\s?game\b|\b(?:will|['’]ll|would|should)\s+(?:just\s+|only\s+)?seal\s+(?:it|his\s+fate|her\s+fate|their\s+fate|the\s+conviction)\b(?!\s+(?:against|with|up|off|shut|tight|in|from))/gu,
      hints: ['ballgame', 'ball', 'seal'],
      keep: caseOrCrime,
      message,
    },
    {
      // The defendant's character: "Violent thug, always has been", "a professional shoplifter",
      // "Sasha is a gentle giant", "not the monster you all are making him out to be", "One bad
      // night doesn't make him a thug", "he's a high risk to reoffend"
      pattern:
        /\b(?:violent|career|lifelong|habitual|professional)\s+(?:thug|criminal|thief|shoplifter|offender|con\s+(?:man|artist)|crook)\b(?!\s+(?:programs?|units?|task|division|court|registry|statutes?|laws?|enhancements?|prosecutions?|cases?|docket))|(?<!\b(?:K-?9|dog|canine|pup|horse)\b[^.!?\n]{0,30})\bgentle\s+giant\b(?![^.!?\n]{0,20}\b(?:K-?9|dog|canine|pup|horse)\b)|\bnot\s+the\s+monster\s+(?:you|they|people|everyone|y['’]all)\b[^.!?\n]{0,30}|\b(?:doesn['’]t|does\s+not|don['’]t)\s+make\s+(?:him|her|them)\s+(?:a\s+)?(?:thug|monster|criminal|bad\s+(?:person|guy))\b|\b(?:high|low|serious)\s+risk\s+(?:to|of)\s+re-?offend(?:ing)?\b/giu,
      hints: [
        'thug',
        'criminal',
        'thief',
        'shoplifter',
        'offender',
        'con',
        'crook',
        'giant',
        'monster',
        'reoffend',
        'reoffending',
        're',
      ],
      keep: caseOrCrime,
      message,
    },
    {
      // The evidence judged in a comment's words: "Skid marks say he never even braked", "they
      // have his badge swipe", "The pharmacist ID'd Bellweather from the lineup", "picked
      // Bellweather out instantly"
      pattern:
        /\b(?:[Ss]kid\s+marks|[Tt]he\s+(?:tox(?:icology)?\s+report|phone\s+records|texts|receipts|GPS))\s+(?:say|says|show|shows|prove|proves)\s+(?:he|she|they)\b[^.!?\n]{0,40}|\b(?:they|cops|police|prosecutors?|the\s+DA)\s+(?:have|has|got)\s+(?:his|her|their)\s+(?:badge\s+swipe|fingerprints|prints|DNA|texts|phone\s+records|search\s+history)\b|\bID['’]?d\s+(?:him|her|\p{Lu}[\p{Ll}'’-]+)\s+(?:from|in|out\s+of)\s+(?:the|a)\s+(?:photo\s+)?line-?up\b|\bpicked\s+(?:him|her|\p{Lu}[\p{Ll}'’-]+)\s+out\s+(?:instantly|right\s+away|immediately|in\s+seconds|of\s+the\s+line-?up)\b/gu,
      hints: [
        'marks',
        'report',
        'records',
        'texts',
        'receipts',
        'gps',
        'have',
        'has',
        'got',
        "id'd",
        'id’d',
        'picked',
      ],
      keep: caseOrCrime,
      message,
    },
    {
      // In Spanish: "Las pruebas en su contra son contundentes" (the evidence against him is
      // overwhelming), "le espera una condena larga" (a long sentence awaits him), "que la
      // fiscalía pida la pena máxima" (that the prosecution asks for the maximum)
      pattern:
        /(?<![\p{L}])(?:las\s+pruebas\s+(?:(?:en\s+su\s+contra\s+)?son\s+(?:contundentes|abrumadoras|irrefutables)|en\s+su\s+contra\s+son\s+(?:clar[ií]simas|claras|s[óo]lidas))|(?:le|les)\s+espera\s+una\s+(?:condena|sentencia|pena)(?:\s+(?:larga|dura|de\s+\p{L}+\s+a[ñn]os))?|(?:pida|pidan|pedir[áa]|pedir)\s+la\s+pena\s+m[áa]xima)(?![\p{L}])/giu,
      hints: ['pruebas', 'espera', 'pena'],
      message,
    },
    // Round twenty-one, from the thirty-ninth and fortieth sets.
    {
      // The sentence foretold or wished: "He's getting life", "He should've gotten ten", "he
      // should get every single one of them", "odds are she walks away with probation"
      pattern:
        /\b(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are)\s+getting\s+life(?![\w-])|\b(?:he|she|they|\p{Lu}[\p{Ll}'’-]+)\s+should(?:['’]?ve|\s+have|\s+of)\s+gotten\s+(?:\d+|ten|fifteen|twenty|life|the\s+max(?:imum)?)\b|\bshould\s+get\s+every\s+(?:single\s+)?(?:one|day|year)\s+of\s+(?:them|it)\b|\bodds\s+are\s+(?:he|she|they)\s+walks?\s+(?:away|free|out)\b(?:\s+with\s+(?:probation|a\s+slap\s+on\s+the\s+wrist|nothing))?/giu,
      hints: ['life', 'gotten', 'every', 'odds'],
      keep: caseOrCrime,
      message,
    },
    {
      // The outcome called: "Appeal won't go anywhere", "The conviction will stand", "Hung jury.
      // Calling it now", "That ballistics expert got torn apart on cross", "Reasonable doubt all
      // day"
      pattern:
        /\b(?:(?:his|her|their|the)\s+)?appeal\s+(?:won['’]?t\s+go|will\s+not\s+go|isn['’]?t\s+going|ain['’]?t\s+going|ain['’]?t\s+gonna\s+go)\s+(?:to\s+go\s+)?anywhere\b|\bthe\s+(?:conviction|verdict)\s+will\s+stand\b|\bhung\s+jury[.!,]?\s+(?:calling\s+it(?:\s+now)?|mark\s+my\s+words)|\b(?:got\s+)?(?:torn|ripped)\s+apart\s+on\s+cross(?![\w-])|\breasonable\s+doubt\s+all\s+day\b(?!\s+long)/giu,
      hints: ['appeal', 'stand', 'hung', 'torn', 'ripped', 'doubt'],
      keep: (text, start, end, context) =>
        caseOrCrime(text, start, end, context) &&
        // "Judge Carter denied the motion, so the verdict will stand": a ruling reported
        !(
          /will\s+stand/i.test(text.slice(start, end)) &&
          /\b(?:denied|upheld|ruled|rejected|motion)\b/i.test(
            text.slice(Math.max(0, start - 100), start),
          )
        ),
      message,
    },
    {
      // The defendant's character: "a con man through and through", "Guy is a ticking time
      // bomb", "is a menace to this community"; and the witness's pick, "picked Lindqvist out
      // of the photo array"
      pattern:
        /\bcon\s+(?:man|artist),?\s+through\s+and\s+through\b|(?<![\p{L}\p{N}_])(?:[Hh]e|[Ss]he|[Gg]uy|[Mm]an|[Ww]oman|[Dd]ude|[Kk]id|(?!(?:It|This|That|There|Here|What)\b)\p{Lu}[\p{Ll}'’-]+)(?:['’]s|\s+is)\s+a\s+ticking\s+time\s*bomb\b|\b(?:is|was)\s+a\s+menace\s+to\s+(?:this|our|the)\s+(?:community|town|city|neighbou?rhood|county)\b|\bpicked\s+(?:him|her|\p{Lu}[\p{Ll}'’-]+)\s+out\s+of\s+(?:the|a)\s+(?:photo\s+)?(?:array|line-?up)\b/gu,
      hints: ['through', 'bomb', 'menace', 'picked'],
      keep: caseOrCrime,
      message,
    },
    {
      // In Spanish: "va a pasar muchos años en prisión" (he'll spend many years in prison)
      pattern:
        /(?<![\p{L}])(?:va\s+a\s+pasar|pasar[áa])\s+(?:muchos\s+a[ñn]os|varios\s+a[ñn]os|\d+\s+a[ñn]os|a[ñn]os|el\s+resto\s+de\s+su\s+vida)\s+en\s+(?:la\s+)?(?:c[áa]rcel|prisi[óo]n)(?![\p{L}])/giu,
      hints: ['pasar'],
      message,
    },
    // Round twenty-two, from the thirty-fourth, forty-first and forty-second sets.
    {
      // The evidence's strength judged: "the video is crystal clear", "It's on camera from three
      // angles", "the camera footage will prove it", "more angles will just seal it"; not a
      // thanks for the new cameras
      pattern:
        /\b(?:the|that|this)\s+(?:video|footage|bodycam|body\s+cam|tape|recording)\s+(?:is|was)\s+(?:crystal\s+|super\s+|totally\s+|100%\s+)?clear\b|\b(?:it['’]s|it\s+is|it\s+was)\s+(?:all\s+)?on\s+(?:camera|video|tape)\s+from\s+(?:two|three|four|five|multiple|several|\d+)\s+angles\b|\b(?:the\s+)?(?:camera\s+|bodycam\s+|video\s+)?(?:footage|video|tape)\s+will\s+(?:prove|show)\s+(?:it|everything|he\s+did\s+it|she\s+did\s+it)\b|\b(?:more\s+angles|the\s+(?:video|footage|tape|dna|prints))\s+will\s+(?:just\s+)?seal\s+it\b/giu,
      hints: ['clear', 'angles', 'prove', 'show', 'seal'],
      keep: (text, start, end, context) =>
        caseOrCrime(text, start, end, context) &&
        !/\b(?:thanks?|thank\s+you|new\s+cameras?|upgrade\w*|resolution|HD|4K)\b/i.test(
          text.slice(Math.max(0, start - 60), end + 60),
        ),
      message,
    },
    // Round twenty-three, from the forty-third and forty-fourth sets.
    {
      // The outcome foretold: "she'll get at least 5 years", "he'll probably do some jail time",
      // "he'll almost certainly end up in a diversion program", "No judge is giving her time",
      // "I'd be shocked if this goes to trial", "the case is DOA", "That's reasonable doubt
      // right there"
      pattern:
        /\b(?:he|she|they)(?:['’]ll|\s+will|['’]s\s+going\s+to|\s+is\s+going\s+to)\s+(?:[\p{L}]+ly\s+)?(?:get|do|serve)\s+(?:at\s+least|at\s+most|no\s+more\s+than|maybe|like)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years\b(?!\s+(?:as|of|with|like|on\s+the|in\s+the\s+(?:unit|department|army|navy|league)))|\b(?:he|she|they)(?:['’]ll|\s+will)\s+(?:[\p{L}]+\s+){0,4}?do\s+(?:some\s+|real\s+|hard\s+)?(?:jail|prison)\s+time\b|\b(?:he|she|they)(?:['’]ll|\s+will)\s+(?:almost\s+certainly\s+|probably\s+|definitely\s+|likely\s+)?end\s+up\s+(?:in|with|on)\s+(?:a\s+)?(?:diversion(?:\s+program)?|probation|prison|jail)\b|\bno\s+(?:judge|jury)\s+(?:is|will|would|['’]s|is\s+going\s+to|is\s+gonna)\s+(?:(?:giving|give|sentencing|sentence)\s+(?:him|her|them)\s+(?:time(?!\s+off)|jail|prison|a\s+day|the\s+max)|(?:convicting|convict)\s+(?:him|her|them))\b|\b(?:I['’]d|I\s+would)\s+be\s+(?:shocked|surprised|stunned|amazed)\s+if\s+(?:this|it|the\s+case|he|she)\s+(?:ever\s+)?(?:goes|go|gets|get|makes\s+it)\s+to\s+(?:trial|a\s+jury)\b|(?<=\b(?:the|this|that|his|her)\s+(?:[\p{L}-]+\s+)?)case\s+is\s+(?:DOA|dead\s+on\s+arrival)\b|\bthat['’]s\s+(?:reasonable\s+doubt|an\s+acquittal)(?:\s+right\s+there)?\b/giu,
      hints: [
        'years',
        'time',
        'end',
        'no',
        'shocked',
        'surprised',
        'stunned',
        'amazed',
        'doa',
        'dead',
        'reasonable',
        'acquittal',
      ],
      // a case told beside it ("the arson case is DOA" tells its own before "case")
      keep: (text, start, end, context) => caseOrCrime(text, start, end, context),
      message,
    },
    // Round twenty-five, from the forty-seventh to the fiftieth sets.
    {
      // The sentence wished or foretold: "he should die in prison", "He's not seeing a day
      // inside", "He'll never see the inside of a courtroom", "even 15 years wouldn't be
      // enough", "Both of them are going to do serious time", "this kid is getting life"; the
      // case judged: "the state's case has holes", "That report has holes you could drive a
      // truck through", "Zero chance of a conviction"; the outcome as a surprise: "we'd be
      // shocked if he walks"; the character: "a career brawler", "zero remorse"
      pattern:
        /\b(?:career\s+(?:criminal|thief|brawler|crook|burglar|offender|felon|con\s+man)|(?:with|has|have|shows?|showed|feels?)\s+(?:zero|no)\s+remorse)\b|\b(?:going\s+to|gonna|will|['’]ll)\s+do\s+(?:serious|hard|real|big|federal|state)\s+time\b(?!\s+(?:in\s+the\s+(?:weight|gym|film)|at\s+the\s+gym))|\b(?:is|are|['’]s|['’]re|will\s+be)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+life\b(?!-|\s+(?:insurance|lessons?|advice|skills?|jackets?|vests?|support|coaching))|\b(?:will|['’]ll)\s+get\s+life(?:\s+in\s+prison)?(?=\s*[.!,;]|\s+(?:for|without|and)\b)|\b(?:zero|no|not\s+a)\s+chance\s+(?:of\s+(?:a\s+)?|(?:they|the\s+state|the\s+DA)\s+gets?\s+(?:a\s+)?)(?:[\p{L}-]+\s+)?(?:conviction|acquittal)\b|\bno\s+way\s+(?:they|the\s+state|the\s+DA|the\s+prosecutors?)\s+(?:get|gets|win|wins)\s+(?:a\s+)?(?:[\p{L}-]+\s+)?conviction\b|\b(?:I['’]d|we['’]d|I\s+would|we\s+would)\s+be\s+(?:shocked|surprised|stunned|amazed)\s+if\s+(?:he|she|they|either\s+(?:one|of\s+them)|any\s+of\s+them)\s+(?:walks?(?!\s+(?:away|across|in|out|over|home|by))|gets?\s+(?:off|probation|convicted|acquitted|(?:less|more)\s+than\s+\S+\s+(?:years?|months?))|beats?\s+(?:this|it|the\s+charges?)|goes\s+free|is\s+(?:convicted|acquitted))\b|\b(?:case|report|story|alibi|investigation|evidence|testimony|timeline)\s+(?:has|had)\s+holes\s+(?:you|u)\s+could\s+drive\s+a\s+(?:truck|bus|semi|tank)\s+through\b|\b(?:should|needs?\s+to|ought\s+to|deserves?\s+to|hope\s+(?:he|she|they)|better|will|['’]ll|is\s+gonna|['’]s\s+gonna|is\s+going\s+to|['’]s\s+going\s+to)\s+(?:die|rot)\s+(?:in|behind)\s+(?:prison|jail|bars|a\s+cell)\b|\b(?:not|never|won['’]?t|will\s+not|ain['’]?t|isn['’]?t|is\s+not)\s+(?:gonna\s+|going\s+to\s+)?(?:see|seeing|serve|serving|do|doing|spend|spending)\s+(?:a\s+(?:single\s+)?day|one\s+day|one\s+night|a\s+night)\s+(?:inside|in\s+(?:jail|prison)|behind\s+bars)\b|\b(?:never|won['’]?t|will\s+not|not\s+gonna|isn['’]?t\s+gonna)\s+(?:ever\s+)?see\s+the\s+inside\s+of\s+a\s+(?:courtroom|cell|prison|jail)\b|\b(?:even\s+)?(?:\d+|five|ten|fifteen|twenty|thirty|fifty)\s+years\s+(?:wouldn['’]?t|won['’]?t|isn['’]?t|ain['’]?t|would\s+not|will\s+not|is\s+not)\s+(?:be\s+)?enough\b|\b(?:the\s+)?(?:state['’]s|prosecution['’]s|DA['’]s|prosecutor['’]s|defen[cs]e['’]s)\s+case\s+(?:has|had|is\s+full\s+of|is\s+all)\s+(?:holes|gaps|problems)\b/giu,
      hints: [
        'die',
        'rot',
        'day',
        'night',
        'inside',
        'enough',
        'case',
        'career',
        'remorse',
        'time',
        'life',
        'chance',
        'conviction',
        'shocked',
        'surprised',
        'stunned',
        'amazed',
        'holes',
      ],
      keep: (text, start, end, context) => caseOrCrime(text, start, end, context),
      message,
    },
    // Round twenty-six, from the fifty-third to the fifty-eighth sets.
    {
      // The outcome foretold: "he won't wriggle out of this one", "no way he beats 14 counts",
      // "Good luck getting a conviction with that", "any judge with sense will go easy on him",
      // "Maybe he serves 4 with good behavior", "Sentence will be at least 5 years"; the sentence
      // deserved: "he deserves every single day of it", "we hope he gets every day the law
      // allows"; the case judged: "he doesn't have much of a defense", "the paper trail is
      // overwhelming"
      pattern:
        /\b(?:won['’]?t|will\s+not|isn['’]?t\s+going\s+to|can['’]?t|not\s+going\s+to)\s+(?:wriggle|weasel|wiggle|worm|slip|squirm|talk\s+(?:his|her|their)\s+way)\s+out\s+of\s+(?:this|it|that)(?:\s+one)?\b|\bno\s+way\s+(?:he|she|they)\s+beats?\s+(?:(?:the|those|these|all|\d+|[a-z]+)\s+)?(?:counts|charges|case|rap)\b|\bgood\s+luck\s+(?:getting|winning)\s+(?:a\s+)?(?:conviction|guilty\s+verdict)\b|\b(?:judge|jury)\b[^.!?\n]{0,25}?\bwill\s+go\s+easy\s+on\s+(?:him|her|them)\b|\bserves?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years\s+)?with\s+good\s+behaviou?r\b|\bsentence\s+will\s+be\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five|ten|twenty)\s+years\b|\b(?:deserves|deserved|earned)\s+every\s+(?:single\s+)?(?:day|minute|year|second)\s+(?:of\s+it|(?:he|she|they)\s+gets?)\b|\b(?:gets?|serves?)\s+every\s+day\s+the\s+law\s+allows\b|\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not)\s+have\s+much\s+of\s+a\s+(?:defen[cs]e|case)\b|\bpaper\s+trail\s+(?:is|was)\s+(?:overwhelming|damning|a\s+mile\s+long|airtight|rock\s+solid)\b/gi,
      hints: [
        'out of',
        'beat',
        'good luck',
        'go easy',
        'good behavior',
        'good behaviour',
        'sentence will',
        'every',
        'much of a',
        'paper trail',
      ],
      // a case or a crime told beside it: not a dog that "won't wriggle out of this one"
      keep: (text, start, end, context) => caseOrCrime(text, start, end, context),
      message,
    },
    {
      // In Spanish, the sentence foretold or wished: "le van a dar cadena perpetua", "le van a
      // dar años de cárcel", "pasará muchos años en una prisión federal" (round 26), "sale
      // libre en un año", "Esperamos una condena rápida", "ahí se va a quedar para siempre",
      // "Que lo metan preso de una vez"; the case called won, "la fiscalía tiene el caso
      // ganado"; the character, "un delincuente de carrera"
      pattern:
        /(?<![\p{L}])(?:(?:le|les)\s+(?:van\s+a\s+dar|va\s+a\s+dar|dar[áa]n|va\s+a\s+caer|van\s+a\s+caer|caer[áa]n?|tocar[áa]n?)\s+(?:(?:por\s+lo\s+menos|m[ií]nimo|al\s+menos)\s+)?(?:cadena\s+perpetua|libertad\s+condicional|(?:\d+|muchos|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cincuenta)\s+a[ñn]os(?!\s+de(?!\s+(?:c[áa]rcel|prisi[óo]n)))(?:\s+de\s+(?:c[áa]rcel|prisi[óo]n))?|a[ñn]os\s+de\s+(?:c[áa]rcel|prisi[óo]n)|(?:la\s+)?pena\s+(?:m[áa]xima|de\s+muerte)|la\s+m[áa]xima)|(?:sale|saldr[áa]|va\s+a\s+salir)\s+libre(?:\s+en\s+(?:un|una|\d+|dos|tres|unos|pocos)\s+(?:a[ñn]os?|meses|semanas|d[ií]as))?|(?:esperamos|espero|exigimos|queremos|pedimos)\s+(?:una|la)\s+(?:condena|sentencia|pena)(?:\s+(?:r[áa]pida|justa|m[áa]xima|ejemplar|severa|dura))?|se\s+va\s+a\s+quedar(?:\s+(?:ah[ií]|adentro|preso|presa|encerrad[oa]))?\s+(?:para\s+siempre|de\s+por\s+vida)|que\s+(?:lo|la|los|las)\s+(?:metan|encierren|refundan)\s+(?:(?:preso|presa|presos)|(?:a|en)\s+la\s+c[áa]rcel|tras\s+las\s+rejas|de\s+por\s+vida)|(?:tiene|tienen)\s+el\s+caso\s+ganado|(?:pasar[áa]|va\s+a\s+pasar|pagar[áa]\s+con)\s+(?:(?:muchos|\d+|dos|tres|cinco|diez|quince|veinte|treinta)\s+)?a[ñn]os\s+(?:en|de)\s+(?:una\s+|la\s+)?(?:c[áa]rcel|prisi[óo]n)(?:\s+federal)?|(?:ser[áa]|va\s+a\s+ser)\s+(?:condenad[oa]s?|declarad[oa]s?\s+culpables?|absuelt[oa]s?)|(?:delincuente|criminal|ladr[óo]n|ratero)\s+de\s+(?:carrera|toda\s+la\s+vida))(?![\p{L}])/giu,
      hints: [
        'cadena',
        'años',
        'anos',
        'pena',
        'máxima',
        'maxima',
        'libre',
        'condena',
        'sentencia',
        'siempre',
        'vida',
        'preso',
        'presa',
        'presos',
        'cárcel',
        'carcel',
        'rejas',
        'ganado',
        'carrera',
        'condenado',
        'condenada',
        'declarado',
        'declarada',
        'absuelto',
        'absuelta',
      ],
      // a case or a crime told, in either language: not a tyre's "2 años de garantía" nor a
      // mural that "se va a quedar para siempre"
      keep: (text, start, end, context) =>
        SPANISH_CRIME_TOLD.test(text) ||
        SPANISH_CASE.test(text) ||
        caseOrCrime(text, start, end, context),
      message,
    },
    // Round twenty-nine, from the newest development sets left out of the model in turn: the
    // outcome foretold in a thread's words, the defendant's character called lifelong, and the
    // evidence said to have them. Each needs a case, a crime or a deed told outside its words.
    {
      // "Petrakis will walk with probation", "he walks with time served"
      pattern:
        /\b(?:(?:will|['’]ll|gonna|going\s+to)\s+walk|walks)\s+(?:away\s+)?(?:with|on)\s+(?:just\s+|only\s+)?(?:probation|time\s+served|a\s+slap\s+on\s+the\s+wrist|a\s+fine)\b/giu,
      hints: ['walk', 'walks'],
      keep: caseBeside,
      message,
    },
    {
      // "No way he sees one day in prison", "no way she serves a single night behind bars"
      pattern: new RegExp(
        String.raw`\b[Nn]o\s+way\s+(?:he|she|they|${NOT_EVERYONE}[\p{Lu}][\p{L}'’-]+)\s+(?:sees?|serves?|does|spends?|gets?)\s+(?:one|a|a\s+single|any|even\s+a)\s+(?:day|night|minute|hour|year)\s+(?:in|behind)\s+(?:prison|jail|bars|a\s+cell)\b`,
        'gu',
      ),
      hints: ['prison', 'jail', 'bars', 'cell'],
      keep: caseBeside,
      message,
    },
    {
      // "Both of them belong in jail", "he belongs behind bars": where the court should put them
      pattern: new RegExp(
        String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|(?:[Bb]oth|[Aa]ll)\s+of\s+them|[Tt]hem\s+both|${NOT_EVERYONE}[\p{Lu}][\p{L}'’-]+)\s+(?:belongs?|should\s+be|needs?\s+to\s+be)\s+(?:in\s+(?:jail|prison)|behind\s+bars|locked\s+up\s+for\s+(?:good|life))\b`,
        'gu',
      ),
      hints: ['jail', 'prison', 'bars', 'locked'],
      keep: caseBeside,
      message,
    },
    {
      // "That's game over", "it's game over for him": the case called won
      pattern:
        /\b(?:that['’]s|that\s+is|it['’]s)\s+game\s+over\b|\bgame\s+over\s+for\s+(?:him|her|them)\b/giu,
      hints: ['game'],
      // not at a game: "a walk-off homer and it's game over"
      keep: (text, start, end, context) =>
        !PLAYED_GAME.test(sentenceAround(text, start, end).replace(/game\s+over/gi, '')) &&
        caseBeside(text, start, end, context),
      message,
    },
    {
      // "Teo's always been a hothead", "a con man, always has been", "Always a cheat, always a
      // liar": a lifelong character, as a thread says it of the accused
      pattern: new RegExp(
        String.raw`\balways\s+(?:has\s+)?been\s+(?:a|an|such\s+a)\s+(?:[\p{L}-]+\s+)?(?:${LIFELONG})\b|\b(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:${LIFELONG}),?\s+(?:and\s+)?(?:always\s+has\s+been|always\s+was|always\s+will\s+be)\b|\balways\s+a\s+(?:${LIFELONG}),\s+always\s+(?:a|an)\s+[\p{L}-]+`,
        'giu',
      ),
      hints: ['always'],
      keep: (text, start, end, context) =>
        caseBeside(text, start, end, context) && !staffSubject(text, start),
      message,
    },
    {
      // "Petrović has a temper", "he's always had a violent temper"; not a dog's or a kettle's
      pattern: new RegExp(
        String.raw`\b(?:[Hh]e|[Ss]he|${NOT_EVERYONE}[\p{Lu}][\p{L}'’-]+)\s+(?:has|had|['’]s\s+got|has\s+always\s+had|['’]s\s+always\s+had|always\s+had)\s+(?:a|such\s+a)\s+(?:bad\s+|nasty\s+|violent\s+|short\s+|terrible\s+|hot\s+|mean\s+)?temper\b`,
        'gu',
      ),
      hints: ['temper'],
      keep: (text, start, end, context) =>
        caseBeside(text, start, end, context) && !staffSubject(text, start),
      message,
    },
    {
      // "They have him on the elevator camera", "cops got her on video": the evidence said to hold
      pattern:
        /\b(?:they|police|cops|detectives|investigators|prosecutors|the\s+DA|the\s+state)\s+(?:have|has|got|['’]ve\s+got|['’]s\s+got)\s+(?:him|her|them)\s+on\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:camera|cam|video|tape|footage)\b/giu,
      hints: ['camera', 'cam', 'video', 'tape', 'footage'],
      keep: caseBeside,
      message,
    },
    // Round thirty, from the sixty-fifth and sixty-sixth sets: the outcome foretold in a comment
    // under a case post, which names the evidence rather than the charge.
    {
      // "He's not beating this", "she's never gonna beat the charges"
      pattern:
        /\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:not|never)\s+(?:gonna\s+|going\s+to\s+)?beat(?:ing)?\s+(?:(?:this|it)(?=\s*(?:[.!,;?]|$))|the\s+(?:charges?|case|rap)\b)/giu,
      hints: ['beat', 'beating'],
      keep: caseOrCrime,
      message,
    },
    {
      // "Prison is the only place he belongs", "jail's where she belongs"
      pattern:
        /\b(?:prison|jail)(?:['’]s|\s+is)\s+(?:the\s+only\s+place|where)\s+(?:he|she|they)\s+belongs?\b/giu,
      hints: ['belong', 'belongs'],
      keep: caseBeside,
      message,
    },
    {
      // "Dario's lawyer is gonna tear that evidence apart", "the defense will shred their story"
      // (the evidence torn, not a deck nor a team);
      // "Vossberg's lawyer is already shopping for a deal"
      pattern:
        /\b(?:lawyer|attorney|defen[cs]e)(?:['’]s|\s+is|\s+will|['’]ll)?\s+(?:already\s+|gonna\s+|going\s+to\s+)?(?:tear|rip|shred)\s+(?:that|the|this|their|those|his|her)\s+(?:[^.!?\n]{0,20}?\s)?["“'‘]?(?:evidence|video|footage|test|ID|identification|testimony|witness|story|report|lineup|timeline|confession)['"”’]?\s+(?:apart|to\s+(?:shreds|pieces))\b|\b(?:lawyer|attorney|defen[cs]e|he|she|they|\p{Lu}[\p{Ll}'’-]+)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:already\s+|now\s+|probably\s+)?(?:shopping|angling|fishing)\s+for\s+a\s+(?:plea\s+)?(?:deal|plea)\b/giu,
      hints: ['apart', 'shreds', 'pieces', 'shopping', 'angling', 'fishing'],
      keep: caseOrCrime,
      message,
    },
    {
      // Round forty-four: the plea foretold, "this'll get pled down to a Class A", "Curt will
      // throw Lonnie under the bus to get himself a deal"; not "let him plead down last time",
      // which tells a past case
      pattern:
        /\b(?:[Tt]his|[Ii]t|[Tt]hat|[Tt]he\s+(?:case|charge)|[Hh]e|[Ss]he)(?:['’]ll|\s+will|['’]s\s+gonna|\s+is\s+gonna|\s+is\s+going\s+to)\s+(?:get\s+|be\s+)?(?:pled|pleaded|plead|bargained)\s+down\b(?!\s+(?:to\s+(?:\$|\d|\w+\s+(?:bucks|dollars|grand)\b)|on\b))|(?:\b\p{L}+['’]ll|\bwill|\bgonna|\bgoing\s+to)\s+throw\s+(?:\p{Lu}[\p{L}'’-]+|him|her|them|(?:his|her)\s+\p{Ll}+)\s+under\s+the\s+bus\s+to\s+(?:get|save|cut)\s+(?:himself|herself|themselves)\s+a\s+(?:deal|plea|lighter\s+sentence)\b/gu,
      hints: ['down', 'under the bus'],
      // A plea is a case's own word, foretold by anyone: no case need be told beside it.
      message,
    },
    {
      // "he's looking at a decade behind bars", "she's looking at 20 years in prison"
      pattern:
        /\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:probably\s+|likely\s+)?looking\s+at\s+(?:a\s+decade|(?:\d{1,2}|five|ten|fifteen|twenty|thirty)\s+years|life)\s+(?:behind\s+bars|in\s+(?:prison|jail|the\s+pen))\b/giu,
      hints: ['looking'],
      keep: caseBeside,
      message,
    },
    {
      // "con tantas pruebas en su contra le espera una larga condena", "el caso de la fiscalía es
      // muy débil": the sentence and the case's strength foretold in Spanish
      pattern:
        /(?<![\p{L}])(?:(?:le|les)\s+espera\s+(?:una\s+)?(?:larga\s+condena|condena\s+larga|años\s+de\s+(?:cárcel|carcel|prisión|prision))|(?:el\s+caso|las\s+pruebas|la\s+evidencia)\s+(?:de\s+la\s+fiscal[ií]a\s+|en\s+su\s+contra\s+)?(?:es|son|está|están)\s+(?:muy\s+|bien\s+)?(?:d[eé]bil(?:es)?|s[oó]lid[oa]s?|contundentes?|abrumador(?:a|es|as)?))(?![\p{L}])/giu,
      hints: [
        'espera',
        'débil',
        'debil',
        'débiles',
        'sólido',
        'sólida',
        'solido',
        'solida',
        'contundente',
        'contundentes',
        'abrumador',
        'abrumadora',
        'abrumadores',
        'abrumadoras',
      ],
      // the sentence foretold for one person, not a warning to all ("Si maneja ebrio…, le espera
      // una larga condena"); the evidence of this case, not of a safety tip ("La evidencia es
      // contundente: usar el cinturón salva vidas")
      keep: (text, start, end) => {
        const matched = text.slice(start, end);
        if (/espera/i.test(matched))
          return !GENERAL_SUBJECT.test(
            text
              .slice(Math.max(0, start - 120), start)
              .split(/[.!?\n]/)
              .pop() ?? '',
          );
        const beside = `${text.slice(0, start)} ${text.slice(end)}`;
        return (
          /fiscal|en\s+su\s+contra/i.test(matched) ||
          SPANISH_CASE.test(beside) ||
          SPANISH_CRIME_TOLD.test(beside) ||
          CRIME_TOLD.test(beside)
        );
      },
      message,
    },
  ];
}

/** Anyone at all, as a warning names them: "Si maneja ebrio", "A quien venda fentanilo". */
const GENERAL_SUBJECT =
  /(?:^|[\s¿¡,;:])(?:si|quien|quienes|el\s+que|la\s+que|los\s+que|las\s+que|cualquiera|todo\s+el\s+que)\s/i;

/**
 * A member of staff as the subject ("Officer Dee has a temper when someone eats her lunch",
 * "Chief Harmon has always been a cheat at pickleball"): a joke about one's own, not the accused.
 */
const STAFF_SUBJECT = new RegExp(
  String.raw`\b(?:${STAFF_TITLE_WORDS})\.?\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}(?:(?:has|had|is|was)\s+|['’]s\s+)?$`,
  'u',
);
const staffSubject = (text: string, start: number) =>
  STAFF_SUBJECT.test(text.slice(Math.max(0, start - 40), start));

/** A game played, in the sentence around "game over". */
const PLAYED_GAME =
  /\b(?:walk-?off|homers?|home\s+runs?|innings?|touchdowns?|goals?|games?|match|score[ds]?|final|tournament|softball|baseball|football|basketball|soccer|hockey|\d+\s*[-–]\s*\d+)\b/i;

/**
 * A capitalised subject that is not one accused person: "Everyone has a temper", "Thieves belong
 * in jail" say it of everybody.
 */
const NOT_EVERYONE = String.raw`(?!(?:Every|Any|No|Some)(?:one|body)\b|People\b|Thieves\b|Criminals\b|Dealers\b|Drunks\b|Addicts\b|Kids\b|Everybody\b)`;

/** Lifelong names a thread calls the accused: "always been a hothead". */
const LIFELONG = String.raw`(?:hothead|hot-head|liar|cheater|cheat|crook|thief|con\s+man|con\s+artist|conman|grifter|hustler|drunk|bully|snake|thug|creep|menace|scammer|fraud|troublemaker|criminal)(?!-|\s+(?:driv\w*|defen[cs]e|investigat\w*|lawyer|attorney|prevention|awareness|victims?|unit|squad|detectives?|division|cases?|charges?|law|court|justice|analyst|expert|specialist|examiner|prosecutor|reform|advocate|task|records?|history|mind)\b)`;
