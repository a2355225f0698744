/**
 * An animal told in the text: a pet's or a K-9's name passes for a person's ("our dog Biscuit
 * would never!", "Rex chewed up the training bumper again"), and its protecting is no defence of a
 * crime. One list, so the guilt rules that step aside for animals agree on what one is.
 */
export const ANIMAL =
  /\b(?:dogs?|cats?|pup|puppy|puppies|kitten|kitty|pets?|K-?9s?|canines?|horses?|pony|ponies|parrots?|birds?|goats?)\b/i;

/**
 * Wild animals that take things and fight: "a thieving little magpie", "a murdering crow". Lower
 * case only: "Squirrel Hill" and "Crow Agency" are places.
 */
export const WILD_ANIMAL = /\b(?:raccoons?|squirrels?|magpies?|crows?|seagulls?|gulls?)\b/;
