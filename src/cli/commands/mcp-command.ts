import type { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { isLoopbackHost } from '../../adapters/codec/serve-codec';
import { parseSettings } from '../../config/settings';
import { describeConnection } from '../../connections/connection';
import { UsageError, type CliIo } from '../io';
import { createGongMcpServer } from '../mcp/gong-mcp-server';
import { McpServerExposedError, serveMcpOverHttp } from '../mcp/serve-mcp-http';
import type { McpToolContext } from '../mcp/tool-context';
import { unreadableResultsProblem } from '../readable-results';
import { withStore } from './connections-command';
import { withClient } from './with-client';

/** `gong-worker mcp [--http HOST:PORT] [--allow-writes]`: the workflows as MCP tools for AI agents. */
export function registerMcpCommand(program: Command, io: CliIo): void {
  program
    .command('mcp')
    .description('Serve the workflows as MCP tools to AI agents: over stdio, or Streamable HTTP with --http')
    .option(
      '--http <host:port>',
      'serve Streamable HTTP at http://HOST:PORT/mcp; an address other than loopback needs MCP_SERVER_TOKEN',
    )
    .option('--allow-writes', 'let gong_api_request send POST, PUT, PATCH and DELETE to Gong')
    .action(async (flags: { http?: string; allowWrites?: boolean }) => {
      const { mcpServer, codec } = parseSettings(io.env, ['mcpServer', 'codec']);
      const http = flags.http === undefined ? null : parseHttpAddress(flags.http);
      // Refused before anything connects: the answer does not depend on Temporal.
      if (http && !isLoopbackHost(http.host) && !mcpServer.token)
        throw new UsageError(`--http ${flags.http}: ${new McpServerExposedError(http.host).message}`);
      await withClient(io, async ({ client, namespace, address }, taskQueue, temporal) => {
        // stdout is the protocol's over stdio: everything for people goes to stderr.
        const problem = await unreadableResultsProblem(client, namespace, taskQueue, codec.keys);
        if (problem) io.err(`warning: ${problem.message}; until then tool calls end in an error`);
        const context: McpToolContext = {
          client,
          taskQueue,
          address,
          namespace,
          uiUrl: temporal.uiUrl,
          allowWrites: flags.allowWrites === true,
          listConnections: () =>
            withStore(io, async (store) =>
              (await store.scan()).connections.map((connection) => {
                const { id, baseUrl } = describeConnection(connection);
                return { id, baseUrl };
              }),
            ),
        };
        const stopRequested = new Promise<void>((done) => {
          process.once('SIGINT', done);
          process.once('SIGTERM', done);
          if (!http) process.stdin.once('close', done).once('end', done);
        });
        if (http) {
          const endpoint = await serveMcpOverHttp({
            ...http,
            token: mcpServer.token,
            newServer: () => createGongMcpServer(context),
            log: (line) => io.err(line),
          });
          io.out(`MCP server on ${endpoint.url} (task queue "${taskQueue}")`);
          io.out(
            mcpServer.token
              ? 'Requests need Authorization: Bearer <MCP_SERVER_TOKEN>'
              : 'No token required (MCP_SERVER_TOKEN unset)',
          );
          await stopRequested;
          await endpoint.stop();
        } else {
          const server = createGongMcpServer(context);
          await server.connect(new StdioServerTransport());
          io.err(`gong-worker MCP server on stdio (task queue "${taskQueue}")`);
          await stopRequested;
          await server.close();
        }
      });
    });
}

/** `127.0.0.1:3000`, `[::1]:3000` or `:3000` (loopback). */
function parseHttpAddress(value: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(value.trim());
  const port = Number(match?.[3]);
  if (!match || port > 65_535)
    throw new UsageError(`--http must be HOST:PORT, e.g. 127.0.0.1:3000, got "${value}"`);
  return { host: match[1] ?? (match[2] || '127.0.0.1'), port };
}
