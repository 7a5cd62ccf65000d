/**
 * A course's texts as an XLIFF 1.2 document: one `<file>` per source file (`original` = its path in the
 * course folder), one `<trans-unit>` per text, inline Markdown as `<g>`, `<x/>` and `<ph>` codes. A text
 * already translated has `<target state="translated">` (`needs-review-translation` when its source changed
 * since, by the translation records); a text not translated yet has no `<target>`, which every CAT tool
 * reads as "to translate". Pure: the string only.
 */
import type { TranslatedFile } from './course-units.ts';
import type { Unit } from './page-units.ts';
import { escapeAttr, hasText, segmentsXml } from './segments.ts';

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:1.2';

/** Whether a unit goes to translators: it has words or numbers (an image alone, a code alone do not). */
export const exported = (u: Unit) => hasText(u.segments);

export interface XliffOptions {
  from: string;
  to: string;
  /** Course id, named in each file's header. */
  course: string;
  /** Units whose source changed since they were translated (by unit id). */
  review?: ReadonlySet<string>;
}

export function writeXliff(files: readonly TranslatedFile[], opts: XliffOptions): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${xliffNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${xliffNamespace} xliff-core-1.2-strict.xsd">`,
  ];
  for (const file of files) {
    const units = file.units.filter(exported);
    if (!units.length) continue;
    const datatype = file.kind === 'page' ? 'x-markdown' : 'x-yaml';
    out.push(`  <file original="${escapeAttr(file.source)}" source-language="${opts.from}" target-language="${opts.to}" datatype="${datatype}" product-name="${escapeAttr(opts.course)}">`);
    out.push('    <header>', '      <tool tool-id="connectoo" tool-name="Connectoo"/>', `      <note>${escapeAttr(`Translates into ${file.target}. Keep every inline code; move it where the translation needs it.`)}</note>`, '    </header>');
    out.push('    <body>');
    for (const u of units) {
      const space = u.segments.some((s) => s.kind === 'text' && s.text.includes('\n')) ? ' xml:space="preserve"' : '';
      out.push(`      <trans-unit id="${escapeAttr(u.id)}"${space}>`);
      out.push(`        <source>${segmentsXml(u.segments)}</source>`);
      const existing = file.existing.get(u.id);
      if (existing && hasText(existing)) out.push(`        <target state="${opts.review?.has(u.id) ? 'needs-review-translation' : 'translated'}">${segmentsXml(existing)}</target>`);
      out.push(`        <note>${escapeAttr(`${u.note} (${file.source}, line ${u.line})`)}</note>`);
      out.push('      </trans-unit>');
    }
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}
