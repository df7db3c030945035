// Staff users (ADMIN): who may sign in, with which role and console language.
import { BooleanField, Datagrid, EmailField, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from "react-admin";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LanguageField } from "../fields/LanguageField.tsx";
import { LocaleDateField } from "../fields/LocaleFields.tsx";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices("Role")} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export default function UserList() {
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <EmailField source="email" sortable={false} />
        <EnumField source="role" enumName="Role" />
        <LanguageField source="locale" />
        <BooleanField source="active" />
        <LocaleDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
