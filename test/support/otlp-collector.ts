import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One export as it reached the collector: its path (`/v1/traces`, `/v1/metrics`) and its body. */
export interface OtlpExport {
  path: string;
  body: string;
}

/** An OTLP/HTTP collector on loopback that accepts every export and keeps it as it arrived. */
export interface OtlpCollector {
  /** What `OTEL_EXPORTER_OTLP_ENDPOINT` is set to. */
  endpoint: string;
  /** Every export so far, in order of arrival. */
  exported: OtlpExport[];
  close(): Promise<void>;
}

/** Starts an {@link OtlpCollector}: spans and metrics leave a worker as in production. */
export async function startOtlpCollector(): Promise<OtlpCollector> {
  const exported: OtlpExport[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      exported.push({ path: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exported,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
