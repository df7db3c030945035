// Create a playbook (ADMIN, MANAGER).
import { Create } from "react-admin";
import { cleanPlaybook, PlaybookForm } from "./PlaybookForm.tsx";

export default function PlaybookCreate() {
  return (
    <Create redirect="show" transform={cleanPlaybook}>
      <PlaybookForm isCreate />
    </Create>
  );
}
