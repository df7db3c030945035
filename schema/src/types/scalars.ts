import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { builder } from "../builder.ts";

builder.addScalarType("DateTime", DateTimeResolver, { description: "An instant in UTC, ISO 8601 (e.g. 2026-03-01T00:00:00Z)." });
builder.addScalarType("JSON", JSONResolver, { description: "Any JSON value." });

builder.queryType({ description: "Reads: entities, lists and metrics." });
builder.mutationType({ description: "Writes: CRUD and domain commands. Every write is one transaction and is audited." });
