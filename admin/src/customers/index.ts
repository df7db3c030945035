// The Customer resource.
import PeopleIcon from "@mui/icons-material/People";
import { lazy } from "react";
import type { ResourceConfig } from "../resourceConfig.ts";

const customers: ResourceConfig = {
  list: lazy(() => import("./CustomerList.tsx")),
  icon: PeopleIcon,
  recordRepresentation: "name",
};

export default customers;
