/**
 * Measures answer quality on a blind question set end to end: the frozen held-out set
 * (bench/answer-quality-held-out, the product's measure, never tuned on) or, with `--set dev`,
 * `--set dev-b` or `--set dev-c`, a dev set (bench/answer-quality-dev, -dev-b, -dev-c, written
 * blind too, the ones to tune the answerer on): a real Temporal dev server, the Gong simulator serving
 * the set's hand-written customer stories, the worker assembled as in production, and every
 * question asked through the client. Scores each answer's text: expected facts, off-topic quotes,
 * invented facts, other customers named, and "not stated" for questions the calls do not answer.
 * Answers with the model when OPENAI_API_KEY is set, extractively otherwise. Run with
 * `npm run quality:held-out`, `npm run quality:dev`, `quality:dev-b` or `quality:dev-c` (`--verbose` prints
 * every answer, `--json FILE` writes the scores).
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { answerQuestionAboutCustomerCall, describeWorkflowError } from '../src/client';
import { createGongWorker } from '../src/worker';
import { createDevDataSet } from './answer-quality-dev/data-set';
import { loadDevQuestions } from './answer-quality-dev/questions';
import { createDevBDataSet } from './answer-quality-dev-b/data-set';
import { loadDevBQuestions } from './answer-quality-dev-b/questions';
import { createDevCDataSet } from './answer-quality-dev-c/data-set';
import { loadDevCQuestions } from './answer-quality-dev-c/questions';
import { createHeldOutDataSet } from './answer-quality-held-out/data-set';
import {
  loadHeldOutQuestions,
  otherCustomerNames,
  scoreAnswer,
  summarise,
  type HeldOutQuestion,
  type HeldOutScore,
  type HeldOutSummary,
} from './answer-quality-held-out/score';
import { startBenchStackWith } from './bench-stack';

/** The blind sets by name: their questions and the data set the simulator serves for them. */
const SETS = {
  'held-out': { title: 'Held-out set', load: loadHeldOutQuestions, dataSet: createHeldOutDataSet },
  dev: { title: 'Dev set', load: loadDevQuestions, dataSet: createDevDataSet },
  'dev-b': { title: 'Dev set B', load: loadDevBQuestions, dataSet: createDevBDataSet },
  'dev-c': { title: 'Dev set C', load: loadDevCQuestions, dataSet: createDevCDataSet },
} as const;

/** The set `--set NAME` picks; the held-out set by default. */
function chosenSet(argv: readonly string[]): (typeof SETS)[keyof typeof SETS] {
  const at = argv.indexOf('--set');
  if (at < 0) return SETS['held-out'];
  const name = argv[at + 1] ?? '';
  if (!(name in SETS)) throw new Error(`--set must be one of ${Object.keys(SETS).join(', ')}, not "${name}"`);
  return SETS[name as keyof typeof SETS];
}

/** Questions in flight at once: enough to overlap waits, few enough for Gong's 3 requests/s. */
const CONCURRENCY = 3;

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}

function report(summary: HeldOutSummary, verbose: boolean): void {
  const answerable = summary.questions - summary.notStatedQuestions;
  const s = summary;
  console.log(
    `  expected facts found          ${s.factsFound}/${s.expectedFacts} (${percent(s.factsFound, s.expectedFacts)})`,
  );
  console.log(
    `  answers with every fact       ${s.answersComplete}/${answerable} (${percent(s.answersComplete, answerable)})`,
  );
  console.log(`  answers with off-topic quote  ${s.answersWithOffTopic}/${s.questions}`);
  console.log(`  answers with invented fact    ${s.answersWithInvented}/${s.questions}`);
  console.log(`  answers naming other customers ${s.answersNamingOtherCustomers}/${s.questions}`);
  console.log(`  "not stated" acknowledged     ${s.notStatedAcknowledged}/${s.notStatedQuestions}`);
  console.log(`  failed runs                   ${s.failedRuns}`);
  console.log('  facts found per kind:');
  for (const [kind, k] of Object.entries(s.byKind).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `    ${kind.padEnd(14)} ${String(k.factsFound).padStart(3)}/${String(k.expectedFacts).padEnd(3)} (${percent(k.factsFound, k.expectedFacts)}) over ${k.questions} questions`,
    );
  }
  console.log('  per question:');
  for (const score of s.scores) {
    const problems = problemsOf(score);
    if (problems.length === 0 && !verbose) continue;
    console.log(
      `  - [${score.kind}] ${score.customer}: ${score.question}${problems.length > 0 ? ` (${problems.join('; ')})` : ''}`,
    );
    if (verbose) console.log(score.answer.replace(/^/gm, '      '));
  }
}

function problemsOf(score: HeldOutScore): string[] {
  const missing = score.expected.filter((fact) => !score.found.includes(fact));
  return [
    ...(score.error ? [`run failed: ${score.error}`] : []),
    ...(missing.length > 0 ? [`missing ${missing.map((f) => `"${f}"`).join(', ')}`] : []),
    ...(score.offTopic.length > 0 ? [`off-topic ${score.offTopic.map((f) => `"${f}"`).join(', ')}`] : []),
    ...(score.invented.length > 0 ? [`invented ${score.invented.map((f) => `"${f}"`).join(', ')}`] : []),
    ...(score.otherCustomers.length > 0 ? [`other customers ${score.otherCustomers.join(', ')}`] : []),
    ...(score.saysNotStated === false ? ['does not say the calls leave it open'] : []),
  ];
}

/** Runs `task` over `items`, `limit` at a time, keeping the items' order in the results. */
async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** `OPENAI_*` settings of this process, handed to the worker so it answers with the model. */
function modelEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[0].startsWith('OPENAI_') && entry[1] !== undefined,
    ),
  );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const jsonAt = process.argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && !jsonFile) throw new Error('--json needs a file name');
  Runtime.install({ logger: new DefaultLogger('ERROR') });

  const chosen = chosenSet(process.argv);
  const set = chosen.load();
  const dataSet = chosen.dataSet(new Date());
  const stack = await startBenchStackWith({ dataSet, env: modelEnv() });
  const taskQueue = `held-out-${randomUUID()}`;
  const worker = await createGongWorker({ connection: stack.workerConnection, taskQueue, deps: stack.deps });
  const started = performance.now();
  let scores: HeldOutScore[] = [];
  try {
    await worker.runUntil(async () => {
      scores = await inPool(set.questions, CONCURRENCY, async (q: HeldOutQuestion) => {
        const others = otherCustomerNames(dataSet, q.customer);
        try {
          const result = await answerQuestionAboutCustomerCall(
            stack.client,
            {
              connectionId: 'bench',
              customerName: q.customer,
              question: q.question,
              ...(q.maxCalls === undefined ? {} : { maxCalls: q.maxCalls }),
            },
            { taskQueue },
          );
          return scoreAnswer(q, others, result);
        } catch (error) {
          const { kind, message } = describeWorkflowError(error);
          return scoreAnswer(q, others, {
            status: 'failed',
            answeredBy: 'none',
            answer: '',
            error: `${kind}: ${message}`,
          });
        }
      });
    });
  } finally {
    await stack.stop();
  }
  const summary = summarise(scores);
  const answeredBy = [...new Set(scores.map((s) => s.answeredBy))].join(', ');
  console.log(
    `${chosen.title} (written ${set.written}): ${summary.questions} questions over ${dataSet.companies.length} customers, ${dataSet.calls.length} calls; answered by ${answeredBy} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  report(summary, verbose);
  if (jsonFile)
    writeFileSync(jsonFile, `${JSON.stringify({ written: set.written, answeredBy, ...summary }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
