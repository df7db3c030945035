// Shown on the customer's page right after logging a churn: the new status, whether the customer is worth
// winning back, and the retention actions the playbooks created (with due date and assignee).
import { Alert, AlertTitle, Button, List, ListItemButton, ListItemText } from "@mui/material";
import { LinkBase, RecordContextProvider, useCreatePath, useLocation, useNavigate, useTranslate } from "react-admin";
import { EnumField } from "../../fields/EnumField.tsx";
import { LocaleDateField } from "../../fields/LocaleFields.tsx";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";
import type { LogChurnResult } from "./churnForm.ts";

type Result = LogChurnResult["logChurn"];

export function ChurnLoggedPanel() {
  const location = useLocation();
  const navigate = useNavigate();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const digits = new Intl.NumberFormat(useIntlLocale());
  const result = (location.state as { churnResult?: Result } | null)?.churnResult;
  if (!result) return null;
  const dismiss = () => navigate(location.pathname, { replace: true, state: null });
  return (
    <Alert
      severity="success"
      role="status"
      data-testid="churn-logged"
      action={
        <Button color="inherit" size="small" onClick={dismiss}>
          {translate("ra.action.close")}
        </Button>
      }
    >
      <AlertTitle>
        <RecordContextProvider value={result.customer}>
          {translate("resources.ChurnEvent.log.done")} <EnumField source="status" enumName="CustomerStatus" />
        </RecordContextProvider>
      </AlertTitle>
      {result.winBackEligible
        ? translate("resources.ChurnEvent.log.created", {
            smart_count: result.suggestedActions.length,
            count: digits.format(result.suggestedActions.length),
          })
        : translate("resources.ChurnEvent.log.notEligible")}
      <List dense disablePadding>
        {result.suggestedActions.map((action) => (
          <RecordContextProvider key={action.id} value={action}>
            <ListItemButton component={LinkBase} to={createPath({ resource: "RetentionAction", id: action.id, type: "show" })}>
              <ListItemText
                primary={<EnumField source="kind" enumName="ActionKind" />}
                secondary={
                  <>
                    <LocaleDateField source="dueAt" showTime options={{ dateStyle: "medium", timeStyle: "short" }} />
                    {action.assignee ? ` · ${action.assignee.name}` : ""}
                    {action.offer ? ` · ${action.offer}` : ""}
                  </>
                }
                slotProps={{ primary: { component: "div" }, secondary: { component: "div" } }}
              />
            </ListItemButton>
          </RecordContextProvider>
        ))}
      </List>
    </Alert>
  );
}
