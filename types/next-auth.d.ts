import type { Ctx } from "@/lib/auth/context";

declare module "next-auth" {
  interface Session {
    ctx?: Ctx;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    ctx?: Ctx;
  }
}
