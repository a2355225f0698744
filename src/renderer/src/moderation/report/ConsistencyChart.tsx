import { type ReactNode, createElement } from 'react';
import type { SvgNode } from '../../../../shared/moderation/consistency-report-chart';

/** SVG attribute names React spells in camel case; aria-* and the rest pass as they are. */
const REACT_NAMES: Readonly<Record<string, string>> = {
  'stroke-width': 'strokeWidth',
  'font-size': 'fontSize',
  'text-anchor': 'textAnchor',
  class: 'className',
};

/**
 * The chart tree the HTML export writes as text, drawn here as React elements: the same picture,
 * and no markup is ever parsed, so a page or profile name cannot become an element.
 */
export function svgElement(node: SvgNode, key?: number): ReactNode {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name === 'xmlns') continue;
    props[REACT_NAMES[name] ?? name] = value;
  }
  const children = [
    ...(node.text === undefined ? [] : [node.text]),
    ...(node.children ?? []).map((child, index) => svgElement(child, index)),
  ];
  return createElement(node.tag, key === undefined ? props : { ...props, key }, ...children);
}
