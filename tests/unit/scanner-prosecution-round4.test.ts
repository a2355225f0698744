import { describe, expect, it } from 'vitest';
import { scannerExpectations } from './scanner-expectations';
import { pendingProsecutionScanner } from '../../src/shared/policy/scanners/pending-prosecution';

/*
 * III.B.1.c, round four: the families of commentary the blind ninth set wrote and no rule saw,
 * and the neutral facts that rules took for commentary. Every sentence is written for this test;
 * none is copied from a corpus.
 */

const { scan, flagged, clean } = scannerExpectations(pendingProsecutionScanner, 'III.B.1.c');

describe('pending prosecution round 4: neutral facts stay clean', () => {
  it('keeps a sentencing date a court date', () => {
    clean('Ruiz pleaded guilty in March. His sentencing hearing is set for June 4.');
    clean('Sentencing date: July 9, before Judge Amos.');
    flagged(
      'He pleaded guilty. Sentencing will be a formality, he gets the max.',
      'Sentencing will',
    );
  });
  it('keeps a charging step expected of a prosecutor clean, not an outcome expected', () => {
    clean('We expect the prosecutor to add two more counts once the lab work is back.');
    clean('Detectives expect the DA to file charges against the second driver this week.');
    flagged('We fully expect prosecutors to seek the maximum.', 'expect prosecutors');
  });
  it('keeps the wanted-notice warning clean', () => {
    clean('Gates is wanted on an assault warrant. Consider him armed and dangerous; call 911.');
    clean('A warrant is out for her arrest. She should be considered dangerous, do not approach.');
    flagged('Charged with assault again. He is a dangerous man and always has been.', 'dangerous');
  });
  it('keeps work never done, and a court not yet seen, clean', () => {
    clean('Vance, charged with fraud, took the deposits and never came back to do the job.');
    clean('He was charged Friday. Folks, he hasn’t even been to court yet, let the process work.');
    clean('She has not seen a courtroom yet; her arraignment is Monday.');
    flagged('Trust me, this will never see a courtroom.', 'never see a courtroom');
    flagged('He will do the time for this one.', 'do the time');
  });
});

/*
 * Family: a relative or friend vouches for the charged person. Subject: the defendant (he, she, a
 * name); predicate: is a good / kind / loving / hard-working person, parent or worker, often as a
 * superlative. Not the department's own people, not a victim remembered.
 */
describe('family: good character vouched for', () => {
  const CASE = 'My son was charged Friday. ';
  it('flags the defendant praised in other words and orders', () => {
    flagged(`${CASE}He is the kindest boy on this whole street.`, 'kindest boy');
    flagged(
      `${CASE}Charged or not, she's a devoted mother and a generous neighbor.`,
      'devoted mother',
    );
    flagged(`${CASE}honestly hes a hard-working dad who loves his kids`, 'hard-working dad');
    flagged(`${CASE}Tyrell is the sweetest kid you could ever hope to meet.`, 'sweetest kid');
    flagged(`${CASE}He's truly a caring young man, ask anyone at his church.`, 'caring young man');
    flagged(`${CASE}She is one of the most gentle people I know.`, 'gentle people');
  });
  it('keeps our own people, victims and praise without a case clean', () => {
    clean('Officer Diaz is the kindest man on the force. He was honoured Friday.');
    clean(
      'Ravi Pell, 44, was killed in the crash. The driver was charged. Ravi was a loving father and a hard worker.',
    );
    clean('He is the kindest boy on this whole street, and he just won the spelling bee.');
    clean('The man charged with theft is a former teacher, court records show.');
  });
});

/*
 * Family: bad character over time. Subject: the defendant; predicate: a lifelong / habitual /
 * serial kind of offender, or has preyed on / terrorized people for years, "and always will".
 */
