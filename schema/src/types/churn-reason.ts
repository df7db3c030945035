// The churn-reason catalogue: each reason has a category and the team that must fix it.
import { canRead } from "../access.ts";
import { builder } from "../builder.ts";
import { ChurnTypeEnum, OwnerTeamEnum, ReasonCategoryEnum } from "../enums.ts";
import { defineList } from "../lists.ts";

builder.prismaObject("ChurnReason", {
  description: "One entry of the churn-reason catalogue.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Stable identifier." }),
    code: t.exposeString("code", { description: "Stable code, e.g. PRICE; the console translates it." }),
    category: t.expose("category", { type: ReasonCategoryEnum, description: "The family of the reason." }),
    ownerTeam: t.expose("ownerTeam", { type: OwnerTeamEnum, description: "Mitigation owner: the team that must fix it." }),
    defaultChurnType: t.expose("defaultChurnType", { type: ChurnTypeEnum, description: "The churn type this reason usually means." }),
    churnTypes: t.expose("churnTypes", { type: [ChurnTypeEnum], description: "Every churn type this reason can explain." }),
    requiresCompetitor: t.exposeBoolean("requiresCompetitor", { description: "A churn with this reason must name the competitor." }),
    requiresFeature: t.exposeBoolean("requiresFeature", { description: "A churn with this reason must name the missing feature." }),
    description: t.exposeString("description", { description: "What the reason means." }),
    active: t.exposeBoolean("active", { description: "Inactive reasons are kept for history but not offered." }),
  }),
});

const ChurnReasonFilter = builder.inputType("ChurnReasonFilter", {
  description: "Narrows the reason catalogue.",
  fields: (t) => ({
    ids: t.idList({ description: "Only these ids." }),
    ownerTeam: t.field({ type: OwnerTeamEnum, description: "Only reasons this team owns." }),
    active: t.boolean({ description: "Only active (true) or inactive (false) reasons." }),
  }),
});

defineList({
  model: "ChurnReason",
  plural: "ChurnReasons",
  filter: ChurnReasonFilter,
  sortable: ["code", "category", "ownerTeam", "sortOrder"],
  authScopes: canRead,
  where: (f) => ({
    ...(f?.ids ? { id: { in: f.ids.map(Number) } } : {}),
    ...(f?.ownerTeam ? { ownerTeam: f.ownerTeam } : {}),
    ...(f?.active != null ? { active: f.active } : {}),
  }),
});
