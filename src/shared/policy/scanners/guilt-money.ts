import { type PhraseRule } from './pattern-scanner';
import { tellsOfDeedBeside, tellsOfDeedNear } from './guilt-sayings';
import { NAME, TAIL, around, titled } from './guilt-accusations';

/*
 * Money taken, said of a named person (III.B.1.c): moved into one's own account or bought a
 * boat with (round twenty-six, from guilt-accusations.ts), and round twenty-seven's shapes (the
 * fifty-ninth to sixty-fourth development sets): the fees kept, pocketed or skimmed ("this
 * clown took the snack money AND the tournament money", "saw the coach pocket cash after
 * games") and the money that "went one place: into Gil Ibarra's pocket". Each needs a deed or
 * a case told near it, or its own words to tell one (pocketed, skimmed, "also kept").
 */

/** Who took it: a name, he or she, or the one the thread is about ("the coach", "this clown"). */
const TAKER = String.raw`(?:${NAME}|(?:Mr|Ms|Mrs)\.?\s+\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:coach|treasurer|manager|clown|guy|man|woman|nurse|owner|pastor|director|bookkeeper|accountant|president|boss|cashier|clerk|crook|thief|adviser|advisor|broker))`;

/** Money held for others: fees, dues, donations, a fund. */
const HELD_MONEY = String.raw`(?:money|fees|dues|funds|cash|donations|proceeds|deposits|tips|payroll|collections?|paychecks|wages)`;

/** A case or a theft told in words: "charged", "lawyer", "stole". */
const CASE_OR_THEFT =
  /\b(?:charged|charges|arrest\w*|lawyer|court|trial|police|detectives?|theft|embezzl\w*|st(?:ole|eal\w*)|skim\w*|fraud|audit|missing)\b/i;

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
      // others' money: not a first paycheck put into one's own account
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/\b(?:pay\s*checks?|pay|wages|salary|allowance|earnings|tips|savings)\b/i.test(
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
      hints: ['money', 'savings', 'funds', 'cash'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:charged|charges|plead\w*|trial|theft|thie(?:f|ves)|embezzl\w*|skim\w*|st(?:ole|eal\w*)|fraud|scam\w*)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The fees kept, pocketed or skimmed: "The coach also kept the scholarship money", "Curtis
      // Vandermolen skimmed his workers' paychecks", "this
      // clown took the snack money AND the tournament money", "he was skimming the fees",
      // "saw the coach pocket cash after games" (round twenty-seven); not money taken to the
      // bank or kept in the safe, nor staff
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])${TAKER}\s+(?:also\s+)?(?:(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:skimming|pocketing)|kept|took|pocketed|pocket|skimmed|skimming|helped\s+(?:him|her)self\s+to)\s+(?:(?:the|all\s+the|our|their|some\s+of\s+the|half\s+(?:of\s+)?the|most\s+of\s+the)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${HELD_MONEY}\b(?:\s+(?:and|AND|&)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${HELD_MONEY}\b)?(?!\s+(?:to\s+(?:the|a)\b|in\s+(?:a|the)\s+(?:safe|lockbox|drawer|envelope|vault)|safe\b|locked\b|for\s+safe))`,
        'gu',
      ),
      hints: ['kept', 'took', 'pocket', 'skimm', 'helped'],
      keep: (text, start, end) => {
        const words = text.slice(start, end);
        return (
          !titled(text, start) &&
          // "took the cash" alone is a cashier's day: a case or a theft near it, or the words
          // themselves tell it ("pocketed", "skimming", "also kept")
          (/\b(?:pocket\w*|skimm\w*|also)\b/i.test(words) ||
            tellsOfDeedNear(text, start, end) ||
            CASE_OR_THEFT.test(around(text, start, end, 200)))
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
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // Spanish: "quien se quedó con los cheques de sus trabajadores" (round twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[ÉEé]l|[Ee]lla|quien|que)\s+se\s+qued[óo]\s+con\s+(?:el|los|la|las|todo\s+el|todos\s+los)\s+(?:dinero|cheques|sueldos|salarios|pagos|cuotas|fondos|propinas|donaciones)(?:\s+de\s+(?:sus|los|las|la|el)\s+\p{L}+)?`,
        'gu',
      ),
      hints: ['se quedó', 'se quedo'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // Money hidden through a sham: "Ms. Castellanos-Pryce moved the money through a shell
      // landscaping account" (round twenty-seven)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])${TAKER}\s+(?:(?:had|has|allegedly)\s+)?(?:moved|funneled|funnelled|routed|hid|laundered|ran|passed|cycled)\s+(?:(?:the|his|her|their|that|all\s+the)\s+)?(?:[\p{L}'’-]+\s+)?${HELD_MONEY}\s+through\s+(?:a|an|the|his|her|their)\s+(?:shell|fake|dummy|sham|secret|phony|bogus|front|hidden)\b(?:\s+[\p{L}-]+){0,2}`,
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
        String.raw`(?<![\p{L}\p{N}_])(?:${TAKER}|who|(?:[Tt]he|[Tt]hat)\s+(?:lobbyist|inspector|developer|contractor))(?:\s+(?:(?:slipped|handed|paid|gave|passed|offered)\s+(?:(?:a|an|the|that)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:inspector|official|judge|councilman|councilwoman|councilmember|commissioner|regulator)\s+\$[\d,.]+\w*|handed\s+(?:the|a|an)\s+(?:cash|money|envelope|bribe|payoff)\s+to\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:inspector|judge|councilman|councilwoman|commissioner|regulator))|(?:['’]s|\s+is|\s+was)\s+the\s+one\s+who\s+(?:asked\s+for|demanded|took)\s+(?:the\s+)?(?:money|bribe|cash|kickback|payoff)|(?:['’]s\s+been|\s+has\s+been|\s+was|\s+is|['’]s)\s+shaking\s+down\s+(?:contractors|businesses|people|vendors|owners|tenants|builders|developers|shop\s+owners)(?:\s+for\s+years)?)${TAIL(5)}`,
        'gu',
      ),
      hints: [
        'slipped',
        'handed',
        'paid',
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
  ];
}
