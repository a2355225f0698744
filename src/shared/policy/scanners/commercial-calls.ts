import { PUBLIC_BODY, PUBLIC_EVENT, PUBLIC_PLACE, privateMark } from '../language/commerce';
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
  // "DM me if interested", "Message him on WhatsApp", "inbox us": the seller's own line.
  /\b(?:dm|pm|inbox|message)\s+(?:me|us|him|her)\b(?:\s+(?:on|via)\s+(?:whatsapp|telegram|instagram|ig|signal|messenger|facebook|snapchat)\b)?(?:\s+if\s+(?:you['’]?re\s+|you\s+are\s+|anyone['’]?s\s+)?interested\b)?/giu,
  /\b(?:the\s+)?first\s+(?:\d+|five|ten|twenty|fifty|hundred)\s+(?:people|customers|callers|buyers|followers|visitors|guests|folks|shoppers|readers|members|families|clients)\b(?:\s+[\p{L}’']+){0,6}?\s+(?:get|gets|receive|receives|score|scores|win|wins|will\s+get|eat|save)\s+(?:a\s+|an\s+)?(?:free|\$\d+|\d+%|half)[^.!?\n]{0,40}/giu,
];
/**
 * "link in bio" sends readers to an account: the department's own ("Apply today, link in bio")
 * unless something is being sold or a get-rich claim is made near it, before or after, in the
 * same paragraph ("crypto channel for 100x gains!!! link in bio", "link in bio, only $29").
 */
const LINK_CALLS: readonly RegExp[] = [
  /\b(?:link|links|url)\s+(?:is\s+)?(?:in|on)\s+(?:(?:my|his|her|their|the|our)\s+)?(?:bio|profile)\b/giu,
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

/**
 * A price or a selling word beside the link that no finding named: "Only $29 today, link in bio!".
 * The department's own priced programme ("PAL tickets are $5 Friday, link in bio") is not one.
 */
function sellingNear(text: string, start: number, end: number): boolean {
  const near = paragraphBefore(text, start, 160) + sentenceAround(text, start, end);
  return (
    SELLING_NEAR.test(near) &&
    !NOT_A_PRICE_NEAR.test(near) &&
    !PUBLIC_FEES.test(near) &&
    !publicProgramme(near)
  );
}

/** An offer near a call, before or after it, with no paragraph break between them. */
function besideIt(text: string, offer: Found, start: number, end: number): boolean {
  if (offer.end > start - NEAR && offer.end <= start)
    return !text.slice(offer.end, start).includes('\n\n');
  if (offer.start >= end && offer.start < end + NEAR)
    return !text.slice(end, offer.start).includes('\n\n');
  return false;
}

export function tailCalls(text: string, offers: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const pattern of offers.length === 0 ? [] : TAIL_CALLS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ELECTION_AFTER.test(text.slice(end, end + 30))) continue;
      if (offers.some((o) => leadsTo(text, o, start))) found.push({ start, end });
    }
  }
  for (const pattern of LINK_CALLS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (offers.some((o) => besideIt(text, o, start, end)) || sellingNear(text, start, end))
        found.push({ start, end });
    }
  }
  return found;
}

/** The sentence around a match: up to a sentence end or a line break, at most 200 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  let to = end;
  while (to < text.length && to - end < 200 && !'!?\n'.includes(text[to] ?? '.')) {
    // "$6.99" keeps its point; ". " ends the sentence.
    if (text[to] === '.' && !/\d/.test(text[to + 1] ?? '')) break;
    to += 1;
  }
  return text.slice(from, to);
}

/** Money that is not a price: a reward, a fine, a bond, a loss, a wage, a donation. */
const NOT_A_PRICE_NEAR =
  /\b(?:rewards?|fines?|fined|bail|bond|stolen|stole|worth|lost|loss|raised|donat\w*|salary|pay|paid|wages?|bonus|grant|damages?|restitution|owed?|scam\w*|thie(?:f|ves)|reimburs\w*|proceeds|fundrais\w*|charit\w*)\b|\b(?:money|proceeds)\s+(?:goes|go|going)\s+to\b/i;
