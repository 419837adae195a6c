import type { Query } from "./database";

// Of the entries: 85% owed for exported lots, 14% payments, 1% adjustments.
const OWED_SHARE = 0.85;
const PAID_SHARE = 0.14;
const LOTS_PER_SHIPMENT = 200;
// A grown lot has at least 25 pieces accepted, so it can be split over up to 25 shipments.
const MAX_SPLIT = 25;

const PASSED = "association_id = $1 and lot_code like 'BENCH-%' and status in ('accepted', 'partially_accepted')";

// Lots spread evenly over the grown ones, in lot order, so shipments follow the calendar. Where
// there are too few lots, each is split into `parts` allocations that go into different shipments.
const PLAN_SQL = `
  create temp table bench_owed as
  with passed as (
    select id, member_id, product_id, accepted_quantity, created_at, row_number() over (order by lot_code) - 1 as r
    from batches where ${PASSED}
  )
  select gen_random_uuid() as allocation_id, p.id as batch_id, p.member_id, p.product_id, p.accepted_quantity / $2::int as quantity,
         part::bigint * 1000000 + j / ${LOTS_PER_SHIPMENT} as shipment_no, p.created_at
  from generate_series(0, $2::int - 1) part
  cross join generate_series(0::bigint, $3::bigint - 1) j
  join passed p on p.r = j * $4::bigint / $3::bigint`;

const SHIPMENTS_SQL = `
  create temp table bench_shipments as
  select shipment_no, gen_random_uuid() as id, row_number() over (order by max(created_at), shipment_no) as seq,
         max(created_at) + interval '10 days' as shipped_at
  from bench_owed group by shipment_no`;

const LINES_SQL = `
  create temp table bench_lines as
  select shipment_no, product_id, gen_random_uuid() as id, sum(quantity)::int as quantity,
         row_number() over (partition by shipment_no order by product_id)::int as position
  from bench_owed group by shipment_no, product_id`;

const SHIPMENT_ROWS_SQL = `
  insert into shipments (association_id, id, code, buyer_id, market, destination, incoterm, currency, planned_date, status, shipped_at, created_by, created_at, updated_at)
  select $1, id, 'BENCH-EXP-' || lpad(seq::text, 6, '0'), $2, 'JP', 'Tokyo', 'FCA', $3, (shipped_at - interval '3 days')::date, 'closed',
         shipped_at, $4, shipped_at - interval '30 days', shipped_at
  from bench_shipments`;

// Shipment lines, allocations, and the lots' allocated totals raised to match.
const ALLOCATION_SQL = [
  `insert into shipment_lines (association_id, id, shipment_id, product_id, quantity, unit_price_minor, position)
   select $1, l.id, s.id, l.product_id, l.quantity, p.producer_price_minor * 2, l.position
   from bench_lines l join bench_shipments s using (shipment_no) join products p on p.association_id = $1 and p.id = l.product_id`,
  `insert into allocations (association_id, id, shipment_line_id, batch_id, quantity)
   select $1, o.allocation_id, l.id, o.batch_id, o.quantity from bench_owed o join bench_lines l using (shipment_no, product_id)`,
  `update batches b set allocated_quantity = b.allocated_quantity + a.quantity
   from (select batch_id, sum(quantity)::int as quantity from bench_owed group by batch_id) a
   where b.association_id = $1 and b.id = a.batch_id`,
];

