import { z } from 'zod';
import { zodSection } from './env';

/** The MCP server's settings (the `mcp` command only). */
export interface McpServerSettings {
  /** `MCP_SERVER_TOKEN`: when set, every Streamable HTTP request needs `Authorization: Bearer <token>`. */
  token: string | null;
}

/** Errors name the variable, never the token. */
export const mcpServerSection = zodSection(
  [
    {
      names: ['MCP_SERVER_TOKEN'],
      meaning:
        '`gong-worker mcp --http`: bearer token every request needs (at least 16 characters); required on a non-loopback address',
    },
  ],
  z.object({ MCP_SERVER_TOKEN: z.string().trim().min(16, 'use at least 16 characters').optional() }),
  (parsed): McpServerSettings => ({ token: parsed.MCP_SERVER_TOKEN ?? null }),
);
