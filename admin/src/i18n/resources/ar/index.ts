// Arabic resource messages.
import type { ResourceMessages } from "../en/index.ts";
import admin, { common } from "./admin.ts";
import customers from "./customers.ts";
import retention from "./retention.ts";
import subscriptions from "./subscriptions.ts";
import surveys from "./surveys.ts";

export const resources: ResourceMessages = { ...customers, ...subscriptions, ...retention, ...surveys, ...admin };
export { common };
