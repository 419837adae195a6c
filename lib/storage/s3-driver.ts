import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { StorageDriver } from "./driver";

export type S3Config = { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string };

async function failed(response: Response, what: string): Promise<Error> {
  await response.body?.cancel();
  return new Error(`S3 ${what} answered ${response.status}`);
}

/** Objects in one bucket of an S3-compatible store, addressed path-style (`<endpoint>/<bucket>/<key>`). */
export function s3Driver(config: S3Config): StorageDriver {
  // A few quick retries of 5xx answers; aws4fetch's default of ten would hold an upload for a minute.
  const client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: "s3", retries: 2 });
  const urlOf = (key: string) => `${config.endpoint.replace(/\/+$/, "")}/${config.bucket}/${key}`;
  return {
    async put(key, bytes, contentType) {
      // Signing the payload's hash lets the store refuse bytes damaged on the way.
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const response = await client.fetch(urlOf(key), {
        method: "PUT",
        body: new Uint8Array(bytes),
        headers: { "content-type": contentType, "x-amz-content-sha256": sha256 },
      });
      if (!response.ok) throw await failed(response, "PUT");
      await response.body?.cancel();
    },
    async get(key) {
      const response = await client.fetch(urlOf(key), { method: "GET" });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) throw await failed(response, "GET");
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: "DELETE" });
      if (!response.ok && response.status !== 404) throw await failed(response, "DELETE");
      await response.body?.cancel();
    },
  };
}
