/**
 * Benchmark: GET /v2/tunes?limit=25 with 100,000 tunes in the database, through the running
 * studio, beside the same page (rows + total) fetched by raw SQL in the same run.
 * Usage: node --import tsx bench/tunes-list.ts [--tunes 100000] [--requests 2000] [--warmup 1000]
 *        [--no-build]
 */
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { buildIfStale } from '../scripts/lib/build-if-stale';
import { startDisposableStudio } from '../scripts/lib/start-disposable-studio';
import { summarise, throughput, timeSequential } from './lib/stats';

const { values } = parseArgs({
  options: {
    tunes: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '2000' },
    clients: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '1000' },
    'no-build': { type: 'boolean', default: false },
  },
});
const TUNES = Number(values.tunes);
const REQUESTS = Number(values.requests);
const CLIENTS = Number(values.clients);
// Enough warm-up requests for V8 to finish optimising the request path before timing it.
const WARMUP = Number(values.warmup);

// Baseline 1: the statements the API runs (page cut by the (owner, created_at) index, then
// joined; total from the trigger-kept counters). Baseline 2: the straightforward statements a
// hand-written page would use (join, sort, limit; count(*) for the total).
const PAGE_SQL = `
  select t.id, t.name, t.description, t.tune_template_id, t.base_model_id, t.dataset_id,
         t.status, t.status_reason, t.mcad_id, t.latest_checkpoint, t.created_at, t.updated_at,
         t.deleted_at, tt.name as template_name, bm.name as base_model_name
  from tunes t
  left join tune_templates tt on tt.id = t.tune_template_id
  left join base_models bm on bm.id = t.base_model_id
  where t.id in (
    select id from tunes where owner_id = $1 and deleted_at is null
    order by created_at desc, id desc limit 25 offset 0)
  order by t.created_at desc, t.id desc`;
const COUNTER_SQL = 'select sum(live_count) from tune_counts where owner_id = $1';
const PLAIN_PAGE_SQL = `
  select t.*, tt.name as template_name, bm.name as base_model_name, u.email as owner_email
  from tunes t
  join users u on u.id = t.owner_id
  left join tune_templates tt on tt.id = t.tune_template_id
  left join base_models bm on bm.id = t.base_model_id
  where t.owner_id = $1 and t.deleted_at is null
  order by t.created_at desc, t.id desc limit 25 offset 0`;
const PLAIN_COUNT_SQL = 'select count(*) from tunes where owner_id = $1 and deleted_at is null';

async function arrange(databaseUrl: string) {
  const { createUser } = await import('../server/users/create-user');
  const { createApiKey } = await import('../server/api-keys/create-api-key');
  const { toSessionUser } = await import('../server/users/user-repository');
  const user = await createUser({ email: 'bench@example.org' });
  const other = await createUser({ email: 'other@example.org' });
  const key = await createApiKey(toSessionUser(user), { name: 'bench', expires_in_days: null });
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const template = await pool.query(
    "insert into tune_templates (name, content) values ('bench template', 'x') returning id",
  );
  // 90% of the tunes belong to the measured user, the rest to another, as in a shared studio.
  await pool.query(
    `insert into tunes (id, owner_id, name, tune_template_id, base_model_id, dataset_id, status,
       created_at, updated_at)
     select 'geotune-' || lpad(g::text, 12, '0'),
            case when g % 10 = 0 then $2::uuid else $1::uuid end,
            'tune-' || g, $3::uuid, '6f1f4a52-7d3e-4c57-9a0e-1b2c3d4e5f09', 'geodata-bench',
            (array['Pending','In_progress','Finished','Failed'])[1 + g % 4],
            now() - (g || ' seconds')::interval, now()
     from generate_series(1, $4::int) as g`,
    [user.id, other.id, template.rows[0].id, TUNES],
  );
  // A bulk insert leaves the counters' dead row versions behind; a studio in use has autovacuum.
  await pool.query('vacuum analyze');
  return { pool, userId: user.id, apiKey: key.value };
}

async function main() {
  if (!values['no-build']) buildIfStale(false);
  const studio = await startDisposableStudio({ label: 'bench' });
  const { pool, userId, apiKey } = await arrange(studio.databaseUrl);
  try {
    const url = `${studio.url}/v2/tunes?limit=25`;
    const apiCall = async () => {
      const response = await fetch(url, { headers: { 'X-API-Key': apiKey } });
      const body = (await response.json()) as { page_count: number; total_records: number };
      if (response.status !== 200 || body.page_count !== 25) throw new Error('bad API answer');
    };
    const sqlPair = (pageSql: string, countSql: string) => async () => {
      const [page] = await Promise.all([
        pool.query(pageSql, [userId]),
        pool.query(countSql, [userId]),
      ]);
      if (page.rowCount !== 25) throw new Error('bad SQL answer');
    };
    const series = [
      { name: 'raw SQL, same statements', call: sqlPair(PAGE_SQL, COUNTER_SQL) },
      { name: 'raw SQL, plain join+count', call: sqlPair(PLAIN_PAGE_SQL, PLAIN_COUNT_SQL) },
      { name: 'studio API', call: apiCall },
    ];
    const results = [];
    for (const { name, call } of series) {
      await timeSequential(WARMUP, call);
      const latency = summarise(await timeSequential(REQUESTS, call));
      const rate = await throughput(CLIENTS, Math.ceil(REQUESTS / CLIENTS), call);
      results.push({ name, latency, rate });
    }

    console.log(`\nGET /v2/tunes?limit=25, ${TUNES} tunes (90% of them the caller's)`);
    console.log(
      `${REQUESTS} sequential requests per series; req/s from ${CLIENTS} concurrent clients`,
    );
    console.log(
      `${'series'.padEnd(28)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'req/s'.padStart(9)}`,
    );
    for (const { name, latency, rate } of results) {
      const cells = [latency.p50.toFixed(2), latency.p99.toFixed(2), rate.toFixed(0)];
      console.log(`${name.padEnd(28)}${cells.map((cell) => cell.padStart(9)).join('')}`);
    }
    const [same, plain, api] = results;
    if (!same || !plain || !api) return;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
    const ratios = (baseline: typeof api) =>
      `p50 ${ratio(api.latency.p50, baseline.latency.p50)}, ` +
      `p99 ${ratio(api.latency.p99, baseline.latency.p99)}`;
    console.log(`API / same-statement SQL: ${ratios(same)}`);
    console.log(`API / plain SQL:          ${ratios(plain)}`);
    console.log(
      `target p99 < 20 ms: ${api.latency.p99 < 20 ? 'met' : 'MISSED'} (${api.latency.p99.toFixed(2)} ms)`,
    );
  } finally {
    await pool.end();
    await studio.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
