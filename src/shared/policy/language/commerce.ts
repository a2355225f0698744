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
