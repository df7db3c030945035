// Form toolbars and list bulk actions that only offer what the role may do: deleting is ADMIN-only in the API.
import { BulkDeleteButton, DeleteButton, SaveButton, Toolbar } from "react-admin";
import { useCan } from "../auth/permissions.ts";

/** Save, and Delete for ADMIN when the resource can be deleted at all. */
export function EditToolbar({ deletable = true }: { deletable?: boolean }) {
  const isAdmin = useCan("admin");
  return (
    <Toolbar sx={{ justifyContent: "space-between" }}>
      <SaveButton />
      {deletable && isAdmin ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
}

/** Datagrid bulkActionButtons: bulk delete for ADMIN, no selection checkboxes for everyone else. */
export function useBulkDelete() {
  const isAdmin = useCan("admin");
  return isAdmin ? <BulkDeleteButton mutationMode="pessimistic" /> : false;
}
