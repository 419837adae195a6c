import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/db/client";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import type { Ctx } from "./context";
import { authSecret } from "./secret";

export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || (typeof headers?.["x-real-ip"] === "string" ? headers["x-real-ip"] : "unknown");
}

export function authOptions(): NextAuthOptions {
  // next-auth builds its own URLs from NEXTAUTH_URL; a deployment behind a domain must set it.
  process.env.NEXTAUTH_URL ??= `http://localhost:${env().PORT}`;
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const identifier = credentials?.identifier ?? "";
          const password = credentials?.password ?? "";
          if (!identifier || !password || identifier.length > 200 || password.length > 200) return null;
          const outcome = await authenticate(await db(), { identifier, password }, clientIp(req.headers));
          // next-auth hands a thrown message to the sign-in form as `error`.
          if (!outcome.ok) throw new Error(outcome.reason);
          return { id: outcome.user.userId, ...outcome.user };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as Ctx;
          token.ctx = { userId: u.userId, associationId: u.associationId, role: u.role, locale: u.locale, name: u.name, memberId: u.memberId };
        }
        return token;
      },
      session({ session, token }) {
        session.ctx = token.ctx;
        return session;
      },
    },
  };
}
