// Add a customer by hand (most arrive from billing or CRM through the API).
import { Create } from "react-admin";
import { CustomerForm } from "./CustomerForm.tsx";

export default function CustomerCreate() {
  return (
    <Create redirect="show">
      <CustomerForm isCreate />
    </Create>
  );
}
