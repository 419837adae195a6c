"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { runAction } from "@/lib/errors/action-result";
import { markAllRead, markRead } from "@/lib/notifications/mark-read";
import { notificationHref } from "@/lib/notifications/render";

/** Marks the notification read and opens what it is about. */
export async function openNotificationAction(id: string) {
  const ctx = await requireSession();
  return runAction(async () => {
    const notification = await markRead(ctx, id);
    // The unread count is in the header of every page.
    revalidatePath("/", "layout");
    redirect(notificationHref(notification));
  });
}

export async function markAllReadAction() {
  const ctx = await requireSession();
  return runAction(async () => {
    await markAllRead(ctx);
    revalidatePath("/", "layout");
  });
}
