import { gzipSync } from "node:zlib";
import { PUBLIC_LOCALES } from "@/lib/trace/public-locale";
import { getPublicTrace } from "@/lib/trace/public-trace";
import { getTracePage } from "@/lib/trace/trace-route";
import type { Query } from "./database";
import { compare, type BenchResult } from "./stats";

const LOTS = 20;

// The three queries getPublicTrace sends, written by hand: the floor. The lot first, then its
// passing inspection and its materials side by side.
const LOT_SQL = `
  select b.association_id, b.id, b.produced_from, b.produced_to, p.name_en, p.name_ru, p.name_ky, p.name_ja,
         m.full_name, m.full_name_latin, m.public_consent, v.name_en, v.name_ru, v.name_ky, r.name_en, r.name_ru, r.name_ky,
         a.name, a.country_code, a.timezone
  from batches b
  join associations a on a.id = b.association_id
  join products p on p.association_id = b.association_id and p.id = b.product_id
  join members m on m.association_id = b.association_id and m.id = b.member_id
  join villages v on v.association_id = m.association_id and v.id = m.village_id
  join districts d on d.association_id = v.association_id and d.id = v.district_id
  join regions r on r.association_id = d.association_id and r.id = d.region_id
  where b.public_code = $1 and b.status in ('accepted', 'partially_accepted')`;
const PASSED_SQL = `
  select approved_at from inspections
  where association_id = $1 and batch_id = $2 and status = 'approved' and outcome in ('accept', 'partially_accept')
  order by approved_at desc limit 1`;
const MATERIALS_SQL = `
  select m.kind, m.name_en, m.name_ru, m.name_ky, m.plant_source, m.colour_en, m.colour_ru, m.colour_ky, m.colour_hex
  from batch_materials bm
  join materials m on m.association_id = bm.association_id and m.id = bm.material_id
  where bm.association_id = $1 and bm.batch_id = $2 and m.kind <> 'packaging'
  order by m.kind, m.code`;

// Accepted grown lots spread over the whole range, each given the materials of a seeded lot of the
// same product (grown lots have none), so the pages are as full as a real lot's.
const PICK_SQL = `
  select public_code from (
    select public_code, row_number() over (order by lot_code) as r, count(*) over () as n
    from batches where association_id = $1 and lot_code like 'BENCH-%' and status = 'accepted'
  ) x where r % greatest(1, n / ${LOTS}) = 0 order by r limit ${LOTS}`;
const MATERIALS_COPY_SQL = `
  insert into batch_materials (association_id, batch_id, material_id, dye_lot)
  select b.association_id, b.id, bm.material_id, bm.dye_lot
  from batches b
  cross join lateral (
    select s.id from batches s
    where s.association_id = b.association_id and s.product_id = b.product_id and s.lot_code not like 'BENCH-%'
      and exists (select from batch_materials x where x.association_id = s.association_id and x.batch_id = s.id)
    order by s.lot_code limit 1
  ) source
  join batch_materials bm on bm.association_id = b.association_id and bm.batch_id = source.id
  where b.public_code = any($1::text[])`;

async function rawTrace(raw: Query, code: string): Promise<void> {
  const { rows } = await raw(LOT_SQL, [code]);
  const lot = rows[0]!;
  await Promise.all([raw(PASSED_SQL, [lot.association_id, lot.id]), raw(MATERIALS_SQL, [lot.association_id, lot.id])]);
}

let visitors = 0;

/** GET /t/<code> as the route handler gets it, each time from a new address, so the rate limit counts but never refuses. */
async function lotPage(code: string, locale: string): Promise<string> {
  const address = `2001:db8::${(++visitors).toString(16)}`;
  const request = new Request(`http://localhost/t/${code}?lang=${locale}`, { headers: { "x-forwarded-for": address } });
  const response = await getTracePage(request, { params: Promise.resolve({ code }) });
  const page = await response.text();
  if (response.status !== 200) throw new Error(`/t/${code}?lang=${locale} answered ${response.status}`);
  return page;
}

/** The public lot page: the whole route (rate-limit count, data, HTML) and its data load alone, against the data queries; and its size. */
export async function benchTrace(raw: Query, associationId: string): Promise<BenchResult[]> {
  const codes = (await raw(PICK_SQL, [associationId])).rows.map((row) => String(row.public_code));
  await raw(MATERIALS_COPY_SQL, [codes]);
  const visits = codes.flatMap((code) => PUBLIC_LOCALES.map((locale) => ({ code, locale })));
  let i = 0;
  let j = 0;
  let k = 0;
  let l = 0;
  const page = await compare(
    "trace.page",
    () => {
      const { code, locale } = visits[i++ % visits.length]!;
      return lotPage(code, locale);
    },
    () => rawTrace(raw, visits[j++ % visits.length]!.code),
  );
  const data = await compare(
    "trace.data",
    () => {
      const { code, locale } = visits[k++ % visits.length]!;
      return getPublicTrace(code, locale);
    },
    () => rawTrace(raw, visits[l++ % visits.length]!.code),
  );

  const sizes = [];
  for (const locale of PUBLIC_LOCALES) {
    const html = Buffer.from(await lotPage(codes[0]!, locale));
    sizes.push({ locale, bytes: html.length, gzip_bytes: gzipSync(html).length });
  }
  console.log(`Lot page /t/${codes[0]} (${codes.length} lots measured in ${PUBLIC_LOCALES.length} languages):`);
  console.table(sizes);
  return [page, data];
}
