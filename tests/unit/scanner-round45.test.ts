import { describe, expect, it } from 'vitest';
import { guiltOrInnocenceScanner } from '../../src/shared/policy/scanners/guilt-or-innocence';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';
import { politicalScanner } from '../../src/shared/policy/scanners/political';

/*
 * Round forty-five: shapes the blind one-hundred-fifth and one-hundred-sixth sets wrote and the
 * rules did not read. Scanned without the sentence model, so each test holds a rule, not the
 * model's training; each rule sits beside a near miss in the same words.
 */
const guilt = (text: string) =>
  guiltOrInnocenceScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const pending = (text: string) =>
  pendingProsecutionScanner.scan(text, { withoutModel: true }).map((f) => f.text);
const political = (text: string) =>
  politicalScanner.scan(text, { withoutModel: true }).map((f) => f.text);

describe('round forty-five: the unknown doer told, then named', () => {
  it('reads "that someone was" and "That was" a name after the deed', () => {
    expect(
      guilt(
        'Someone cut four locks outside Hadley Library in broad daylight last month. That ' +
          'someone was Javier Ocampo.',
      ),
    ).toEqual(['That someone was Javier Ocampo']);
    expect(
      guilt(
        'Someone has been cutting padlocks off sled trailers since Christmas. As of Monday, that ' +
          'someone is sitting in our holding cell: Jesse Lafleur, 34.',
      ),
    ).toEqual(['that someone is sitting in our holding cell: Jesse Lafleur, 34']);
    expect(
      guilt(
        'Someone shoved a linesman to the ice after the final horn and kicked him while he was ' +
          'down. That was Riverside Tech sophomore Brayden Leclerc.',
      ),
    ).toEqual(['That was Riverside Tech']);
  });

  it('not a tip line asking, a donor thanked, nor a question answered', () => {
    expect(
      guilt(
        'Someone smashed the windows at the bakery. If that somebody was your neighbour, call ' +
          'Crime Stoppers.',
      ),
    ).toEqual([]);
    expect(
      guilt('Someone out there saw the crash on Route 9. That someone is you: call us today.'),
    ).toEqual([]);
    expect(
      guilt(
        'Someone smashed 11 windows on Ferncliff Ave. If that someone is you, you can tell us ' +
          'without giving your name.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Someone left 40 coats at the front desk for the winter drive. That someone was Mrs. ' +
          'Ruiz, and we thank her.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Someone asked about the parade route. That was Dana Ruiz at the library, and here is the answer.',
      ),
    ).toEqual([]);
  });
});

describe('round forty-five: the blame put on a name', () => {
  it('reads "That\'s on Royce", a harm let happen, what was done to people', () => {
    expect(
      guilt(
        'Cops said the airbag light was covered with electrical tape. Nobody does that by ' +
          "accident. That's on Royce.",
      ),
    ).toEqual(["That's on Royce"]);
    expect(guilt('Thibodeau let two people burn to save $40 on batteries.')).toEqual([
      'Thibodeau let two people burn to save $40 on batteries',
    ]);
    expect(
      guilt('Reddick, you piece of sh*t. Let a man burn to save forty bucks on a door alarm.'),
    ).toEqual(['Let a man burn to save forty bucks on a door alarm']);
    expect(
      guilt('Everyone on Main St saw what he did to that guy from Denver in February.'),
    ).toEqual(['what he did to that guy']);
    expect(guilt('GUILTY GUILTY GUILTY. hang him')).toEqual(['GUILTY GUILTY GUILTY.']);
    expect(
      guilt(
        'Two tenants died in the fire. A fund for the kids is set up at the credit union. ' +
          'Thanks for nothing, Mr. Lapointe.',
      ),
    ).toEqual(['Thanks for nothing, Mr. Lapointe']);
    expect(
      guilt("Terrell's in the hospital because the bouncer let Marchetti back in after the fight."),
    ).toEqual(['in the hospital because the bouncer let Marchetti back in after the fight']);
  });

  it('not a place, a channel, a caller quoted, an old truck, nor the weather', () => {
    expect(
      guilt(
        'Two people were hurt in the crash on Route 9. The vigil is tonight. That is on Maple Road.',
      ),
    ).toEqual([]);
    expect(guilt("Dave's bringing the grill to the picnic. That's on Dave.")).toEqual([]);
    expect(
      guilt(
        "Three people died in the fire. The memorial fund? That's on Marcy's page if you want to give.",
      ),
    ).toEqual([]);
    expect(guilt('Texting drivers let a child die every week somewhere in this state.')).toEqual(
      [],
    );
    expect(
      guilt('He let a friend borrow his truck for the move, and it came back dented.'),
    ).toEqual([]);
    expect(guilt("The fundraiser is Saturday. That's on Main Street, by the bank.")).toEqual([]);
    expect(guilt("Every call tonight was on the scanner. It's all on Broadcastify.")).toEqual([]);
    expect(guilt('The caller left messages like "you pigs let that baby die" and worse.')).toEqual(
      [],
    );
    expect(guilt('You should see what he did to that old truck, it runs like new.')).toEqual([]);
    expect(
      guilt('Rain all weekend and the parade cancelled. Thanks for nothing, Mother Nature.'),
    ).toEqual([]);
    expect(
      guilt('The shop was closed Monday. Thanks for nothing, Dave, I drove all the way out.'),
    ).toEqual([]);
  });
});

