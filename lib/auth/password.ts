import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum argon2id profile: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Like verifyPassword, but with no hash to check it spends the same time and says no, so unknown accounts cannot be told apart. */
export async function verifyPasswordOrNothing(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(passwordHash ?? (await dummyHash), password);
  return Boolean(passwordHash) && valid;
}
