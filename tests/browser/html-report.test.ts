/**
 * Opens the HTML report in headless Chromium (Debian's, driven by
 * playwright-core) as a reader would: the findings must be marked and listed,
 * the stylesheet must survive the Content-Security-Policy, and nothing a
 * letter quotes may run. Saves screenshots under tests/artifacts/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildReport, check } from '../../src/index.js';
import { formatHtml } from '../../src/format/html.js';
import type { CheckReport } from '../../src/types.js';
import { HOSTILE_PATH, root, sampleReport } from '../format/helpers/sample-report.js';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (a nonexistent path shows the skip). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumMissing = !existsSync(CHROMIUM);
if (chromiumMissing) {
  console.warn(`Skipping the browser test of the HTML report: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it where it can).`);
}

const XSS_LETTER = 'fixtures/letters/xss-letter.txt';
const ARTIFACTS = join(root, 'tests/artifacts');

describe.skipIf(chromiumMissing)('the HTML report in Chromium', () => {
  let report: CheckReport;
  let workDir: string;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const consoleMessages: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const sample = await sampleReport();
    const xss = await check(XSS_LETTER, { cwd: root, keepDocuments: true });
    report = buildReport([...sample.files, ...xss.files]);
    report.documents = [...(sample.documents ?? []), ...(xss.documents ?? [])];

    workDir = await mkdtemp(join(tmpdir(), 'cc-check-browser-'));
    const reportPath = join(workDir, 'report.html');
    await writeFile(reportPath, formatHtml(report));

    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Runs before any script of the page could: any alert/confirm/prompt from a letter is counted, then let through to open a dialog.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__xss = 0;
      for (const name of ['alert', 'confirm', 'prompt'] as const) {
        const original = window[name].bind(window) as (...args: unknown[]) => unknown;
        (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          w.__xss = (w.__xss as number) + 1;
          return original(...args);
        };
      }
    });
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('marks every finding of every document in its text', async () => {
    for (const [i, file] of report.files.entries()) {
      if (!report.documents?.[i]) continue;
      const marks = await page.$$eval(`#d${i + 1} .letter-text mark[id]`, (elements) =>
        elements.map((e) => ({ id: e.id, rule: e.getAttribute('data-rule'), finding: Number(e.getAttribute('data-finding')) })),
      );
      expect(marks.map((m) => m.finding).sort((a, b) => a - b)).toEqual(file.findings.map((_, n) => n + 1));
      for (const mark of marks) expect(mark.rule).toBe(file.findings[mark.finding - 1]!.ruleId);
    }
  });

  it('shows each mark highlighted, so the stylesheet passed the Content-Security-Policy', async () => {
    const xssIndex = report.files.findIndex((f) => f.path === XSS_LETTER);
    const styles = await page.$$eval(`#d${xssIndex + 1} .letter-text mark[id]`, (elements) =>
      elements.map((e) => {
        const style = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        return { background: style.backgroundColor, border: style.borderBottomStyle, width: box.width, className: e.className };
      }),
    );
    expect(styles.length).toBe(report.files[xssIndex]!.findings.length);
    for (const style of styles) {
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.width).toBeGreaterThan(0);
      // Severity is also told by the line style, not colour alone.
      expect(style.border).toBe(style.className.includes('sev-error') ? 'solid' : style.className.includes('sev-warning') ? 'dashed' : 'dotted');
    }
  });

  it('lists the findings in the panel, each linked to its mark', async () => {
    for (const [i, file] of report.files.entries()) {
      if (file.error) continue;
      const items = await page.$$eval(`#d${i + 1} aside.panel li.finding`, (elements) =>
        elements.map((e) => ({ text: e.textContent ?? '', link: e.querySelector('a.where')?.getAttribute('href') ?? null })),
      );
      expect(items).toHaveLength(file.findings.length);
      items.forEach((item, n) => {
        expect(item.text).toContain(file.findings[n]!.message);
        expect(item.link).toBe(`#d${i + 1}-m${n + 1}`);
      });
    }
    const xssIndex = report.files.findIndex((f) => f.path === XSS_LETTER);
    await page.click(`#d${xssIndex + 1}-f2 a.where`);
    expect(await page.evaluate(() => location.hash)).toBe(`#d${xssIndex + 1}-m2`);
    expect(await page.$eval(`#d${xssIndex + 1}-m2`, (e) => e.matches(':target'))).toBe(true);
  });

  it('shows the quoted markup as text and runs none of it', async () => {
    const xssIndex = report.files.findIndex((f) => f.path === XSS_LETTER);
    const letterText = await page.$eval(`#d${xssIndex + 1} .letter-text`, (e) => e.textContent ?? '');
    expect(letterText).toContain('<script>alert(1)</script>');
    expect(letterText).toContain('"><img src=x onerror=alert(2)>');
    const hostileIndex = report.files.findIndex((f) => f.path === HOSTILE_PATH);
    expect(await page.$eval(`#d${hostileIndex + 1} .letter-text`, (e) => e.textContent ?? '')).toContain('<script>alert(1)</script>');
    expect(await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // A refused inline style or script would be reported on the console.
    expect(consoleMessages).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });

  it('saves screenshots for screen and print', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    const screen = await page.screenshot({ path: join(ARTIFACTS, 'html-report.png'), fullPage: true });
    expect(screen.length).toBeGreaterThan(10_000);
    const xssIndex = report.files.findIndex((f) => f.path === XSS_LETTER);
    await page.locator(`#d${xssIndex + 1}`).screenshot({ path: join(ARTIFACTS, 'html-report-xss-letter.png') });
    await page.emulateMedia({ media: 'print' });
    // In print the panel follows the letter instead of sitting beside it.
    const [letterBox, panelBox] = await Promise.all([
      page.locator(`#d${xssIndex + 1} .letter-text`).boundingBox(),
      page.locator(`#d${xssIndex + 1} aside.panel`).boundingBox(),
    ]);
    expect(panelBox!.y).toBeGreaterThan(letterBox!.y + letterBox!.height - 1);
    await page.screenshot({ path: join(ARTIFACTS, 'html-report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
