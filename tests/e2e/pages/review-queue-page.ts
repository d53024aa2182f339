// Page object for the review queue: the Today card on the roadmap, a review session, and the stored log.
import type { Page } from 'playwright-core';
import type { ReviewLogRow } from '../../../shared/domain/review-cards';

export class ReviewQueuePage {
  constructor(readonly page: Page) {}

  today() {
    return this.page.getByTestId('today-card');
  }

  async dueCount(): Promise<number> {
    return Number(await this.today().getByTestId('due-count').textContent());
  }

  async newCount(): Promise<number> {
    return Number(await this.today().getByTestId('new-count').textContent());
  }

  /** The next due dates the Today card lists, by card id. */
  async nextDueDates(): Promise<Record<string, string>> {
    const items = this.page.getByRole('list', { name: 'Next due dates' }).getByRole('listitem');
    await items.first().waitFor();
    const pairs = await items.evaluateAll((elements) =>
      elements.map((element) => [
        element.getAttribute('data-card-id') ?? '',
        element.getAttribute('data-due') ?? '',
      ]),
    );
    return Object.fromEntries(pairs);
  }

  /** Starts the session from the keyboard: focus on the Today card's button, then Enter. */
  async startWithKeyboard(): Promise<void> {
    await this.today()
      .getByRole('button', { name: /^Review \d+ cards?/ })
      .focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: 'Today’s review' }).waitFor();
  }

  async currentCardId(): Promise<string | null> {
    const card = this.page.getByTestId('review-card');
    if ((await card.count()) === 0) return null;
    return card.getAttribute('data-card-id');
  }

  /** Waits until another card than `previous` is shown (or the session is done) and returns its id. */
  async nextCardAfter(previous: string | null): Promise<string | null> {
    await this.page.waitForFunction((before) => {
      const card = document.querySelector('[data-testid="review-card"]');
      if (!card) return document.querySelector('[data-testid="review-done"]') !== null;
      return card.getAttribute('data-card-id') !== before;
    }, previous);
    return this.currentCardId();
  }

  async revealWithSpace(): Promise<void> {
    await this.page.keyboard.press(' ');
    await this.page.getByRole('group', { name: 'Tick the points your answer covered' }).waitFor();
  }

  /** Tabs to the first answer point and ticks it with Space. */
  async tickFirstPointWithKeyboard(): Promise<void> {
    const first = this.page
      .getByRole('group', { name: 'Tick the points your answer covered' })
      .getByRole('checkbox')
      .first();
    for (
      let step = 0;
      step < 5 && !(await first.evaluate((element) => element === document.activeElement));
      step += 1
    ) {
      await this.page.keyboard.press('Tab');
    }
    await this.page.keyboard.press(' ');
  }

  ratingButton(label: 'Again' | 'Hard' | 'Good' | 'Easy') {
    return this.page.getByRole('button', { name: new RegExp(`^${label} `) });
  }

  async pressKey(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  done() {
    return this.page.getByTestId('review-done');
  }

  /** Every row of the review log as stored in IndexedDB. */
  readLog(): Promise<ReviewLogRow[]> {
    return this.page.evaluate(
      () =>
        new Promise<ReviewLogRow[]>((resolve, reject) => {
          const open = indexedDB.open('shipready');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('reviewLog').objectStore('reviewLog').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result as ReviewLogRow[]);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }

  /** The end of the browser's local day, as milliseconds. */
  endOfLocalDay(): Promise<number> {
    return this.page.evaluate(() => {
      const now = new Date();
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    });
  }
}
