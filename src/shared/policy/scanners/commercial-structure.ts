import type { ScanContext } from '../finding';
import { type Sentence, type Word, analyse } from '../language/analysis';
import {
  AUDIENCE,
  BUSINESS_WORDS,
  NOT_A_PRICE_AFTER,
  NOT_A_PRICE_BEFORE,
  PLATFORMS,
  PRIVATE_BUSINESS_NOUNS,
  PRIVATE_SALES,
  PRODUCING,
  PUBLIC_WORDS,
  RELATIVES,
  SCAM_WORDS,
  VENDING,
  isCamelCase,
} from '../language/commerce';
import { isTitle, namedPeople } from '../language/people';
import { sentenceMemo } from '../language/sentence-memo';
import { isClauseBreak, isDeniedOrHypothetical, isNegator, isQuestion } from '../language/words';
import type { Found } from './sentence-rules';
import { wholeText } from './whole-document';

/** Word indices in one sentence, inclusive. */
interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Who sells: a named business, a person's own business or a relative's, or a person selling
 * their own things. A business named after "at" or "near" may only be where something happens.
 */
interface Seller extends Span {
  readonly place: boolean;
}

/** What makes it an advert: a price, a discount, a code, a sale, or a call to buy. */
interface Offer extends Span {
  /** A discount or a code; a bare price is not enough for a business named only as a place. */
  readonly discount: boolean;
  /** "call them today" names no price: it counts only beside the seller, not a sentence away. */
  readonly besideOnly?: boolean;
}

const bare = (word: Word | undefined) =>
  word ? (word.lower.endsWith('.') ? word.lower.slice(0, -1) : word.lower) : '';
/** "Ray's", not "Let's" or "It's": the tagger tells the possessive from a contraction. */
const isPossessive = (word: Word | undefined) =>
  word !== undefined && (word.lower === "'s" || word.lower === '’s') && word.pos === 'PART';
const isNumber = (word: Word | undefined) => word !== undefined && /^\d[\d,.]*k?$/i.test(word.text);

/** A word that can stand in a business's name: "Bolt & Barrel Security", "BBQ", "Big Roy's". */
function isNameWord(word: Word): boolean {
  if (word.titlecase) return true;
  const first = word.text[0];
  if (first === undefined || first === first.toLowerCase()) return false;
  if (isCamelCase(word)) return true;
  // Capitals alone are shouting ("FREE", "UPDATE") unless they are a business word ("BBQ", "LLC").
  return /^\p{Lu}{2,}$/u.test(word.text) && BUSINESS_WORDS.has(word.lower);
}

/** Runs of capitalised words, with "&", joined possessives and hyphens inside them. */
function nameRuns(words: readonly Word[]): Span[] {
  const runs: Span[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word || !isNameWord(word)) {
      i += 1;
      continue;
    }
    let to = i;
    for (;;) {
      const next = words[to + 1];
      const after = words[to + 2];
      if (next && isNameWord(next)) to += 1;
      else if (next && isPossessive(next) && next.start === words[to]?.end) to += 1;
      else if (next && (next.text === '&' || next.text === '-') && after && isNameWord(after))
        to += 2;
      else break;
    }
    runs.push({ from: i, to });
    i = to + 1;
  }
  return runs;
}

const LOCATIVE = new Set([
  'at',
  'near',
  'outside',
  'behind',
  'inside',
  'from',
  'by',
  'beside',
  'past',
  'into',
  'in',
  'across',
]);
/** "Our friends at Delgado Muffler": a sponsor, not a place. */
const SPONSOR = new Set(['friends', 'partners', 'folks', 'team', 'crew', 'people', 'guys']);
/** "just opened Pho King Good": what follows is a business, whatever its name. */
const OPENS = new Set([
  'run',
  'runs',
  'own',
  'owns',
  'open',
  'opened',
  'opens',
  'opening',
  'running',
  'launch',
  'launched',
  'launching',
  'started',
  'starting',
  'start',
]);

function isSponsored(words: readonly Word[], from: number): boolean {
  const i = bare(words[from - 1]) === 'the' ? from - 2 : from - 1;
  return bare(words[i]) === 'at' && SPONSOR.has(bare(words[i - 1]));
}