describe('family: bad character over time', () => {
  const CASE = 'She was arrested and charged Tuesday. ';
  it('flags a habitual offender and years of preying', () => {
    flagged(`${CASE}She is a habitual liar who will never stop stealing.`, 'habitual liar');
    flagged(`${CASE}The man is a serial predator, plain and simple.`, 'serial predator');
    flagged(`${CASE}He has preyed on the elderly in this town for years.`, 'preyed on the elderly');
    flagged(`${CASE}Rollins has been terrorizing the east side since high school.`, 'terrorizing');
    flagged(`${CASE}That guy is a chronic thief and everybody on Elm knows it.`, 'chronic thief');
    flagged(`${CASE}He's a lifelong con artist.`, 'lifelong con artist');
  });
  it('keeps a lifelong resident, a unit name and a long stay clean', () => {
    clean(`${CASE}Detective Moss is a lifelong resident of Elm Park.`);
    clean(`${CASE}The Serial Crimes Unit made the arrest.`);
    clean(`${CASE}He has lived in the area for years.`);
  });
});

/*
 * Family: the outcome for the defendant forecast in plain words: it will go badly for him, she is
 * looking at a long stretch, he will walk away with probation, nothing but a conviction imaginable.
 */
describe('family: the outcome forecast in plain words', () => {
  it('flags forecasts of how it ends for the defendant', () => {
    flagged('Between the prints and the video, this won’t end well for her.', 'end well for her');
    flagged('Believe me, things are going to go badly for him in court.', 'go badly for him');
    flagged(
      'Given the footage, she’s looking at serious prison time.',
      'looking at serious prison time',
    );
    flagged(
      'Knowing this county, he’ll walk away with a fine and nothing more.',
      'walk away with a fine',
    );
    flagged('I can’t see this ending any way but a guilty verdict.', 'guilty verdict');
    flagged(
      'It’s hard to picture anything other than an acquittal here.',
      'other than an acquittal',
    );
    flagged('Mark my words, he’ll get off with a warning.', 'get off with a warning');
  });
  it('keeps facts and other outcomes clean', () => {
    clean('The open house went well for the families who attended.');
    clean('He faces up to 20 years if convicted.');
    clean('Looking at the map, the crash happened near Elm and 4th.');
    clean('The driver walked away with minor injuries.');
    clean('The jury returned a guilty verdict Tuesday after two hours.');
  });
});

/*
 * Family: the case, a charge or evidence forecast to be thrown out, dismissed or suppressed
 * (often by "any decent lawyer"). Not a dismissal that happened, not a motion's hearing date.
 */
describe('family: dismissal or suppression forecast', () => {
  it('flags forecasts that the case or evidence will not survive', () => {
    flagged(
      'These charges are going to get tossed the minute a judge reads them.',
      'going to get tossed',
    );
    flagged('Any decent lawyer gets that confession thrown out.', 'thrown out');
    flagged('Watch, the judge will suppress the whole search.', 'suppress');
    flagged('The case will be dismissed, you’ll see.', 'will be dismissed');
    flagged('Her attorney is gonna get the DUI dropped.', 'dropped');
  });
  it('keeps dismissals that happened and motions scheduled clean', () => {
    clean('The charges were dismissed Tuesday at the prosecutor’s request.');
    clean('A motion to suppress will be heard on May 3.');
    clean('Charges against the second man were dropped.');
    clean('If the case is dismissed, the record can be sealed.');
    clean('Please get your trash thrown out before the pickup on Monday.');
  });
});

/*
 * Family: the prosecution's case judged easy or hard, or its evidence handling judged a mess.
 */
describe('family: the case judged easy, hard or botched', () => {
  it('flags the case or its evidence judged', () => {
    flagged('Honestly the DA has an easy one with this guy.', 'DA has an easy one');
    flagged('Prosecutors have an uphill battle with that alibi.', 'uphill battle');
    flagged('The state has its work cut out for it in this case.', 'work cut out');
    flagged('The evidence handling on this arrest was a total mess.', 'was a total mess');
    flagged('Their chain of custody is sloppy, and the charge is burglary.', 'sloppy');
  });
  it('keeps other easy ones and other messes clean', () => {
    clean('The DA’s office has a new victim advocate.');
    clean('The kitchen was a mess after the fire.');
    clean('It’s an easy one to remember: 555-0100.');
  });
});