/** The department's and the public's own fees: a permit, a licence, a records copy. */
const PUBLIC_FEES =
  /\b(?:permits?|licen[cs]es?|registration|records?|reports?|fees?|city\s+hall|county|department|academy|tickets?\s+to\s+the\s+(?:gala|banquet)|citation)\b/i;

/**
 * The department or a public body offering its own service: "Our Auto Theft Unit will etch
 * converters for $10", "we'll do it for $5 at the station". Its sponsors ("our friends at …") sell.
 */
const OWN_SERVICE =
  /\b(?:[Ww]e|[Ww]e['’]ll|[Ww]e['’]re|[Oo]ur\s+(?!friends|partners|pals|folks|sponsors?)[\p{L}-]+)\b|\b(?:Unit|Department|Police|PD|EPD|Division|Bureau|Squad|Precinct|City|County|Public\s+Works|Team)\b/u;

/** The writer owns the business: "I own Abernethy & Sons Locks", "my shop", "we're a family business". */
const WRITER_OWNS =
  /\bI\s+(?:own|run|co-own|manage)\b|\bmy\s+(?:family\s+)?(?:shop|business|company|store|bakery|garage|salon)\b|\bwe['’]re\s+a\s+(?:small|local|family)\b/i;

function ownService(text: string, start: number): boolean {
  // A business owner's "we'll do it for $35" is their shop's offer, not the department's.
  if (WRITER_OWNS.test(text.slice(Math.max(0, start - 600), start))) return false;
  // The subject comes before the offer: "… tell them you saw it on our page" is not the seller.
  let from = start;
  while (from > 0 && start - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  return OWN_SERVICE.test(text.slice(from, start));
}

/** Event words that a priced public programme names: a tournament, a derby, a fair. */
const PRICED_EVENT =
  /\b(?:tournaments?|derby|derbies|fun\s+run|5k|10k|carnival|fair|festival|open\s+house|night\s+out|cookout|pancake\s+breakfast|banquet|raffle|(?:coffee|lunch|breakfast|donuts?|pizza|shop)\s+with\s+a\s+(?:cop|deputy|trooper|firefighter))\b/iu;

/**
 * The department's or the community's own programme, at a price for a day: "etching for just $15
 * this Saturday at Station 3, courtesy of the Auto Theft Task Force", "Tickets for the PAL
 * tournament are $5 this Friday", "The Fishing Derby is $5 per child". A public body, a public
 * place or a public event runs it, and no private seller is marked ("at Rick's Auto", "DM me").
 */
function publicProgramme(sentence: string): boolean {
  if (!PUBLIC_BODY.test(sentence) && !PUBLIC_PLACE.test(sentence) && !PRICED_EVENT.test(sentence))
    return false;
  return !privateMark(sentence);
}

/**
 * A price with a sale's period is an advert whoever is named: "$6.99 every Wednesday this month",
 * "two dozen for $10 all weekend", "$25 through Sunday". A service offered for a price is one too:
 * "will power-wash it off for $99", "they'll etch your VIN for $25", "can fix it for just $40".
 */
export const PRICE_RULES: readonly PhraseRule[] = [
  {
    pattern:
      /(?:\$\s?\d[\d,]*(?:\.\d{2})?k?|\b\d{1,3}\s?(?:cents|¢))(?:\s+[\p{L}’']+){0,4}?\s+(?:all|every|each|through|thru|until|till|this|starting)\s+(?:(?:this|next|the)\s+)?(?:week|weekend|month|day|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|holiday|season|summer|winter|spring|fall|december|november|october|january|february|march|april|may|june|july|august|september|end\s+of\s+the\s+month)\b/giu,
    hints: ['$', 'cents', '¢'],
    keep: (text, start, end) => {
      const sentence = sentenceAround(text, start, end);
      return (
        !NOT_A_PRICE_NEAR.test(sentence) &&
        !PUBLIC_FEES.test(sentence) &&
        !ownService(text, start) &&
        !publicProgramme(sentence)
      );
    },
    message,
  },
  {
    pattern:
      /\b(?:will|['’]ll|can|could)\s+(?:[\p{L}-]+\s+){1,5}?for\s+(?:just\s+|only\s+|as\s+little\s+as\s+|under\s+)?\$\s?\d[\d,]*(?:\.\d{2})?/giu,
    hints: ['$'],
    keep: (text, start, end) => {
      const matched = text.slice(start, end);
      // "can be fined for $500", "will pay for $40 of damage": not a service sold.
      if (
        /\b(?:be|been|pay|paid|charged|fined|cited|reimbursed|arrested|sued|billed)\b/i.test(
          matched,
        )
      )
        return false;
      const sentence = sentenceAround(text, start, end);
      return (
        !NOT_A_PRICE_NEAR.test(sentence) && !PUBLIC_FEES.test(sentence) && !ownService(text, start)
      );
    },
    message,
  },
  {
    // "at cost", "at a discount", "below retail", "wholesale prices": a trade's own terms.
    pattern:
      /\b(?:at|for)\s+(?:cost|a\s+discount|wholesale(?:\s+prices?)?)\b|\bbelow\s+(?:retail|cost|market)\b|\bwholesale\s+prices?\b/giu,
    keep: (text, start, end) => !NOT_A_PRICE_NEAR.test(sentenceAround(text, start, end)),
    message,
  },
];

/** What makes a claim a sale's or a prize scam's: a price, a link, a DM, a prize. */
const PAID_CLAIM =
  /\$\s?\d|\b(?:link|click|bio|dm|inbox|https?|bit\.ly|prize|winner|congratulations|selected)\b/iu;

/** Up to `limit` characters before `start`, not across a paragraph break. */
function paragraphBefore(text: string, start: number, limit: number): string {
  const lead = text.slice(Math.max(0, start - limit), start);
  const cut = lead.lastIndexOf('\n\n');
  return cut < 0 ? lead : lead.slice(cut + 2);
}

/** A place that is paid for or sells: a price, a get-rich course, a seller's account. */
const PAID_PLACE =
  /\$\s?\d|\b(?:crypto|bitcoin|forex|income|trading|profits?|gains?|mentorship|coaching|bio)\b/iu;

/** What follows a texted keyword when it subscribes to a short code or opts out of messages. */
const SUBSCRIPTION_AFTER =
  /^["”'’]?\s+(?:to\s+(?:\d{3,6}\b|opt\s+(?:out|in)|unsubscribe|stop|cancel|end|quit|sign\s+up|subscribe|(?:get|receive|start)\s+(?:our\s+|the\s+|free\s+)?(?:alerts?|updates?|notifications?|texts?|messages?)|confirm|rsvp|verify|report|reschedule)|for\s+(?:help|support|alerts?|updates?))/iu;
/** Selling and get-rich words: with them a keyword is an advert's, whatever number it goes to. */
const SELLING_NEAR =
  /\$\s?\d|\d\s?%|\b(?:course|courses|mentorship|coaching|signals?|gains?|profits?|returns|guarantee[sd]?|income|invest(?:ing|ment)|crypto|bitcoin|forex|deals?|discounts?|promo|coupons?|prizes?|win|winner|giveaway|sale|buy|order|price|prices|pricing|cash)\b/iu;

/**
 * Get-rich and giveaway spam: income claims, a keyword to DM, scarcity, a channel of signals, a
 * shortened link to claim a prize. Each starts with a fixed word or sign, with bounded gaps.
 */
export const SPAM_RULES: readonly PhraseRule[] = [
  {
    // Round ten: the investor's testimonial, "invested with @CryptoKingMaxwell and doubled my
    // money in 2 weeks".
    pattern: /\b(?:doubled|tripled|10x(?:ed)?)\s+my\s+(?:money|investment|savings|deposit)\b/gi,
    keep: (text, start, end) =>
      !/\b(?:scam\w*|fraud\w*|fake|don['’]?t\s+fall)\b/i.test(sentenceAround(text, start, end)),
    message,
  },
  {
    // "making over $4,000 a week", "cleared about $900 in my first week".
    pattern:
      /\b(?:made|make|makes|making|earn|earns|earned|earning|clear|clears|cleared|clearing|pull|pulls|pulled|pulling|bring|brings|bringing)\s+(?:in\s+)?(?:over|about|around|nearly|almost|more\s+than|up\s+to|at\s+least|like)\s+\$\s?\d[\d,]*k?(?:\s+[\p{L}’']+){0,3}?\s+(?:a|an|per|every|each)\s+(?:day|week|month|hour)\b/giu,
    keep: (text, start, end) =>
      !/\b(?:scam\w*|fraud\w*|fake|don['’]?t\s+fall)\b/i.test(sentenceAround(text, start, end)),
    message,
  },
  {
    // "DM me “FREEDOM”", "comment INFO below", "text me the word START".
    pattern:
      /\b(?:[Dd][Mm]|[Pp][Mm]|[Mm]essage|[Tt]ext|[Ii]nbox|[Cc]omment|[Rr]eply)\s+(?:me|him|her)?\s*(?:the\s+word\s+)?["“'‘]?\p{Lu}{3,}["”'’]?(?=[\s!.,–-])/gu,
    // Its words are written in either case, so no literal stands in the pattern: name them here,
    // and the rule is skipped on text without one.
    hints: ['dm', 'pm', 'message', 'text', 'inbox', 'comment', 'reply'],
    keep: (text, start, end) => {
      if (/\bTIPS?\b|\b911\b/.test(text.slice(start, end))) return false;
      // A keyword texted to a short code, or an opt-out, is a public service: a crisis line
      // ("text HOME to 741741"), the department's alerts ("Text JOIN to 888777"), "Reply STOP to
      // opt out". The same keyword with a price, a course or a get-rich claim is the spammer's.
      if (!SUBSCRIPTION_AFTER.test(text.slice(end, end + 40))) return true;
      return SELLING_NEAR.test(sentenceAround(text, start, end));
    },
    message,
  },
  {
    // "only 10 spots left", "just 50 left", "only 3 slots remaining".
    pattern:
      /\b(?:only|just)\s+\d+\s+(?:spots?\s+|slots?\s+|seats?\s+|places?\s+|openings?\s+|units?\s+)?(?:left|remaining)\b/giu,
    keep: (text, start, end) => {
      const sentence = sentenceAround(text, start, end);
      // "Only 10 seats left for the Citizen Academy: register at the link" is the department's
      // own class; "only 5 spots left in my trading mentorship, $499" is a seller's.
      if (PUBLIC_EVENT.test(sentence) || PUBLIC_BODY.test(sentence))
        return privateMark(sentence) || PAID_PLACE.test(sentence);
      return true;
    },
    message,
  },
  {
    // "claim yours before midnight", "claim your free iPhone".
    pattern: /\bclaim\s+(?:yours|your\s+(?:free|prize|reward|gift|spot))\b/giu,
    keep: (text, start, end) => {
      const sentence = sentenceAround(text, start, end);
      if (/\b(?:scam\w*|fraud\w*|fake|never)\b/i.test(sentence)) return false;
      // "Free gun locks are available at headquarters. Claim yours at the front desk!": the
      // department hands it out at a public place or line; a price or a link makes it a sale.
      const lead = paragraphBefore(text, start, 200);
      if (PAID_CLAIM.test(sentence)) return true;
      return !(PUBLIC_PLACE.test(lead + sentence) || PUBLIC_BODY.test(lead + sentence));
    },
    message,
  },
  {
    // "Join his Telegram for daily signals: t.me/…", "join my VIP Discord".
    pattern:
      /\bjoin\s+(?:my|his|her|their)\s+(?:free\s+|private\s+|vip\s+|exclusive\s+)?(?:telegram|whatsapp|discord|signal\s+group|group\s+chat|mastermind|vip|channel|trading\s+group)\b(?:[^.!?\n]{0,40}?\b(?:signals?|tips|picks|profits?|gains?))?(?:[^.!?\n]{0,30}?(?:https?:\/\/)?(?:t\.me|chat\.whatsapp\.com|discord\.gg)\/[\w-]+)?/giu,
    message,
  },
  {
    pattern: /\b(?:daily|free|vip|trading|crypto|forex)\s+signals\b/giu,
    message,
  },
  {
    // A shortened link with a prize to claim: "Click here ➡️ bit.ly/… only 50 left".
    pattern:
      /\bclick\s+(?:here|the\s+link|this\s+link|below)\b[^.!?\n]{0,12}?(?:bit\.ly|tinyurl\.com|cutt\.ly|rb\.gy|is\.gd|t\.co|shorturl\.at)\/\S+/giu,
    keep: (text, start, end) =>
      /\b(?:free|win|winner|prize|claim|left|giveaway|gift\s+card)\b/i.test(
        text.slice(Math.max(0, start - 80), end + 60),
      ),
    message,
  },
];

/** A brand's name: one to four capitalised words ("Alpha Pro Performance", "Black Rifle"). */
const BRAND_RUN = String.raw`(?:the\s+)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+\p{Lu}[\p{L}\d'’&.-]*){0,3}`;
/** Using, eating, wearing or trusting: what an endorser says they do with the product. */
const USE_VERB = String.raw`(?:eats?|ate|eating|drinks?|drank|drinking|uses?|used|using|wears?|wore|wearing|trusts?|trusted|buys?|bought|feeds?|fed|carr(?:y|ies|ied)|drives?|drove|recommends?|recommended|stocks?|orders?|ordered)`;
/** Police words before a "recovery" testimonial: the department's own work is not spam. */
const POLICE_BEFORE =
  /\b(?:police|pd|epd|detectives?|officers?|ofc|sgt|deputy|deputies|department|sheriff|fbi|bank)\b/i;
const RECOVERY_WORDS =
  /\b(?:agent|hacker|expert|specialist|recovery|recover\w*|crypto|btc|bitcoins?|eth|usdt|funds|wallet|investment)\b/i;

/**
 * Round four families (III.B.1.f): the advert's terms and channels, whoever writes them.
 * - Finance terms: "0% APR for 60 months", "zero percent financing", "no money down".
 * - Unit prices and orders in a comment's register: "Docena a $18 … Pedidos por inbox",
 *   "$12 a dozen", "orders by DM".
 * - The advert's own tracking: "just say you saw it on the PD page", "tell him we sent you".
 * - Product endorsements: "Kaiser eats nothing but Alpha Pro kibble", "swears by Trailmark boots".
 * - A "recovery agent" testimonial: "Agent R. at RecoverPro got back 3.2 BTC for me".
 */
export const TERMS_RULES: readonly PhraseRule[] = [
  {
    pattern:
      /(?:\b\d{1,2}(?:\.\d+)?\s?%|\bzero\s+percent|\bzero-percent)\s+(?:apr|financing|interest\s+financing)\b|\bno\s+(?:money|cash|payments?)\s+down\b|\$0\s+down\b|\bno\s+(?:interest|payments?)\s+(?:for|until|till)\s+(?:\d+|six|twelve|eighteen|twenty-four)\s+months\b|\blow\s+monthly\s+payments\b/giu,
    message,
  },
  {
    pattern:
      /\b(?:pedidos|encargos|órdenes|ordenes|informes|info|precios?|cotizaciones|reservaciones)\s+(?:por|al|en|vía|via)\s+(?:inbox|interno|dm|privado|mensaje|whatsapp|wsp|wpp|messenger)\b|\b(?:docena|media\s+docena|kilo|libra|orden|pieza|plato|charola|bandeja|caja|bolsa|paquete)\s+(?:a|en|por)\s+\$\s?\d[\d.,]*/giu,
    message,
  },
  {
    pattern:
      /\$\s?\d[\d.,]*\s+(?:a|per|the)\s+(?:dozen|half-dozen|tray|pan|loaf|jar|pint|quart|slice|cupcake|cookie|bottle|candle)\b|\b(?:a|per|one|half\s+a)\s+(?:dozen|half-dozen|tray|pan|loaf|jar)\s+(?:for|is|at)\s+\$\s?\d[\d.,]*|\b(?:orders?|pre-?orders?|bookings?)\s+(?:via|by|through|thru|in)\s+(?:dm|dms|inbox|pm|text|messenger|whatsapp)\b/giu,
    // A fundraiser's or a benefit's ticket is not a sale: "$20 a tray, all proceeds to the shelter".
    keep: (text, start, end) =>
      !/\b(?:fundrais\w*|benefit|proceeds|donat\w*|charity|gala|banquet)\b/i.test(
        text.slice(Math.max(0, start - 150), end + 150),
      ),
    message,
  },
  {
    pattern:
      /\b(?:say|tell\s+(?:them|him|her|us|the\s+\w+)|mention)\s+(?:that\s+)?(?:you\s+(?:saw|found|read)\s+(?:it|this|us|them|the\s+(?:post|ad))\s+(?:on|here|at|in|from)\b[^.!?\n]{0,25}|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+sent\s+you\b)/giu,
    message,
  },
  {
    pattern: new RegExp(
      String.raw`\b${USE_VERB}\s+(?:(?:nothing|anything|none)\s+(?:but|except|other\s+than)|only)\s+${BRAND_RUN}(?:\s+[\p{Ll}-]+)?|\bswe(?:ar|ars|ore|aring)\s+by\s+${BRAND_RUN}(?:\s+[\p{Ll}-]+)?|\bthe\s+only\s+(?:brand|kibble|food|coffee|boots?|gear|products?)\s+(?:we|he|she|they|I)\s+(?:trust|use|buy|feed|wear|drink|eat)s?\b`,
      'gu',
    ),
    keep: (text, start) => {
      // "suspects who use only Telegram" is not an endorsement; a public body is not a brand.
      const before = text.slice(Math.max(0, start - 60), start);
      return !/\b(?:suspects?|scammers?|thieves|criminals?)\b/i.test(before);
    },
    message,
  },
  {
    pattern:
      /\b(?:got|recovered|retrieved|returned)\s+(?:back\s+)?(?:all\s+(?:of\s+)?)?(?:my|\d[\d.,]*\s*(?:btc|eth|usdt|bitcoins?|k\b)|\$\s?\d[\d,.]*k?)(?:[^!?\n]{0,40}?\b(?:for\s+me|back)\b|(?:\s+[\w.,$-]+){0,2}?\s+(?:funds|money|crypto|btc|bitcoins?|eth|usdt|coins?|savings|investments?)\b)|\bhelped\s+me\s+(?:get\s+back|recover|retrieve)\b[^.!?\n]{0,40}/giu,
    keep: (text, start, end) => {
      let from = start;
      while (from > 0 && start - from < 120 && !'!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
      const lead = text.slice(Math.max(from, start - 60), start);
      return RECOVERY_WORDS.test(text.slice(from, end + 60)) && !POLICE_BEFORE.test(lead);
    },
    message,
  },
];

/**
 * Round nineteen, from the thirty-fifth and thirty-sixth sets: a price cut as an idiom, a free
 * month through a referral link, a private sale's asking price, a price per batch, a lawyer's
 * free consultation, a meal on the house at a named place, a coin's presale.
 */
/**
 * A price or an offer that is somebody's sale: not a fundraiser's or a scam's money (NOT_A_PRICE_NEAR:
 * "3 pies for $20, all proceeds to the K-9 fund"), a man "posing as a landlord", nor the department's
 * own programme ("a week free at our Junior Police Academy camp").
 */
function isSold(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  return (
    !NOT_A_PRICE_NEAR.test(sentence) &&
    !/\b(?:posing|pretend\w*|fake|impersonat\w*)\b/i.test(sentence) &&
    !publicProgramme(sentence) &&
    !ownService(text, start)
  );
}

export const ROUND_NINETEEN_OFFERS: readonly PhraseRule[] = [
  {
    // "he'd knock $100 off for fraud victims", "knocks 10% off"
    pattern: /\bknock(?:s|ing|ed)?\s+(?:\$\s?\d+(?:[,.]\d+)*|\d{1,2}\s?%)\s+off\b/giu,
    hints: ['knock', 'knocks', 'knocking', 'knocked'],
    keep: isSold,
    message,
  },
  {
    // "get 3 months free with my link", "first month free with code SAFE"
    pattern:
      /\b(?:get|gets|getting|first)\s+(?:\d+|one|two|three|a|your)?\s*(?:months?|weeks?|days?|walk|lesson|session|class)\s+free\b(?:\s+(?:with|using)\s+(?:my|our|the)\s+(?:link|code|referral)\b[^\s]*(?:\s+\S+)?)?/giu,
    hints: ['free'],
    // a free month of something sold, not "the first week free of charge" at the department's
    keep: (text, start, end) =>
      isSold(text, start, end) &&
      /\b(?:link|code|referral|sign\s+up|subscribe|DM|app)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // "Asking $489k, no realtors", "asking $1,200 OBO": a private sale, not "the suspect was
    // asking $50 for the phones"
    pattern:
      /\basking\s+\$\s?\d+(?:[,.]\d+)*k?\b(?=\s*(?:,\s*)?(?:OBO|obo|firm|or\s+best\s+offer|no\s+(?:realtors|agents|lowballers|trades)|cash\s+only|DM|PM|text))/giu,
    hints: ['asking'],
    keep: isSold,
    message,
  },
  {
    // "50 signs for $120", "3 shirts for $40": a price per batch
    pattern:
      /\b\d+\s+(?:yard\s+)?(?:signs|shirts|t-shirts|tees|hats|mugs|stickers|cards|prints|copies|banners|flyers|candles|bars|pies|dozen)\s+for\s+\$\s?\d+(?:[,.]\d+)*/giu,
    hints: ['for'],
    keep: isSold,
    message,
  },
  {
    // "$15 for the lot", "$40 for the pair"
    pattern:
      /\$\s?\d+(?:[,.]\d+)*\s+for\s+the\s+(?:lot|bunch|set|pair|whole\s+(?:lot|set|thing))\b/giu,
    hints: ['for'],
    keep: isSold,
    message,
  },
  {
    // "free consults, no fee unless we win"
    pattern: /\bno\s+(?:fee|fees|charge)\s+unless\s+(?:we|you)\s+win\b/giu,
    hints: ['unless'],
    keep: isSold,
    message,
  },
  {
    // "Poll workers eat free at Sal's Pizzeria", "kids eat free at Rosa's"
    pattern: /\beats?\s+free\s+at\s+\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}/gu,
    hints: ['free'],
    keep: isSold,
    message,
  },
  {
    // "ElectionCoin presale is LIVE", "100x guaranteed"
    pattern:
      /\b(?:presale|pre-sale|airdrop)\s+(?:is\s+)?(?:live|now\s+open|open\s+now|starts|ends)\b|\b\d{2,4}x\s+guaranteed\b/giu,
    hints: ['presale', 'pre-sale', 'airdrop', 'guaranteed'],
    keep: isSold,
    message,
  },
];
