/** A call as results show it and cite it. Small on purpose: it travels in histories. */
export interface CallReference {
  callId: string;
  title: string;
  started: string;
  url: string;
}
