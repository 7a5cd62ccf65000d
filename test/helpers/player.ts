/**
 * Drives the learner-side player through its public automation hooks only
 * (data-nav, data-page-id, data-quiz-id, data-question-id, data-action, window.connectoo).
 */
import type { Frame, Locator } from 'playwright-core';
import type { TestResponse } from './scorm-oracle.ts';

/** Runs in the page (as source text, so no build helper leaks into it). */
const whereScript = `(() => {
  const shown = (el) => !el.hidden && !el.closest('[hidden]') && el.getClientRects().length > 0;
  const ids = [];
  for (const el of document.querySelectorAll('section[data-home]')) if (shown(el)) ids.push('home');
  for (const el of document.querySelectorAll('section[data-page-id], section[data-quiz-id], [data-certificate]')) {
    if (!shown(el)) continue;
    if (el.hasAttribute('data-page-id')) ids.push('page:' + el.getAttribute('data-page-id'));
    else if (el.hasAttribute('data-quiz-id')) ids.push('quiz:' + el.getAttribute('data-quiz-id'));
    else ids.push('certificate');
  }
  return ids.length > 1 ? 'several:' + ids.join('|') : ids[0] ?? null;
})()`;

export class Learner {
  constructor(readonly frame: Frame) {}

  /**
   * Waits until the player has shown a page, a quiz or the certificate. A fresh launch opens on the
   * course home: its Start button (activated with the keyboard) leads to the first page, as before.
   */
  async ready(timeout = 15_000): Promise<void> {
    await this.home(timeout);
    if ((await this.where()) === 'home') await this.start();
    await this.frame.waitForSelector('section[data-page-id]:visible, section[data-quiz-id]:visible, [data-certificate]:visible', {
      timeout,
    });
  }

  /** Waits until the player shows something (the course home or a stop), without starting. */
  async home(timeout = 15_000): Promise<void> {
    await this.frame.waitForSelector('section[data-home]:visible, section[data-page-id]:visible, section[data-quiz-id]:visible, [data-certificate]:visible', {
      timeout,
    });
  }

  /** Activates Start / Continue on the course home (focus, then Enter). */
  async start(): Promise<void> {
    await this.frame.locator('section[data-home] [data-action="start"]').press('Enter');
    await this.frame.waitForSelector('section[data-home]', { state: 'hidden', timeout: 5_000 });
  }

  /** Id of what is shown: `home`, `page:<module>/<page>`, `quiz:<module>`, `certificate`, or null. */
  async where(): Promise<string | null> {
    return this.frame.evaluate(whereScript);
  }

  /**
   * Clicks, then waits until what is shown changes. The player navigates synchronously on the click, so a view
   * that has not changed within 1 s will not: the click was a no-op (Next on the last stop, the link of the
   * stop already shown).
   */
  private async clickAndSettle(target: Locator): Promise<void> {
    const before = await this.where();
    await target.click();
    for (let t = 0; t < 20; t++) {
      if ((await this.where()) !== before) return;
      await this.frame.waitForTimeout(50);
    }
  }

  /** The visible `data-nav="next"` button. */
  nextButton(): Locator {
    return this.frame.locator('[data-nav="next"]:visible').first();
  }

  async next(): Promise<void> {
    await this.clickAndSettle(this.nextButton());
  }

  async prev(): Promise<void> {
    await this.clickAndSettle(this.frame.locator('[data-nav="prev"]:visible').first());
  }

  /** Table of contents links can sit in a collapsed menu: click through JS when not visible. */
  private async tocClick(selector: string): Promise<void> {
    const link = this.frame.locator(selector).first();
    if (await link.isVisible()) return this.clickAndSettle(link);
    await link.evaluate((el) => (el as HTMLElement).click());
  }

  async openPage(pageId: string): Promise<void> {
    // Already shown: the link would change nothing, and waiting for a change would only time out.
    if ((await this.where()) === `page:${pageId}`) return;
    await this.tocClick(`[data-nav-page="${pageId}"]`);
    await this.frame.waitForSelector(`section[data-page-id="${pageId}"]:visible`, { timeout: 5_000 });
  }

  async openQuiz(moduleId: string): Promise<void> {
    if ((await this.where()) === `quiz:${moduleId}`) return;
    await this.tocClick(`[data-nav-quiz="${moduleId}"]`);
    await this.frame.waitForSelector(`section[data-quiz-id="${moduleId}"]:visible`, { timeout: 5_000 });
  }

