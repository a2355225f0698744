import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-six's fresh-eyes review: a helper who saw no corpus wrote 212 clean near misses of
 * the new rules' words (152 it tuned its guards on, then two fresh sets of 30 it measured before
 * looking) and 34 real claims. These are the near misses round forty-six's first rules flagged and
 * its guards clear, and the claims they must still find. Scanned without the sentence model.
 */
const scanAll = (text: string) =>
  [
    ...guiltOrInnocenceScanner.scan(text, { withoutModel: true }),
    ...pendingProsecutionScanner.scan(text, { withoutModel: true }),
    ...politicalScanner.scan(text, { withoutModel: true }),
  ].map((f) => `${f.kind}: ${f.text}`);
const scanners = {
  guilt: guiltOrInnocenceScanner,
  pending: pendingProsecutionScanner,
  political: politicalScanner,
};

const CLEAN_NEAR_MISSES = [
  'Grandpa always looked the other way when we snuck an extra cookie before dinner. Best grandpa on the block.',
  'She looked the other way because the sun was right in her eyes at the crosswalk, which is why we ask drivers to slow down near Lincoln Elementary.',
  'Mom looked the other way every time Dad tried the Macarena at the block party.',
  'The landlord looked the other way on the late rent for three months because my mom was in the hospital. Good people still exist.',
  'Ms. Jenkins always looked the other way when we were five minutes late to homeroom. Best teacher Central ever had.',
  'You looked the other way while backing out and that is how most mailbox crashes happen. Check both mirrors, folks.',
  'He saw the bear on the trail and kept walking, calm and steady, just like the rangers teach.',
  "Grandpa saw the surprise party banner through the window and said nothing so he wouldn't ruin it for the kids.",
  "She saw her name on the honor roll and said nothing, that's our humble girl.",
  'Jake heard the ice crack and kept walking slowly toward shore, which is exactly what you should do.',
  'Rex heard the doorbell and kept walking, first time ever. Obedience class is paying off!',
  'He saw the final score and said nothing the whole ride home. Tough loss, Panthers.',
  "The bus driver saw the kids' homemade card and said nothing, just smiled the whole route.",
  "Our K-9 Max stopped dead at the locker. He knew. That's where the missing tennis ball was all along.",
  'Grandma warned us the storm would be bad. She knew. Forty years on this lake will teach you.',
  'The smoke alarm was chirping at 3 a.m. She knew. New battery, test button, back to bed. Do the same this weekend!',
  'The ice on Crane Lake looked bad from shore. He knew. He turned around and called it a day. Smart angler.',
  'The forecast said the roads would be bad. She knew. She stayed home and baked cookies instead.',
  'My son took one look at the broken vase. He knew. He went and got the broom before I even asked.',
  'Dad cut corners on the gingerbread house this year and it still won the family vote.',
  'Rookie Jensen cut corners on the obstacle course and had to run it twice. Academy week 3!',
  'The runner who cut corners on the 5K course last year was disqualified, so please stay on the marked route Saturday.',
  'Grandpa cut corners on the quilt so it would be ready for the baby shower, and nobody could tell.',
  'She cut corners on the wrapping this year and the presents still looked great under the tree.',
  'Marcus cut corners on his lawn striping and the neighborhood still gave him yard of the month.',
  'The bus driver cut corners wide on Elm all day because of the parked cars, so please park on one side during the block party.',
  'He cut corners on the fall festival budget and still pulled off free hayrides for every kid in town.',
  'Mia cut corners on her science fair poster and still took home second place.',
  "Our K-9 Duke helped himself to almost $30 of brisket off the judges' table at the cook-off. Bad boy, Duke.",
  'Grandma Lou helped herself to close to $200 at bingo night, that lucky lady.',
  'Practice ran late again? Blame Coach.',
  'The donut box is empty already. Blame Kowalski.',
  'The cookies at the open house are gone. Blame Grandpa.',
  'Took the long way to the fall festival? Blame Waze.',
  'Lake-effect snow all week. Blame Ontario.',
  'Our phone lines went down for an hour Tuesday morning. Blame Verizon, not dispatch.',
  "We lost 3-2 in overtime, but it's not the goalie's fault, she made 40 saves.",
  "It wasn't Jake's fault we lost, the whole team had an off night.",
  "The bus was 20 minutes late, but that's not the driver's fault, the roads were solid ice.",
  "It isn't the puppy's fault he chewed the couch, he was bored. Exercise your dogs!",
  "Power's out on the east side, but it's not the lineman's fault, the storm dropped a tree on the feeder line.",
  'thats not the refs fault, we missed 12 free throws',
  'Coach checked every helmet before the game. The loss was not on him.',
  "It wasn't the teacher's fault the field trip got canceled, the bus broke down on the highway.",
  "Please be kind at the register. It isn't the cashier's fault prices went up.",
  "At the kids' cooking class, Chef Rosa put the knife in Maya's hand and showed her the claw grip.",
  "Grandpa went after the ice dam with a hammer and a hair dryer. Please don't climb on your roof in January.",
  'Dad went after that stump with a shovel all weekend and the stump won.',
  'She went after the piñata with a bat and candy went everywhere. Happy 6th birthday, Lily!',
  'Jonah went after the wasp nest with a stick and learned his lesson fast.',
  'Ellie went after the snowbank with a shovel so the plow driver could see the hydrant. Adopt a hydrant this winter!',
  'Mrs. Ortiz was the one pouring coffee at the pancake breakfast all morning.',
  "My son was the one throwing the first pitch at Saturday's game, he was so nervous.",
  'Dale is the one cooking the chili this year, so bring antacids.',
  'Ellie was the one going through chemo and still cheering everyone else up.',
  'Grandpa was the one doing all the driving on the trip to Yellowstone.',
  'Our neighbor was the one keeping watch over the kids at the bus stop all winter.',
  'Jenna was the one stealing the spotlight at the talent show.',
  'My daughter was the one signing the national anthem in ASL at the game.',
  'He was the one loading the truck for the food drive until 10 p.m.',
  'Emma was the one programming the robot that won regionals.',
  'Lucas was the one egging everybody on to jump in the polar plunge.',
  'Grandpa was the one picking up the cards after every hand at euchre night.',
  'The Miller kid was the one pulling the sled with all the little ones on it.',
  "He ignored the doctor's orders and showed up to his own retirement party two days after surgery.",
  'Grandpa ignored every one of our calls because his phone was on silent again.',
  'She ignored all the scam calls just like we recommend, and her savings are safe.',
  'Marcus ignored the recruiting calls from the big schools and stayed home to play for the Wildcats.',
  'Duke ignored the whistle and went straight for the tennis ball.',
  "Dad ignored the detour signs and ended up at the county fair instead of Grandma's.",
  'She ignored all the requests for an encore and went home to bed.',
  'Jenna walked off with three blue ribbons at the county fair this weekend.',
  'Kowalski walked off with the chili crown again. Next year, Sarge.',
  'He walked off with the MVP trophy and a broken nose. What a game.',
  'She walked off with my good pen again, lol.',
  "He's been lifting since he was 14 and now he's benching 300 for the state meet.",
  "She's been borrowing books from the bookmobile every week this summer.",
  "He's been hustling on both ends of the floor all season.",
  'Marcus has been stealing the spotlight at every home game.',
  "She's been lifting everyone's spirits at the nursing home every Sunday.",
  "He's been pinching pennies all year for the band trip to Nashville.",
  "Jeff's been borrowing my truck every weekend to haul mulch for the community garden.",
  'Jenna never once checked the scoreboard, she just played her game.',
  'He never once made us feel like a burden when we moved in with him.',
  'Grandpa never once locked his front door in sixty years in this town. Times have changed, so lock your doors.',
  'She never once read the instructions and the bookshelf still came out perfect.',
  'In 40 years of marriage he never once put the toilet seat down. Happy anniversary, you two!',
  'Valedictorian Sam Ortiz never once handed in homework late in four years.',
  'Mrs. Ellis never once walked out to her crosswalk without a smile.',
  'He never once cleaned his room as a teenager, and now he runs a cleaning business.',
  'She never once tied her own shoes until she was eight, and now she runs marathons.',
  'It was Jenna who scored the winning goal in overtime. Not Rodney. Sorry, Rod!',
  'It was my sister who baked the winning pie. Not Mom.',
  "It was the Hendersons' dog that kept barking all night. Not Biscuit.",
  'Twenty-two summers at Miller Beach and Hank never let a single kid drown on his watch.',
  'She refused to let the tomato plants die on her watch while we were on vacation.',
  "He won't let anybody drown on his watch, lifeguard of the year three years running.",
  "K-9 Rex pulled a muscle chasing a burglary suspect Tuesday. He'll be back working by next month.",
  "Marcus tore his ACL on the court in December; he'll be back playing by next season.",
  "Officer Diaz sprained her wrist during the arrest. She'll be back patrolling within 6 weeks.",
  "Coach Ray had hip surgery Monday and he'll be back coaching by August. Our defense is in good hands till then.",
  'Northbound traffic will take the diversion via Elm Street while detectives process the shooting scene.',
  "Detective Lowry has worked burglaries since 2004. In May he'll get 20 years of service recognized by the chief.",
  "He'll serve about two years as school resource officer at Central, teaching kids about scams and online safety.",
  "We'd be surprised if she gets less than an A on that essay about the court system.",
  'Max him out on the bench press! Officer Torres takes on the football team Friday at 6, all proceeds to the crime victims fund.',
  "Kids' bike helmets are good for up to 5 years, but he'll do 2, tops, before he outgrows it.",
  'Election Day is Tuesday. If anyone offers to fill out your ballot for you, tell them no and call us.',
  'Kids asking to ride without a car seat on the way to the fair? Tell them no.',
  'If someone calls claiming to be from the county elections office and asks for your Social Security number, tell them no and hang up.',
  'Girl Scout Troop 212 is door-knocking for cookie orders this weekend; Mayor Ruiz already bought six boxes of Thin Mints.',
  "With the election coming up, expect campaign volunteers door-knocking in your neighborhood. Real ones won't ask for money.",
  'Officers will be walking precincts on election day to make sure every polling place stays safe and calm.',
  'Our Police Explorers are block-walking the Eastside Saturday handing out smoke detectors, and council member Patel will join them.',
  'If a stranger offers your child a ride home this term, teach them to tell them no and run to a trusted adult.',
  "The sheriff's office reminds parents: if your teen is offered a vape at a party, tell them no means no.",
  'Voting is Tuesday at the Elks Lodge. Poll workers will be door-knocking nowhere, so anyone at your door claiming to be one should be reported.',
  "We are door-knocking the Maple Ridge neighborhood Thursday to check on seniors during the heat wave; the mayor's office is helping.",
  "He watched the sunset from the pier and said nothing; some moments don't need words.",
  "Dad always looked the other way when Mom sneaked the dog table scraps. Happy Father's Day!",
  'He heard the tornado siren and kept calm, got his class into the hallway, and said nothing to scare them.',
  'Grandpa cut corners on the birdhouse kit and the wrens moved in anyway.',
  'Our chief helped himself to almost $40 worth of raffle tickets for the K-9 fundraiser.',
  'Snowed in again? Blame Punxsutawney Phil.',
  'She ignored all the calls from her sister during the wedding, as she should.',
  "He's been lifting at the Y three mornings a week since his heart surgery.",
  'Dad never once checked the recipe and the chili still took second.',
  'Mrs. Patel never once opened the school doors without a good morning for every kid.',
  'It was the Smith twins who painted the mural at the library. Not Jordan.',
  "Coach Hughes twisted his knee at practice; he'll be back coaching by the playoffs, the court of public opinion says.",
  'If a driver flags you down on the highway asking for cash for gas, tell them no and call 911. Election signs are also not allowed on the shoulder.',
  'The Lions Club is door-knocking for the eyeglass drive Saturday; the mayor will be at the kickoff.',
  'Mike cut corners on the playhouse trim and the grandkids never noticed.',
  'Nathan went after the blackberry bushes with a machete and lost.',
  "She's been borrowing her mom's minivan for the carpool all semester.",
  "It was the seventh graders who collected the most cans. Not Ms. Ruiz's class.",
  "We're door-knocking in the Pine Hills neighborhood to check smoke detectors this weekend; the sheriff will join us.",
  'Election workers will be walking precincts Tuesday to deliver supplies to polling places.',
  'She knew the route better than the GPS and kept walking while the rest of us argued about the map.',
  "My son is the one throwing the party for his grandpa's 90th, all are welcome.",
];

