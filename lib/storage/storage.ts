import "server-only";
import path from "node:path";
import { env, type Env } from "@/lib/env";
import { diskDriver } from "./disk-driver";
import type { StorageDriver } from "./driver";
import { assertSafeKey } from "./object-key";
import { s3Driver } from "./s3-driver";

function driverFrom(e: Env): StorageDriver {
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  if (endpoint && bucket && accessKeyId && secretAccessKey) return s3Driver({ endpoint, bucket, accessKeyId, secretAccessKey, region: e.S3_REGION });
  // Half an S3 configuration would quietly put files on local disk instead.
  if (endpoint || bucket || accessKeyId || secretAccessKey) {
    throw new Error("Invalid environment: set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, or none");
  }
  return diskDriver(e.STORAGE_DIR ?? path.join(e.DATA_DIR, "uploads"));
}

let cached: StorageDriver | undefined;
const driver = () => (cached ??= driverFrom(env()));

/** Stores `bytes` under `key`, replacing what was there. */
export async function putObject(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  assertSafeKey(key);
  await driver().put(key, bytes, contentType);
}

/** The bytes stored under `key`, or null when there are none. */
export async function getObject(key: string): Promise<Uint8Array | null> {
  assertSafeKey(key);
  return driver().get(key);
}

/** Removes `key`; removing a missing key is not an error. */
export async function deleteObject(key: string): Promise<void> {
  assertSafeKey(key);
  await driver().delete(key);
}
