// The platform's service code: start a run and wait for its typed result.
import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { answerQuestionAboutCustomerCall, describeWorkflowError } from 'gong-temporal-worker-client';

// TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY, TLS, profiles: as every Temporal tool.
const config = loadClientConnectConfig();
const connection = await Connection.connect(config.connectionOptions);
const client = new Client({ connection, namespace: config.namespace ?? 'default' });

try {
  const result = await answerQuestionAboutCustomerCall(client, {
    connectionId: 'acme-prod',
    customerName: 'Acme',
    question: 'What did they say about pricing?',
  });
  console.log(
    result.answer,
    result.citations.map((call) => call.url),
  );
} catch (error) {
  const failure = describeWorkflowError(error);
  // kind: invalid_input | connection_not_found | gong_auth | gong_rate_limited | ... | unknown
  if (failure.kind === 'gong_auth') console.error(`Reconnect Gong: ${failure.message}`);
  else throw error;
} finally {
  await connection.close();
}
