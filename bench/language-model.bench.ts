/**
 * What the extractive answerer's language model costs the activity worker: loading wink-nlp's
 * English model (once per process, on the first answer or listing with a question), the first
 * WordNet lookup, the memory they hold, and the time to answer each question of the frozen quality
 * set afterwards. The workflow bundle never loads them (test/worker/language-model-boundary.test.ts).
 * Run with `npm run bench:language`; every figure is from this fresh process.
 */
import { performance } from 'node:perf_hooks';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  let started = performance.now();
  const english = await import('../src/answering/language/english');
  const importMs = performance.now() - started;
  const loadMs = english.loadEnglishModel();
  const rssModel = process.memoryUsage().rss;

  const { relatedWords } = await import('../src/answering/language/related-words');
  started = performance.now();
  await relatedWords('concern', 'NOUN');
  const firstLookupMs = performance.now() - started;
  started = performance.now();
  await relatedWords('price', 'NOUN');
  const nextLookupMs = performance.now() - started;

  const { createExtractiveAnswerer } = await import('../src/answering');
  const { evidenceFor, loadQuestionSet, questionSetDataSet } = await import('./answer-quality/score');
  const set = loadQuestionSet();
  const dataSet = questionSetDataSet(set);
  const now = new Date(set.now);
  const answerer = createExtractiveAnswerer();
  const times: number[] = [];
  for (const q of set.questions) {
    const evidence = evidenceFor(dataSet, now, q);
    started = performance.now();
    await answerer.answer(q.question, evidence.calls, undefined, evidence.transcripts);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const max = times.at(-1) ?? 0;

  console.log('Language model in the activity worker (one fresh process)');
  console.log(`  import wink-nlp + model module   ${importMs.toFixed(0)} ms`);
  console.log(`  load the English model           ${loadMs.toFixed(0)} ms`);
  console.log(`  memory after loading it          +${mib(rssModel - rssBefore)} RSS`);
  console.log(
    `  first WordNet lookup             ${firstLookupMs.toFixed(0)} ms (then ${nextLookupMs.toFixed(1)} ms)`,
  );
  console.log(
    `  answer a question (40, warm)     median ${median.toFixed(0)} ms, slowest ${max.toFixed(0)} ms (first one included)`,
  );
  console.log(`  RSS at the end                   ${mib(process.memoryUsage().rss)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
