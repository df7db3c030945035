// Add a churn reason to the catalogue (ADMIN, MANAGER).
import { Create } from "react-admin";
import { ChurnReasonForm } from "./ChurnReasonForm.tsx";

export default function ChurnReasonCreate() {
  return (
    <Create redirect="list">
      <ChurnReasonForm isCreate />
    </Create>
  );
}
