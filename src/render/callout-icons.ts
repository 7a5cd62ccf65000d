/** An inline SVG icon at the start of each callout title, hidden from assistive technology (the title says it). */
import type { Element, Root } from 'hast';

const paths: Record<string, string> = {
  tip: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z',
  warning: 'M12 3L2 21h20L12 3zM12 10v5M12 18h.01',
  example: 'M5 3h14v18H5zM9 8h6M9 12h6M9 16h4',
  note: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM12 11v6M12 7h.01',
};

function iconFor(kind: string): Element {
  return {
    type: 'element',
    tagName: 'svg',
    properties: { className: ['callout-icon'], viewBox: '0 0 24 24', width: '24', height: '24', ariaHidden: 'true', focusable: 'false' },
    children: [
      {
        type: 'element',
        tagName: 'path',
        properties: { d: paths[kind], fill: 'none', stroke: 'currentColor', strokeWidth: '2', strokeLinecap: 'round', strokeLinejoin: 'round' },
        children: [],
      },
    ],
  };
}

function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const classes = (child.properties.className as string[] | undefined) ?? [];
    const kind = child.tagName === 'aside' && classes.includes('callout') ? classes.find((c) => c.startsWith('callout-'))?.slice(8) : undefined;
    const title = kind && paths[kind] ? child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p') : undefined;
    if (title) title.children.unshift(iconFor(kind!));
    visit(child);
  }
}

/** Runs after rehype-sanitize: the icons are the build's own markup, not the author's. */
export const calloutIcons = () => (tree: Root) => visit(tree);