function isPlace(words: readonly Word[], from: number): boolean {
  let i = from - 1;
  if (bare(words[i]) === 'the') i -= 1;
  const preposition = words[i];
  if (!preposition || !LOCATIVE.has(preposition.lower)) return false;
  return !SPONSOR.has(bare(words[i - 1]));
}

/** The named businesses of a sentence, not the department's, a public body's or a place's. */
function businesses(words: readonly Word[]): Seller[] {
  const found: Seller[] = [];
  for (const run of nameRuns(words)) {
    const inRun = words.slice(run.from, run.to + 1);
    // "The" opening a sentence is no part of a name: "The Shop with a Cop breakfast" is one word.
    const names = inRun.filter(
      (w) => w.text !== '&' && w.text !== '-' && !isPossessive(w) && w.lower !== 'the',
    );
    if (names.some((w) => PUBLIC_WORDS.has(bare(w)) || PLATFORMS.has(bare(w)))) continue;
    // A title makes it a person ("Officer Pham's"): their relatives and businesses are found below.
    const titled = [inRun[0], words[run.from - 1]].some((w) => w !== undefined && isTitle(w));
    if (titled) continue;
    const lastWord = inRun.at(-1);
    const next = words[run.to + 1];
    const isBusiness =
      (names.length >= 2 && names.some((w) => BUSINESS_WORDS.has(bare(w)))) ||
      names.some(isCamelCase) ||
      OPENS.has(bare(words[run.from - 1])) ||
      // "our friends at Rafferty's Lock & Key": whoever a sponsor is, they are a business.
      isSponsored(words, run.from) ||
      // "Ray's has …", "Lowe's on Route 12": a possessive that names no one's thing.
      (isPossessive(lastWord) &&
        names.length <= 2 &&
        !RELATIVES.has(bare(next)) &&
        next !== undefined &&
        !/^(?:NOUN|ADJ|PROPN|NUM)$/.test(next.pos));
    if (isBusiness) found.push({ ...run, place: isPlace(words, run.from) });
  }
  return found;
}

/** Where a possessive's owner starts: "Officer Diaz's", "Ofc. Grace Nwosu's". */
function ownerStart(words: readonly Word[], possessive: number): number {
  let from = possessive;
  for (;;) {
    const previous = words[from - 1];
    if (previous?.titlecase || (previous && isTitle(previous))) from -= 1;
    else if (previous?.text === '.' && words[from - 2] && isTitle(words[from - 2] as Word))
      from -= 2;
    else return from;
  }
}

const OWNERS = new Set(['my', 'his', 'her', 'their']);

/**
 * A person's own business or a relative's: "her Etsy shop", "Officer Kim's wife", "my cousin",
 * "Officer Bautista does installs on the side", "Ofc. Darby's personal-training program".
 */
function privateSellers(words: readonly Word[]): Seller[] {
  const found: Seller[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word) continue;
    const owner =
      OWNERS.has(word.lower) || (isPossessive(word) && words[i - 1]?.titlecase === true);
    if (owner) {
      const from = isPossessive(word) ? ownerStart(words, i) : i;
      for (let j = i + 1; j <= i + 4 && j < words.length; j += 1) {
        const next = words[j];
        if (!next || isClauseBreak(next) || next.text === ',' || next.pos === 'VERB') break;
        // "her taco truck", "his espresso cart": a truck or a cart sells only with what it sells.
        const vending =
          /^(?:truck|trucks|cart|carts|stand|stall)$/.test(next.lower) &&
          VENDING.has(bare(words[j - 1]));
        if (RELATIVES.has(next.lower) || PRIVATE_BUSINESS_NOUNS.has(next.lower) || vending) {
          found.push({ from, to: j, place: false });
          break;
        }
      }
    }
    // "Locksmith here", "Realtor here!": a comment's writer says what trade they are in.
    if (
      word.lower === 'here' &&
      i === 1 &&
      words[0]?.titlecase &&
      /^(?:NOUN|PROPN)$/.test(words[0].pos) &&
      !words[0].lower.endsWith('s')
    )
      found.push({ from: 0, to: 1, place: false });
    // "book at @glowbykeisha", "$40 full set @lashesbyk": a seller's own account, not a public one.
    if (
      word.text.length > 3 &&
      word.text.startsWith('@') &&
      !/pd|police|sheriff|city|county|dept|gov|fire|sheriff|crime/i.test(word.text)
    )
      found.push({ from: i, to: i, place: false });
    // "on the side", "a side business", "side hustle".
    if (
      word.lower === 'side' &&
      (bare(words[i - 2]) === 'on' || /^(?:business|hustle|gig)$/.test(bare(words[i + 1])))
    )
      found.push({ from: i, to: i, place: false });
  }
  return found;
}

