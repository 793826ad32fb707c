// The platform's service code with tracing: its span is the root of the trace the worker continues.
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { answerQuestionAboutCustomerCall, tracingClientInterceptors } from 'gong-temporal-worker-client';

// The platform's own tracer provider; OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SERVICE_NAME configure it.
const provider = new NodeTracerProvider({
  spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
});
provider.register();

const config = loadClientConnectConfig();
const connection = await Connection.connect(config.connectionOptions);
const client = new Client({
  connection,
  namespace: config.namespace ?? 'default',
  // Puts the current trace context in the headers of every run this client starts.
  interceptors: await tracingClientInterceptors(),
});

await trace.getTracer('platform').startActiveSpan('answer for the account page', async (span) => {
  try {
    const result = await answerQuestionAboutCustomerCall(client, {
      connectionId: 'acme-prod',
      customerName: 'Acme',
      question: 'What did they say about pricing?',
    });
    console.log(result.answer, `trace ${span.spanContext().traceId}`);
  } finally {
    span.end();
    await connection.close();
    await provider.shutdown();
  }
});
