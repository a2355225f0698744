import type { Word } from './analysis';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words that make a capitalised run a business's name: "Hartley Hardware", "Ortega Towing". */
export const BUSINESS_WORDS = set(`
  shop shoppe store auto autos automotive bakery bakeries locksmith locksmiths detailing llc inc co
  corp hardware security electric electrical gym fitness crossfit pizzeria pizza bbq barbecue
  smokehouse cupcakes cakes bakes sweets towing tow training tactical prep apparel outfitters pros
  cycle cycles muffler brake brakes liquor liquors diner cafe café grill taquería taqueria tacos
  salon spa barbershop plumbing roofing landscaping lawn cleaning solutions motors tire tires
  insurance realty bonds boutique kitchen bar tavern pub brewing brewery coffee donuts candles
  photography studio studios depot outlet mart supply supplies tech labs pest construction builders
  contracting hvac repair pawn jewelry jewelers firearms armory smart home homes works signals
  designs crafts creations knits treats catering deli eatery bistro restaurant express
  roasters roastery creamery bakehouse coffeehouse florist florals tailors cleaners barbers
  lashes nails strength yoga pilates dojo
`);

/**
 * Words that make a capitalised run the department's, a public body's or a place's: the
 * department's own programmes and public services are not a private business.
 */
export const PUBLIC_WORDS = set(`
  police pd epd department dept unit division bureau office station substation city county state
  public federal academy explorers center centre park library school high elementary middle church
  hospital court courthouse jail fire league association union council hall plaza mall apartments
  street st avenue ave road rd boulevard blvd drive dr lane ln way highway hwy route loop square
  crime stoppers victim services youth community team task force squad patrol traffic records
  university college campus district precinct memorial foundation fund cadets
`);

/** Web and payment platforms: a place to reach someone, not the business itself. */
export const PLATFORMS = set(`
  youtube tiktok whatsapp paypal linkedin facetime gofundme instagram facebook snapchat telegram
  iphone ipad macbook
`);

/** Family and friends: "Officer Kim's wife", "my brother-in-law". */
export const RELATIVES = set(`
  brother sister wife husband cousin son daughter mom mother dad father uncle aunt nephew niece
  brother-in-law sister-in-law son-in-law daughter-in-law family spouse partner fiancé fiancée
  fiance fiancee girlfriend boyfriend grandson granddaughter stepson stepdaughter
`);

/** What a person's own business is called: "her Etsy shop", "his company", "my page". */
export const PRIVATE_BUSINESS_NOUNS = set(`
  business shop store company page channel bakery program course courses classes class brand
  etsy hustle venture boutique team website site line brewery food-truck salon cafe café
`);

/** What a vending truck or cart sells: "her taco truck", "his espresso cart", not "his truck". */
export const VENDING = set(`
  food taco tacos coffee espresso ice-cream lemonade hot-dog bbq barbecue kettle pretzel snack
  smoothie juice dessert cupcake burger pizza
`);

/** Money that is not a price: a reward, a bond, a loss, a wage, a grant. */
export const NOT_A_PRICE_BEFORE = set(`
  reward rewards bond bail fine fined fines worth over under losing lost lose stole stolen steal
  pay paid salary bonus reimbursement raised collected donated donate grant budget funding
  get gets receive receives each spent owed owe cost scammed took taking stealing damage damages
  theft thefts than approximately about nearly almost
`);
export const NOT_A_PRICE_AFTER = set(`
  reward bond bail worth fine bonus million billion grant raise damage damages budget loss
  salary settlement fund cash stolen
`);

/** Sales that are the reader's own, never a business's: "a garage sale", "a bake sale". */
export const PRIVATE_SALES = set(`garage yard bake estate rummage moving tag`);

/** Words that make a sentence a warning about fraud, not an advert. */
export const SCAM_WORDS = set(`
  scam scams scammer scammers scammed fraud frauds fraudster fraudsters fraudulent impersonating
  impersonate impersonator phishing pretending pretend fake spoofed spoofing con
`);

const BRAND = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const NAME_PREFIX = /^(?:Mc|Mac|De|La|Le|Di|Van|O)\p{Lu}/u;

/** Whether a word is written like a brand: "BrightPath", "QuantumYield", not "McGruff". */
export function isCamelCase(word: Word): boolean {
  // Most words are lower-case: a character test passes them by before any pattern runs.
  const first = word.text[0];
  if (first === undefined || first === first.toLowerCase() || word.text.length < 4) return false;
  return BRAND.test(word.text) && !NAME_PREFIX.test(word.text);
}

/**
 * What a person makes or does for customers: "spends her weekends making hot sauce", "teaches a
 * class at his gym", "bakes sourdough", "does gutter cleaning". A price beside it is a sale.
 */