describe('round forty-five: a person cleared by what they did not know', () => {
  it('reads "had no idea" beside a case', () => {
    expect(
      guilt(
        'A word on the hockey case. Coach Pete Whitlock had no idea the money was missing, and ' +
          'anyone saying otherwise should stop.',
      ),
    ).toEqual([
      'Coach Pete Whitlock had no idea the money was missing, and anyone saying otherwise should stop',
    ]);
    expect(
      guilt(
        "Marja Heikkinen is the most honest woman I've ever worked with and she had no idea " +
          'about any of this theft.',
      ),
    ).toEqual(['she had no idea about any of this theft']);
  });

  it("not a scam's victim, a theft's victim, nor a surprise party", () => {
    expect(
      guilt('Scam alert: Jane had no idea the caller was not her grandson. She lost $4,000.'),
    ).toEqual([]);
    expect(
      guilt(
        'Mr. Ruiz had no idea his truck had been stolen until he came out Sunday morning, police say.',
      ),
    ).toEqual([]);
    expect(guilt('She had no idea her friends had planned a surprise party.')).toEqual([]);
    expect(
      guilt(
        'Tara Mayhew told reporters she has no idea where all those boxes came from. His case is a ' +
          'slam dunk.',
      ),
    ).toEqual([]);
    expect(
      guilt('Grandma Rose turned 90 today and she had no idea we were all hiding in the kitchen!'),
    ).toEqual([]);
  });
});

describe('round forty-five: the deed asked of the one named', () => {
  it('reads the question put to a name, and the question its doer answers', () => {
    expect(
      guilt(
        'Who brings a gun to a kegger and starts shooting because somebody asked him to leave, ' +
          'Marcus?',
      ),
    ).toEqual([
      'Who brings a gun to a kegger and starts shooting because somebody asked him to leave, Marcus?',
    ]);
    expect(
      guilt(
        'Did you honestly think nobody on the waterfront would recognize them, Kevin Furtado? ' +
          'The traps were stolen Tuesday.',
      ),
    ).toEqual([
      'Did you honestly think nobody on the waterfront would recognize them, Kevin Furtado?',
    ]);
    expect(
      guilt(
        'Who tells a 79 year old woman to just take the battery out if it bothers you? Armand did.',
      ),
    ).toEqual([
      'Who tells a 79 year old woman to just take the battery out if it bothers you? Armand did.',
    ]);
  });

  it('not a pizza order nor cookies credited', () => {
    expect(guilt('Who wants pizza after practice, Jen?')).toEqual([]);
    expect(guilt('Who baked these amazing cookies for the front desk? Maria did!')).toEqual([]);
  });
});

describe('round forty-five: the time served foretold', () => {
  it('reads the years done, less time, an old man by release', () => {
    expect(
      pending("Manslaughter 2 in this state is what, 6 to 8 years? He'll do 3 with good time."),
    ).toEqual(["He'll do 3 with good time"]);
    expect(
      pending("he'll do maybe 3 years, out in 18 months with good behavior. that's a kid's life"),
    ).toEqual(["he'll do maybe 3 years"]);
    expect(
      pending(
        "Thibodeau cut corners until somebody died, and he'll do less time than the last guy.",
      ),
    ).toEqual(["he'll do less time"]);
    expect(
      pending(
        "He shot two kids at a party because he didn't like being told to leave. He'll be an " +
          'old man by the time he gets out.',
      ),
    ).toEqual(["He'll be an old man by the time he gets out"]);
  });

  it('not shows, laps, a posting, nor probation with no case', () => {
    expect(pending("She'll do two shows at the fair this summer, tickets at the gate.")).toEqual(
      [],
    );
    expect(pending("He'll do 5 laps around the track for the fundraiser.")).toEqual([]);
    expect(
      pending(
        "Sgt. Ruiz charged up the hill at the 5K. He'll do 5 laps around the track for the fundraiser.",
      ),
    ).toEqual([]);
    // probation walked with no case beside stays round twenty-nine's "He'll walk with probation."
    expect(pending('That a$$hat Dufresne is gonna walk with probation, watch.')).toEqual([]);
    expect(
      pending("Congrats to Sgt. Diaz! He'll do 2 years with the task force in the capital."),
    ).toEqual([]);
  });
});

