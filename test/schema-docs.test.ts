// The schema is the API's documentation: every type, field, argument and enum value is described.
import { schema } from "@churnstile/schema";
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";

describe("schema documentation", () => {
  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description?.trim()) missing.push(`type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description?.trim()) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("explains each churn type as DESIGN.md does", () => {
    const churnType = schema.getType("ChurnType");
    expect(churnType && isEnumType(churnType)).toBe(true);
    const revenue = isEnumType(churnType) ? churnType.getValue("REVENUE") : undefined;
    expect(revenue?.description).toMatch(/revenue churn.*never in logo churn/i);
    expect(getNamedType(schema.getQueryType()!.getFields().logoChurn?.type)).toBeTruthy();
  });
});
