import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, villages } from "@/db/schema";
import { addMember, createTenant, type Tenant } from "@/db/testing/factories";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors/domain-errors";
import { deletePlace } from "./delete-place";
import { listPlaces } from "./list-places";
import { saveGroup } from "./save-group";
import { savePlace } from "./save-place";

let a: Tenant;
let b: Tenant;
const names = (en: string) => ({ nameEn: en, nameRu: `${en} (ru)`, nameKy: `${en} (ky)` });

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
});

describe("geography", () => {
  it("adds, renames and deletes a village, with audit events", async () => {
    const { id } = await savePlace(a.admin, { kind: "village", parentId: a.district.id, ...names("Kyzyl-Tuu") });
    await savePlace(a.admin, { kind: "village", id, parentId: a.district.id, ...names("Kyzyl-Tuu village") });
    const [row] = await (await db()).select().from(villages).where(eq(villages.id, id));
    expect(row).toMatchObject({ nameEn: "Kyzyl-Tuu village", nameKy: "Kyzyl-Tuu village (ky)" });
    await deletePlace(a.admin, { kind: "village", id });
    expect((await listPlaces(a.admin)).villages.map((v) => v.id)).not.toContain(id);
    const events = await (await db()).select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action)).toEqual(["village.created", "village.updated", "village.deleted"]);
  });

  it("refuses to delete what is in use", async () => {
    await expect(deletePlace(a.admin, { kind: "village", id: a.village.id })).rejects.toMatchObject({ key: "placeInUse" });
    await expect(deletePlace(a.admin, { kind: "district", id: a.district.id })).rejects.toBeInstanceOf(ConflictError);
    const group = await saveGroup(a.admin, { villageId: a.village.id, name: "Ak-Say felt makers", leaderMemberId: a.member.id });
    await addMember(a.association.id, a.village.id, { gender: "female", birthYear: 1985 });
    await expect(deletePlace(a.admin, { kind: "village", id: a.village.id })).rejects.toMatchObject({ key: "placeInUse" });
    await deletePlace(a.admin, { kind: "group", id: group.id });
  });

  it("keeps groups and their leaders in one village", async () => {
    const other = await savePlace(a.admin, { kind: "village", parentId: a.district.id, ...names("Bokonbayevo") });
    await expect(saveGroup(a.admin, { villageId: other.id, name: "Bokonbayevo group", leaderMemberId: a.member.id })).rejects.toMatchObject({
      fieldErrors: { leaderMemberId: "leaderOtherVillage" },
    });
  });

  it("keeps associations apart and leaves it to admins", async () => {
    await expect(savePlace(b.admin, { kind: "village", parentId: a.district.id, ...names("Intruder") })).rejects.toMatchObject({ fieldErrors: { parentId: "notFound" } });
    await expect(savePlace(b.admin, { kind: "village", id: a.village.id, parentId: b.district.id, ...names("Renamed") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deletePlace(b.admin, { kind: "village", id: a.village.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveGroup(b.admin, { villageId: a.village.id, name: "Stolen" })).rejects.toMatchObject({ fieldErrors: { villageId: "notFound" } });
    await expect(savePlace(a.coordinator, { kind: "region", ...names("Naryn") })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listPlaces(b.admin)).villages.map((v) => v.nameEn)).toEqual(["Ak-Say"]);
  });
});