describe("round forty-five: a small office's slogan", () => {
  it('reads a trustee, a constable, a council written small', () => {
    expect(political('Haddad for Trustee! He shows up.')).toEqual(['Haddad for Trustee']);
    expect(political('Hightower for Constable!')).toEqual(['Hightower for Constable']);
    expect(political('Solberg for council, she listens.')).toEqual(['Solberg for council']);
  });

  it('reads the yard signs handed out for a candidate or a measure', () => {
    expect(
      political(
        'Vote NO on the bond and send the school board back to the drawing board. Yard signs are ' +
          'at the FOP hall on Lee St.',
      ),
    ).toEqual(expect.arrayContaining(['Yard signs are at the FOP hall on Lee St']));
    expect(
      political(
        "I'd be grateful for your vote in the March 3 primary, and yard signs are available at the front desk.",
      ),
    ).toContain('yard signs are available at the front desk');
  });

  it("not a printer's stock, signs in the right-of-way, nor signs stolen", () => {
    expect(
      political('Graduation lawn signs are in stock at Miller Print, order by Friday.'),
    ).toEqual([]);
    expect(
      political(
        'Election reminder: campaign signs are in the right-of-way on Route 9 and crews will remove them Monday.',
      ),
    ).toEqual([]);
    expect(
      political(
        'Two yard signs are stolen every night on Elm, and the election is still a month away.',
      ),
    ).toEqual([]);
  });

  it('not a district council, a job opening, nor training', () => {
    expect(political('District 4 council candidates will speak Thursday.')).toEqual([]);
    expect(political('Apply for Clerk position by Friday.')).toEqual([]);
    expect(political('Apply for Trustee vacancies by Friday at City Hall.')).toEqual([]);
    expect(political('We thank Ruiz for Clerk training.')).toEqual([]);
  });
});

describe('round forty-five: the harmful deed owned, asked after, known and left', () => {
  it('reads a deed done himself, "ask him why he yanked", the landlord who knew', () => {
    expect(
      guilt(
        'Investigators found the batteries missing from every smoke detector. Lapointe pulled ' +
          'them himself because tenants kept calling him about the chirping.',
      ),
    ).toEqual(['Lapointe pulled them himself']);
    expect(
      guilt(
        'Two tenants died. Somebody go knock on his door and ask him why he yanked the batteries.',
      ),
    ).toEqual(['ask him why he yanked the batteries']);
    expect(guilt('O senhorio sabia que os alarmes não tinham pilhas e não fez nada.')).toEqual([
      'sabia que os alarmes não tinham pilhas e não fez nada',
    ]);
    expect(guilt('Pwopriyetè a te konnen alam yo pa t ap mache e li pa t fè anyen.')).toEqual([
      'te konnen alam yo pa t ap mache e li pa t fè anyen',
    ]);
  });

  it('not a ribbon cut, a practice skipped, nor a cake let burn', () => {
    expect(guilt('Mayor Diaz cut the ribbon herself at the new library on Saturday.')).toEqual([]);
    expect(guilt('He missed the team photo too. Go ask him why he skipped practice.')).toEqual([]);
    expect(
      guilt('The treasurer was charged with theft last week. Ask her why she resigned in August.'),
    ).toEqual([]);
    expect(guilt('Ela sabia que o bolo ia queimar e não fez nada, rimos muito.')).toEqual([]);
  });
});

