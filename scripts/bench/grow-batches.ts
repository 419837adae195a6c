import { planForLot, sampleToDraw } from "@/lib/qc/decision";
import type { InspectionLevel } from "@/lib/qc/sampling";
import type { Query } from "./database";

const CHUNK = 100_000;
// Lots of 26–50 share one code letter at every inspection level, so one plan per line fits them all.
const LOT_MIN = 26;
const LOT_SPAN = 25;
/** The code of the line the generator gives only a handful of batches. */
export const RARE_LINE = "BENCH-RARE";
const RARE_BATCHES = 5;

// One batch in 100: 3 submitted, 1 in inspection, 1 draft, 1 rework, 9 partially accepted,
// 5 rejected, the rest accepted. One in 500 belongs to the demo producer (IK-00001). A batch is
// logged every 90 seconds from 2024 on, so a million span almost three years.
const BATCHES_SQL = `
  insert into batches (association_id, id, lot_code, public_code, product_id, member_id, quantity, produced_from, produced_to,
                       status, accepted_quantity, rejected_quantity, submitted_at, created_at, updated_at)
  select $1, gen_random_uuid(), 'BENCH-' || lpad(g::text, 7, '0'), 'BENCH' || lpad(g::text, 11, '0'),
         p.ids[1 + g % p.n], case when g % 500 = 0 then $4::uuid else m.ids[1 + ((g::bigint * 7919) % m.n)::int] end,
         x.q, x.at::date - 3, x.at::date, x.st::batch_status,
         case x.st when 'accepted' then x.q when 'partially_accepted' then x.q - 1 when 'rejected' then 0 end,
         case x.st when 'accepted' then 0 when 'partially_accepted' then 1 when 'rejected' then x.q end,
         case when x.st = 'draft' then null else x.at + interval '1 hour' end, x.at, x.at
  from generate_series($2::int, $3::int) g
  cross join (select array_agg(id) ids, count(*)::int n from products where association_id = $1) p
  cross join (select array_agg(id) ids, count(*)::int n from members where association_id = $1 and status = 'active') m
  cross join lateral (
    select ${LOT_MIN} + g % ${LOT_SPAN} as q,
           timestamptz '2024-01-01 06:00+06' + g * interval '90 seconds' as at,
           case when g % 100 < 3 then 'submitted' when g % 100 < 4 then 'in_inspection' when g % 100 < 5 then 'draft'
                when g % 100 < 6 then 'rework' when g % 100 < 15 then 'partially_accepted' when g % 100 < 20 then 'rejected'
                else 'accepted' end as st
  ) x`;

// Every batch past submission has its inspections: an approved one for each decision, or an open
// one for a batch in inspection; one accepted batch in 25 was reworked first, so it has an earlier
// approved rework inspection too. Each uses the line's checklist version published by then.
const INSPECTIONS_SQL = `
  with versions as (
    select id, line_id,
           case when version = min(version) over (partition by line_id) then '-infinity' else published_at end as valid_from,
           coalesce(lead(published_at) over (partition by line_id order by version), 'infinity') as valid_to
    from checklist_templates where association_id = $1 and status = 'published'
  )
  insert into inspections (association_id, id, batch_id, template_id, inspector_id, status, lot_size, level, sample_size, plan,
                           outcome, computed_outcome, accepted_quantity, remarks, started_at, submitted_at, approver_id, approved_at)
  select b.association_id, gen_random_uuid(), b.id, t.id, $4::uuid,
         case when r.rework or b.status <> 'in_inspection' then 'approved' else 'in_progress' end::inspection_status,
         b.quantity, l.inspection_level, (($6::jsonb -> l.id::text) ->> 'sample')::int, ($6::jsonb -> l.id::text) -> 'plan',
         case when r.rework then 'rework' else case b.status when 'accepted' then 'accept' when 'partially_accepted' then 'partially_accept'
              when 'rejected' then 'reject' when 'rework' then 'rework' end end::inspection_outcome,
         case when b.status = 'accepted' and not r.rework then 'accept' when b.status <> 'in_inspection' then 'reject' end::inspection_outcome,
         case when b.status = 'partially_accepted' and not r.rework then b.accepted_quantity end,
         case when b.status <> 'accepted' or r.rework then 'Loose fibres on several pieces' end,
         r.started, r.started + interval '3 hours',
         case when r.rework or b.status <> 'in_inspection' then $5::uuid end,
         case when r.rework or b.status <> 'in_inspection' then r.started + interval '12 hours' end
  from batches b
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join product_lines l on l.association_id = p.association_id and l.id = p.line_id
  cross join lateral (
    select false as rework, b.created_at + interval '1 day' as started
    union all
    select true, b.created_at + interval '2 hours' where b.status = 'accepted' and substr(b.lot_code, 7)::int % 25 = 0
  ) r
  join versions t on t.line_id = l.id and r.started >= t.valid_from and r.started < t.valid_to
  where b.association_id = $1 and b.lot_code between $2 and $3 and b.status not in ('submitted', 'draft')`;

