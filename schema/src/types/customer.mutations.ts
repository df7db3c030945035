// Customer writes: create, update (optimistic locking), soft delete and restore.
import type { Prisma } from "@churnstile/prisma";
import { adminOnly, canWrite } from "../access.ts";
import { defineCrud, parseId, sent } from "../crud.ts";
import { CustomerStatusEnum, PlanEnum, SatisfactionEnum } from "../enums.ts";
import { badInput } from "../errors.ts";
import * as v from "../validators.ts";

type MutationT = Parameters<NonNullable<Parameters<typeof defineCrud>[0]["create"]>["args"]>[0];

const customerArgs = (t: MutationT, required: boolean) => ({
  externalId: t.arg.string({ required, description: "The customer's id in billing or CRM (unique).", validate: v.name }),
  name: t.arg.string({ required, description: "Contact name.", validate: v.name }),
  email: t.arg.string({ description: "Contact e-mail.", validate: v.email.nullable() }),
  company: t.arg.string({ description: "Company name.", validate: v.text(200).nullable() }),
  country: t.arg.string({ required, description: "ISO 3166-1 alpha-2 code.", validate: v.country }),
  city: t.arg.string({ description: "City.", validate: v.text(200).nullable() }),
  industry: t.arg.string({ description: "Industry.", validate: v.text(100).nullable() }),
  plan: t.arg({ type: PlanEnum, required, description: "Plan tier." }),
  currency: t.arg.string({ description: "ISO 4217 currency (default USD).", validate: v.currency }),
  status: t.arg({ type: CustomerStatusEnum, description: "TRIAL or ACTIVE on create; CHURNED comes from logChurn." }),
  satisfaction: t.arg({ type: SatisfactionEnum, description: "Latest stated satisfaction." }),
  signedUpAt: t.arg({ type: "DateTime", description: "Signup instant (default now)." }),
  locale: t.arg.string({ description: "en, fa, ar, ru or tr (default en).", validate: v.locale }),
  birthday: t.arg({ type: "DateTime", description: "Birthday (date part is used)." }),
  ownerId: t.arg.id({ description: "Owning staff user." }),
  abusive: t.arg.boolean({ description: "Abusive account: never a win-back target." }),
});

type CustomerArgs = Partial<{
  externalId: string;
  name: string;
  email: string | null;
  company: string | null;
  country: string;
  city: string | null;
  industry: string | null;
  plan: Prisma.CustomerCreateInput["plan"];
  currency: string;
  status: Prisma.CustomerCreateInput["status"] | null;
  satisfaction: Prisma.CustomerCreateInput["satisfaction"] | null;
  signedUpAt: Date | null;
  locale: string;
  birthday: Date | null;
  ownerId: string | null;
  abusive: boolean | null;
}>;

function customerData(args: CustomerArgs) {
  const { ownerId, status, abusive, signedUpAt, ...rest } = sent(args);
  if (status === "CHURNED" || status === "PAST_DUE")
    throw badInput("status", `${status} is set by logChurn or recordPaymentFailure, not directly`);
  return {
    ...rest,
    ...(status ? { status } : {}),
    ...(abusive != null ? { abusive } : {}),
    ...(signedUpAt ? { signedUpAt } : {}),
    ...(ownerId !== undefined ? { ownerId: ownerId === null ? null : parseId(ownerId, "ownerId") } : {}),
  };
}

defineCrud<CustomerArgs, CustomerArgs>({
  model: "Customer",
  authScopes: canWrite,
  versioned: true,
  create: {
    args: (t) => customerArgs(t, true),
    data: (args) => ({ signedUpAt: new Date(), ...customerData(args) }),
  },
  update: {
    args: (t) => customerArgs(t, false),
    data: (args) => customerData(args),
  },
  remove: { authScopes: adminOnly, soft: true },
});
