import { type PhraseRule } from './pattern-scanner';
import { crimeToldBeside, tellsOfDeedBeside, tellsOfDeedNear } from './guilt-sayings';
import { NAME, TAIL, around, namesStaff, titled } from './guilt-accusations';

/*
 * Money taken, said of a named person (III.B.1.c): moved into one's own account or bought a
 * boat with (round twenty-six, from guilt-accusations.ts), and round twenty-seven's shapes (the
 * fifty-ninth to sixty-fourth development sets): the fees kept, pocketed or skimmed ("this
 * clown took the snack money AND the tournament money", "saw the coach pocket cash after
 * games"), the money that "went one place: into Gil Ibarra's pocket", the Spanish "se quedó
 * con los cheques", money run through a shell account, and a bribe slipped, handed or asked
 * for. Each needs a deed or a case told near it, or its own words to tell one (pocketed,
 * skimmed, a shell, an inspector paid).
 */

/** Who took it: a name, he or she, or the one the thread is about ("the coach", "this clown"). */
const TAKER = String.raw`(?:${NAME}|(?:Mr|Ms|Mrs)\.?\s+\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:coach|treasurer|manager|clown|guy|man|woman|nurse|owner|pastor|director|bookkeeper|accountant|president|boss|cashier|clerk|crook|thief|adviser|advisor|broker))`;

/** Money held for others: fees, dues, donations, a fund. */
const HELD_MONEY = String.raw`(?:money|fees|dues|funds|cash|donations|proceeds|deposits|tips|payroll|collections?|paychecks|wages)`;

/** A case or a theft told in words: "charged", "lawyer", "stole" (not "police" alone). */
const CASE_OR_THEFT =
  /\b(?:charged|charges|arrest\w*|lawyer|trial|theft|embezzl\w*|st(?:ole|eal\w*)|skim\w*|fraud)\b/i;

/** The taking told by its own word: "pocketed", "skimming". */
const POCKETED = /\b(?:pocket\w*|skimm\w*)\b/i;

/** A robbery told: the cashier who handed over the cash is its victim, not a thief. */
const ROBBERY_TOLD = /\b(?:demanded|gunpoint|held\s+up|robb\w*|handed\s+it)\b/i;

