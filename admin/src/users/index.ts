// The User resource (ADMIN only): staff accounts and their roles.
import ManageAccountsIcon from "@mui/icons-material/ManageAccounts";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const users: ResourceConfig = {
  list: lazy(() => import("./UserList.tsx")),
  edit: lazy(() => import("./UserForm.tsx").then((m) => ({ default: m.UserEdit }))),
  create: lazy(() => import("./UserForm.tsx").then((m) => ({ default: m.UserCreate }))),
  icon: ManageAccountsIcon,
  recordRepresentation: "name",
  access: { read: "admin", create: "admin", edit: "admin" },
};

export default users;
