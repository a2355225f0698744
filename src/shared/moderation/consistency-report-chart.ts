import { REMOVAL_REASONS } from './events';
import { REASON_LABELS, type ReportReading } from './consistency-report-reading';

type RemovalReason = (typeof REMOVAL_REASONS)[number];

/**
 * The chart as a small tree of SVG elements, so the saved HTML (as text) and the screen (as React
 * elements) draw the very same picture from one place, and neither parses markup.
 */
export type SvgTag =
  | 'svg'
  | 'title'
  | 'desc'
  | 'defs'
  | 'pattern'
  | 'rect'
  | 'path'
  | 'circle'
  | 'line'
  | 'text'
  | 'g';

export interface SvgNode {
  readonly tag: SvgTag;
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly children?: readonly SvgNode[];
  /** Text content (title, desc, text). */
  readonly text?: string;
}

/** Each reason has its own fill pattern, so the chart does not rely on colour alone. */
const PATTERNS: Readonly<Record<RemovalReason, { readonly describe: string; node: SvgNode }>> = {
  obscenity: {
    describe: 'solid dark blue',
    node: pattern('obscenity', [
      { tag: 'rect', attributes: { width: 8, height: 8, fill: '#1f4e79' } },
    ]),
  },
  'off-topic': {
    describe: 'orange diagonal stripes',
    node: pattern('off-topic', [
      { tag: 'rect', attributes: { width: 8, height: 8, fill: '#ffffff' } },
      {
        tag: 'path',
        attributes: {
          d: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
          stroke: '#a34700',
          'stroke-width': 2.5,
        },
      },
    ]),
  },
  'personal-attack': {
    describe: 'purple dots',
    node: pattern('personal-attack', [
      { tag: 'rect', attributes: { width: 8, height: 8, fill: '#efe6f7' } },
      { tag: 'circle', attributes: { cx: 4, cy: 4, r: 2.2, fill: '#5b2a86' } },
    ]),
  },
};

function pattern(reason: RemovalReason, children: SvgNode[]): SvgNode {
  return {
    tag: 'pattern',
    attributes: { id: patternId(reason), width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
    children,
  };
}

function patternId(reason: RemovalReason): string {
  return `consistency-${reason}`;
}

export function patternDescription(reason: RemovalReason): string {
  return PATTERNS[reason].describe;
}

const SLOT = 56;
const BAR = 32;
const LEFT = 48;
const TOP = 24;
const PLOT = 200;
const LEGEND = 28;

/** A round top for the scale: 1, 2, 5 or 10 times a power of ten, at least the tallest bar. */
function scaleTop(most: number): number {
  if (most <= 5) return 5;
  const power = 10 ** Math.floor(Math.log10(most));
  for (const step of [1, 2, 5, 10]) if (step * power >= most) return step * power;
  return 10 * power;
}

const text = (content: string, attributes: Readonly<Record<string, string | number>>): SvgNode => ({
  tag: 'text',
  attributes: { 'font-size': 11, fill: '#1a1a1a', ...attributes },
  text: content,
});

/** Stacked bars per month, one segment per reason, with a legend; the table beside it has the counts. */
export function consistencyChart(reading: ReportReading): SvgNode {
  const label = chartLabel(reading);
  const months = reading.months;
  const width = LEFT + Math.max(months.length, 1) * SLOT + 16;
  const height = TOP + PLOT + 40 + LEGEND * REMOVAL_REASONS.length;
  const top = scaleTop(Math.max(0, ...months.map((m) => m.total)));
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const ticks = [0, top / 2, top].filter((tick) => Number.isInteger(tick));
  const bars: SvgNode[] = months.map((column, index) => {
    const x = LEFT + index * SLOT + (SLOT - BAR) / 2;
    let base = 0;
    const segments: SvgNode[] = [];
    for (const reason of REMOVAL_REASONS) {
      const count = column.byReason[reason];
      if (count === 0) continue;
      segments.push({
        tag: 'rect',
        attributes: {
          x,
          y: y(base + count),
          width: BAR,
          height: y(base) - y(base + count),
          fill: `url(#${patternId(reason)})`,
          stroke: '#1a1a1a',
          'stroke-width': 1,
        },
        children: [
          {
            tag: 'title',
            attributes: {},
            text: `${column.month}: ${REASON_LABELS[reason]} ${count}`,
          },
        ],
      });
      base += count;
    }
    return {
      tag: 'g',
      attributes: {},
      children: [
        ...segments,
        text(String(column.total), {
          x: x + BAR / 2,
          y: y(column.total) - 4,
          'text-anchor': 'middle',
        }),
        text(column.month, { x: x + BAR / 2, y: TOP + PLOT + 16, 'text-anchor': 'middle' }),
      ],
    };
  });
  const axis: SvgNode[] = [
    {
      tag: 'line',
      attributes: { x1: LEFT, y1: TOP + PLOT, x2: width - 8, y2: TOP + PLOT, stroke: '#1a1a1a' },
    },
    ...ticks.map((tick) =>
      text(String(tick), { x: LEFT - 6, y: y(tick) + 4, 'text-anchor': 'end' }),
    ),
  ];
  const legend: SvgNode[] = REMOVAL_REASONS.flatMap((reason, index) => {
    const legendY = TOP + PLOT + 36 + index * LEGEND;
    return [
      {
        tag: 'rect',
        attributes: {
          x: LEFT,
          y: legendY,
          width: 20,
          height: 16,
          fill: `url(#${patternId(reason)})`,
          stroke: '#1a1a1a',
        },
      },
      text(`${REASON_LABELS[reason]} (${PATTERNS[reason].describe})`, {
        x: LEFT + 28,
        y: legendY + 12,
        'font-size': 12,
      }),
    ] satisfies SvgNode[];
  });
  return {
    tag: 'svg',
    attributes: {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': label,
    },
    children: [
      { tag: 'title', attributes: {}, text: 'Standing hides and removals per month, by reason' },
      { tag: 'desc', attributes: {}, text: label },
      { tag: 'defs', attributes: {}, children: REMOVAL_REASONS.map((r) => PATTERNS[r].node) },
      ...axis,
      ...bars,
      ...legend,
    ],
  };
}

/** The chart in one sentence, for those who cannot see it (the table after it has every count). */
export function chartLabel(reading: ReportReading): string {
  if (reading.total === 0) return 'Standing hides and removals per month: none in this period.';
  const months = reading.months
    .map(
      (column) =>
        `${column.month}: ${column.total}${
          column.total === 0
            ? ''
            : ` (${REMOVAL_REASONS.filter((r) => column.byReason[r] > 0)
                .map((r) => `${REASON_LABELS[r]} ${column.byReason[r]}`)
                .join(', ')})`
        }`,
    )
    .join('; ');
  return `Standing hides and removals per month, stacked by reason. ${months}.`;
}
