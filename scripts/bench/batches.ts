import type { Ctx } from "@/lib/auth/context";
import { listBatches } from "@/lib/batches/list-batches";
import { listMyBatches } from "@/lib/batches/list-my-batches";
import { listInspectionQueue } from "@/lib/inspections/list-queue";
import { encodeCursor } from "@/lib/pagination/cursor";
import type { Query } from "./database";
import { compare, type BenchResult } from "./stats";

// The page queries the domain functions send, written by hand: the floors they are measured against.
const QUEUE_SQL = `
  select b.id, b.lot_code, b.quantity, b.submitted_at, m.full_name, p.name_en, p.name_ru, p.name_ky, v.name_en, v.name_ru, v.name_ky
  from batches b
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join members m on m.association_id = b.association_id and m.id = b.member_id
  join villages v on v.association_id = m.association_id and v.id = m.village_id
  where b.association_id = $1 and b.status = 'submitted' %AFTER%
  order by b.submitted_at, b.id limit 21`;

const LIST_FROM = `
  select b.id, b.lot_code, b.status, b.quantity, l.unit, b.produced_to, b.submitted_at, b.created_at,
         p.name_en, p.name_ru, p.name_ky, m.full_name, v.name_en, v.name_ru, v.name_ky
  from batches b
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join product_lines l on l.association_id = p.association_id and l.id = p.line_id
  join members m on m.association_id = b.association_id and m.id = b.member_id
  join villages v on v.association_id = m.association_id and v.id = m.village_id`;

const LIST_SQL = `${LIST_FROM}
  where b.association_id = $1 and %WHERE%
  order by %ORDER% desc, b.id desc limit 21`;

// A line filter in creation order: the newest matches of each of the line's products, read through
// the product index, and the newest page of those.
const LINE_LIST_SQL = `${LIST_FROM}
  join (
    select pb.id from products lp
    cross join lateral (
      select b.id, b.created_at from batches b
      where b.association_id = lp.association_id and b.product_id = lp.id and %WHERE%
      order by b.created_at desc, b.id desc limit 21
    ) pb
    where lp.association_id = $1 and lp.line_id = $2
    order by pb.created_at desc, pb.id desc limit 21
  ) page on page.id = b.id
  where b.association_id = $1
  order by b.created_at desc, b.id desc limit 21`;

const MINE_SQL = `
  select b.id, b.lot_code, b.status, b.quantity, b.accepted_quantity, b.created_at, p.name_en, p.name_ru, p.name_ky, l.unit
  from batches b
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join product_lines l on l.association_id = p.association_id and l.id = p.line_id
  where b.association_id = $1 and b.member_id = $2
  order by b.created_at desc, b.id desc limit 21`;

export type BatchBenchIds = { lineId: string; rareLineId: string; productId: string; villageId: string };

/**
 * The inspection queue (first page and one deep in it), the coordinators' filtered batch list, the
 * list filtered by a line with a handful of batches, and a producer's own list.
 */
export async function benchBatches(coordinator: Ctx, producer: Ctx, raw: Query, ids: BatchBenchIds): Promise<BenchResult[]> {
  const association = coordinator.associationId;
  const queue = await compare(
    "batches.inspection-queue",
    () => listInspectionQueue(coordinator, {}),
    () => raw(QUEUE_SQL.replace("%AFTER%", ""), [association]),
  );
  // The second queue page measured starts halfway down the queue.
  const { rows } = await raw(
    `select submitted_at, id from batches where association_id = $1 and status = 'submitted' order by submitted_at, id
     offset (select count(*) / 2 from batches where association_id = $1 and status = 'submitted') limit 1`,
    [association],
  );
  const at = new Date(rows[0]!.submitted_at as Date | string).toISOString();
  const id = rows[0]!.id as string;
  const cursor = encodeCursor({ at, id });
  const deepQueue = await compare(
    "batches.inspection-queue.deep",
    () => listInspectionQueue(coordinator, { cursor }),
    () => raw(QUEUE_SQL.replace("%AFTER%", "and (b.submitted_at, b.id) > ($2::timestamptz, $3::uuid)"), [association, at, id]),
  );

  const lists = [
    { filters: {}, where: "b.status <> 'draft'", order: "b.created_at", params: [] },
    { filters: { status: "rejected" as const }, where: "b.status = $2", order: "b.created_at", params: ["rejected"] },
    { filters: { line: ids.lineId }, sql: LINE_LIST_SQL, where: "b.status <> 'draft'", order: "b.created_at", params: [ids.lineId] },
    { filters: { product: ids.productId }, where: "b.status <> 'draft' and b.product_id = $2", order: "b.created_at", params: [ids.productId] },
    {
      filters: { village: ids.villageId },
      where: "b.status <> 'draft' and b.member_id in (select id from members where association_id = $1 and village_id = $2)",
      order: "b.created_at",
      params: [ids.villageId],
    },
    {
      filters: { status: "accepted" as const, from: "2025-03-01", to: "2025-03-31" },
      where: "b.status = $2 and b.produced_to >= $3 and b.produced_to <= $4",
      order: "b.produced_to",
      params: ["accepted", "2025-03-01", "2025-03-31"],
    },
  ];
  let i = 0;
  let j = 0;
  const list = await compare(
    "batches.list",
    () => listBatches(coordinator, lists[i++ % lists.length]!.filters),
    () => {
      const l = lists[j++ % lists.length]!;
      return raw((l.sql ?? LIST_SQL).replace("%WHERE%", l.where).replace("%ORDER%", l.order), [association, ...l.params]);
    },
  );
  const rareLine = await compare(
    "batches.list.rare-line",
    () => listBatches(coordinator, { line: ids.rareLineId }),
    () => raw(LINE_LIST_SQL.replace("%WHERE%", "b.status <> 'draft'"), [association, ids.rareLineId]),
  );

  const mine = await compare(
    "batches.mine",
    () => listMyBatches(producer, {}),
    () => raw(MINE_SQL, [association, producer.memberId]),
  );
  return [queue, deepQueue, list, rareLine, mine];
}