const FIRST_PERSON_OFFERS = new Set([
  'do',
  "'ll",
  '’ll',
  'will',
  'can',
  'charge',
  'offer',
  'sell',
  'make',
  'made',
  'install',
  "'m",
  '’m',
  'am',
]);

function wordsAround(
  words: readonly Word[],
  from: number,
  to: number,
  back: number,
  ahead: number,
) {
  const before: Word[] = [];
  for (let i = from - 1; i >= 0 && i >= from - back; i -= 1) {
    const w = words[i];
    if (!w || isClauseBreak(w)) break;
    before.push(w);
  }
  return { before, after: words.slice(to + 1, to + 1 + ahead) };
}

/** A money amount that is a price: not a reward, a bond, a loss, a wage or a grant. */
function price(words: readonly Word[], i: number): Offer | undefined {
  const word = words[i];
  if (!word) return undefined;
  let to: number;
  if (word.text === '$' && isNumber(words[i + 1])) to = i + 1;
  else if (/^\$\d/.test(word.text)) to = i;
  else return undefined;
  const { before, after } = wordsAround(words, i, to, 3, 5);
  const nextLower = bare(after[0]);
  if (nextLower === 'off') return { from: i, to: to + 1, discount: true };
  if (before.some((w) => NOT_A_PRICE_BEFORE.has(bare(w)))) return undefined;
  if (after.some((w) => NOT_A_PRICE_AFTER.has(bare(w)) || bare(w) === 'stolen')) return undefined;
  const normally = before.some((w) => /^(?:normally|regularly|usually|only|just)$/.test(w.lower));
  return { from: i, to, discount: normally };
}

const DISCOUNT_WORDS = new Set([
  'discount',
  'discounts',
  'discounted',
  'coupon',
  'coupons',
  'promo',
  'bogo',
  'clearance',
  '2-for-1',
  'two-for-one',
  'specials',
  'referral',
  'obo',
  'affiliate',
]);
const CONTACT = new Set([
  'dm',
  'pm',
  'message',
  'inbox',
  'text',
  'call',
  'contact',
  'whatsapp',
  'email',
]);
const CONTACT_FOR = new Set([
  'prices',
  'price',
  'pricing',
  'quote',
  'quotes',
  'orders',
  'order',
  'deals',
  'deal',
  'discount',
  'details',
  'info',
  'rates',
  'rate',
  'availability',
]);
const FREE_THINGS = new Set([
  'inspection',
  'inspections',
  'valuation',
  'valuations',
  'appraisal',
  'appraisals',
  'assessment',
  'assessments',
  'lesson',
  'lessons',
  'samples',
  'trial',
  'consultation',
  'estimate',
  'estimates',
  'quote',
  'quotes',
  'shipping',
  'delivery',
  'installation',
  'install',
]);
const WITH_PURCHASE = new Set(['any', 'every', 'each', 'purchase', 'your']);
const BUY_NEXT = new Set([
  'now',
  'today',
  'online',
  'one',
  'yours',
  'your',
  'from',
  'here',
  'tickets',
]);
const SELL_OBJECT = /^(?:my|his|her|their|a|an|some|two|three|four|\d+)$/;
const NOT_SOLD =
  /^(?:stolen|drugs|narcotics|fentanyl|meth|cocaine|heroin|weed|marijuana|alcohol|liquor|vapes?|guns?|firearms?)$/;