const CLAIMS: readonly (readonly [keyof typeof scanners, string])[] = [
  [
    'guilt',
    'The landlord looked the other way for years because the rent kept coming in, and now three tenants are dead.',
  ],
  ['guilt', "That inspector looked the other way every time Kessler's crew poured a footing."],
  ['guilt', 'He saw the kids drinking in his bar every weekend and said nothing.'],
  ['guilt', 'Her supervisor watched the money disappear for months and said nothing.'],
  ['guilt', 'The owner heard the complaints about the wiring and sat on it.'],
  ['guilt', 'Ashby was told twice the lift was broken. He knew.'],
  ['guilt', 'He knew. Three different parents warned him about that ladder.'],
  ['guilt', 'Osterhout cut corners on the pool fence to open on time.'],
  ['guilt', 'The contractor cut corners on every deck he built on that street.'],
  ['guilt', 'She helped herself to close to $60,000 from the booster club.'],
  ['guilt', 'The pipe was rotten when Royce bought the place. Blame Whitcombe.'],
  ['guilt', 'Management had one lifeguard for 300 swimmers. Blame Osterhout, not the lifeguards.'],
  ['guilt', "It wasn't Marcus's fault, the other driver ran the light and killed her."],
  ['guilt', "That's not the bouncer's fault, the guy came in swinging."],
  ['guilt', "Witnesses put the gun in Darnell's hand."],
  ['guilt', 'Darnell went after the clerk with a bat.'],
  ['guilt', 'Kessler was the one forging the inspection stickers.'],
  ['guilt', 'His brother was the one selling the stolen catalytic converters out of that garage.'],
  ['guilt', 'The owner ignored every complaint about the railing.'],
  ['guilt', 'He ignored the small-craft advisory and took eight kids out on the lake.'],
  ['guilt', 'Royce has been skimming from the church collection for years.'],
  ['guilt', "She's walked off with three generators from the job site."],
  ['guilt', 'The foreman never once inspected those trench boxes.'],
  ['guilt', 'It was his cousin who threw the first punch. Not Dante.'],
  ['guilt', 'He let those kids freeze on his watch.'],
  ['pending', "Charged with assault and he'll get a suspended sentence, watch."],
  ['pending', "Charged with DUI manslaughter and she'll serve maybe two years, tops."],
  ['pending', 'The fraud case will get pled down to a misdemeanor, guaranteed.'],
  ['pending', 'The coach charged with assault will take diversion and be back on the sidelines.'],
  ['pending', "Arrested for embezzling $80k and he'll be back coaching by spring."],
  ['guilt', "He stole from his own grandmother. Twenty years wouldn't be enough."],
  ['political', "Vote yes on Measure 4! We're door-knocking on the east side Sunday."],
  ['political', 'The levy is a tax grab. Tell the school district no on November 4.'],
  ['pending', "Second-degree assault carries up to 10 years. She'll do 1, tops."],
];

