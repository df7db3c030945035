// What the CHURN_LOGGED playbooks will suggest for the chosen type and reason, before saving. The API
// creates them in the same logChurn call (none when the customer is not worth winning back).
import { Alert, List, ListItem, ListItemText, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useIntlLocale } from "../../fields/useIntlLocale.ts";
import { type Playbook, playbookMatches, stepsOf } from "../../playbooks/playbookRules.ts";

export function SuggestedActionsPreview({ playbooks, type, reasonCode }: { playbooks: Playbook[]; type?: string; reasonCode?: string }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!type || !reasonCode)
    return <Typography color="text.secondary">{translate("resources.ChurnEvent.log.pickTypeAndReason")}</Typography>;
  const matching = playbooks.filter(
    (p) => p.active && p.trigger === "CHURN_LOGGED" && playbookMatches(p.conditions ?? {}, { churnType: type, reasonCode }),
  );
  if (matching.length === 0) return <Alert severity="info">{translate("resources.ChurnEvent.log.noPlaybook")}</Alert>;
  const digits = new Intl.NumberFormat(locale);
  // The API returns the actions it creates by due date: the preview lists them the same way.
  const steps = matching
    .flatMap((playbook) => stepsOf(playbook).map((step) => ({ playbook, step })))
    .sort((a, b) => a.step.dueInDays - b.step.dueInDays);
  return (
    <>
      <List dense disablePadding>
        {steps.map(({ playbook, step }) => (
          <ListItem key={`${playbook.id}-${step.kind}-${step.dueInDays}`} disableGutters>
            <ListItemText
              primary={translate(`enums.ActionKind.${step.kind}`, { _: step.kind })}
              secondary={[
                step.dueInDays > 0
                  ? translate("resources.ChurnEvent.log.dueIn", { smart_count: step.dueInDays, days: digits.format(step.dueInDays) })
                  : translate("resources.ChurnEvent.log.dueNow"),
                step.offer,
                playbook.name,
              ]
                .filter(Boolean)
                .join(" · ")}
            />
          </ListItem>
        ))}
      </List>
      <Typography variant="caption" color="text.secondary">
        {translate("resources.ChurnEvent.log.letGoNote")}
      </Typography>
    </>
  );
}
