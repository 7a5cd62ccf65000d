/** `connectoo preview` lists author errors as the author reads them: file relative to the course, line, message, hint. */
import { afterAll, describe, expect, it } from 'vitest';
import { preview, type Preview } from '../../src/preview/server.ts';
import { hostPage } from '../../src/preview/host-page.ts';
import { courseWith } from '../helpers/course-copy.ts';

let running: Preview | undefined;
afterAll(() => running?.close());

describe('preview problems', () => {
  it('gives each problem with its place in the course folder, in the chosen language', async () => {
    const dir = await courseWith('minimal', { 'modules/m1-basics/quiz.fr.yaml': (t) => t.replace('correct: true', 'correct: false') });
    running = await preview({ courseDir: dir, langUi: 'fr', port: 0, cwd: '/' });
    const status = await (await fetch(new URL('/__status', running.url))).json();
    expect(status.ok).toBe(false);
    expect(status.list.heading).toBe('Le cours ne peut pas être affiché : corrigez ces problèmes');
    expect(status.list.problems).toContainEqual({
      file: 'modules/m1-basics/quiz.fr.yaml',
      line: 7,
      column: 7,
      severity: 'error',
      rule: 'quiz/no-correct-answer',
      message: "Question 1 (q-csam) : aucun choix n'est marqué comme correct, donc personne ne peut réussir.",
      hint: 'Ajoutez correct: true au bon choix.',
    });
    expect(status.list.summary).toMatch(/^\d+ erreurs?, \d+ avertissements?$/);
  });

  it('shows them as a list, never as raw text', () => {
    const page = hostPage('Cours');
    expect(page).toContain("box.innerHTML = d.ok ? '' : problems(d.list)");
    expect(page).not.toContain('box.textContent = d.ok');
  });
});
