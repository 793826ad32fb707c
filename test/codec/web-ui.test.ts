import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUrl } from '../../src/cli/format';
import { startAnswerQuestion } from '../../src/client';
import { SIM_CONNECTION_ID, startLocalStack, type LocalStack } from '../../tools/dev/local-stack';
import { findTemporalCli, startDevServer } from '../../tools/temporal-server';
import { findChromium, launchChromium } from '../support/headless-browser';

const chromiumPath = findChromium();
const QUESTION = 'What did they say about pricing?';

// CI installs Chromium; elsewhere the test is skipped when it is missing, and says so.
if (!chromiumPath && !process.env.CI)
  console.warn('web-ui.test: no Chromium found (apt-get install chromium); skipped');

describe.runIf(chromiumPath || process.env.CI)('the Temporal Web UI with the codec server', () => {
  let stateDir: string;
  let browser: Browser;
  let stack: LocalStack | undefined;
  let runPath: string;
  let passage: string;

  beforeAll(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'gong-web-ui-'));
    browser = await launchChromium(chromiumPath ?? 'chromium');
    stack = await startLocalStack({ stateDir, persist: true, env: {}, log: () => undefined });
    const handle = await startAnswerQuestion(
      stack.client,
      { connectionId: SIM_CONNECTION_ID, customerName: 'Acme', question: QUESTION },
      { taskQueue: stack.taskQueue },
    );
    const result = await handle.result();
    // The longest passage the answer quotes: text only the decoded result holds.
    passage = [...result.answer.matchAll(/"([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    runPath = new URL(runUrl(stack.uiUrl ?? '', 'default', handle.workflowId, handle.firstExecutionRunId))
      .pathname;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await browser?.close();
    if (stateDir) await rm(stateDir, { recursive: true, force: true });
  });

  it("the run's page shows the decoded answer when the Web UI has the codec endpoint", async () => {
    expect(passage.length).toBeGreaterThan(30);
    expect(stack?.codecUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${runPath}`);
      await waitForText(page, passage);
      await waitForText(page, QUESTION);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("the same run's page, on a server without the codec endpoint, shows no answer text", async () => {
    await stack?.stop();
    stack = undefined;
    const cli = await findTemporalCli();
    const server = await startDevServer({ cliPath: cli.path, dbFile: join(stateDir, 'temporal.sqlite') });
    const page = await browser.newPage();
    try {
      await page.goto(`${server.uiUrl}${runPath}`);
      // The page has loaded the run: its type and the event history are shown.
      await waitForText(page, 'answerQuestionAboutCustomerCall');
      await waitForText(page, 'Workflow Execution Completed');
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(passage);
      expect(text).not.toContain(QUESTION);
    } finally {
      await page.close();
      await server.stop();
    }
  }, 120_000);
});

/** Waits until the page's visible text contains `text`; fails with what the page showed instead. */
async function waitForText(page: Page, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    if (shown.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`"${text}" not shown on ${page.url()}\n--- page text\n${shown.slice(0, 3000)}`);
}
