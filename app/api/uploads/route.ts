import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { storeUpload } from "@/lib/uploads/store-upload";
import { readUploadForm, uploadFailureStatus } from "@/lib/uploads/upload-request";

export const dynamic = "force-dynamic";

/** A photo posted as multipart (`file`, `purpose`): 201 with its id and URL, or the field error. */
export async function POST(request: Request) {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401 });
  try {
    const { file, purpose } = await readUploadForm(request);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const stored = await storeUpload(ctx, { purpose, bytes, declaredType: file.type, name: file.name });
    return Response.json(stored, { status: 201 });
  } catch (error) {
    const failure = toFailure(error);
    return Response.json(failure, { status: uploadFailureStatus(failure) });
  }
}
