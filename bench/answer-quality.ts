/**
 * Measures answer quality on the question set over the simulator's seeded customers
 * (bench/answer-quality/questions.json): expected facts found, other customers' facts, repeated
 * passages, repeated citation markers, and citations whose calls hold what is quoted. Scores the
 * extractive answerer, and the OpenAI answerer too when OPENAI_API_KEY is set. Run with
 * `npm run quality` (`--verbose` prints every answer).
 */
import { chooseAnswerer } from '../src/app/choose-answerer';
import { createExtractiveAnswerer } from '../src/answering';
import { parseSettings } from '../src/config/settings';
import { loadQuestionSet, scoreAnswerer, type QualitySummary } from './answer-quality/score';

/** Goals of the extractive answerer (issue 18). */
export const GOALS = {
  factsFoundShare: 0.9,
  answersWithoutOffTopicShare: 0.9,
  noiseLines: 0,
  wrongCustomerFacts: 0,
  duplicatePassages: 0,
};

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function report(name: string, summary: QualitySummary, verbose: boolean): boolean {
  const citationShare =
    summary.citationsChecked === 0 ? 1 : summary.citationsHoldingFact / summary.citationsChecked;
  console.log(`\n${name}: ${summary.questions} questions`);
  console.log(
    `  expected facts found      ${summary.factsFound}/${summary.expectedFacts} (${percent(summary.factsFoundShare)}), goal >= ${percent(GOALS.factsFoundShare)}`,
  );
  console.log(
    `  answers with no off-topic passage ${percent(summary.answersWithoutOffTopicShare)} (${summary.offTopicPassages} off-topic passages in all), goal >= ${percent(GOALS.answersWithoutOffTopicShare)}`,
  );
  console.log(`  "nothing mentions" noise lines ${summary.noiseLines}, goal ${GOALS.noiseLines}`);
  console.log(
    `  answer length             mean ${summary.meanLength} characters, longest ${summary.maxLength}`,
  );
  console.log(`  other customers' facts    ${summary.wrongCustomerFacts}, goal ${GOALS.wrongCustomerFacts}`);
  console.log(`  duplicate passages        ${summary.duplicatePassages}, goal ${GOALS.duplicatePassages}`);
  console.log(`  repeated citation markers ${summary.repeatedMarkers}`);
  console.log(
    `  citations holding fact    ${summary.citationsHoldingFact}/${summary.citationsChecked} (${percent(citationShare)})`,
  );
  for (const score of summary.scores) {
    const missing = score.expected.filter((fact) => !score.found.includes(fact));
    const problems = [
      ...(missing.length > 0 ? [`missing ${missing.map((f) => `"${f}"`).join(', ')}`] : []),
      ...(score.wrongCustomerFacts.length > 0
        ? [`other customers: ${score.wrongCustomerFacts.join(', ')}`]
        : []),
      ...(score.duplicatePassages > 0 ? [`${score.duplicatePassages} duplicate passages`] : []),
      ...score.offTopicPassages.map((line) => `off-topic: ${line}`),
      ...score.noiseLines.map((line) => `noise: ${line}`),
    ];
    if (problems.length > 0 || verbose) {
      console.log(
        `  - ${score.customer}: ${score.question} ${problems.length > 0 ? `(${problems.join('; ')})` : ''}`,
      );
      if (verbose) console.log(score.answer.replace(/^/gm, '      '));
    }
  }
  return (
    summary.factsFoundShare >= GOALS.factsFoundShare &&
    summary.answersWithoutOffTopicShare >= GOALS.answersWithoutOffTopicShare &&
    summary.noiseLines === GOALS.noiseLines &&
    summary.wrongCustomerFacts === GOALS.wrongCustomerFacts &&
    summary.duplicatePassages === GOALS.duplicatePassages
  );
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const set = loadQuestionSet();
  console.log(
    `Question set: ${set.questions.length} questions over the simulator's data set (seed ${set.seed}, now ${set.now})`,
  );
  const met = report(
    'Extractive answerer (no LLM)',
    await scoreAnswerer(createExtractiveAnswerer(), set),
    verbose,
  );
  console.log(met ? '  goals met' : '  GOALS NOT MET');
  const model = parseSettings(process.env, ['openai']).openai;
  if (model) {
    // With OPENAI_FALLBACK=fail, so a failing model scores as failing, not as the extractive answerer.
    const answerer = chooseAnswerer({ ...model, fallback: 'fail' }, { maxRetryAfterSeconds: 120 });
    report(`OpenAI answerer (${model.model})`, await scoreAnswerer(answerer, set), verbose);
  } else {
    console.log('\nOpenAI answerer: skipped (set OPENAI_API_KEY to score it)');
  }
  if (!met) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