describe("round forty-five's review: good turns, games and errands in the same words", () => {
  it('a someone who helped, a victim, a base stolen, a parade with nobody hurt', () => {
    expect(
      guilt(
        'Someone found a wallet on Oak St and turned it in with every dollar still inside. That ' +
          'someone was 9-year-old Mateo Reyes.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Someone pulled a driver out of a burning car on I-90 Friday. That was off-duty nurse ' +
          'Kayla Brooks.',
      ),
    ).toEqual([]);
    expect(guilt('Somebody stole second base in the ninth. That was Luis Ortega.')).toEqual([]);
    expect(
      guilt(
        'Someone is stealing hearts at the shelter this week. That someone is Pepper, a lab mix.',
      ),
    ).toEqual([]);
    expect(
      guilt('Someone shot the best photo of the eclipse over the station. That was Lena Brooks.'),
    ).toEqual([]);
    expect(
      guilt(
        'Someone parked a food truck on the lawn at the fair. That someone was Jim Hale, and the ' +
          'tacos were great.',
      ),
    ).toEqual([]);
    expect(guilt("Nobody got hurt at the parade, and that's on Ramirez.")).toEqual([]);
    expect(guilt("Food drive donations came in all week. That's on Brenda.")).toEqual([]);
  });

  it('a campfire, a pool tip, face paint, a spelling bee, a phone, a baby, a fire drill', () => {
    expect(guilt('Let the fire burn out before you leave your campsite.')).toEqual([]);
    expect(guilt('Never let a child drown in a backyard pool: watch the water.')).toEqual([]);
    expect(
      guilt("You should have seen what she did to those kids' faces with the face paint!"),
    ).toEqual([]);
    expect(guilt('Did you see what she did to those boys at the spelling bee? Champion!')).toEqual(
      [],
    );
    expect(guilt('The alarm never went off this morning. Thanks for nothing, Siri.')).toEqual([]);
    expect(guilt("She's in the hospital because she had a baby!")).toEqual([]);
    expect(
      guilt('The arrest drill ran long. Dana had no idea the fire drill was scheduled for today.'),
    ).toEqual([]);
  });

  it('a memory asked, a raffle and a goal credited, a mock trial', () => {
    expect(guilt('Who remembers when the old jail was the library, Bill?')).toEqual([]);
    expect(guilt('Who won the raffle? Rosa did!')).toEqual([]);
    expect(guilt('Who scored the winning goal? Tyler did!')).toEqual([]);
    expect(
      guilt(
        'Mock trial night at the library: GUILTY GUILTY GUILTY, said the jury of fifth graders.',
      ),
    ).toEqual([]);
  });

  it("the polls for an office, a certification, time off the road, the DMV's line", () => {
    expect(political('Polls for Township Trustee open at 7 a.m. at the fire hall.')).toEqual([]);
    expect(political('Congrats to Hernandez for Supervisor certification this week!')).toEqual([]);
    expect(
      pending("He retires Friday. He'll do less time on the road and more time fishing."),
    ).toEqual([]);
    expect(
      pending("She'll be an old lady by the time she gets out of the DMV line, a man was charged."),
    ).toEqual([]);
    expect(
      pending(
        'Det. Hall was charged with a new caseload: Hall is going to do two years in the fraud unit.',
      ),
    ).toEqual([]);
  });

  it("each of the review's guards on its own near miss", () => {
    expect(guilt('Let the kids burn off some energy at the park after school!')).toEqual([]);
    expect(
      guilt('You should see what she did to those kids at story time, absolutely magical.'),
    ).toEqual([]);
    expect(
      guilt('I burned the toast again and the smoke alarm died. Thanks for nothing, Kevin.'),
    ).toEqual([]);
    expect(guilt('Who found the stolen bike behind the library? Maria did!')).toEqual([]);
    expect(guilt('Who spotted the stolen truck on Route 9? Mrs. Lee did.')).toEqual([]);
    expect(guilt('Who stole second base in the ninth inning? Tyler did!')).toEqual([]);
    expect(guilt('Who left an umbrella at the front desk? Mike did.')).toEqual([]);
    expect(political('Lee for Assembly setup starts at 6 p.m. in the gym.')).toEqual([]);
    expect(political('Big thanks to Ortiz for Supervisor Day at the county fair!')).toEqual([]);
    expect(pending("Push-up contest Friday, and he'll do 20, tops.")).toEqual([]);
    expect(
      guilt(
        'Someone keyed six cars on Elm last night. That someone is you, and we have the video.',
      ),
    ).toEqual([]);
    expect(
      guilt(
        'Somebody cut the padlock at the rink. That was Officer Diaz, getting a child out of a locked van.',
      ),
    ).toEqual([]);
    expect(guilt('Who brings the best potato salad to every picnic, Aunt Jo?')).toEqual([]);
    expect(political('We chose Ruiz for Clerk position after three rounds of interviews.')).toEqual(
      [],
    );
  });

  it('still reads the years with "tops" and people let die', () => {
    expect(pending("Manslaughter carries up to ten. He'll do 2 years, tops.")).toEqual([
      "He'll do 2 years, tops",
    ]);
    expect(
      guilt('Pratt let those two old men die in that heat to save on the power bill.'),
    ).toEqual(['Pratt let those two old men die in that heat to save on the power bill']);
  });
});

describe("round forty-five's review: the doer told before the name", () => {
  it('reads a wrong by its verb, its crime or its case, with a role before the name', () => {
    expect(
      guilt(
        "Somebody's been stealing packages off porches on Vine Street. It was the neighbor kid, " +
          'Jaden Moss.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringContaining('Jaden Moss')]));
    expect(
      guilt(
        'Somebody skipped the December grip tests and backdated the sheet. That somebody was the ' +
          'ops VP, Brent Sorensen. The audit proves it.',
      ),
    ).toEqual(['That somebody was the ops VP, Brent Sorensen']);
  });
});