/** "the free install program", "a free car-seat clinic": a programme named after "free". */
function programmeAfter(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j <= i + 4 && j < words.length; j += 1) {
    const w = bare(words[j]);
    if (
      /^(?:program|programs|programme|programmes|event|clinic|clinics|day|workshop|drive)$/.test(w)
    )
      return true;
    if (words[j]?.pos !== 'NOUN' && words[j]?.pos !== 'ADJ' && words[j]?.text !== '-') return false;
  }
  return false;
}

/** Who an offer is made to, in its clause: "to our followers", "for anyone who follows". */
function audienceNear(words: readonly Word[], i: number): number | undefined {
  for (const step of [1, -1]) {
    for (let j = i + step; j >= 0 && j < words.length && Math.abs(j - i) <= 8; j += step) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === '.') break;
      if (AUDIENCE.has(bare(w))) return j;
    }
  }
  return undefined;
}

function clauseEndAt(words: readonly Word[], from: number): number {
  let to = from;
  for (let i = from + 1; i < words.length && i <= from + 10; i += 1) {
    const w = words[i];
    if (!w || isClauseBreak(w) || w.pos === 'PUNCT') break;
    to = i;
  }
  return to;
}

/** The offer that starts at word `i`, if one does. */
/** The words an offer can start with, besides numbers and "$": most words are none of them. */
const OFFER_STARTS = new Set([
  ...DISCOUNT_WORDS,
  ...CONTACT,
  ...'half sale deal deals special offer code free first order orders pre-order preorder preorders book shop buy purchase sell sells selling sent mention show link venmo cashapp zelle commission commissions kickback grab comp only'.split(
    ' ',
  ),
]);