  /** Clicks next until `stop` says so (or a limit), returning everything shown on the way. */
  async nextUntil(stop: (where: string | null) => boolean, limit = 40): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < limit; i++) {
      const w = await this.where();
      seen.push(String(w));
      if (stop(w)) return seen;
      await this.next();
    }
    throw new Error(`navigation never stopped; shown: ${seen.join(' → ')}`);
  }

  question(moduleId: string, questionId: string): Locator {
    return this.frame.locator(`section[data-quiz-id="${moduleId}"] fieldset[data-question-id="${questionId}"]`);
  }

  /** Fills in the inputs of one question (does not submit). */
  async fill(moduleId: string, questionId: string, r: TestResponse): Promise<void> {
    const fs = this.question(moduleId, questionId);
    await fs.waitFor({ state: 'visible', timeout: 5_000 });
    switch (r.type) {
      case 'single':
        await fs.locator(`input[type="radio"][value="${r.choice}"]`).check();
        break;
      case 'multiple':
        for (const box of await fs.locator('input[type="checkbox"]').all()) {
          const v = await box.getAttribute('value');
          await box.setChecked(r.choices.includes(v ?? ''));
        }
        break;
      case 'true-false':
        await fs.locator(`input[type="radio"][value="${r.value}"]`).check();
        break;
      case 'fill-in':
        await fs.locator('input[type="text"], input:not([type])').first().fill(r.text);
        break;
      case 'numeric':
        await fs.locator('input[type="number"], input[type="text"], input[inputmode]').first().fill(r.text);
        break;
      case 'matching':
        for (const [source, target] of Object.entries(r.pairs)) {
          await fs.locator(`select[data-source-id="${source}"]`).selectOption(target);
        }
        break;
      case 'sequencing':
        for (const [i, id] of r.order.entries()) {
          await fs.locator(`select[data-position="${i + 1}"]`).selectOption(id);
        }
        break;
    }
  }

  /** Fills in and submits; returns the feedback text once the live region shows it. */
  async answer(moduleId: string, questionId: string, r: TestResponse): Promise<string> {
    await this.fill(moduleId, questionId, r);
    const fs = this.question(moduleId, questionId);
    await fs.locator('[data-action="submit"]').click();
    const live = fs.locator('[aria-live], [role="status"], [role="alert"]').first();
    await live.waitFor({ state: 'attached', timeout: 5_000 });
    await this.frame.waitForFunction((el) => !!el && (el.textContent ?? '').trim().length > 0, await live.elementHandle(), {
      timeout: 5_000,
    });
    return ((await live.textContent()) ?? '').trim();
  }

  /** What the inputs of a question show now, in TestResponse shape. */
  async shown(moduleId: string, questionId: string, type: TestResponse['type']): Promise<TestResponse> {
    const fs = this.question(moduleId, questionId);
    const values = (sel: string) => fs.locator(sel).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    switch (type) {
      case 'single':
        return { type, choice: (await values('input[type="radio"]:checked'))[0] ?? '' };
      case 'multiple':
        return { type, choices: await values('input[type="checkbox"]:checked') };
      case 'true-false':
        return { type, value: (await values('input[type="radio"]:checked'))[0] === 'true' };
      case 'fill-in':
        return { type, text: (await values('input[type="text"], input:not([type])'))[0] ?? '' };
      case 'numeric':
        return { type, text: (await values('input[type="number"], input[type="text"], input[inputmode]'))[0] ?? '' };
      case 'matching': {
        const pairs = await fs
          .locator('select[data-source-id]')
          .evaluateAll((els) => els.map((e) => [e.getAttribute('data-source-id')!, (e as HTMLSelectElement).value]));
        return { type, pairs: Object.fromEntries(pairs) };
      }
      case 'sequencing': {
        const order = await fs
          .locator('select[data-position]')
          .evaluateAll((els) =>
            els
              .map((e) => [Number(e.getAttribute('data-position')), (e as HTMLSelectElement).value] as const)
              .sort((a, b) => a[0] - b[0])
              .map((x) => x[1]),
          );
        return { type, order };
      }
    }
  }

  /** `window.connectoo.state()`: the player's progress snapshot. */
  state(): Promise<any> {
    return this.frame.evaluate(() => (window as any).connectoo?.state?.());
  }
}
