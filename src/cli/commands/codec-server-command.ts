import type { Command } from 'commander';
import { CodecServerExposedError, createAccessTokenVerifier, startCodecServer } from '../../adapters/codec';
import type { CodecServerSettings } from '../../config/codec-server';
import { parseSettings } from '../../config/settings';
import { CommandFailedError, UsageError, type CliIo } from '../io';

/** The codec server's usual port, as in Temporal's samples. */
const DEFAULT_CODEC_PORT = 8888;

/** `gong-worker codec-server [--port N]`: decodes payloads for the Temporal Web UI and CLI. */
export function registerCodecServerCommand(program: Command, io: CliIo): void {
  program
    .command('codec-server')
    .description(
      'Serve the payload codec to the Temporal Web UI (PAYLOAD_ENCRYPTION_KEYS, CODEC_CORS_ORIGINS, CODEC_SERVER_TOKEN, CODEC_JWT_*)',
    )
    .option('--port <port>', 'port to listen on', String(DEFAULT_CODEC_PORT))
    .option(
      '--host <address>',
      'address to bind; another than loopback needs CODEC_SERVER_TOKEN, CODEC_JWT_* or --insecure-no-token',
      '127.0.0.1',
    )
    .option('--insecure-no-token', 'serve a non-loopback --host without a token (a proxy must check callers)')
    .action(async (flags: { port: string; host: string; insecureNoToken?: boolean }) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) {
        throw new UsageError(`--port must be a port number (0-65535), got "${flags.port}"`);
      }
      const { codec, codecServer: settings } = parseSettings(io.env, ['codec', 'codecServer']);
      const keys = codec.keys;
      if (!keys)
        throw new CommandFailedError(
          'codec-server needs PAYLOAD_ENCRYPTION_KEYS (the keys the worker uses)',
          'encryption-keys',
        );
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
        accessTokens: settings.accessTokens ? createAccessTokenVerifier(settings.accessTokens) : null,
        insecureNoToken: flags.insecureNoToken === true,
        log: (line) => io.err(line),
      }).catch((error: unknown) => {
        if (error instanceof CodecServerExposedError)
          throw new UsageError(`--host ${flags.host}: ${error.message}`);
        throw error;
      });
      io.out(
        `Codec server on ${server.url} (keys: ${[...keys.keys.keys()].join(', ')}; encrypting with ${keys.encryptingKeyId})`,
      );
      io.out(`Allowed Web UI origins: ${settings.corsOrigins.join(', ')}`);
      io.out(describeAuthentication(settings));
      io.out(
        `Web UI: set the codec endpoint to ${server.url}; CLI: temporal workflow show --codec-endpoint ${server.url} ...`,
      );
      await stopRequested;
      await server.stop();
    });
}

/** One line saying which bearers the server accepts. */
function describeAuthentication({ token, accessTokens }: CodecServerSettings): string {
  const accepted = [
    ...(token ? ['<CODEC_SERVER_TOKEN>'] : []),
    ...(accessTokens ? [`an access token of ${accessTokens.issuer} for ${accessTokens.audience}`] : []),
  ];
  return accepted.length > 0
    ? `Requests need Authorization: Bearer ${accepted.join(' or ')}`
    : 'No token required (CODEC_SERVER_TOKEN and CODEC_JWT_* unset)';
}