function offerAt(words: readonly Word[], i: number): Offer | undefined {
  const word = words[i];
  if (!word) return undefined;
  const lower = bare(word);
  const first = word.text.charCodeAt(0);
  // A digit or "$" may start a price or a percentage; otherwise only the words above can.
  if (!OFFER_STARTS.has(lower) && first !== 36 && !(first >= 48 && first <= 57)) return undefined;
  const next = bare(words[i + 1]);
  const previous = bare(words[i - 1]);
  const found = price(words, i);
  if (found) return found;
  if (isNumber(word) && words[i + 1]?.text === '%' && /^(?:off|discount)$/.test(bare(words[i + 2])))
    return { from: i, to: i + 2, discount: true };
  if (DISCOUNT_WORDS.has(lower)) return { from: i, to: i, discount: true };
  // "at half price", "half off"
  if (lower === 'half' && /^(?:price|priced|off)$/.test(next))
    return { from: i, to: i + 1, discount: true };
  // "half-price brisket platters", read as "half", "-", "price"
  if (lower === 'half' && next === '-' && /^(?:price|priced|off)$/.test(bare(words[i + 2])))
    return { from: i, to: i + 2, discount: true };
  // "2-for-1" is read as "2", "-", "for-1".
  if (isNumber(word) && words[i + 1]?.text === '-' && /^for-\d$/.test(bare(words[i + 2])))
    return { from: i, to: i + 2, discount: true };
  if (lower === 'sale' && !PRIVATE_SALES.has(previous)) return { from: i, to: i, discount: true };
  if (
    (lower === 'deal' || lower === 'deals') &&
    !/^(?:plea|big|no|real)$/.test(previous) &&
    !/^(?:take|took|taking|takes|cut|strike|struck|made|make|accept|accepted|offered)$/.test(
      bare(words[i - 2]),
    )
  )
    return { from: i, to: i, discount: true };
  if (
    lower === 'special' &&
    (!words[i + 1] ||
      /^(?:[:,.!—–-]|for|on|this|through|thru|offer|price|pricing|rate)$/.test(next))
  )
    return { from: i, to: i, discount: true };
  if (lower === 'offer' && /^(?:special|limited|exclusive|introductory|best)$/.test(previous))
    return { from: i - 1, to: i, discount: true };
  if (lower === 'code') {
    const code = words[i + 1];
    if (code && /^(?=.*\p{Lu})[\p{Lu}\d]{4,}$/u.test(code.text))
      return { from: i, to: i + 1, discount: true };
  }
  if (lower === 'free') {
    // "our free install program", "the free car-seat clinic": the department's own, not an offer.
    if (previous === 'our' || programmeAfter(words, i)) return undefined;
    // "free estimates", "free roof inspections", "free home valuations".
    for (let j = i + 1; j <= i + 3 && j < words.length; j += 1) {
      if (FREE_THINGS.has(bare(words[j]))) return { from: i, to: j, discount: true };
      if (words[j]?.pos !== 'NOUN' && words[j]?.pos !== 'ADJ') break;
    }
    // "installation is free if you book by Friday", "your first one is free".
    if (/^(?:is|are|be)$/.test(previous)) {
      if (/^(?:if|when|with)$/.test(next))
        return { from: i, to: clauseEndAt(words, i), discount: true };
      for (let j = i - 2; j >= 0 && j >= i - 4; j -= 1)
        if (bare(words[j]) === 'first') return { from: j, to: i, discount: true };
    }
    // "free home valuations to our followers", "a free game for anyone who…".
    const audience = audienceNear(words, i);
    if (audience !== undefined)
      return { from: Math.min(i, audience), to: Math.max(i + 1, audience), discount: true };
    for (let j = i + 1; j <= i + 5 && j < words.length; j += 1) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === ',') break;
      if (w.lower === 'with' && WITH_PURCHASE.has(bare(words[j + 1])))
        return { from: i, to: j + 2, discount: true };
    }
  }
  // "the first lesson is half price", "first groom half off".
  if (lower === 'first' && words[i + 1]?.pos !== 'VERB') {
    for (let j = i + 2; j <= i + 4 && j < words.length; j += 1) {
      const w = bare(words[j]);
      if (w === 'free' || (w === 'half' && /^(?:price|off)$/.test(bare(words[j + 1]))))
        return { from: i, to: w === 'half' ? j + 1 : j, discount: true };
    }
  }
  // "2 for $15", "3 for $10 on Fridays": a price for more than one.
  if (
    isNumber(word) &&
    next === 'for' &&
    (words[i + 2]?.text === '$' || /^\$\d/.test(words[i + 2]?.text ?? ''))
  )
    return { from: i, to: words[i + 2]?.text === '$' ? i + 3 : i + 2, discount: true };
  // "15 percent off"
  if (isNumber(word) && next === 'percent' && /^(?:off|discount)$/.test(bare(words[i + 2])))
    return { from: i, to: i + 2, discount: true };
  // "we earn a small commission": an affiliate's link.
  if (
    /^(?:commission|commissions|kickback)$/.test(lower) &&
    [words[i - 1], words[i - 2], words[i - 3]].some(
      (w) => w !== undefined && /^(?:earn|get|make|receive)$/.test(w.lemma),
    )
  )
    return { from: i, to: i, discount: true };
  // "grab one here", "grab yours at the link".
  if (lower === 'grab' && /^(?:one|yours|it|a|some)$/.test(next))
    return { from: i, to: i + 1, discount: false };
  // "will comp your dessert".
  if (lower === 'comp' && /^(?:your|you|a|the)$/.test(next))
    return { from: i, to: i + 1, discount: true };
  // "show your badge photo from this post", "mention this page".
  if (lower === 'show' || lower === 'mention') {
    for (let j = i + 1; j <= i + 6 && j < words.length; j += 1) {
      if (/^(?:post|page|ad)$/.test(bare(words[j])) && /^(?:this|our)$/.test(bare(words[j - 1])))
        return { from: i, to: j, discount: true };
    }
  }
  // "this week only", "today only", "while supplies last", "before they're gone".
  if (lower === 'only' && /^(?:week|weekend|today|month|day)$/.test(previous))
    return { from: i - 1, to: i, discount: false };
  if (
    lower === 'first' &&
    isNumber(words[i + 1]) &&
    /^(?:people|customers|callers|buyers|orders|clients)$/.test(bare(words[i + 2]))
  )
    return { from: i, to: i + 2, discount: true };
  if (/^(?:order|orders|pre-order|preorder|preorders)$/.test(lower)) {
    if (/^(?:custom|taking|take|takes|bulk|online|catering|special|place|first)$/.test(previous))
      return { from: i - 1, to: i, discount: false };
    if (previous === 'to' && /^(?:them|made|make|makes|it|one)$/.test(bare(words[i - 2])))
      return { from: i - 1, to: i, discount: false };
    if (lower === 'order' && /^(?:now|online|today|yours|at|here)$/.test(next))
      return { from: i, to: i + 1, discount: false };
    // "Order your pies from Ngozi’s Kitchen", "order a tray from them": an imperative call to
    // buy names its seller, even after "from".
    if (
      lower === 'order' &&
      !sentenceHasWordBefore(words, i) &&
      /^(?:your|a|an|some|one|two|three|a|the)$/.test(next)
    )
      return { from: i, to: i + 1, discount: true };
  }
  // "book now", "call them to book"; not "throw the book at him".
  if (
    lower === 'book' &&
    (/^(?:now|today|online|yours|your|a|an|with|through)$/.test(next) ||
      (previous === 'to' && (!words[i + 1] || /^\W/.test(next))))
  )
    return { from: i, to: i, discount: false };
  if (lower === 'shop' && /^(?:now|online|today|local|small)$/.test(next))
    return { from: i, to: i + 1, discount: false };
  if ((lower === 'buy' || lower === 'purchase') && BUY_NEXT.has(next))
    return { from: i, to: i + 1, discount: false };
  if (lower === 'sell' || lower === 'sells' || lower === 'selling') {
    if (
      /^(?:for|of|from|about|caught|while|charged|stop|to)$/.test(previous) ||
      NOT_SOLD.test(next) ||
      next === 'the'
    )
      return undefined;
    return { from: i, to: SELL_OBJECT.test(next) ? i + 1 : i, discount: false };
  }
  // "tell them EPD sent you"
  if (lower === 'sent' && next === 'you') {
    for (let j = i - 1; j >= 0 && j >= i - 5; j -= 1)
      if (bare(words[j]) === 'tell') return { from: j, to: i + 1, discount: true };
  }
  if (
    lower === 'mention' &&
    words[i + 1] &&
    !/^(?:case|your|the|a|an|that|of|it)$/.test(next) &&
    (/^(?:this|code|promo|us|our)$/.test(next) || /\p{Lu}/u.test(words[i + 1]?.text ?? ''))
  )
    return { from: i, to: i + 1, discount: true };
  if (
    lower === 'show' &&
    /^(?:this|the|your|our)$/.test(next) &&
    /^(?:post|ad|coupon|badge|screenshot|flyer)$/.test(bare(words[i + 2]))
  )
    return { from: i, to: i + 2, discount: true };
  if (lower === 'link' && previous === 'my') return { from: i, to: i, discount: true };
  // "link in bio", "link in my profile": the whole call, so the finding names it.
  if (lower === 'link' && next === 'in') {
    const where = /^(?:my|his|her|their|the)$/.test(bare(words[i + 2])) ? i + 3 : i + 2;
    if (/^(?:bio|profile)$/.test(bare(words[where]))) return { from: i, to: where, discount: true };
  }
  if (/^(?:venmo|cashapp|zelle)$/.test(lower) && /^(?:@|only|me|him|her|us)/.test(next))
    return { from: i, to: i + 1, discount: false };
  // "call them today", "DM us now": a call to buy when a seller is named beside it.
  if (
    CONTACT.has(lower) &&
    /^(?:them|us|me|him|her)$/.test(next) &&
    /^(?:today|now)$/.test(bare(words[i + 2]))
  )
    return { from: i, to: i + 2, discount: false, besideOnly: true };
  if (CONTACT.has(lower)) {
    for (let j = i + 1; j <= i + 6 && j < words.length; j += 1) {
      // "call Dana at Evergreen Realty for a free valuation".
      if (bare(words[j]) === 'for' && [words[j + 1], words[j + 2]].some((w) => bare(w) === 'free'))
        return { from: i, to: j + 2, discount: true };
    }
    for (let j = i + 1; j <= i + 3 && j < words.length; j += 1) {
      if (
        bare(words[j]) === 'for' &&
        (CONTACT_FOR.has(bare(words[j + 1])) || CONTACT_FOR.has(bare(words[j + 2])))
      )
        return { from: i, to: j + 1, discount: false };
    }
  }
  return undefined;
}

