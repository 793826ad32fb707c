import { z } from 'zod';
import { utcDay, type DailyRequestCounter } from '../../connections/daily-request-count';
import type { SqlQuery } from './pool';

const countRowSchema = z.object({ requests: z.coerce.number().int() });

/** A counter in `gong_daily_requests`: one upsert per request, atomic across replicas. */
export function createPostgresRequestCounter(query: SqlQuery): DailyRequestCounter {
  return {
    async record(connectionId, at = new Date()) {
      const { rows } = await query(
        `INSERT INTO gong_daily_requests AS d (connection_id, day, requests) VALUES ($1, $2::date, 1)
         ON CONFLICT (connection_id, day) DO UPDATE SET requests = d.requests + 1
         RETURNING requests`,
        [connectionId, utcDay(at)],
      );
      return countRowSchema.parse(rows[0]).requests;
    },
    async read(connectionId, at = new Date()) {
      const { rows } = await query(
        'SELECT requests FROM gong_daily_requests WHERE connection_id = $1 AND day = $2::date',
        [connectionId, utcDay(at)],
      );
      return rows.length === 0 ? 0 : countRowSchema.parse(rows[0]).requests;
    },
  };
}
