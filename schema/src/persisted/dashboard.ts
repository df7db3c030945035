// The console dashboard's metric queries as persisted operations: the client sends `GET /graphql?id=<sha256>&
// variables=…` instead of the document, so the request is a cacheable GET and the server runs only known documents
// for it. The id is the SHA-256 (hex) of the document text, computed here so a changed document gets a new id.
import { createHash } from "node:crypto";
import { DASHBOARD_DOCUMENTS } from "./dashboard-documents.ts";

export { DASHBOARD_DOCUMENTS };

export const persistedId = (document: string) => createHash("sha256").update(document).digest("hex");

/** Operation name → id, for clients. */
export const persistedIds: Record<string, string> = Object.fromEntries(
  Object.entries(DASHBOARD_DOCUMENTS).map(([name, doc]) => [name, persistedId(doc)]),
);

/** id → document, for the server. */
export const persistedDocuments = new Map(Object.values(DASHBOARD_DOCUMENTS).map((doc) => [persistedId(doc), doc]));
