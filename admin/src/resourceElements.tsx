// The <Resource> elements a role gets: resources it may not read are left out, and so are the create and
// edit views (and extra routes) it may not use — the buttons that lead there then do not show either.
import { Resource } from "react-admin";
import { can } from "./auth/permissions.ts";
import { RESOURCES } from "./resources.ts";

export function resourceElements(role: unknown) {
  return RESOURCES.filter(({ config }) => can(role, config.access?.read ?? "read")).map(({ name, config }) => (
    <Resource
      key={name}
      name={name}
      list={config.list}
      show={config.show}
      edit={can(role, config.access?.edit ?? "write") ? config.edit : undefined}
      create={can(role, config.access?.create ?? "write") ? config.create : undefined}
      icon={config.icon}
      recordRepresentation={config.recordRepresentation}
    >
      {config.routes?.(role)}
    </Resource>
  ));
}