/*
 * Family: a court actor told what it ought to do with the defendant ("ought to", "had better").
 */
describe('family: a court actor told what to do', () => {
  it('flags an act of the court demanded', () => {
    flagged(
      'He was booked again. The judge ought to keep him locked up this time.',
      'ought to keep him locked up',
    );
    flagged('The court ought to keep her behind bars.', 'ought to keep her behind bars');
    flagged('That judge had better not let him out again.', 'let him out');
    flagged('Prosecutors ought to throw every charge they can at her.', 'throw every charge');
    flagged('The magistrate ought to deny her bail this time.', 'deny her bail');
  });
  it('keeps advice and procedure clean', () => {
    clean('You ought to lock your car doors at night.');
    clean('The court ought to receive the paperwork on Monday.');
    clean('The judge ought to be here by nine; the hearing is at ten.');
  });
});

/*
 * Family: a bare sentence called in a comment: "10 yrs minimum", "five years, easy", "life, tops".
 */
describe('family: a sentence called in a comment', () => {
  it('flags a term called', () => {
    flagged('@Dee 10 yrs minimum. bet.', '10 yrs minimum');
    flagged('Five years easy for this one.', 'Five years easy');
    flagged('20 years at least, hopefully more.', '20 years at least');
    flagged('lol 2 yrs tops, he’ll be out in 1', '2 yrs tops');
    flagged('He gets fifteen years minimum, you watch.', 'fifteen years minimum');
  });
  it('keeps a penalty a charge carries clean', () => {
    clean('The charge carries a 10 years minimum sentence under state law.');
    clean('Burglary is punishable by 2 years minimum.');
    clean('Our officers have served 10 years at least, most of them.');
  });
});

/*
 * Family: "will answer for it" with the subject before an appositive.
 */
describe('family: answer for it, across an appositive', () => {
  it('flags the named defendant answering for it', () => {
    flagged(
      'Lopez, who fled the scene Friday, will answer for every dent in that car.',
      'will answer for',
    );
    flagged('Marsh, 41, the driver in the crash, will answer for this.', 'will answer for this');
    flagged('And the shooter, the one on camera, will answer for it.', 'will answer for it');
  });
  it('keeps residents answering questions clean', () => {
    clean('Residents, who were evacuated Friday, will answer a short survey.');
    clean('Chief Ames, at Monday’s meeting, will answer for the budget overrun.');
  });
});

/* Family: the same forecasts in Spanish (a light sentence or a warning only). */
describe('family: a light outcome forecast in Spanish', () => {
  it('flags the forecast', () => {
    flagged('Seguramente solo le darán una multa.', 'Seguramente solo le darán una multa');
    flagged('Probablemente recibirá libertad condicional y ya.', 'recibirá libertad condicional');
    flagged('Lo más seguro es que le den cinco años.', 'le den cinco años');
  });
  it('keeps neutral Spanish clean', () => {
    clean('Seguramente lloverá el sábado; la feria sigue en pie.');
    clean('El acusado recibirá una audiencia el lunes.');
  });
});

describe('character: without a charge word in the paragraph', () => {
  it('flags a habitual wrongdoer and a habit of preying anywhere, praise only with a crime in view', () => {
    flagged(
      'Everyone on Pine Street knows Dale. He is a chronic liar who cons widows.',
      'chronic liar',
    );
    flagged(
      'She is the woman who swindles churchgoers, and she always will.',
      'who swindles churchgoers',
    );
    flagged('That was my nephew in the mugshot. He is the sweetest boy alive.', 'sweetest boy');
    clean('That was my nephew in the parade photo. He is the sweetest boy alive.');
    clean('Scammers have preyed on seniors in the county this spring; hang up on them.');
  });
});

describe('answer for it after a colon', () => {
  it('takes the person opening the stretch after a colon as the subject', () => {
    flagged(
      'The hearing was moved, but make no mistake: Pruitt, the driver who fled, will answer for it.',
      'will answer for it',
    );
    clean('Two notes: the survey, which closes Friday, will answer a lot of questions.');
  });
});

