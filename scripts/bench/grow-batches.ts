type Raw = (sql: string, params: unknown[]) => Promise<unknown>;

const CHUNK = 100_000;

// One batch in 100: 3 submitted, 1 in inspection, 1 draft, 1 rework, 9 partially accepted,
// 5 rejected, the rest accepted. One in 500 belongs to the demo producer (IK-00001).
const BATCHES_SQL = `
  insert into batches (association_id, id, lot_code, public_code, product_id, member_id, quantity, produced_from, produced_to,
                       status, accepted_quantity, rejected_quantity, submitted_at, created_at, updated_at)
  select $1, gen_random_uuid(), 'BENCH-' || lpad(g::text, 7, '0'), 'BENCH' || lpad(g::text, 11, '0'),
         p.ids[1 + g % p.n], case when g % 500 = 0 then $4::uuid else m.ids[1 + ((g::bigint * 7919) % m.n)::int] end,
         x.q, x.at::date - 3, x.at::date, x.st::batch_status,
         case x.st when 'accepted' then x.q when 'partially_accepted' then x.q - 1 when 'rejected' then 0 end,
         case x.st when 'accepted' then 0 when 'partially_accepted' then 1 when 'rejected' then x.q end,
         case when x.st = 'draft' then null else x.at end, x.at, x.at
  from generate_series($2::int, $3::int) g
  cross join (select array_agg(id) ids, count(*)::int n from products where association_id = $1) p
  cross join (select array_agg(id) ids, count(*)::int n from members where association_id = $1 and status = 'active') m
  cross join lateral (
    select 5 + g % 100 as q,
           timestamptz '2024-01-01 06:00+06' + g * interval '90 seconds' as at,
           case when g % 100 < 3 then 'submitted' when g % 100 < 4 then 'in_inspection' when g % 100 < 5 then 'draft'
                when g % 100 < 6 then 'rework' when g % 100 < 15 then 'partially_accepted' when g % 100 < 20 then 'rejected'
                else 'accepted' end as st
  ) x`;

// Every batch past submission has its inspection: approved, or in progress for batches in
// inspection; one in 25 accepted batches also has an earlier approved rework inspection.
const INSPECTIONS_SQL = `
  insert into inspections (association_id, id, batch_id, template_id, inspector_id, status, lot_size, level, sample_size, plan,
                           outcome, computed_outcome, accepted_quantity, remarks, started_at, submitted_at, approver_id, approved_at)
  select b.association_id, gen_random_uuid(), b.id, t.id, $4::uuid,
         case when r.rework or b.status <> 'in_inspection' then 'approved' else 'in_progress' end::inspection_status,
         b.quantity, 'II', least(b.quantity, 13), $6::jsonb,
         case when r.rework then 'rework' else case b.status when 'accepted' then 'accept' when 'partially_accepted' then 'partially_accept'
              when 'rejected' then 'reject' when 'rework' then 'rework' end end::inspection_outcome,
         case when b.status in ('accepted') and not r.rework then 'accept' when b.status <> 'in_inspection' then 'reject' end::inspection_outcome,
         case when b.status = 'partially_accepted' and not r.rework then b.accepted_quantity end,
         case when b.status <> 'accepted' or r.rework then 'Loose fibres on several pieces' end,
         b.created_at + interval '1 day' - case when r.rework then interval '12 hours' else interval '0' end,
         case when r.rework or b.status <> 'in_inspection' then b.created_at + interval '1 day' end,
         case when r.rework or b.status <> 'in_inspection' then $5::uuid end,
         case when r.rework or b.status <> 'in_inspection' then b.created_at + interval '2 days' end
  from batches b
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join checklist_templates t on t.association_id = b.association_id and t.line_id = p.line_id and t.version = 1
  cross join lateral (select false as rework union all select true where b.status = 'accepted' and substr(b.lot_code, 7)::int % 25 = 0) r
  where b.association_id = $1 and b.lot_code between $2 and $3 and b.status not in ('submitted', 'draft')`;

const PLAN = {
  critical: { aql: 0, codeLetter: "D", planLetter: "D", sampleSize: 8, accept: 0, reject: 1 },
  major: { aql: 2.5, codeLetter: "D", planLetter: "C", sampleSize: 5, accept: 0, reject: 1 },
  minor: { aql: 4, codeLetter: "D", planLetter: "E", sampleSize: 13, accept: 1, reject: 2 },
};

const lot = (n: number) => `BENCH-${String(n).padStart(7, "0")}`;

/** Adds `count` batches and about as many inspections to an association, in set-based chunks. */
export async function growBatches(
  raw: Raw,
  ids: { associationId: string; demoMemberId: string; inspectorId: string; approverId: string },
  count: number,
): Promise<{ batches: number; inspections: number; seconds: number }> {
  const started = performance.now();
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await raw(BATCHES_SQL, [ids.associationId, from, to, ids.demoMemberId]);
    await raw(INSPECTIONS_SQL, [ids.associationId, lot(from), lot(to), ids.inspectorId, ids.approverId, JSON.stringify(PLAN)]);
  }
  await raw("analyze", []);
  const counted = (await raw(
    `select (select count(*) from batches)::int as batches, (select count(*) from inspections)::int as inspections`,
    [],
  )) as { rows: { batches: number; inspections: number }[] };
  return { ...counted.rows[0]!, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
