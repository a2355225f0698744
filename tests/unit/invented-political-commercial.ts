// Sentences invented for issue 13 (helper 13, round seven), written before the rules changed.
// Not taken from any corpus. Each positive must raise its kind; each near miss must not.
export const POLITICAL_POSITIVE: readonly string[] = [
  'Thanks to Councilwoman Ferris for the new radios, and let us return the favour when you fill in your ballot in March.',
  'Measure 4 lets the city hire forty more patrol officers, which is exactly why every resident who cares about safety should mark yes.',
  'The Patrolmen’s Benevolent Association has endorsed Dana Whitlock for county sheriff, and we back that call.',
  'Honestly, the chief thinks Alderman Voss would be a disaster for this city if he wins in November.',
  'Join Commissioner Hale’s re-election kickoff Saturday at the Elks Lodge, 6 pm, food and music!',
  '¡Vote por Ramírez para alcalde el 5 de noviembre!',
  'Prop 12 sounds nice but it guts the crime lab budget, so think hard before you support it.',
  'Our officers’ union is recommending a no vote on the levy repeal.',
  'Mark Castellano has stood with this department for years; he deserves your vote for mayor.',
  'Apoye a la candidata Lucía Moreno, ella sí apoya a la policía.',
];
export const POLITICAL_NEAR_MISS: readonly string[] = [
  'Thanks to Councilwoman Ferris for attending the neighbourhood watch meeting on Tuesday.',
  'Measure 4 would fund forty patrol positions; the full text is on the county elections site.',
  'Polls are open 7 am to 8 pm on Tuesday; bring photo ID to your precinct.',
  'Chief Okoro met with both mayoral candidates to brief them on the budget.',
  'The Elks Lodge hosts a blood drive Saturday at 6 pm.',
  'Las urnas abren a las 7 de la mañana el martes.',
  'Officers will provide traffic control near the city hall debate on Thursday night.',
  'The union held its annual meeting at the training center.',
  'Mayor Castellano cut the ribbon at the new substation this morning.',
  'Employees may not wear campaign buttons while in uniform, per department policy.',
];
export const COMMERCIAL_POSITIVE: readonly string[] = [
  'This week’s partner spotlight: Rosa’s Bakery on 5th, and show your badge for 15% off any pastry!',
  'I use these boots every shift — grab a pair through my link in bio and I earn a small commission.',
  'Officer Tran also runs a detailing business on weekends; use code BLUE10 for ten dollars off.',
  'Raffle tickets are $5 each to help cover Sgt. Molina’s boat trip for his retirement.',
  'Stop by Lakeside Tire this month — they are giving our followers a free rotation with any oil change.',
  'My wife just opened a candle shop downtown, first 20 customers get a free candle!',
  'Deputy Ray’s food truck is at the park Friday, tacos two for $6, go show him some love.',
  'Check out the new gym on Main; mention this post and the first month is half price.',
  'Sponsored: stay protected with SafeHome alarms, order today and installation is free.',
  'Buy a T-shirt for $20 to support Officer Kent’s family vacation fund.',
];
export const COMMERCIAL_NEAR_MISS: readonly string[] = [
  'Thank you to Rosa’s Bakery for donating breakfast to the night shift.',
  'Our free car seat checks are Saturday at Station 3, no appointment needed.',
  'Bike registration costs $5 at the front desk and helps us return stolen bikes.',
  'A man was arrested after stealing boots worth $300 from a store on Elm.',
  'Tickets for the Police Athletic League banquet are $25; proceeds fund youth programs.',
  'Lakeside Tire reported a burglary overnight; call us with any information.',
  'The gym on Main will host the department’s fitness test next week.',
  'Scammers are texting residents offering a half-price deal on alarms; do not click the link.',
  'The food truck rally closes Park Ave from noon to 8 pm Friday.',
  'Firearm safety classes are free for residents; sign up at the records window.',
];
