import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { producerGroups, villages } from "@/db/schema";
import { createTenant, type Tenant } from "@/db/testing/factories";
import type { Ctx } from "@/lib/auth/context";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { getReview } from "@/lib/reviews/get-review";
import { commentOnIdea } from "./comment-on-idea";
import { createLineFromIdea } from "./create-line-from-idea";
import { declineIdea } from "./decline-idea";
import { decideOnIdea } from "./decide-on-idea";
import { ideaFormOptions } from "./form-options";
import { getIdea } from "./get-idea";
import { ideaSubject } from "./idea-access";
import { listIdeasByStage } from "./list-ideas-by-stage";
import { moveToSample } from "./move-to-sample";
import { proposeIdea } from "./propose-idea";
import { submitToCommittee } from "./submit-to-committee";
import { addPhoto, editOf, ideaInput } from "./test-fixtures";
import { updateIdea } from "./update-idea";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await createTenant("ideas-acc-a");
  b = await createTenant("ideas-acc-b");
});

/** Every action on one idea, as `ctx`; `edit` is a valid edit of it (made by someone who can see it). */
const everyAction = (ctx: Ctx, id: string, edit: Awaited<ReturnType<typeof editOf>>) => ({
  getIdea: () => getIdea(ctx, id),
  updateIdea: () => updateIdea(ctx, id, edit),
  moveToSample: () => moveToSample(ctx, id),
  submitToCommittee: () => submitToCommittee(ctx, id),
  decideOnIdea: () => decideOnIdea(ctx, id, { decision: "approve" }),
  commentOnIdea: () => commentOnIdea(ctx, id, { body: "Nice colours" }),
  declineIdea: () => declineIdea(ctx, id, { reason: "Not for us" }),
  createLineFromIdea: () => createLineFromIdea(ctx, id, { code: "IDEA", category: "craft", unit: "pcs" }),
});

async function refusals(actions: Record<string, () => Promise<unknown>>) {
  const outcome: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(actions)) outcome[name] = await run().then(() => "done", (error: unknown) => (error as Error).constructor.name);
  return outcome;
}

const every = (names: string[], value: string) => Object.fromEntries(names.map((n) => [n, value]));
const boardIds = async (ctx: Ctx) => (await listIdeasByStage(ctx)).flatMap((column) => column.ideas.map((i) => i.id));

describe("roles", () => {
  it("refuses the ministry everything", async () => {
    const { id } = await proposeIdea(a.coordinator, ideaInput());
    const actions = { ...everyAction(a.ministry, id, await editOf(a.coordinator, id)), propose: () => proposeIdea(a.ministry, ideaInput()), list: () => listIdeasByStage(a.ministry), formOptions: () => ideaFormOptions(a.ministry) };
    expect(await refusals(actions)).toEqual(every(Object.keys(actions), "ForbiddenError"));
  });

  it("lets a producer propose and see their own ideas only", async () => {
    const own = (await proposeIdea(a.producer, ideaInput({ name: "Own idea" }))).id;
    const staffs = (await proposeIdea(a.coordinator, ideaInput({ name: "Coordinator's idea" }))).id;
    const board = await listIdeasByStage(a.producer);
    expect(board.map((c) => c.stage)).toEqual(["idea", "sample", "committee_review", "changes_requested", "approved", "declined"]);
    expect(await boardIds(a.producer)).toEqual([own]);
    expect(board[0]!.count).toBe(1);
    expect(await boardIds(a.coordinator)).toEqual(expect.arrayContaining([own, staffs]));

    const hidden = await refusals({
      getIdea: () => getIdea(a.producer, staffs),
      updateIdea: async () => updateIdea(a.producer, staffs, await editOf(a.coordinator, staffs)),
      commentOnIdea: () => commentOnIdea(a.producer, staffs, { body: "Can I join?" }),
    });
    expect(hidden).toEqual(every(["getIdea", "updateIdea", "commentOnIdea"], "NotFoundError"));
    expect((await getIdea(a.producer, own)).actions).toEqual({ edit: true, moveToSample: false, submitToCommittee: false, decline: false, createLine: false });
    expect((await getIdea(a.coordinator, own)).actions).toMatchObject({ edit: true, moveToSample: true, decline: true });
  });

  it("keeps producers from moving an idea between stages, even their own", async () => {
    const { id } = await proposeIdea(a.producer, ideaInput());
    const all = everyAction(a.producer, id, await editOf(a.producer, id));
    const moves = { moveToSample: all.moveToSample, submitToCommittee: all.submitToCommittee, declineIdea: all.declineIdea, createLineFromIdea: all.createLineFromIdea };
    expect(await refusals(moves)).toEqual(every(Object.keys(moves), "ForbiddenError"));
    await moveToSample(a.coordinator, id);
    await submitToCommittee(a.coordinator, id);
    expect(await refusals({ decide: () => decideOnIdea(a.producer, id, { decision: "approve" }) })).toEqual({ decide: "ForbiddenError" });
    expect((await getIdea(a.producer, id)).stage).toBe("committee_review");
  });

  it("lets reviewers discuss an idea", async () => {
    const { id } = await proposeIdea(a.producer, ideaInput());
    await commentOnIdea(a.coordinator, id, { body: "Which wool do you card for the pattern?" });
    const { comments } = await getReview(a.producer, ideaSubject(id));
    expect(comments.map((c) => [c.body, c.author.id])).toEqual([["Which wool do you card for the pattern?", a.coordinator.userId]]);
  });
});