export function moneyRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // Money moved to one's own: "Renata Kowalczyk moved residents' trust money into her own
      // accounts" (round twenty-six), "he put the league money in his own account" (round
      // twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:(?:had|has|have|allegedly)\s+)?(?:moved|transferred|funneled|funnelled|diverted|wired|deposited|siphoned|shifted|put)\s+[^.!?\n]{1,50}?\s+in(?:to)?\s+(?:his|her|their)\s+own\s+(?:personal\s+|bank\s+)?(?:accounts?|pockets?)`,
        'gu',
      ),
      hints: [' own '],
      // others' money: not a first paycheck or birthday money put into one's own account
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/\b(?:pay\s*checks?|pay|wages|salary|allowance|earnings|tips|savings|birthday|gift|graduation|christmas)\b/i.test(
          text.slice(start, end),
        ),
      message,
    },
    {
      // Bought with the victims' money: "She paid for a lake house at Cholla Lake with their
      // money" (round twenty-six), "bet he bought that boat with our money" beside "Card
      // Skimmer Nolan" (round twenty-seven), where a deed or a case is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:paid\s+for|bought|financed|funded)\s+[^.!?\n]{1,50}?\s+with\s+(?:their|our|other\s+people['’]s|(?:the|his|her)\s+(?:victims|residents|clients|customers|church|club|company|team|parish|union|league|association|HOA|homeowners)['’]?s?)\s+(?:money|savings|funds|cash|dues)\b`,
        'gu',
      ),
      hints: ['money', 'savings', 'funds', 'cash', 'dues'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:charged|charges|plead\w*|trial|theft|thie(?:f|ves)|embezzl\w*|skim\w*|st(?:ole|eal\w*)|fraud|scam\w*)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The fees kept, pocketed or skimmed: "Curtis Vandermolen skimmed his workers' paychecks",
      // "this clown took the snack money AND the tournament money", "he was skimming the fees",
      // "saw the coach pocket cash after games" (round twenty-seven); not money taken to the
      // bank, kept in the office or kept low, a prize taken home, nor a robbery's cashier
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])${TAKER}\s+(?:also\s+)?(?:(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:skimming|pocketing)|kept|took|pocketed|pocket|skimmed|skimming|helped\s+(?:him|her)self\s+to)(?!\s+home\b)\s+(?:(?:the|all\s+the|our|their|some\s+of\s+the|half\s+(?:of\s+)?the|most\s+of\s+the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${HELD_MONEY}\b(?:\s+(?:and|AND|&)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${HELD_MONEY}\b)?(?!\s+(?:to\s+(?:the|a)\b|in\s+(?:a|the|his|her|their|our)\b|safe\b|locked\b|for\s+safe|until\b|low\b|down\b|prize|award|register|drawer))`,
        'gu',
      ),
      hints: ['kept', 'took', 'pocket', 'skimm', 'helped'],
      keep: (text, start, end) => {
        const words = text.slice(start, end);
        return (
          !ROBBERY_TOLD.test(around(text, start, end, 120)) &&
          // "took the cash" alone is a cashier's day: a case or a theft near it, or the words
          // themselves tell it ("pocketed", "skimming"); staff ("the coach") only by those words
          (POCKETED.test(words) ||
            (!namesStaff(text, start, end) &&
              (tellsOfDeedNear(text, start, end) ||
                CASE_OR_THEFT.test(around(text, start, end, 200)))))
        );
      },
      message,
    },
    {
      // The money's one place: "The money went one place: into Gil Ibarra's pocket", "the dues
      // went straight into her pocket" (round twenty-seven)
      pattern: new RegExp(
        String.raw`\b(?:[Tt]he|[Tt]hat|[Oo]ur|[Tt]heir|[Aa]ll\s+the|[Ee]very\s+(?:dime|penny|dollar)\s+of\s+the)\s+(?:[\p{L}-]+\s+)?${HELD_MONEY}\s+went\s+(?:[^.!?\n]{0,25}?\s+)?in(?:to)?\s+(?:${NAME}['’]s|his|her|their)\s+(?:own\s+)?pockets?\b`,
        'gu',
      ),
      hints: ['pocket'],
      // not "went to Special Olympics, not into their pockets"; a case or a deed near it
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/\b(?:not|never)\b|n['’]t\b/i.test(text.slice(start, end)) &&
        (tellsOfDeedNear(text, start, end) || CASE_OR_THEFT.test(around(text, start, end, 300))),
      message,
    },
    {
      // Spanish: "quien se quedó con los cheques de sus trabajadores" (round twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[ÉEé]l|[Ee]lla|quien|que)\s+se\s+qued[óo]\s+con\s+(?:el|los|la|las|todo\s+el|todos\s+los)\s+(?:dinero|cheques|sueldos|salarios|pagos|cuotas|fondos|propinas|donaciones)(?:\s+de\s+(?:sus|los|las|la|el)\s+\p{L}+)?`,
        'gu',
      ),
      hints: ['se quedó', 'se quedo'],
      // where a crime, a case or workers' pay is told: not a raffle won, nor a shop's help
      keep: (text, start, end) =>
        !titled(text, start) &&
        (crimeToldBeside(text, start, end) ||
          /(?<![\p{L}])(?:trabajadores|empleados|fraude|acusad\w*|arrest\w*|detenid\w*|c[áa]rcel|denuncia\w*|demanda\w*|cargos)(?![\p{L}])/iu.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // Money hidden through a sham: "Ms. Castellanos-Pryce moved the money through a shell
      // landscaping account" (round twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])${TAKER}\s+(?:(?:had|has|allegedly)\s+)?(?:moved|funneled|funnelled|routed|hid|laundered|ran|passed|cycled)\s+(?:(?:the|his|her|their|that|all\s+the)\s+)?(?:[\p{L}'’-]+\s+)?${HELD_MONEY}\s+through\s+(?:a|an|the|his|her|their)\s+(?:shell|fake|dummy|sham|secret|phony|bogus|hidden)\b(?:\s+[\p{L}-]+){0,2}`,
        'gu',
      ),
      hints: ['through'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // A bribe paid or asked: "who slipped a city building inspector $18,000 in cash", "the
      // lobbyist handed the cash to the inspector", "the inspector is the one who asked for the
      // money", "Kerrigan's been shaking down contractors for years" (round twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${TAKER}|who|(?:[Tt]he|[Tt]hat)\s+(?:lobbyist|inspector|developer|contractor))(?:\s+(?:(?:slipped|handed|gave|passed|offered)\s+(?:(?:a|an|the|that)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:inspector|official|judge|councilman|councilwoman|councilmember|commissioner|regulator)\s+\$[\d,.]+(?![\d,.])\w*(?!\w)(?!\s+(?:in\s+)?(?:fees?\b|for\s+(?:the\s+|a\s+)?(?:permit|fee|inspection|license|licence)))|handed\s+(?:the|a|an)\s+(?:cash|money|envelope|bribe|payoff)\s+to\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:inspector|judge|councilman|councilwoman|commissioner|regulator))|(?:['’]s|\s+is|\s+was)\s+the\s+one\s+who\s+(?:asked\s+for|demanded|took)\s+(?:the\s+)?(?:money|bribe|cash|kickback|payoff)|(?:['’]s\s+been|\s+has\s+been|\s+was|\s+is|['’]s)\s+shaking\s+down\s+(?:contractors|businesses|people|vendors|owners|tenants|builders|developers|shop\s+owners)(?:\s+for\s+years)?)${TAIL(5)}`,
        'gu',
      ),
      hints: [
        'slipped',
        'handed',
        'gave',
        'passed',
        'offered',
        'asked for',
        'demanded',
        'the one who took',
        'shaking down',
      ],
      // the official paid is in the words; "the one who asked for the money" needs a bribe or a
      // case told near it
      keep: (text, start, end) =>
        !titled(text, start) &&
        (!/\bthe\s+one\s+who\b/i.test(text.slice(start, end)) ||
          /\b(?:brib\w*|kickbacks?|payoffs?|corrupt\w*|extort\w*|innocent|charged|arrest\w*|inspector|permits?)\b/i.test(
            around(text, start, end, 300),
          )),
      message,
    },
    {
      // Pay or a share held back (round forty-three): "Remy Guidry been shorting his deckhands on
      // their shares since the 90s", "your father stiffed my brother-in-law on a roofing sub job",
      // "Lucien shorted me two weeks of pay"; not "she has never once shorted this department",
      // nor "if you believe you were shorted" (no one named does it)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${TAKER}|(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:captain|skipper|contractor|foreman|landlord)|(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+(?:father|dad|mother|mom|brother|sister|uncle|aunt|husband|wife|boss|son))\s+(?:(?:has|had|was|been|has\s+been|had\s+been|['’]s\s+been)\s+)?(?:(?:also|even|always)\s+)?(?:shorted|shorting|shorts|stiffed|stiffing|stiffs|shortchanged|shortchanging)\s+(?:me|us|him|her|them|HIM|HER|(?:half|most|all|some)\s+of\s+(?:us|them)|(?:(?:my|his|her|their|our|every|all|the\s+whole)\s+(?:[\p{Ll}-]+\s+)?)?(?:crew|deckhands?|workers?|employees?|staff|hands|men|guys|drivers|subs|subcontractors?|painters|roofers|brother-in-law|brother|sister|cousin|friend|tenants?|clients?|customers?|investors?|partners?|laborers?))\b${TAIL(4)}`,
        'gu',
      ),
      hints: ['shorted', 'shorting', 'shorts', 'stiffed', 'stiffing', 'stiffs', 'shortchang'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/^[^.!?\n]*\?/.test(text.slice(end)) &&
        !/\bby\s+(?:mistake|accident)\b|\baccidentally\b/i.test(text.slice(start, end + 40)),
      message,
    },
  ];
}
