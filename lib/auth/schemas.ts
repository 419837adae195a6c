import { z } from "@/lib/validation/zod-messages";

export const loginSchema = z.object({
  identifier: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});

export type LoginInput = z.input<typeof loginSchema>;