describe("tenant isolation", () => {
  it("answers not found to another association for every action", async () => {
    const { id } = await proposeIdea(a.producer, ideaInput());
    await moveToSample(a.coordinator, id);
    await submitToCommittee(a.coordinator, id);
    const edit = await editOf(a.producer, id);
    for (const outsider of [b.coordinator, b.admin]) {
      const actions = everyAction(outsider, id, edit);
      expect(await refusals(actions)).toEqual(every(Object.keys(actions), "NotFoundError"));
      expect(await boardIds(outsider)).not.toContain(id);
    }
    await expect(getIdea(b.producer, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getIdea(a.coordinator, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await getIdea(a.coordinator, id)).toMatchObject({ stage: "committee_review", version: 1 });
  });

  it("refuses a village or group of another association", async () => {
    await expect(proposeIdea(a.coordinator, ideaInput({ villageId: b.village.id }))).rejects.toMatchObject({ fieldErrors: { villageId: "notFound" } });
    const [group] = await (await db()).insert(producerGroups).values({ associationId: b.association.id, villageId: b.village.id, name: "B felters" }).returning();
    await expect(proposeIdea(a.coordinator, ideaInput({ groupId: group!.id }))).rejects.toMatchObject({ fieldErrors: { groupId: "notFound" } });
  });
});

describe("places", () => {
  it("takes the village from the group, and refuses a group of another village", async () => {
    const database = await db();
    const [group] = await database.insert(producerGroups).values({ associationId: a.association.id, villageId: a.village.id, name: "Ak-Say felters" }).returning();
    const [other] = await database
      .insert(villages)
      .values({ associationId: a.association.id, districtId: a.district.id, nameEn: "Tamga", nameRu: "Тамга", nameKy: "Тамга" })
      .returning();
    const { id } = await proposeIdea(a.coordinator, ideaInput({ groupId: group!.id }));
    expect(await getIdea(a.coordinator, id)).toMatchObject({ villageId: a.village.id, groupId: group!.id, groupName: "Ak-Say felters" });
    await expect(proposeIdea(a.coordinator, ideaInput({ villageId: other!.id, groupId: group!.id }))).rejects.toMatchObject({ fieldErrors: { groupId: "groupOtherVillage" } });
    expect(await getIdea(a.coordinator, (await proposeIdea(a.coordinator, ideaInput())).id)).toMatchObject({ villageId: null, groupId: null });
  });
});

describe("photos", () => {
  it("attaches only idea photos the proposer uploaded", async () => {
    const foreign = [await addPhoto(a.coordinator), await addPhoto(a.producer, "batch_photo"), await addPhoto(b.producer)];
    const before = await boardIds(a.producer);
    for (const photo of foreign) {
      const error = await proposeIdea(a.producer, ideaInput({ photoFileIds: [photo] })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ fieldErrors: { photoFileIds: "photoNotOwned" } });
    }
    expect(await boardIds(a.producer)).toEqual(before);
  });

  it("keeps the photos an idea has when a coordinator edits it, and adds only the coordinator's own", async () => {
    const producerPhoto = await addPhoto(a.producer);
    const { id } = await proposeIdea(a.producer, ideaInput({ photoFileIds: [producerPhoto] }));
    const coordinatorPhoto = await addPhoto(a.coordinator);
    await updateIdea(a.coordinator, id, await editOf(a.coordinator, id, { photoFileIds: [coordinatorPhoto, producerPhoto] }));
    expect((await getIdea(a.producer, id)).photos.map((p) => p.id)).toEqual([coordinatorPhoto, producerPhoto]);
    const notAttached = await addPhoto(a.producer);
    await expect(updateIdea(a.coordinator, id, await editOf(a.coordinator, id, { photoFileIds: [notAttached] }))).rejects.toMatchObject({ fieldErrors: { photoFileIds: "photoNotOwned" } });
    expect((await getIdea(a.producer, id)).photos.map((p) => p.id)).toEqual([coordinatorPhoto, producerPhoto]);
  });
});
