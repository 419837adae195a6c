import { z } from "@/lib/validation/zod-messages";

export const STAFF_ROLES = ["coordinator", "admin", "ministry"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const issueProducerAccountSchema = z.object({ memberId: z.uuid() });
export type IssueProducerAccountInput = z.input<typeof issueProducerAccountSchema>;

export const reissueActivationCodeSchema = z.object({ userId: z.uuid() });
export type ReissueActivationCodeInput = z.input<typeof reissueActivationCodeSchema>;

export const activateAccountSchema = z
  .object({
    phoneOrEmail: z.string().trim().min(1).max(200),
    code: z.string().trim().min(1).max(40),
    password: z.string().min(8).max(200),
    passwordConfirm: z.string().min(1).max(200),
  })
  .refine((d) => d.password === d.passwordConfirm, { path: ["passwordConfirm"], message: "passwordsDiffer" });
export type ActivateAccountInput = z.input<typeof activateAccountSchema>;

export const createStaffUserSchema = z.object({
  name: z.string().trim().min(2).max(120),
  /** An e-mail address or a phone number; staff sign in with either. */
  login: z.string().trim().min(1).max(200),
  role: z.enum(STAFF_ROLES),
});
export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;

export const setUserStatusSchema = z.object({
  userId: z.uuid(),
  status: z.enum(["active", "disabled"]),
  reason: z.string().trim().min(3, "reasonRequired").max(500),
});
export type SetUserStatusInput = z.input<typeof setUserStatusSchema>;

export const changeUserRoleSchema = z.object({ userId: z.uuid(), role: z.enum(STAFF_ROLES) });
export type ChangeUserRoleInput = z.input<typeof changeUserRoleSchema>;
