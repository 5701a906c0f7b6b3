import type { ReadinessDimension } from '@mentorbridge/shared-contracts';

export interface BuiltInItem {
  code: string;
  dimension: ReadinessDimension;
  text: string;
  helpText: string;
  recommendation: string;
}

/**
 * The built-in readiness item bank, drawn from the hallmarks of a mentoring culture
 * (accountability, alignment, communication, value & visibility, demand, multiple opportunities,
 * education & training, safety nets) and a purpose check. Answered on a 1–5 agreement scale.
 * HR leads extend it per program; built-in items cannot be removed.
 */
export const BUILT_IN_ITEMS: readonly BuiltInItem[] = [
  // Structural: ownership, process, admin capacity
  {
    code: 'structural.owner',
    dimension: 'structural',
    text: 'A named person owns the mentoring program and is accountable for its results.',
    helpText:
      'Ownership means someone with time and authority answers for the program, not a committee.',
    recommendation:
      'Name a program owner with at least a day a week for the program, and write their accountability into their objectives.',
  },
  {
    code: 'structural.process',
    dimension: 'structural',
    text: 'The steps from recruitment to closure are written down and known to the people who run them.',
    helpText:
      'Recruitment, screening, matching, check-ins and closure each have a documented procedure.',
    recommendation:
      'Write a one-page procedure per cycle step (recruit, screen, match, check in, close) and walk the coordinators through it.',
  },
  {
    code: 'structural.admin-capacity',
    dimension: 'structural',
    text: 'There is enough coordinator time to check in with every pair as the standard asks.',
    helpText:
      'The standard: two check-ins in the first month, then monthly, at least quarterly once established.',
    recommendation:
      'Budget coordinator time per pair (about 30 minutes a month) and cap the cohort size to what the coordinators can support.',
  },
  {
    code: 'structural.safety-nets',
    dimension: 'structural',
    text: 'There is a clear, no-fault way to end or change a pairing that does not work.',
    helpText: 'Safety nets: who to talk to, how a pair is unwound, how people are rematched.',
    recommendation:
      'Publish a no-fault exit process and a named contact for concerns, and tell every participant about it at launch.',
  },
  // Cultural: leadership support, time to mentor, trust
  {
    code: 'cultural.leadership',
    dimension: 'cultural',
    text: 'Senior leaders visibly support mentoring and take part themselves.',
    helpText: 'Visible support: leaders talk about it, mentor, and ask about progress.',
    recommendation:
      'Ask two senior leaders to mentor in the first cohort and to open the launch event; share their stories internally.',
  },
  {
    code: 'cultural.time',
    dimension: 'cultural',
    text: 'Managers let their people spend working time on mentoring.',
    helpText: 'Mentors and mentees should not have to mentor after hours or in secret.',
    recommendation:
      'Agree an explicit time allowance (e.g. two hours a month) with managers and confirm it in writing to participants.',
  },
  {
    code: 'cultural.trust',
    dimension: 'cultural',
    text: 'People trust that what a mentoring pair discusses stays with the pair.',
    helpText: 'Confidentiality is the core promise of mentoring.',
    recommendation:
      'State the confidentiality promise in the program charter and explain what HR can and cannot see before people apply.',
  },
  {
    code: 'cultural.demand',
    dimension: 'cultural',
    text: 'Employees ask for mentoring and value it as a development opportunity.',
    helpText:
      'Demand shows in survey results, requests to HR and informal mentoring that already happens.',
    recommendation:
      'Run a short interest survey and collect stories of informal mentoring to show demand before launching.',
  },
  // Financial: budget, time allowance
  {
    code: 'financial.budget',
    dimension: 'financial',
    text: 'The program has an approved budget for its whole duration.',
    helpText: 'Training, events, tools and coordinator time are funded until the last closure.',
    recommendation:
      'Secure a budget line for the full cycle (training, events, coordination) before opening recruitment.',
  },
  {
    code: 'financial.time-allowance',
    dimension: 'financial',
    text: "Participants' mentoring time is budgeted as work time.",
    helpText: 'The hours mentors and mentees spend are accounted for in workload planning.',
    recommendation:
      'Add mentoring hours to workload planning for participants and their managers, and make it visible in the cost plan.',
  },
  {
    code: 'financial.training',
    dimension: 'financial',
    text: 'There is funding to train mentors and mentees before they start.',
    helpText: 'Education & training: both sides learn what good mentoring looks like.',
    recommendation:
      'Fund a kick-off training for mentors (listening, goal setting, boundaries) and a short orientation for mentees.',
  },
  // Purpose: strategic driver, measurable outcomes
  {
    code: 'purpose.driver',
    dimension: 'purpose',
    text: 'The strategic reason for the program is defined and agreed with leadership.',
    helpText: 'E.g. growing internal leaders, retaining talent, inclusion, knowledge transfer.',
    recommendation:
      'Write the strategic driver in one sentence and get the sponsor to sign it off; link it to a business objective.',
  },
  {
    code: 'purpose.outcomes',
    dimension: 'purpose',
    text: 'The outcomes the program should produce are written as measurable learning objectives.',
    helpText: 'Outcomes like "mentees can lead a team meeting" can be checked at closure.',
    recommendation:
      'Turn each expected outcome into a learning objective with a measure, and plan how you will check it at closure.',
  },
  {
    code: 'purpose.alignment',
    dimension: 'purpose',
    text: 'The program fits with other development offers (training, coaching, career paths).',
    helpText: 'Alignment: mentoring complements, rather than duplicates, what already exists.',
    recommendation:
      'Map the program against existing development offers and explain in the invitation where mentoring fits.',
  },
  {
    code: 'purpose.measurement',
    dimension: 'purpose',
    text: 'There is a plan to measure and report the program’s results.',
    helpText:
      'Value & visibility: satisfaction, goal attainment and retention reported to sponsors.',
    recommendation:
      'Choose three measures (e.g. satisfaction, goal attainment, match rate), set targets and a reporting date with the sponsor.',
  },
];
