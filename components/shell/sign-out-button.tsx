"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" onClick={() => void signOut({ callbackUrl: "/login" })}>
      {label}
    </Button>
  );
}
