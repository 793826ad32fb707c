import type { ReadStream } from 'node:tty';

/** Largest standard input read for secrets: keys are short, a stray file is not. */
const MAX_STDIN_BYTES = 64 * 1024;

/** Reads `stream` to its end (at most 64 KiB) as UTF-8. */
export async function readSecretFromStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_STDIN_BYTES) throw new Error('standard input is larger than 64 KiB; expected a key');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Asks `question` on `output` and reads one line from the terminal `input` with echo off, as
 * `docker login` does: the secret appears neither on screen nor in shell history or `ps`.
 * Ctrl-C aborts; Backspace edits.
 */
export function promptHidden(
  question: string,
  input: ReadStream,
  output: NodeJS.WritableStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const wasRaw = input.isRaw;
    input.setRawMode(true);
    // Echo goes off before the question shows: what is typed the moment it appears is not echoed.
    output.write(question);
    input.setEncoding('utf8');
    input.resume();
    const finish = (error: Error | null) => {
      input.setRawMode(wasRaw);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish(null);
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    input.on('data', onData);
  });
}
