/**
 * The sections of directive PD17-0407 that the app cites, each with the directive's own words.
 * A citation is typed as one of these ids, so no rule can cite a section that does not exist; a test
 * checks every quotation against the directive's text in resources/policy.
 */
export const DIRECTIVE = {
  id: 'PD17-0407',
  title: 'Social Media Usage',
  effective: '2017-01-31',
} as const;

export const DIRECTIVE_SECTIONS = {
  'III.A.2': 'Potential Department Uses of Social Media',
  'III.A.2.b.1': 'providing crime prevention tips',
  'III.A.2.b.2': 'offering online-reporting opportunities',
  'III.A.2.b.3': 'sharing crime maps and data',
  'III.A.2.b.4': 'soliciting tips about unsolved crimes',
  'III.A.2.c.1': 'road closures',
  'III.A.2.c.2': 'special events',
  'III.A.2.c.3': 'weather emergencies',
  'III.A.2.c.4': 'missing or endangered persons',
  'III.A.2.c.5': 'active community threat situations',
  'III.A.2.d':
    'Social media can be used as a mechanism to identify and recruit persons seeking employment or seeking to provide volunteer services.',
  'III.B.1.a':
    'Employees will conduct themselves at all times as representatives of the department and, accordingly, adhere to all department standards of conduct and observe conventionally accepted protocols and proper decorum.',
  'III.B.1.b': 'Employees will identify themselves as a member of the department.',
  'III.B.1.c':
    'Employees will not make statements about the guilt or innocence of any suspect or arrestee, or comments concerning pending prosecutions, nor post, transmit, or otherwise disseminate confidential information, including photographs or videos, related to department training, activities, or work-related assignments without express written permission.',
  'III.B.1.d':
    'Employees will not publicly comment on City or department policies, procedures, activities or employees in any unlawful, slanderous or libelous manner.',
  'III.B.1.e':
    'Posting of any photographs, facsimiles or other depictions of LPD uniforms, badges, patches, police vehicles/equipment or anything else representing the agency will be done in a manner that will not tend to bring discredit to the agency or any employee.',
  'III.B.1.f': 'Not conduct political activities or private business.',
  'III.B.1.g':
    "Department employee use of personally owned devices to manage the department's social media activities or in the course of official duties is prohibited without express written permission.",
  'III.B.1.h':
    'Employees shall observe and abide by all copyright, trademark, and services mark restrictions in posting materials to electronic media.',
  'III.B.2.a':
    "Where possible, each social media page shall include an introductory statement that clearly specifies the purpose and scope of the agency's presence on the website.",
  'III.B.2.b': "Where possible, the page(s) should link to the department's official website.",
  'III.B.2.c':
    'Social media page(s) will be designed for the intended target audience(s) – general public, youth, potential police recruits, etc.',
  'III.B.3.a':
    'All department social media sites or pages shall be approved by the Chief of Police or his designee, and shall be administered by the Community Action Team or a trained designee or as otherwise determined.',
  'III.B.3.b':
    'Where possible, social media pages shall clearly indicate they are maintained by the department and shall have department contact information prominently displayed.',
  'III.B.3.c':
    'Social media content shall adhere to applicable laws, regulations, and policies, including all City and Police Department policies.',
  'III.B.3.c.1':
    'Content is subject to public records laws. Relevant records retention schedules apply to social media content.',
  'III.B.3.c.2':
    'Content must be managed, stored, and retrieved to comply with open records laws and e-discovery laws and policies.',
  'III.B.3.d':
    'Where possible, social media pages should state that the opinions expressed by visitors to the page(s) do not reflect the opinions of the department.',
  'III.B.3.d.1':
    'Pages shall clearly indicate that posted comments will be monitored and that the department reserves the right to remove obscenities, off-topic comments, and personal attacks.',
  'III.B.3.d.2':
    'Pages shall clearly indicate that any content posted or submitted for posting is subject to public disclosure.',
} as const;

export type DirectiveSection = keyof typeof DIRECTIVE_SECTIONS;

export function directiveWords(section: DirectiveSection): string {
  return DIRECTIVE_SECTIONS[section];
}