export const PRODUCING = set(`
  make bake brew craft sew knit build paint cook sell teach run tutor cater groom detail repair
  fix install photograph design print carve weld roast brew mow clean
`);

/** Who an offer is made to: "to our followers", "for anyone who follows this page". */
export const AUDIENCE = set(`
  followers follower readers fans subscribers anyone anybody everyone customers customer
  neighbors neighbours members viewers
`);

/**
 * Where the department or a public body hands something out or holds its own programme: "at
 * headquarters", "at the front desk", "by calling the non-emergency line", "at Station 3", "at
 * the Rec Center". A giveaway or a ticket there is a public service, not a shop's sale.
 */
export const PUBLIC_PLACE =
  /\b(?:headquarters|hq|front\s+desk|lobby|non-emergency(?:\s+line)?|(?:police|fire)\s+(?:station|department|dept)|(?:the|our|any)\s+(?:station|precinct|substation)|station\s+\d+|precinct|substation|city\s+hall|town\s+hall|fire\s+hall|firehouse|public\s+health|health\s+department|courthouse|rec(?:reation)?\s+cent(?:er|re)|community\s+cent(?:er|re)|senior\s+cent(?:er|re)|library|public\s+works)\b/iu;

/**
 * A public body running it: "courtesy of the Auto Theft Task Force", "the PAL", "our Community
 * Policing Unit", "Crime Prevention Unit", "Parks and Recreation".
 */
export const PUBLIC_BODY =
  /\b(?:courtesy\s+of\s+(?:the\s+|our\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Unit|Force|Department|Division|Bureau|Squad|Police|PD|Office|League|Explorers|Cadets)|task\s+force|police\s+athletic\s+league|PAL|parks\s+(?:and|&)\s+rec(?:reation)?|(?:police|sheriff['’]?s?|fire)\s+(?:department|office|foundation|auxiliary)|explorers|cadets)\b/u;

/**
 * The department's and the community's own events and classes, priced or with few places left:
 * "the PAL basketball tournament", "the Fishing Derby", "the Senior Safety Seminar", "the
 * Women's Self-Defense course".
 */
export const PUBLIC_EVENT =
  /\b(?:tournaments?|derby|derbies|fun\s+run|5k|10k|carnival|fair|festival|open\s+house|night\s+out|cookout|pancake\s+breakfast|(?:coffee|lunch|breakfast|donuts?|pizza|shop)\s+with\s+a\s+(?:cop|deputy|trooper|firefighter)|academy|class|classes|course|courses|seminars?|workshops?|sessions?|clinics?|camps?|training|ride-alongs?|self-defen[cs]e|safety\s+(?:class|course|seminar|day|fair)|registration|register|sign\s+up)\b/iu;

/** Possessives that name who a thing is for, not who owns a shop: "Women's", "Mother's Day". */
const FOR_WHOM = set(`
  women men children kids veterans seniors mother father mothers fathers valentine people citizens
  girls boys ladies gentlemen officers officer's neighbors neighbours residents farmers patriots
`);

/** "DM me", "inbox us", "message me": a seller's own line, never the department's. */
const CONTACT_ME = /\b(?:dm|pm|inbox|message|text|whatsapp)\s+(?:me|us)\b/iu;
/** Two or more capitalised words: "Iron Gym", "Hartley Hardware", "Auto Theft Task Force". */
const CAPITAL_RUN = /\b\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)+/gu;
const POSSESSIVE_NAME = /\b(\p{Lu}[\p{L}-]*)['’]s\s+(\p{Lu}[\p{L}-]*)/gu;
const OWN_THING =
  /\b(?:LLC|Inc|Ltd)\b|\b(?:my|his|her)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:shop|store|business|company|mentorship|coaching|course|program|programme|channel|page|brand|group|class|classes|masterclass)\b/u;

/**
 * A private seller's own mark in a sentence: a possessive business name ("Rick's Auto", "Big
 * Roy's BBQ"), a company ("LLC"), or a person's own thing ("my trading mentorship", "his course").
 * "the Women's Self-Defense course" says whom a class is for, and "Station's" no one's shop.
 */
export function privateMark(sentence: string): boolean {
  if (OWN_THING.test(sentence) || CONTACT_ME.test(sentence)) return true;
  for (const [run = ''] of sentence.matchAll(CAPITAL_RUN)) {
    const words = run.toLowerCase().split(/\s+/);
    if (words.some((w) => BUSINESS_WORDS.has(w)) && !words.some((w) => PUBLIC_WORDS.has(w)))
      return true;
  }
  for (const [, owner = '', thing = ''] of sentence.matchAll(POSSESSIVE_NAME)) {
    const who = owner.toLowerCase();
    if (FOR_WHOM.has(who) || PUBLIC_WORDS.has(who) || PUBLIC_WORDS.has(thing.toLowerCase()))
      continue;
    return true;
  }
  return false;
}