/*
 * A prior record: commentary where it is held up beside the pending case (in the same sentence or
 * the next), a booking fact where it stands alone.
 */
describe('a prior record: beside the case, or a bare fact', () => {
  it('flags a record held up beside the case', () => {
    flagged('Lee has eleven prior arrests and was charged again Monday.', 'eleven prior arrests');
    flagged('She has four prior convictions. How is she out on bond?', 'four prior convictions');
    flagged('The man has nine priors and the judge let him walk.', 'nine priors');
  });
  it('keeps a record stated alone clean', () => {
    clean('Marcus Lee, 29, was charged with theft Monday.\n\nLee has eleven prior arrests.');
    clean(
      'Marcus Lee, 29, was charged with theft Monday. He has prior convictions for theft. He lives in Ames.',
    );
  });
});

/**
 * Written after the rules above, before measuring them: 8/10 flagged and 9/10 clean then (the
 * misses: "walking away with community service, watch", "keep that man locked up"; the false
 * alarm: "filed a motion to get the statement suppressed"); 10/10 and 10/10 now.
 */
const INVENTED_POSITIVE: readonly string[] = [
  'Kessler was charged Thursday. Between his texts and the bank trail, this thing is going to end badly for him.',
  'My cousin got arrested last week but she is the most hardworking single mom in this town.',
  "yeah he's walking away with community service, watch",
  'Prosecutors have got an easy win here, the receipts alone do it.',
  'The judge needs to keep that man locked up until trial.',
  'That lineup was botched from the start, and the charge is armed robbery.',
  'Jenks, the one who ran from the deputies, will answer for every bit of it.',
  '25 years minimum for what he did.',
  'Honestly the defense is gonna get that statement tossed.',
  'She has been bullying folks on Grove Street for years, and now she is charged with assault.',
];

const INVENTED_NEAR_MISS: readonly string[] = [
  'Kessler was charged Thursday. His first court appearance went smoothly for everyone.',
  'Our crossing guard Mrs. Tate is the most hardworking woman in this town.',
  'The hiker walked away with a sprained ankle after the fall.',
  'Prosecutors have an office on the third floor of the courthouse.',
  'The judge needs to recuse herself, the clerk said, because of a scheduling conflict.',
  'The cake at the open house was a mess, but the kids loved it.',
  'Jenks, the new records clerk, will answer your questions at the front desk.',
  'Speed limit there is 25 minimum on the highway ramp.',
  'The defense filed a motion to get the statement suppressed; a hearing is set for June 2.',
  'Coyotes have been bothering pets on Grove Street for years; keep cats inside.',
];

describe('pending prosecution round 4: invented 10 + 10', () => {
  it('flags every invented positive', () => {
    for (const text of INVENTED_POSITIVE) expect(scan(text), text).not.toEqual([]);
  });
  it('keeps every invented near miss clean', () => {
    for (const text of INVENTED_NEAR_MISS) clean(text);
  });
});

/*
 * Family: evidence pinned on the defendant's own things. Subject: investigators or the evidence;
 * predicate: found / traced / caught in or on his own car, phone, account.
 */
describe('family: evidence in the defendant’s own things', () => {
  const CASE = 'Dorsey was charged with fraud Monday. ';
  it('flags the emphasis', () => {
    flagged(`${CASE}Detectives recovered the stolen checks from her own purse.`, 'her own purse');
    flagged(
      `${CASE}The threats came from his own phone, so good luck denying it.`,
      'his own phone',
    );
    flagged(`${CASE}They traced the purchases to her own bank account.`, 'her own bank');
    flagged(`${CASE}Police found the missing rings in his own bedroom drawer.`, 'his own bedroom');
    flagged(
      `${CASE}He was caught on his own doorbell camera carrying the TV out.`,
      'his own doorbell',
    );
  });
  it('keeps a person found, an arrest at home and advice clean', () => {
    clean(`${CASE}Officers found him asleep in his own car.`);
    clean(`${CASE}He was arrested at his own home Tuesday.`);
    clean('Please lock your own car doors at night.');
    clean(`${CASE}She was driving her own car at the time.`);
  });
});
