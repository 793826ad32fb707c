import { readdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporal } from '@temporalio/proto';
import { z } from 'zod';

const { History } = temporal.api.history.v1;

/** Where the committed histories live. */
export const HISTORIES_DIR = fileURLToPath(new URL('.', import.meta.url));
/** The checkout the recording ran in, as it appears in stack traces (with a trailing slash). */
export const CHECKOUT_DIR = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The JSON form of a history: protobufjs' own object form (64-bit ids as strings, enums by name,
 * bytes in base64), which `History.fromObject` reads back exactly. Not the proto3 JSON the CLI
 * exports: the SDK's reader of that (`historyFromJSON`) breaks when npm installs two copies of
 * protobufjs, as it does in this tree.
 */
const historyFileSchema = z.looseObject({
  events: z
    .array(
      z.looseObject({
        eventId: z.string(),
        eventType: z.string(),
        workflowExecutionStartedEventAttributes: z
          .looseObject({ workflowType: z.object({ name: z.string() }) })
          .optional(),
      }),
    )
    .min(1),
});
type HistoryJson = z.infer<typeof historyFileSchema>;

/** One committed history: its file name, the workflow type of its run, the history itself. */
export interface HistoryFile {
  name: string;
  workflowType: string;
  history: temporal.api.history.v1.History;
  text: string;
}

/** Every `*.json` history under test/histories, validated. */
export async function readHistoryFiles(): Promise<HistoryFile[]> {
  const names = (await readdir(HISTORIES_DIR)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(HISTORIES_DIR, name), 'utf8');
      const parsed = historyFileSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`${name} is not a recorded history: ${parsed.error.message}`);
      const started = parsed.data.events[0]?.workflowExecutionStartedEventAttributes;
      if (!started) throw new Error(`${name} does not start with WorkflowExecutionStarted`);
      return {
        name,
        workflowType: started.workflowType.name,
        history: History.fromObject(parsed.data),
        text,
      };
    }),
  );
}

/**
 * The JSON to commit for a fetched history, with the recording machine's name (identities and
 * sticky queues are `pid@hostname`) and the checkout's path (in stack traces) replaced: they mean
 * nothing to a replay and do not belong in the repository.
 */
export function historyToFile(history: temporal.api.history.v1.IHistory): HistoryJson {
  const object = History.toObject(History.fromObject(history), {
    longs: String,
    enums: String,
    bytes: String,
  });
  const host = hostname();
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const relative = value.replaceAll(CHECKOUT_DIR, '');
      return host ? relative.replaceAll(host, 'recorder') : relative;
    }
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item)]));
    }
    return value;
  };
  return historyFileSchema.parse(scrub(object));
}
