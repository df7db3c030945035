// Builds a syntactically valid call of any root field with placeholder arguments, so an access test can
// ask "may this actor call it?" for every field of the schema without hand-writing each operation.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return "[]";
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{${required.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")}}`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        return '"999999"';
      case "Int":
        return "1";
      case "Float":
        return "1.0";
      case "Boolean":
        return "false";
      case "DateTime":
        return '"2026-01-01T00:00:00Z"';
      case "JSON":
        return "{}";
      default:
        return '"placeholder"';
    }
  }
  return "null";
}

const requiredArgs = (args: readonly GraphQLArgument[]) => args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

export function dummyOperation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = requiredArgs(field.args).map((a) => `${a.name}: ${literal(a.type)}`);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? " { __typename }" : "";
  return `${kind} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}