/**
 * Someone who makes or does something for people: "Det. Okoye spends her weekends making hot
 * sauce", "Sgt. Ellis teaches jiu-jitsu", "my husband does gutter cleaning", "she bakes". With
 * a price or a call to order beside it, that is their private business.
 */
function producers(sentence: Sentence): Seller[] {
  const words = sentence.words;
  const found: Seller[] = [];
  const people = namedPeople(sentence);
  words.forEach((word, i) => {
    if (word.pos !== 'VERB' || !(PRODUCING.has(word.lemma) || word.lemma === 'do')) return;
    // "do" is a trade only with what is done: "does installs", "does gutter cleaning".
    if (word.lemma === 'do' && words[i + 1]?.pos !== 'NOUN' && words[i + 2]?.pos !== 'NOUN') return;
    // "thieves are selling them", "was cleaning his gun": the trade is in the doer's name or title.
    for (let j = i - 1; j >= 0 && j >= i - 6; j -= 1) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === ',') break;
      const person = people.find((p) => p.to === j);
      const relative = RELATIVES.has(w.lower) && OWNERS.has(bare(words[j - 1]));
      if (person || relative || /^(?:she|he)$/.test(w.lower)) {
        found.push({ from: person ? person.from : relative ? j - 1 : j, to: i, place: false });
        return;
      }
    }
  });
  return found;
}

