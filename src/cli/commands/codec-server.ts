import type { Command } from 'commander';
import { startCodecServer } from '../../codec';
import { parseSettings } from '../../config/settings';
import { CommandFailedError, UsageError, type CliIo } from '../io';

/** The codec server's usual port, as in Temporal's samples. */
export const DEFAULT_CODEC_PORT = 8888;

/** `gong-worker codec-server [--port N]`: decodes payloads for the Temporal Web UI and CLI. */
export function registerCodecServerCommand(program: Command, io: CliIo): void {
  program
    .command('codec-server')
    .description(
      'Serve the payload codec to the Temporal Web UI (PAYLOAD_ENCRYPTION_KEYS, CODEC_CORS_ORIGINS, CODEC_SERVER_TOKEN)',
    )
    .option('--port <port>', 'port to listen on', String(DEFAULT_CODEC_PORT))
    .option('--host <address>', 'address to bind; keep loopback unless a proxy guards it', '127.0.0.1')
    .action(async (flags: { port: string; host: string }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new UsageError(`--port must be a port number (0-65535), got "${flags.port}"`);
      }
      const { codec, codecServer: settings } = parseSettings(io.env, ['codec', 'codecServer']);
      const keys = codec.keys;
      if (!keys)
        throw new CommandFailedError('codec-server needs PAYLOAD_ENCRYPTION_KEYS (the keys the worker uses)');
      const stopRequested = new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      const server = await startCodecServer({
        keys,
        host: flags.host,
        port,
        corsOrigins: settings.corsOrigins,
        token: settings.token,
        log: (line) => io.err(line),
      });
      io.out(
        `Codec server on ${server.url} (keys: ${[...keys.keys.keys()].join(', ')}; encrypting with ${keys.encryptingKeyId})`,
      );
      io.out(`Allowed Web UI origins: ${settings.corsOrigins.join(', ')}`);
      io.out(
        settings.token
          ? 'Requests need Authorization: Bearer <CODEC_SERVER_TOKEN>'
          : 'No token required (CODEC_SERVER_TOKEN unset)',
      );
      io.out(
        `Web UI: set the codec endpoint to ${server.url}; CLI: temporal workflow show --codec-endpoint ${server.url} ...`,
      );
      await stopRequested;
      await server.stop();
    });
}
