/** The worker's Nexus side: the handler of the `gong` service defined in the API layer. */
export { createGongNexusServiceHandler } from './gong-service-handler';
