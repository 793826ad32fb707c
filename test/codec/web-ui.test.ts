import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUrl } from '../../src/cli/format';
import { describeAnsweredBy, describeCallsRead } from '../../src/wording/answer-markdown';
import { startAnswerQuestion, startHealthCheck } from '../../src/client';
import {
  SIM_BAD_KEYS_CONNECTION_ID,
  SIM_CONNECTION_ID,
  startLocalStack,
  type LocalStack,
} from '../../tools/dev/local-stack';
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
  let twoPrices: string;
  let footer: string;
  let failedCheckPath: string;
  let gongMessage: string;

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
    // A quoted line holding two prices: "$24,480 … $21,000" must not render as math.
    twoPrices =
      result.answer
        .split('\n')
        .find((line) => /^- .*\$\d[\d,]*.*\$\d[\d,]*/.test(line))
        ?.slice(2) ?? '';
    footer = `${describeCallsRead(result)} ${describeAnsweredBy(result)}`;
    runPath = new URL(runUrl(stack.uiUrl ?? '', 'default', handle.workflowId, handle.firstExecutionRunId))
      .pathname;
    const check = await startHealthCheck(
      stack.client,
      { connectionId: SIM_BAD_KEYS_CONNECTION_ID },
      { taskQueue: stack.taskQueue },
    );
    gongMessage = await check.result().then(
      () => '',
      (error: unknown) => innermostMessage(error),
    );
    failedCheckPath = new URL(
      runUrl(stack.uiUrl ?? '', 'default', check.workflowId, check.firstExecutionRunId),
    ).pathname;
  }, 180_000);

  /** The run's User Metadata tab, where the Web UI renders its current details as Markdown. */
  const detailsPath = () => runPath.replace(/\/history$/, '/user-metadata');

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
      await page.goto(`${stack?.uiUrl}${detailsPath()}`);
      await waitForText(page, passage);
      await waitForText(page, QUESTION);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("the run's summary names the kind of question and the connection, not the customer", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${runPath}`);
      await waitForText(page, `Answer a pricing question from Gong connection ${SIM_CONNECTION_ID}`);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("the run's result holds the answer as Markdown, with its numbered sources", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${runPath}`);
      await waitForText(page, '"markdown"');
      await waitForText(page, '**Sources**');
    } finally {
      await page.close();
    }
  }, 120_000);

  it("the run's details render a quoted line with two prices as written", async () => {
    expect(twoPrices).toMatch(/\$\d[\d,]*.*\$\d[\d,]*/);
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${detailsPath()}`);
      // Rendered Markdown: a list item, not the result's JSON, which holds the same characters.
      await waitForRendered(page, 'li', twoPrices);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("the run's details render the footer naming maxCalls as written", async () => {
    expect(footer).toContain('maxCalls');
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${detailsPath()}`);
      await waitForRendered(page, 'em', footer);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("a failed health check's page shows Gong's message, decoded", async () => {
    expect(gongMessage.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    try {
      await page.goto(`${stack?.uiUrl}${failedCheckPath}`);
      await waitForText(page, gongMessage);
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
      const text = (await shownText(page)).join('\n');
      expect(text).not.toContain(passage);
      expect(text).not.toContain(QUESTION);
    } finally {
      await page.close();
      await server.stop();
    }
  }, 120_000);
});

/** The message of the innermost cause of a failed run: what Gong said. */
function innermostMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(error);
}

/**
 * The visible text of the page and of its frames (the Web UI renders Markdown in a frame), with
 * the renderer's typographic quotes written back as typed.
 */
async function shownText(page: Page, selector = 'body'): Promise<string[]> {
  const texts = await Promise.all(
    page.frames().map((frame) =>
      frame
        .locator(selector)
        .allInnerTexts()
        .catch(() => []),
    ),
  );
  return texts.flat().map((text) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));
}

/** Waits until the page's visible text contains `text`; fails with what the page showed instead. */
async function waitForText(page: Page, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  while (Date.now() < deadline) {
    shown = (await shownText(page)).join('\n');
    if (shown.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`"${text}" not shown on ${page.url()}\n--- page text\n${shown.slice(0, 3000)}`);
}

/** Waits until an element `selector` of the rendered Markdown shows exactly `text`. */
async function waitForRendered(
  page: Page,
  selector: string,
  text: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let shown: string[] = [];
  while (Date.now() < deadline) {
    shown = await shownText(page, selector);
    if (shown.some((each) => each.trim() === text)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no <${selector}> shows "${text}" on ${page.url()}\n--- shown\n${shown.join('\n').slice(0, 3000)}`,
  );
}
