import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort } from '../../tools/temporal-server/free-port';

/** A throwaway PostgreSQL server on loopback, stopped (and its files deleted) by `stop`. */
export interface TestPostgres {
  /** `postgres://` URL of `database` (default `postgres`). */
  url(database?: string): string;
  /** Creates an empty database with a unique name and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Finds the server binaries: `PG_BIN`, else the newest `/usr/lib/postgresql/<version>/bin`
 * (Debian's layout), else `pg_config --bindir`.
 */
function postgresBinDirectory(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = execFileSync('ls', [debian], { encoding: 'utf8' })
      .split('\n')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = join(debian, version, 'bin');
      if (existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (else `nobody`). */
function unprivilegedUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // try the next one
    }
  }
  throw new Error('Running as root and neither a "postgres" nor a "nobody" user exists to run PostgreSQL');
}

/**
 * Runs `initdb` and `postgres` in a new temporary directory, listening on a free loopback port
 * only (no Unix socket outside that directory), with durability off since the data is thrown away.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDirectory();
  const user = unprivilegedUser();
  const root = await mkdtemp(join(tmpdir(), 'gong-test-postgres-'));
  if (user) {
    await chown(root, user.uid, user.gid);
    await chmod(root, 0o700);
  }
  const data = join(root, 'data');
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'],
    {
      ...asUser,
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const port = await findFreePort();
  const output: string[] = [];
  const server: ChildProcess = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${root}`,
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=200',
    ],
    { ...asUser, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill('SIGINT'); // fast shutdown: disconnects clients, no checkpoint wait
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (server.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL did not start:\n${output.join('')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    url,
    async createDatabase() {
      const name = `test_${randomUUID().replaceAll('-', '')}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
  };
}
