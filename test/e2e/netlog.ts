// Reading Chromium's net log (--log-net-log): every URL request the browser started, with the
// origin that initiated it ("not an origin" for the browser itself and for navigations).
import { readFileSync } from 'node:fs';

export interface LoggedUrlRequest {
  url: string;
  method: string;
  initiator: string;
}

/** Parses a finished net log (written when the browser closes). */
export function urlRequests(file: string): LoggedUrlRequest[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; method?: string; initiator?: string } }[];
  };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({
      url: e.params!.url!,
      method: e.params!.method ?? 'GET',
      initiator: e.params!.initiator ?? 'not an origin',
    }));
}
