import type { Command } from 'commander';
import { UsageError, type CliIo } from './io';

/** The key flags of `connections add` and `edit`, as commander parses them. */
export interface KeyFlags {
  baseUrl?: string;
  accessKey?: string;
  secretKey?: string;
  accessKeyStdin?: boolean;
  secretKeyStdin?: boolean;
}

const flagWarning = (stdinFlag: string) =>
  `visible in shell history and \`ps\`: prefer ${stdinFlag} or the prompt`;

/** Adds `--access-key`, `--secret-key` and their `-stdin` forms to `command`. */
export function addKeyOptions(command: Command, what: 'new ' | ''): Command {
  return command
    .option('--access-key <key>', `${what}Access Key (${flagWarning('--access-key-stdin')})`)
    .option('--access-key-stdin', `read the ${what}Access Key from standard input`)
    .option('--secret-key <secret>', `${what}Access Key Secret (${flagWarning('--secret-key-stdin')})`)
    .option(
      '--secret-key-stdin',
      `read the ${what}Access Key Secret from standard input, e.g. "pass show gong | gong-worker ..."; ` +
        'with --access-key-stdin too, the first line is the key and the second the secret',
    );
}

/**
 * The keys the user gave, from flags, standard input, or (`prompt`, when stdin is a terminal)
 * an echo-off prompt for each one still missing. Secrets never have to be typed on the command
 * line, where shell history and `ps` would keep them.
 */
export async function resolveKeys(
  io: CliIo,
  flags: KeyFlags,
  prompt: boolean,
): Promise<{ accessKey?: string; accessKeySecret?: string }> {
  if (flags.accessKeyStdin && flags.accessKey !== undefined)
    throw new UsageError('give --access-key or --access-key-stdin, not both');
  if (flags.secretKeyStdin && flags.secretKey !== undefined)
    throw new UsageError('give --secret-key or --secret-key-stdin, not both');
  let accessKey = flags.accessKey;
  let accessKeySecret = flags.secretKey;
  if (flags.accessKeyStdin || flags.secretKeyStdin) {
    if (!io.readStdin) throw new UsageError('standard input cannot be read here');
    const lines = (await io.readStdin()).split(/\r?\n/);
    if (flags.accessKeyStdin && flags.secretKeyStdin) {
      [accessKey, accessKeySecret] = [lines[0] ?? '', lines[1] ?? ''];
    } else if (flags.accessKeyStdin) accessKey = lines[0] ?? '';
    else accessKeySecret = lines[0] ?? '';
  }
  if (prompt) {
    accessKey ??= await ask(io, 'Access Key: ', '--access-key-stdin');
    accessKeySecret ??= await ask(io, 'Access Key Secret: ', '--secret-key-stdin');
  }
  return { accessKey, accessKeySecret };
}

async function ask(io: CliIo, question: string, flag: string): Promise<string> {
  if (!io.promptHidden)
    throw new UsageError(`${flag} is required when standard input is not a terminal (or give the key flag)`);
  return io.promptHidden(question);
}
