/**
 * A learner who uses only the keyboard: Tab, Shift+Tab, Enter, Space and the arrow keys through
 * `page.keyboard`. The page is only read (which element has the focus, what the player says),
 * never clicked or filled in by script.
 */
import type { Frame, Page } from 'playwright-core';
import type { FixtureQuestion } from './fixture-course.ts';
import type { TestResponse } from './scorm-oracle.ts';

export interface Focused {
  tag: string;
  type: string;
  value: string;
  checked: boolean;
  nav: string | null;
  action: string | null;
  /** Question id of the fieldset holding the element. */
  question: string | null;
  sourceId: string | null;
  position: string | null;
  skip: boolean;
  heading: boolean;
  href: string | null;
  expanded: string | null;
  text: string;
}

const focusedScript = `(() => {
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return null;
  const fs = a.closest('fieldset[data-question-id]');
  return {
    tag: a.tagName.toLowerCase(), type: a.type || '', value: a.value ?? '', checked: !!a.checked,
    nav: a.getAttribute('data-nav'), action: a.getAttribute('data-action'),
    question: fs ? fs.getAttribute('data-question-id') : null,
    sourceId: a.getAttribute('data-source-id'), position: a.getAttribute('data-position'),
    skip: a.classList.contains('cx-skip'), heading: a.tagName === 'H1',
    href: a.getAttribute('href'), expanded: a.getAttribute('aria-expanded'), text: (a.textContent || '').trim().slice(0, 80),
  };
})()`;

export class KeyboardLearner {
  /** Every key pressed, in order (for failure messages and to prove nothing else was used). */
  readonly keys: string[] = [];

  constructor(
    readonly page: Page,
    readonly frame: Frame,
  ) {}

  focused(): Promise<Focused | null> {
    return this.frame.evaluate(focusedScript);
  }

  async press(key: string): Promise<void> {
    this.keys.push(key);
    await this.page.keyboard.press(key);
  }

  /** Presses Tab (or Shift+Tab) until the focused element satisfies `want`. */
  async tabTo(want: (f: Focused) => boolean, what: string, { back = false, max = 150 } = {}): Promise<Focused> {
    for (let i = 0; i <= max; i++) {
      const f = await this.focused();
      if (f && want(f)) return f;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${what}: not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus on ${JSON.stringify(await this.focused())}`);
  }

  /** Presses `key` until the focused element satisfies `want`. */
  private async pressUntil(key: string, want: (f: Focused) => boolean, what: string, max = 40): Promise<void> {
    for (let i = 0; i <= max; i++) {
      const f = await this.focused();
      if (f && want(f)) return;
      await this.press(key);
    }
    throw new Error(`${what}: not reached with ${key}; focus on ${JSON.stringify(await this.focused())}`);
  }

  /** Fills in one question with the keyboard, then submits it with Enter on its button. */
  async answer(q: FixtureQuestion, r: TestResponse): Promise<void> {
    const inQ = (f: Focused) => f.question === q.id;
    switch (r.type) {
      case 'single':
      case 'true-false': {
        const want = r.type === 'single' ? r.choice : String(r.value);
        const f = await this.tabTo((x) => inQ(x) && x.type === 'radio', `${q.id}: radio group`);
        if (!f.checked) await this.press('Space');
        await this.pressUntil('ArrowDown', (x) => inQ(x) && x.checked && x.value === want, `${q.id}: choice ${want}`);
        break;
      }
      case 'multiple': {
        let f = await this.tabTo((x) => inQ(x) && x.type === 'checkbox', `${q.id}: first checkbox`);
        while (inQ(f) && f.type === 'checkbox') {
          if (r.choices.includes(f.value) !== f.checked) await this.press('Space');
          await this.press('Tab');
          f = (await this.focused())!;
        }
        break;
      }
      case 'fill-in':
      case 'numeric':
        await this.tabTo((x) => inQ(x) && x.tag === 'input' && x.type === 'text', `${q.id}: text field`);
        this.keys.push(`type ${r.text}`);
        await this.page.keyboard.type(r.text);
        break;
      case 'matching':
      case 'sequencing': {
        const count = r.type === 'matching' ? Object.keys(r.pairs).length : r.order.length;
        for (let n = 0; n < count; n++) {
          const f = await this.tabTo((x) => inQ(x) && x.tag === 'select' && x.value === '', `${q.id}: select ${n + 1}`);
          const want = r.type === 'matching' ? r.pairs[f.sourceId!]! : r.order[Number(f.position) - 1]!;
          await this.pressUntil('ArrowDown', (x) => x.tag === 'select' && x.value === want, `${q.id}: option ${want}`);
        }
        break;
      }
    }
    await this.tabTo((x) => inQ(x) && x.action === 'submit', `${q.id}: submit button`);
    await this.press('Enter');
  }
}