// One statement in time order, so entry ids grow with time as in a ledger that was appended to.
// Owed as appendOwedEntries computes it; each producer is paid part of what they earned in a few
// payments between their first and last shipment; a few balances are corrected afterwards.
const ENTRIES_SQL = `
  with a as (select currency, reserve_basis_points from associations where id = $1),
  owed as (
    select o.member_id, s.id as shipment_id, o.allocation_id, o.batch_id, o.quantity, p.producer_price_minor as price,
           o.quantity::bigint * p.producer_price_minor as gross, coalesce(g.reserve_basis_points, a.reserve_basis_points) as bp, s.shipped_at as at
    from bench_owed o join bench_shipments s using (shipment_no)
    join products p on p.association_id = $1 and p.id = o.product_id
    join members m on m.association_id = $1 and m.id = o.member_id
    left join producer_groups g on g.association_id = $1 and g.id = m.group_id
    cross join a
  ),
  earned as (
    select member_id, sum(gross - gross * bp / 10000)::bigint as total, min(at) as first_at, max(at) as last_at,
           row_number() over (order by member_id) as n
    from owed group by member_id
  ),
  payments as (
    select member_id, -(total * 7 / (10 * $3::int)) as amount, first_at + (last_at - first_at) * i / ($3::int + 1) + interval '5 days' as at,
           row_number() over (order by i, member_id) as n
    from earned cross join generate_series(1, $3::int) i
    where total * 7 / (10 * $3::int) >= 1
  ),
  entries as (
    select member_id, 'owed' as kind, gross - gross * bp / 10000 as amount, shipment_id, allocation_id, batch_id, quantity, price,
           gross, gross * bp / 10000 as reserve, bp, null::date as paid_on, null::text as method, null::text as reference, null::text as reason, at
    from owed
    union all
    select member_id, 'paid', amount, null, null, null, null, null, null, null, null, at::date, (array['cash', 'bank', 'mobile'])[1 + n % 3],
           case when n % 3 = 1 then 'BENCH-PAY-' || n end, null, at
    from payments where n <= $4
    union all
    select member_id, 'adjustment', case when n % 2 = 0 then 50000 else -20000 end, null, null, null, null, null, null, null, null, null, null,
           null, case when n % 2 = 0 then 'Reserve fund share returned' else 'Price corrected after a return' end, last_at + interval '20 days'
    from earned where n % $6::int = 0 and n / $6::int <= $5
  )
  insert into payout_entries (association_id, member_id, kind, amount_minor, currency, shipment_id, allocation_id, batch_id, quantity,
                              unit_price_minor, gross_minor, reserve_minor, reserve_basis_points, paid_on, method, reference, reason, created_by, created_at)
  select $1, e.member_id, e.kind::payout_kind, e.amount, a.currency, e.shipment_id, e.allocation_id, e.batch_id, e.quantity, e.price, e.gross,
         e.reserve, e.bp, e.paid_on, e.method, e.reference, e.reason, $2, e.at
  from entries e cross join a
  order by e.at`;

export type GrownLedger = { entries: number; owed: number; paid: number; adjustments: number; shipments: number; seconds: number };

/**
 * A payout ledger of about `target` entries for the association's grown lots: closed shipments of
 * 200 lots each with their lines and allocations, an owed entry per allocation, then payments and
 * adjustments. Set-based, with foreign-key and freeze triggers off as in growBatches (every
 * reference is taken from existing rows); the ledger only receives inserts.
 */
export async function growPayouts(query: Query, ids: { associationId: string; createdBy: string }, target: number): Promise<GrownLedger> {
  const started = performance.now();
  const { associationId } = ids;
  const { rows } = await query(
    `select count(*)::int as lots, count(distinct member_id)::int as makers, (select currency from associations where id = $1) as currency
     from batches where ${PASSED}`,
    [associationId],
  );
  const { lots, makers, currency } = rows[0] as { lots: number; makers: number; currency: string };
  const owed = Math.min(Math.round(target * OWED_SHARE), lots * MAX_SPLIT);
  const parts = Math.ceil(owed / lots);
  const payments = Math.round(target * PAID_SHARE);
  const adjustments = target - Math.round(target * OWED_SHARE) - payments;
  const perMember = Math.max(1, Math.ceil(payments / makers));
  const adjustEvery = Math.max(1, Math.floor(makers / Math.max(1, adjustments)));

  await query("set session_replication_role = replica", []);
  try {
    await query(PLAN_SQL, [associationId, parts, Math.ceil(owed / parts), lots]);
    await query(SHIPMENTS_SQL, []);
    await query(LINES_SQL, []);
    const [buyer] = (
      await query("insert into buyers (association_id, name, country_code, currency) values ($1, 'BENCH Ryohin Keikaku', 'JP', $2) returning id", [associationId, currency])
    ).rows;
    await query(SHIPMENT_ROWS_SQL, [associationId, buyer!.id, currency, ids.createdBy]);
    for (const sql of ALLOCATION_SQL) await query(sql, [associationId]);
    await query(ENTRIES_SQL, [associationId, ids.createdBy, perMember, payments, adjustments, adjustEvery]);
  } finally {
    await query("reset session_replication_role", []);
    await query("drop table if exists bench_owed, bench_shipments, bench_lines", []);
  }
  for (const table of ["batches", "shipments", "shipment_lines", "allocations", "payout_entries"]) await query(`vacuum analyze ${table}`, []);
  const { rows: counted } = await query(
    `select count(*)::int as entries, (count(*) filter (where kind = 'owed'))::int as owed, (count(*) filter (where kind = 'paid'))::int as paid,
            (count(*) filter (where kind = 'adjustment'))::int as adjustments, (select count(*)::int from shipments where association_id = $1) as shipments
     from payout_entries where association_id = $1`,
    [associationId],
  );
  return { ...(counted[0] as Omit<GrownLedger, "seconds">), seconds: Math.round((performance.now() - started) / 100) / 10 };
}