/** A private sale by the writer or a named person: "Selling my F-150", "Sgt. Alvarez is selling his boat". */
function ownSales(words: readonly Word[], offers: readonly Offer[]): Seller[] {
  const found: Seller[] = [];
  for (const offer of offers) {
    const word = words[offer.from];
    if (!word || offer.to === offer.from) continue;
    // "Lena is taking orders", "I take custom orders": taking orders is selling, like "selling".
    const takingOrders =
      /^(?:taking|take|takes)$/.test(word.lower) &&
      /^(?:orders|order)$/.test(bare(words[offer.to]));
    if (!/^sell/.test(word.lower) && !takingOrders) continue;
    // "taking orders for the toy drive": gifts collected for charity are not a sale.
    if (
      takingOrders &&
      words.some((w) => /^(?:drive|donation|donations|donate|charity)$/.test(w.lower))
    )
      continue;
    const { before } = wordsAround(words, offer.from, offer.to, 6, 0);
    if (before.some((w) => /^(?:you|you're|you’re|your|if|when)$/.test(w.lower))) continue;
    // The writer or a named person: "Selling my F-150", "I'm selling", "Sgt. Alvarez is selling
    // his boat"; not "dealers sell their stash".
    const atStart = !sentenceHasWordBefore(words, offer.from);
    const firstWord = words.find((w) => /\p{L}/u.test(w.text));
    const someone = before.some(
      (w) => w.text === 'I' || (w.pos === 'PROPN' && w.titlecase && w !== firstWord),
    );
    if (!atStart && !someone) continue;
    found.push({ from: offer.from, to: offer.to, place: false });
  }
  // "I do rekeying for $45 flat", "I'll rekey your whole house for $79".
  words.forEach((word, i) => {
    if (word.text !== 'I' || !FIRST_PERSON_OFFERS.has(bare(words[i + 1]))) return;
    if (offers.some((o) => o.from > i && o.from <= i + 10 && !clauseBetween(words, i, o.from)))
      found.push({ from: i, to: i + 1, place: false });
  });
  return found;
}

function sentenceHasWordBefore(words: readonly Word[], index: number): boolean {
  for (let i = 0; i < index; i += 1) if (/\p{L}/u.test(words[i]?.text ?? '')) return true;
  return false;
}

function clauseBetween(words: readonly Word[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i += 1) {
    const w = words[i];
    if (w && isClauseBreak(w)) return true;
  }
  return false;
}

interface Reading {
  readonly offers: readonly Offer[];
  /** Found only where an offer is near: most sentences have none, and names cost a pass. */
  readonly sellers: () => readonly Seller[];
}

const NOTHING: Reading = { offers: [], sellers: () => [] };
const THEFT =
  /^(?:thief|thieves|stolen|stealing|steal|steals|stole|burglar|burglars|robber|robbers|suspect|suspects|fake|counterfeit)$/;

function read(sentence: Sentence, scamWarning: boolean): Reading {
  const words = sentence.words;
  if (isQuestion(sentence)) return NOTHING;
  if (
    scamWarning &&
    words.some(
      (w) =>
        SCAM_WORDS.has(w.lower) || /^(?:gift|bitcoin|atm|atms|zelle|wire|payment)$/.test(w.lower),
    )
  )
    return NOTHING;
  // "Thieves are stealing converters and selling them for $300 each": a crime, not a sale.
  if (words.some((w) => THEFT.test(w.lower))) return NOTHING;
  const offers: Offer[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const offer = offerAt(words, i);
    if (!offer) continue;
    i = Math.max(i, offer.to);
    if (isDeniedOrHypothetical(sentence, offer.from)) continue;
    // "is not running 30% off": a negation just before the offer, in its clause.
    const { before } = wordsAround(words, offer.from, offer.to, 3, 0);
    if (before.some(isNegator)) continue;
    offers.push(offer);
  }
  let sellers: Seller[] | undefined;
  return {
    offers,
    sellers: () =>
      (sellers ??= [
        ...businesses(words),
        ...privateSellers(words),
        ...ownSales(words, offers),
        ...producers(sentence),
      ]),
  };
}

/** A seller counts with offers that can be theirs: a business named as a place needs a discount. */
const fits = (seller: Seller, offers: readonly Offer[]) =>
  seller.place ? offers.filter((o) => o.discount) : offers;

const remembered = sentenceMemo<Reading>();

/**
 * A scam warning anywhere in the document: a whole-text check, so a long post scanned a piece at
 * a time reads the whole document (whole-document.ts) and the scanner's key carries its answer.
 */
export const SCAM_TEXT =
  /\b(?:scam|scams|scammers?|fraud|fraudsters?|impersonat\w*|pretending\s+to\s+be|phishing)\b/i;

/**
 * A named business, product or a person's own business with an offer, price, sale or call to buy
 * in the same sentence or the next: "Hartley Hardware will etch it for just $15", "Officer
 * Kim's wife makes candles. DM her for prices!". The department's own free programmes name no
 * seller; a scam warning naming gift cards or a Bitcoin ATM is not an advert.
 */
export function commercialOffers(text: string, context: ScanContext = {}): Found[] {
  if (context.phraseRulesOnly) return [];
  const sentences = analyse(text).sentences;
  const scamWarning = SCAM_TEXT.test(wholeText(text, context));
  const readings = sentences.map((s) =>
    remembered(text, s, (fresh) => read(fresh, scamWarning), scamWarning ? 'scam:' : ''),
  );
  const found: Found[] = [];
  sentences.forEach((sentence, index) => {
    const reading = readings[index];
    if (!reading || reading.offers.length === 0) return;
    const words = sentence.words;
    const here = reading
      .sellers()
      .map((seller) => ({ seller, offers: fits(seller, reading.offers) }))
      .filter((pair) => pair.offers.length > 0);
    let from: number | undefined;
    let to: number | undefined;
    if (here.length > 0) {
      // Every seller and offer of the sentence: the finding shows all the words that made it one.
      for (const { seller, offers } of here)
        for (const span of [seller, ...offers]) {
          from = Math.min(from ?? span.from, span.from);
          to = Math.max(to ?? span.to, span.to);
        }
    } else {
      // "she's offering free home valuations": whom "she" means may be named sentences before.
      const pronoun = words.some((w) => /^(?:she|he|they|she's|he's|they're)$/.test(w.lower));
      const neighbours = [
        readings[index - 1],
        readings[index + 1],
        ...(pronoun && reading.offers.some((o) => o.discount)
          ? [readings[index - 2], readings[index - 3]]
          : []),
      ];
      const offers = neighbours
        .flatMap((n) => n?.sellers() ?? [])
        .map((seller) => fits(seller, reading.offers).filter((o) => !o.besideOnly))
        .find((o) => o.length > 0);
      if (!offers) return;
      from = offers[0]?.from;
      to = offers.at(-1)?.to;
    }
    const first = from === undefined ? undefined : words[from];
    const last = to === undefined ? undefined : words[to];
    if (first && last) found.push({ start: first.start, end: last.end });
  });
  return found;
}