// A line of its own, added once, with a handful of submitted batches spread over the grown period:
// a line filter that matches almost nothing.
const RARE_LINE_SQL = `
  with line as (
    insert into product_lines (association_id, code, name_en, name_ru, name_ky, unit)
    select $1, '${RARE_LINE}', 'Rare line', 'Редкая линия', 'Сейрек линия', 'pcs'
    where not exists (select from product_lines where association_id = $1 and code = '${RARE_LINE}')
    returning id
  ), product as (
    insert into products (association_id, line_id, sku, name_en, name_ru, name_ky, producer_price_minor, currency)
    select $1, id, '${RARE_LINE}-1', 'Rare product', 'Редкое изделие', 'Сейрек буюм', 10000, 'KGS' from line
    returning id
  )
  insert into batches (association_id, id, lot_code, public_code, product_id, member_id, quantity, produced_from, produced_to,
                       status, submitted_at, created_at, updated_at)
  select $1, gen_random_uuid(), '${RARE_LINE}-' || k, 'BENCHRARE' || lpad(k::text, 7, '0'), product.id, $2::uuid, 30,
         x.at::date - 3, x.at::date, 'submitted', x.at + interval '1 hour', x.at, x.at
  from product
  cross join generate_series(1, ${RARE_BATCHES}) k
  cross join lateral (select timestamptz '2024-01-01 06:00+06' + (k * $3::int / ${RARE_BATCHES + 1}) * interval '90 seconds' as at) x`;

const lot = (n: number) => `BENCH-${String(n).padStart(7, "0")}`;

/** The sampling plan and sample size of a bench lot on each of the association's lines. */
async function linePlans(query: Query, associationId: string): Promise<string> {
  const { rows } = await query(
    "select id, inspection_level, aql_critical, aql_major, aql_minor from product_lines where association_id = $1",
    [associationId],
  );
  const plans = Object.fromEntries(
    rows.map((line) => {
      const plan = planForLot({
        lotSize: LOT_MIN,
        level: line.inspection_level as InspectionLevel,
        aql: { critical: Number(line.aql_critical), major: Number(line.aql_major), minor: Number(line.aql_minor) },
      });
      return [String(line.id), { plan, sample: sampleToDraw(plan) }];
    }),
  );
  return JSON.stringify(plans);
}

/**
 * Adds `count` batches and about as many inspections to an association, in set-based chunks,
 * and the rare line with its few batches.
 * The load runs like a restore: the plain indexes of both tables are dropped and built again
 * afterwards, and foreign-key triggers are off (every reference is taken from existing rows).
 */
export async function growBatches(
  query: Query,
  ids: { associationId: string; demoMemberId: string; inspectorId: string; approverId: string },
  count: number,
): Promise<{ batches: number; inspections: number; seconds: number }> {
  const started = performance.now();
  const plans = await linePlans(query, ids.associationId);
  const { rows: indexes } = await query(
    `select indexname, indexdef from pg_indexes
     where schemaname = current_schema() and tablename in ('batches', 'inspections')
       and indexname not in (select conname from pg_constraint)`,
    [],
  );
  for (const index of indexes) await query(`drop index ${String(index.indexname)}`, []);
  await query("set session_replication_role = replica", []);
  try {
    for (let from = 1; from <= count; from += CHUNK) {
      const to = Math.min(count, from + CHUNK - 1);
      await query(BATCHES_SQL, [ids.associationId, from, to, ids.demoMemberId]);
      await query(INSPECTIONS_SQL, [ids.associationId, lot(from), lot(to), ids.inspectorId, ids.approverId, plans]);
    }
    await query(RARE_LINE_SQL, [ids.associationId, ids.demoMemberId, count]);
  } finally {
    await query("reset session_replication_role", []);
  }
  await query("set maintenance_work_mem = '256MB'", []);
  for (const index of indexes) await query(String(index.indexdef), []);
  await query("reset maintenance_work_mem", []);
  // As a database that has been running for a while: statistics fresh, visibility map set.
  await query("vacuum analyze", []);
  const { rows } = await query("select (select count(*) from batches)::int as batches, (select count(*) from inspections)::int as inspections", []);
  const counted = rows[0] as { batches: number; inspections: number };
  return { ...counted, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
