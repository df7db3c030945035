// What each resource folder's index.ts exports (DESIGN.md convention 8); the resource's name is its GraphQL type.
import type { ResourceProps } from "react-admin";

export type ResourceConfig = Pick<ResourceProps, "show" | "edit" | "create"> &
  Required<Pick<ResourceProps, "list" | "icon" | "recordRepresentation">>;
