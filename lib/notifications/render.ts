import type { InspectionDecidedParams, NotificationContent } from "./kinds";

/** A translator over the `notifications` messages: next-intl's `getTranslations` or `createTranslator`. */
export type NotificationTranslator = (key: string, values?: Record<string, string | number>) => string;

export type RenderedNotification = { title: string; body: string | null; href: string };

/** The text of a notification in the translator's language, and where it leads. */
export function renderNotification(t: NotificationTranslator, content: NotificationContent): RenderedNotification {
  switch (content.kind) {
    case "inspection.decided":
      return { title: inspectionDecidedTitle(t, content.params), body: content.params.remarks, href: notificationHref(content) };
    case "idea.decided":
      return { title: t(`ideaDecided.${content.params.outcome}`, { name: content.params.name }), body: content.params.comment, href: notificationHref(content) };
    case "label.decided": {
      const { outcome, sku, market, kind, comment } = content.params;
      return { title: t(`labelDecided.${outcome}`, { sku, market, kind }), body: comment, href: notificationHref(content) };
    }
  }
}

/** The page a notification opens. */
export function notificationHref(content: NotificationContent): string {
  switch (content.kind) {
    case "inspection.decided":
      return `/my-batches/${content.params.batchId}`;
    case "idea.decided":
      return `/ideas/${content.params.ideaId}`;
    case "label.decided":
      return `/labels/${content.params.designId}`;
  }
}

function inspectionDecidedTitle(t: NotificationTranslator, p: InspectionDecidedParams): string {
  const accepted = p.acceptedQuantity ?? 0;
  return t(`inspectionDecided.${p.outcome}`, { lotCode: p.lotCode, accepted, total: accepted + (p.rejectedQuantity ?? 0) });
}
