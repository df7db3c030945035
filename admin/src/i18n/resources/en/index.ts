// English resource messages: the source of truth for the keys every other language must translate.
import admin, { common } from "./admin.ts";
import customers from "./customers.ts";
import retention from "./retention.ts";
import subscriptions from "./subscriptions.ts";
import surveys from "./surveys.ts";

export const resources = { ...customers, ...subscriptions, ...retention, ...surveys, ...admin };
export type ResourceMessages = typeof resources;
export type CommonMessages = typeof common;
export type CustomersMessages = typeof customers;
export type RetentionMessages = typeof retention;
export type SubscriptionsMessages = typeof subscriptions;
export type SurveysMessages = typeof surveys;
export type AdminMessages = typeof admin;
export { common };
