// Edit a customer (optimistic locking: the version read is sent back, a stale one is refused).
// The status is left out: after creation it changes only through commands (logChurn, reactivateCustomer…).
import { Edit, type RaRecord } from "react-admin";
import { CustomerForm } from "./CustomerForm.tsx";

const withoutStatus = ({ status: _status, ...data }: RaRecord) => data;

export default function CustomerEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={withoutStatus}>
      <CustomerForm />
    </Edit>
  );
}
