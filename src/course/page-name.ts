/** What a page file should be called, when an author named it otherwise (`intro.fr.md` → `01-intro.fr.md`). */

export const pageName = /^(\d{2,3}-[a-z0-9][a-z0-9-]*)\.([a-z]{2,3})\.md$/;

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The page name `name` most likely meant, given the well-named page files of its module (`01-intro.fr.md`) and the
 * course languages; undefined when there is nothing sensible to suggest.
 */
export function suggestPageName(name: string, pages: readonly string[], languages: readonly string[]): string | undefined {
  const keys = pages.map((p) => pageName.exec(p)?.[1]).filter((k): k is string => !!k);
  const m = /^(.*)\.([A-Za-z]{2,3})\.md$/i.exec(name);
  const hasLang = !!m && languages.includes(m[2]!.toLowerCase());
  const stem = hasLang ? m![1]! : name.replace(/\.md$/i, '');
  const lang = hasLang ? m![2]!.toLowerCase() : languages[0];
  const numbered = /^(\d{1,3})[-_ .]*(.*)$/.exec(stem);
  const rest = slug(numbered ? numbered[2]! : stem);
  if (!rest || !lang) return undefined;
  let num = numbered ? numbered[1]!.padStart(2, '0') : undefined;
  if (!num) {
    // The same page in another language gives its number; else the first number no page uses.
    // …unless that language's file is there already.
    const same = keys.find((k) => k.replace(/^\d+-/, '') === rest && !pages.includes(`${k}.${lang}.md`));
    if (same) num = same.split('-')[0];
    else {
      const used = new Set(keys.map((k) => Number(k.split('-')[0])));
      let n = 1;
      while (used.has(n)) n++;
      num = String(n).padStart(2, '0');
    }
  }
  const suggestion = `${num}-${rest}.${lang}.md`;
  return suggestion !== name && pageName.test(suggestion) ? suggestion : undefined;
}
