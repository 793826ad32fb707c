import type { Connection } from '../../src/connections/connection';

/** A saved connection, as the store specifications add and read it. */
export const ACME: Connection = {
  id: 'acme',
  baseUrl: 'us-49467.api.gong.io',
  accessKey: 'AKEY-ACME-0001',
  accessKeySecret: 'secret-acme-0001',
};

/** A second connection, on another host, with other keys. */
export const GLOBEX: Connection = {
  id: 'globex',
  baseUrl: 'eu-1.api.gong.io',
  accessKey: 'AKEY-GLOBEX-0002',
  accessKeySecret: 'secret-globex-0002',
};

/** The variables that define the read-only connection `default`. */
export const ENV = {
  GONG_BASE_URL: 'https://us-777.api.gong.io/',
  GONG_ACCESS_KEY: 'env-key-7777',
  GONG_ACCESS_KEY_SECRET: 'env-secret-7777',
};
