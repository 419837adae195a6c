/** Where uploaded bytes live: local disk or an S3-compatible store, behind the same three calls. */
export type StorageDriver = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
};
