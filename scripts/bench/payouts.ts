import type { Ctx } from "@/lib/auth/context";
import { balances } from "@/lib/payouts/balances";
import { memberLedger, myLedger } from "@/lib/payouts/ledger";
import type { BalanceGrouping } from "@/lib/payouts/schemas";
import type { Query } from "./database";
import { compare, type BenchResult } from "./stats";

// The queries the payout screens send, written by hand: the floors, with the same round trips
// (the association's settings first where the domain code reads them).
const ASSOCIATION_SQL = "select * from associations where id = $1";
const SUMS = `
  coalesce(sum(e.amount_minor) filter (where e.kind = 'owed'), 0) as owed_minor,
  coalesce(-sum(e.amount_minor) filter (where e.kind = 'paid'), 0) as paid_minor,
  coalesce(sum(e.amount_minor) filter (where e.kind = 'adjustment'), 0) as adjusted_minor,
  coalesce(sum(e.amount_minor), 0) as balance_minor`;
// Each member's sums first, then the rows per dimension from them; the page and the totals both
// read those rows, in one statement.
const BALANCES_SQL = `
  with balance_rows as (
    select %ID% as key_id, %NAME% as key_name, %DETAIL% as detail, %ROW_SUMS%
    from (select e.member_id, ${SUMS} from payout_entries e where e.association_id = $1 group by e.member_id) s
    join members m on m.association_id = $1 and m.id = s.member_id
    join villages v on v.association_id = m.association_id and v.id = m.village_id
    left join producer_groups g on g.association_id = m.association_id and g.id = m.group_id
    %GROUP%
  )
  select t.*, p.key_id::text as id, p.key_name, p.detail, p.owed_minor, p.paid_minor, p.adjusted_minor, p.balance_minor
  from (select count(*) as total_rows, coalesce(sum(owed_minor), 0) as total_owed, coalesce(sum(paid_minor), 0) as total_paid,
               coalesce(sum(adjusted_minor), 0) as total_adjusted, coalesce(sum(balance_minor), 0) as total_balance
        from balance_rows) t
  left join lateral (select * from balance_rows order by key_name, key_id limit 21) p on true
  order by p.key_name, p.key_id`;

const PER_MEMBER = "s.owed_minor, s.paid_minor, s.adjusted_minor, s.balance_minor";
const REGROUPED = "sum(s.owed_minor) as owed_minor, sum(s.paid_minor) as paid_minor, sum(s.adjusted_minor) as adjusted_minor, sum(s.balance_minor) as balance_minor";
const NO_GROUP = "coalesce(m.group_id, '00000000-0000-0000-0000-000000000000'::uuid)";

/** What a balance row is grouped by, as balances() groups it: id, name (the sort key), detail, its sums and the GROUP BY clause. */
function dimension(groupBy: BalanceGrouping, locale: string): { id: string; name: string; detail: string; sums: string; group: string } {
  if (groupBy === "village") return { id: "m.village_id", name: `v.name_${locale}`, detail: "null::text", sums: REGROUPED, group: `group by m.village_id, v.name_${locale}` };
  if (groupBy === "group") return { id: NO_GROUP, name: "coalesce(g.name, '')", detail: "null::text", sums: REGROUPED, group: `group by ${NO_GROUP}, coalesce(g.name, '')` };
  return { id: "m.id", name: "m.full_name", detail: "m.member_number", sums: PER_MEMBER, group: "" };
}

const MEMBER_SQL = `
  select m.id, m.full_name, m.member_number, v.name_en, v.name_ru, v.name_ky, g.name
  from members m
  join villages v on v.association_id = m.association_id and v.id = m.village_id
  left join producer_groups g on g.association_id = m.association_id and g.id = m.group_id
  where m.association_id = $1 and m.id = $2`;
const ENTRIES_SQL = `
  select e.id, e.kind, e.amount_minor, e.created_at, e.quantity, e.unit_price_minor, e.gross_minor, e.reserve_minor, e.reserve_basis_points,
         e.paid_on, e.method, e.reference, e.reason, s.code, b.lot_code, p.name_en, p.name_ru, p.name_ky, r.running_minor, l.unit
  from payout_entries e
  join (select id, sum(amount_minor) over (order by id) as running_minor from payout_entries where association_id = $1 and member_id = $2) r
    on r.id = e.id
  left join shipments s on s.association_id = e.association_id and s.id = e.shipment_id
  left join batches b on b.association_id = e.association_id and b.id = e.batch_id
  left join products p on p.association_id = b.association_id and p.id = b.product_id
  left join product_lines l on l.association_id = p.association_id and l.id = p.line_id
  where e.association_id = $1 and e.member_id = $2
  order by e.id desc limit 21`;
const MEMBER_SUMS_SQL = `select ${SUMS} from payout_entries e where e.association_id = $1 and e.member_id = $2`;

async function rawBalances(raw: Query, associationId: string, groupBy: BalanceGrouping, locale: string): Promise<void> {
  const d = dimension(groupBy, locale);
  await raw(ASSOCIATION_SQL, [associationId]);
  await raw(BALANCES_SQL.replace("%ID%", d.id).replace("%NAME%", d.name).replace("%DETAIL%", d.detail).replace("%ROW_SUMS%", d.sums).replace("%GROUP%", d.group), [associationId]);
}

async function rawLedger(raw: Query, associationId: string, memberId: string): Promise<void> {
  await raw(MEMBER_SQL, [associationId, memberId]);
  await Promise.all([raw(ENTRIES_SQL, [associationId, memberId]), raw(MEMBER_SUMS_SQL, [associationId, memberId]), raw(ASSOCIATION_SQL, [associationId])]);
}

/** The admin's balances (first page by producer, village and group), one producer's ledger as the admin sees it, and a producer's own. */
export async function benchPayouts(admin: Ctx, producer: Ctx, raw: Query): Promise<BenchResult[]> {
  const association = admin.associationId;
  const results: BenchResult[] = [];
  for (const groupBy of ["member", "village", "group"] as const) {
    results.push(
      await compare(
        `payouts.balances.${groupBy}`,
        () => balances(admin, { groupBy }),
        () => rawBalances(raw, association, groupBy, admin.locale),
        50,
        3,
      ),
    );
  }
  // Producers with a typical ledger, taken in turn; the demo producer, whose ledger is the longest, reads their own.
  const { rows } = await raw(
    "select member_id from payout_entries where association_id = $1 and member_id <> $2 group by member_id order by member_id limit 20",
    [association, producer.memberId],
  );
  const memberIds = rows.map((row) => String(row.member_id));
  let i = 0;
  let j = 0;
  results.push(
    await compare(
      "payouts.ledger.member",
      () => memberLedger(admin, memberIds[i++ % memberIds.length]!),
      () => rawLedger(raw, association, memberIds[j++ % memberIds.length]!),
    ),
    await compare(
      "payouts.ledger.mine",
      () => myLedger(producer),
      () => rawLedger(raw, association, producer.memberId!),
    ),
  );
  return results;
}
