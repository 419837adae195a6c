import { currentUser } from "@/lib/auth/session";
import { toFailure } from "@/lib/errors/action-result";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { fileHeaders } from "@/lib/uploads/file-headers";
import { readFile } from "@/lib/uploads/read-file";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** A stored file for a signed-in user who may see it; files never change, so browsers keep them. */
export async function GET(_request: Request, { params }: Params) {
  const ctx = await currentUser();
  if (!ctx) return Response.json({ ok: false, error: "unauthenticated" }, { status: 401 });
  try {
    const file = await readFile(ctx, (await params).id);
    return new Response(new Uint8Array(file.bytes), { headers: fileHeaders(file) });
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ ok: false, error: "notFound" }, { status: 404 });
    return Response.json(toFailure(error), { status: 500 });
  }
}
