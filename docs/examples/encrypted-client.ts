// The platform's client when the worker encrypts (PAYLOAD_ENCRYPTION_KEYS): the same keys here.
import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { answerQuestionAboutCustomerCall } from 'gong-temporal-worker-client';
import { encryptingDataConverter, parseEncryptionKeys } from 'gong-temporal-worker-client/codec';

// `keyId=base64Key,...`, from the same secret store as the worker's; the first key encrypts, all decrypt.
const keys = parseEncryptionKeys(process.env.PAYLOAD_ENCRYPTION_KEYS ?? '');
const config = loadClientConnectConfig();
const connection = await Connection.connect(config.connectionOptions);
const client = new Client({
  connection,
  namespace: config.namespace ?? 'default',
  // Encrypts the inputs this client sends; decrypts results, failure messages and query answers.
  dataConverter: encryptingDataConverter(keys),
});

try {
  const result = await answerQuestionAboutCustomerCall(client, {
    connectionId: 'acme-prod',
    customerName: 'Acme',
    question: 'What did they say about pricing?',
  });
  console.log(result.answer);
} finally {
  await connection.close();
}
