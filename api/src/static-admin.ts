// Serves the built console (admin/dist) under /admin, with index.html for client-side routes.
import fs from "node:fs";
import path from "node:path";
import { lookup } from "mrmime";

export function adminAssets(distDir: string) {
  const root = path.resolve(distDir);
  return (pathname: string): Response | null => {
    if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return null;
    const index = path.join(root, "index.html");
    if (!fs.existsSync(index)) {
      return new Response("The console is not built yet: run `pnpm build:admin` (pnpm start does it for you).", { status: 503 });
    }
    const rel = decodeURIComponent(pathname.slice("/admin".length)).replace(/^\/+/, "");
    const file = path.resolve(root, rel);
    const isAsset = rel !== "" && file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    const target = isAsset ? file : index;
    const immutable = isAsset && rel.startsWith("assets/"); // hashed file names: cache forever
    return new Response(fs.readFileSync(target), {
      headers: {
        "content-type": lookup(target) ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
    });
  };
}
