// What each resource folder's index.ts exports (DESIGN.md convention 8); the resource's name is its GraphQL type.
import type { ReactNode } from "react";
import type { ResourceProps } from "react-admin";
import type { AccessLevel } from "./auth/permissions.ts";

export type ResourceConfig = Pick<ResourceProps, "show" | "edit" | "create"> &
  Required<Pick<ResourceProps, "list" | "icon" | "recordRepresentation">> & {
    /** Who may see the resource (default read), create it and edit it (default write), as the API enforces. */
    access?: { read?: AccessLevel; create?: AccessLevel; edit?: AccessLevel };
    /** Extra routes under /<Resource>/ (e.g. Customer/:id/churn) for the roles that may use them. */
    routes?: (role: unknown) => ReactNode;
  };
