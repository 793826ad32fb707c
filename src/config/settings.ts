import { homedir } from 'node:os';
import { codecSection } from './codec';
import { codecServerSection } from './codec-server';
import {
  InvalidSettingsError,
  type Env,
  type SettingsIssue,
  type SettingsSection,
  type VariableDoc,
} from './env';
import { healthSection } from './health';
import { limitsSection } from './limits';
import { loggingSection } from './logging';
import { mcpServerSection } from './mcp-server';
import { openAiSection } from './openai';
import { secretsSection } from './secrets';
import { simulatorSection } from './simulator';
import { storeSection } from './store';
import { telemetrySection } from './telemetry';
import { temporalSection } from './temporal';
import { versioningSection } from './versioning';
import { workflowCodeSection } from './workflow-code';
import { workerTuningSection } from './worker-tuning';

/**
 * Every section of the settings tree, in the order of the configuration table (docs/configuration.md).
 * A new section is one file and one entry here.
 */
export const SECTIONS = {
  temporal: temporalSection,
  telemetry: telemetrySection,
  logging: loggingSection,
  health: healthSection,
  store: storeSection,
  secrets: secretsSection,
  simulator: simulatorSection,
  limits: limitsSection,
  workerTuning: workerTuningSection,
  codec: codecSection,
  codecServer: codecServerSection,
  mcpServer: mcpServerSection,
  versioning: versioningSection,
  workflowCode: workflowCodeSection,
  openai: openAiSection,
} as const;

/** The name of a section. */
export type SectionName = keyof typeof SECTIONS;

type ValueOf<S> = S extends SettingsSection<infer T> ? T : never;

/** The whole typed settings tree. */
export type Settings = { [K in SectionName]: ValueOf<(typeof SECTIONS)[K]> };

/** The sections the worker process reads: all but the codec server's. */
export const WORKER_SECTIONS = [
  'temporal',
  'telemetry',
  'logging',
  'health',
  'store',
  'simulator',
  'limits',
  'workerTuning',
  'codec',
  'versioning',
  'workflowCode',
  'openai',
] as const satisfies readonly SectionName[];

/**
 * Parses the named sections of `env`, and only those, so a command is not broken by a variable
 * it never uses. Throws {@link InvalidSettingsError} listing every invalid variable at once.
 */
export function parseSettings<K extends SectionName>(
  env: Env,
  names: readonly K[],
  home: string = homedir(),
): Pick<Settings, K> {
  const values: Partial<Record<SectionName, unknown>> = {};
  const issues: SettingsIssue[] = [];
  for (const name of names) {
    const result = (SECTIONS[name] as SettingsSection<unknown>).parse(env, { home });
    if (result.ok) values[name] = result.value;
    else issues.push(...result.issues);
  }
  // Two sections may read one variable (the store needs GONG_SECRETS_KEYS): report it once.
  const unique = issues.filter(
    (issue, index) =>
      issues.findIndex((other) => other.variable === issue.variable && other.message === issue.message) ===
      index,
  );
  if (unique.length > 0) throw new InvalidSettingsError(unique);
  return values as Pick<Settings, K>;
}

/** The configuration table of docs/configuration.md, row by row, from the sections. */
export function documentedVariables(): VariableDoc[] {
  const seen = new Set<string>();
  return Object.values(SECTIONS)
    .flatMap((section) => section.variables)
    .filter((row) => {
      const key = row.names.join(',');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
