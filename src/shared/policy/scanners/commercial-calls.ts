import type { Found } from './sentence-rules';
import type { PhraseRule } from './pattern-scanner';

/**
 * Commercial offers by family (III.B.1.f, issue 13 round seven): a price with a Spanish offer's
 * words, affiliate links and commissions, a limited-time price. Each pattern starts with a fixed
 * word or sign and has bounded gaps, so it stays linear.
 */
const message = (m: string) =>
  `“${m}” promotes a private business (III.B.1.f): sales, discounts, codes or advertising do not belong in a department post. Remove it.`;

export const OFFER_RULES: readonly PhraseRule[] = [
  {
    // Spanish prices: "pólizas desde $39 al mes", "solo $10 cada uno", "20% de descuento".
    pattern:
      /(?:\b(?:desde|solo|sólo|por\s+solo|a\s+solo|apenas)\s+)?\$\s?\d[\d.,]*\s*(?:al\s+mes|por\s+mes|mensuales|a\s+la\s+semana|por\s+semana|cada\s+uno|c\/u)\b|\b(?:desde|solo|sólo|apenas)\s+\$\s?\d[\d.,]*|\b\d{1,2}\s?%\s+de\s+descuento\b|\bofertas?\s+(?:especial(?:es)?|válidas?|limitadas?|del\s+día)\b/giu,
    message,
  },
  {
    // "solo este fin de semana", "this weekend only" beside a price: a sale's deadline.
    pattern:
      /\b(?:solo|sólo|únicamente)\s+(?:este|esta|por\s+este|por\s+esta|hoy)(?:\s+(?:fin\s+de\s+semana|semana|mes))?|\b(?:this\s+(?:weekend|week|month)|today|tonight)\s+only\b|\bwhile\s+supplies\s+last\b/giu,
    keep: (text, start, end) => {
      // The sentence so far: a "." inside "$19.99" does not end it, ". " and a line break do.
      const before = text.slice(Math.max(0, start - 150), end);
      const cut = Math.max(
        before.lastIndexOf('. '),
        before.lastIndexOf('! '),
        before.lastIndexOf('? '),
        before.lastIndexOf('\n'),
      );
      return /\$\s?\d|\d\s?%/.test(before.slice(cut + 1));
    },
    message,
  },
  {
    // Affiliate links: Amazon short links and storefronts, shopping link services.
    pattern:
      /\b(?:amzn\.to|amzn\.com|a\.co\/d|amazon\.com\/(?:shop|dp|gp|hz\/wishlist|ideas|stores))\/\S*[\w/]|\b(?:shopstyle\.it|liketk\.it|rstyle\.me|shopmy\.us)\/\S*[\w/]/giu,
    message,
  },
  {
    // "we earn a small commission on every purchase", "I get a cut of each sale".
    pattern:
      /\b(?:earn|earns|earned|get|gets|make|makes|receive|receives)\s+(?:a\s+)?(?:small\s+|tiny\s+|little\s+)?(?:commission|cut|kickback|referral\s+fee|referral\s+bonus)\b(?:\s+(?:on|from|of)\s+(?:every|each|any|all|your)?\s*(?:purchase|sale|order|click)s?\b)?|\bcommission\s+on\s+(?:every|each|any|all)?\s*(?:purchase|sale|order)s?\b/giu,
    message,
  },
];

/**
 * A call to go to a business, or a giveaway for the first few, is the advert's own call when an
 * offer stands near it ("Go give them some love!", "the first 20 people to DM him get a free
 * call"); alone it is a thank-you or the department's own event, and is left.
 */
const TAIL_CALLS: readonly RegExp[] = [
  /\b(?:give|show)\s+(?:them|him|her|'em|these\s+folks|the\s+owners?)\s+(?:some\s+)?(?:love|support|business)\b/giu,
  /\bgo\s+(?:support|visit|check\s+out|see)\s+(?:them|him|her|'em)\b/giu,
  /\b(?:the\s+)?first\s+(?:\d+|five|ten|twenty|fifty|hundred)\s+(?:people|customers|callers|buyers|followers|visitors|guests|folks|shoppers|readers|members|families|clients)\b(?:\s+[\p{L}’']+){0,6}?\s+(?:get|gets|receive|receives|score|scores|win|wins|will\s+get|eat|save)\s+(?:a\s+|an\s+)?(?:free|\$\d+|\d+%|half)[^.!?\n]{0,40}/giu,
];
const NEAR = 400;
/** "show her some love at the polls" asks for a vote, not custom. */
const ELECTION_AFTER =
  /^\s*(?:at\s+the\s+(?:polls|ballot\s+box)|on\s+election\s+day|in\s+november|with\s+your\s+vote)/i;

/**
 * The offer comes first, in the call's own paragraph: "…free brisket with any platter. Go give
 * them some love!" An offer further on, or a paragraph away, is another matter.
 */
function leadsTo(text: string, offer: Found, start: number): boolean {
  if (offer.start >= start || offer.end < start - NEAR) return false;
  return !text.slice(Math.min(offer.end, start), start).includes('\n\n');
}

export function tailCalls(text: string, offers: readonly Found[]): Found[] {
  if (offers.length === 0) return [];
  const found: Found[] = [];
  for (const pattern of TAIL_CALLS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ELECTION_AFTER.test(text.slice(end, end + 30))) continue;
      if (offers.some((o) => leadsTo(text, o, start))) found.push({ start, end });
    }
  }
  return found;
}
