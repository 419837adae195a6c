"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  // No server-side redirect: next-auth would build it from NEXTAUTH_URL, not the host in use.
  const onClick = async () => {
    await signOut({ redirect: false });
    router.replace("/login");
    router.refresh();
  };
  return (
    <Button type="button" variant="secondary" onClick={() => void onClick()}>
      {label}
    </Button>
  );
}
