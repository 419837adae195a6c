import { redirect } from "next/navigation";
import { homeFor } from "@/components/shell/nav-items";
import { currentUser } from "@/lib/auth/session";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homeFor(user.role) : "/login");
}