describe('round forty-six\u2019s review: clean near misses the first rules flagged', () => {
  it.each(CLEAN_NEAR_MISSES)('leaves %s', (text) => {
    expect(scanAll(text)).toEqual([]);
  });
});

describe('round forty-six\u2019s review: guards no other near miss above reaches', () => {
  it.each([
    // a race course's corners, with a motive told
    'He cut corners on the 5K course every year to beat his brother.',
    // the department's own people cleared after a harm
    'Two crashes at Elm and 5th this week with the signal out. Blame Verizon, not dispatch.',
    // kin blamed in fun
    'The clutch burned out on the hill again. Blame Grandpa.',
    // praise, with a duty's word in it
    'Dale never once checked the ice without a smile for the skaters.',
    // kin who looked away
    'Dad always looked the other way when the dog got on the couch.',
    // a greeting's day
    'Mr. Alvarez looked the other way every time the cake came out early. Happy retirement!',
  ])('leaves %s', (text) => {
    expect(scanAll(text)).toEqual([]);
  });
});

describe('round forty-six\u2019s review: the claims its guards must not lose', () => {
  it.each(CLAIMS)('%s: %s', (kind, text) => {
    expect(scanners[kind].scan(text, { withoutModel: true }).length).toBeGreaterThan(0);
  });
});
