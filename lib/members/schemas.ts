import { z } from "@/lib/validation/zod-messages";
import { isoDate, latestAllowedDate } from "@/lib/validation/dates";
import { wholeNumber } from "@/lib/validation/numbers";
import { GENDERS, MEMBER_STATUSES, SKILLS } from "./filters";

const optionalText = (max: number) => z.string().trim().max(max).optional();

export const updateMemberSchema = z.object({
  memberId: z.uuid(),
  fullName: z.string().trim().min(3).max(200),
  fullNameLatin: optionalText(200),
  gender: z.enum(GENDERS),
  birthYear: wholeNumber(1900, new Date().getUTCFullYear() - 14),
  phone: optionalText(30),
  villageId: z.uuid(),
  groupId: z.union([z.uuid(), z.literal("")]).optional(),
  joinedOn: isoDate.refine((d) => d <= latestAllowedDate(), { message: "dateInFuture" }),
  skills: z.array(z.enum(SKILLS)).max(SKILLS.length).default([]),
});

export type UpdateMemberInput = z.input<typeof updateMemberSchema>;

export const changeMemberStatusSchema = z.object({
  memberId: z.uuid(),
  status: z.enum(MEMBER_STATUSES),
  reason: z.string().trim().min(3).max(500),
});

export type ChangeMemberStatusInput = z.input<typeof changeMemberStatusSchema>;

export const setMemberConsentSchema = z.object({ memberId: z.uuid(), consent: z.boolean() });

export type SetMemberConsentInput = z.input<typeof setMemberConsentSchema>;
