/**
 * Printing a page or quiz prints a handout of its whole module: every page in order (and the quiz),
 * without navigation (print.css). Printing the certificate prints the certificate only.
 */
import { all } from './dom.ts';

export function printModuleOnPrint(doc: Document, currentModule: () => string | null): void {
  const view = doc.defaultView;
  if (!view) return;
  view.addEventListener('beforeprint', () => {
    const id = currentModule();
    if (!id) return;
    doc.documentElement.classList.add('cx-print-module');
    for (const s of all(doc, 'main > section[data-page-id], main > section[data-quiz-id]')) {
      const owner = s.dataset.quizId ?? s.dataset.pageId?.split('/')[0];
      if (owner === id) s.dataset.print = '';
    }
  });
  view.addEventListener('afterprint', () => {
    doc.documentElement.classList.remove('cx-print-module');
    for (const s of all(doc, 'main > section[data-print]')) delete s.dataset.print;
  });
}
