/**
 * `![alt](media/logo.svg){width=120}`: another width, in CSS pixels, for one image (the height
 * follows). Markdown has no attributes on images, so the braces right after an image are read
 * here, checked, and moved onto the image; anything else in them is an author error.
 */
import type { Image, Parent, Root, Text } from 'mdast';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';

const block = /^\{([^}\n]*)\}/;
const widthSetting = /^\s*width\s*=\s*"?(\d{1,4})(?:px)?"?\s*$/;
export const imageWidthRange = { min: 16, max: 1600 } as const;
const allowed = [`width=<${imageWidthRange.min}–${imageWidthRange.max}> (CSS pixels, e.g. {width=240})`];

type Bad = (braces: string, at: { line: number; column: number }) => void;

function visit(parent: Parent, bad: Bad): void {
  for (let i = 0; i < parent.children.length; i++) {
    const node = parent.children[i]!;
    const next = parent.children[i + 1];
    if (node.type === 'image' && next?.type === 'text') {
      const m = block.exec((next as Text).value);
      // Braces holding a setting (`=`) right after the image: meant for it.
      if (m && m[1]!.includes('=')) {
        const w = widthSetting.exec(m[1]!);
        const n = w ? Number(w[1]) : NaN;
        if (n >= imageWidthRange.min && n <= imageWidthRange.max) {
          (node as Image).data = { ...(node as Image).data, hProperties: { width: n } };
          (next as Text).value = (next as Text).value.slice(m[0].length);
          if (!(next as Text).value) parent.children.splice(i + 1, 1);
        } else {
          const start = next.position?.start ?? node.position?.start;
          bad(m[0], { line: start?.line ?? 1, column: start?.column ?? 1 });
        }
      }
    }
    if ('children' in node) visit(node as Parent, bad);
  }
}

/** Moves each valid `{width=N}` onto its image (the render does it too, on its own copy of the tree). */
export function applyImageWidths(tree: Root): void {
  visit(tree, () => undefined);
}

/** Applies the widths and reports braces after an image that are not a valid width. */
export function checkImageSizes(tree: Root, absFile: string, report: Report): void {
  visit(tree, (braces, at) =>
    report({ file: absFile, ...at, rule: 'md/directive-attribute', params: { kind: 'unknown', directive: 'image', attribute: braces, allowed } }),
  );
}
