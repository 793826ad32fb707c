import type { GongRequestObserver } from '../../gong/request-observer';

/** One observer that runs `outer` around `inner`: both see every wait and every outcome. */
export function combineObservers(
  outer: GongRequestObserver,
  inner: GongRequestObserver,
): GongRequestObserver {
  return {
    paced: (host, wait) => outer.paced(host, () => inner.paced(host, wait)),
    request: (start, exchange) =>
      outer.request(start, (reportOuter) =>
        inner.request(start, (reportInner) =>
          exchange((outcome) => {
            reportOuter(outcome);
            reportInner(outcome);
          }),
        ),
      ),
  };
}
