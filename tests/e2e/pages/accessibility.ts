import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot } from '../fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The screen passes axe-core (WCAG 2.x A and AA, best practices) and is saved for people to look at. */
export async function checkScreen(page: Page, screenshot: string, options: { fullPage?: boolean } = {}): Promise<void> {
  // A full-page picture starts at the top, or the sticky header is drawn mid-page; axe then sees the page as
  // pictured (scrolled, the sticky header covers whatever passes under it, which axe counts as a too-small target).
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screenshot}`).toEqual([]);
  await saveScreenshot(page, screenshot, options);
}
