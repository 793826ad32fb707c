/**
 * Name of the Keyword search attribute set on every run and Schedule of this worker: the Gong
 * connection id, so operators filter runs by connection without reading any payload. Register it
 * on the server: `temporal operator search-attribute create --name GongConnectionId --type Keyword`.
 */
export const GONG_CONNECTION_ID_SEARCH_ATTRIBUTE = 'GongConnectionId';
