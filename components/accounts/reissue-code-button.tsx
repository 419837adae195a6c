"use client";

import { useTranslations } from "next-intl";
import { reissueActivationCodeAction } from "@/app/(app)/accounts/actions";
import { SlipButton } from "./slip-button";

/** A new code after a confirmation; for an activated account this is a password reset. */
export function ReissueCodeButton({ userId, activated = false }: { userId: string; activated?: boolean }) {
  const t = useTranslations("accounts");
  return (
    <SlipButton
      label={activated ? t("resetPassword") : t("reissueCode")}
      confirm={t("resetConfirm")}
      variant="secondary"
      run={() => reissueActivationCodeAction({ userId })}
    />
  );
}
