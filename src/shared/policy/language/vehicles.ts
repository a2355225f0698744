/**
 * Makes of vehicle: "a 2015 Harley Road King" is a model year, "a stolen 15-year-old Honda Civic"
 * a car's age; neither is a house number or a child.
 */
const MAKES =
  'honda|toyota|ford|chevy|chevrolet|nissan|hyundai|dodge|jeep|subaru|mazda|bmw|audi|volkswagen|vw|gmc|buick|cadillac|chrysler|lexus|acura|infiniti|mitsubishi|volvo|harley|harley-davidson|yamaha|kawasaki|suzuki|pontiac|saturn|porsche';
/** Makes that are also given names ("Mercedes Ruiz, 15"): a car only after a model year. */
const MAKES_THAT_ARE_NAMES = 'mercedes|kia|tesla|ram|mini';

/** Every make, as a regex alternation, for "a 2015 Kia Soul". */
export const VEHICLE_MAKES = `${MAKES}|${MAKES_THAT_ARE_NAMES}`;

/** A word that is a make and never a given name. */
export const VEHICLE_MAKE = new RegExp(`^(?:${MAKES})$`, 'i');

/**
 * Words that put a vehicle in the sentence: a plate-shaped value set off beside them ("a silver
 * Camry, 7RQX219", "the plate on the van: 4KLM920") is the vehicle's plate.
 */
export const VEHICLE_CONTEXT = new RegExp(
  `\\b(?:plates?|tags?|registration|car|cars|truck|pickup|sedan|suv|van|minivan|coupe|hatchback|wagon|motorcycle|vehicle|camry|civic|corolla|accord|altima|malibu|tahoe|silverado|f-150|prius|${VEHICLE_MAKES})\\b`,
  'i',
);
