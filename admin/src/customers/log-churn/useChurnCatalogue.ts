// What the log-churn screen needs besides the customer: the active reasons, the active exit-survey
// template's questions and the CHURN_LOGGED playbooks (one request each, cached for the session).
import { useGetList } from "react-admin";
import { isQuestionList, type SurveyQuestion } from "../../exit-survey-templates/questions.ts";
import type { Playbook } from "../../playbooks/playbookRules.ts";
import type { ChurnReason } from "./churnForm.ts";

const LONG = { staleTime: 5 * 60_000 };

export function useChurnCatalogue() {
  const reasons = useGetList<ChurnReason>(
    "ChurnReason",
    { filter: { active: true }, pagination: { page: 1, perPage: 100 }, sort: { field: "sortOrder", order: "ASC" } },
    LONG,
  );
  const templates = useGetList(
    "ExitSurveyTemplate",
    { filter: { active: true }, pagination: { page: 1, perPage: 1 }, sort: { field: "version", order: "DESC" } },
    LONG,
  );
  const playbooks = useGetList<Playbook>(
    "Playbook",
    { filter: { trigger: "CHURN_LOGGED", active: true }, pagination: { page: 1, perPage: 100 }, sort: { field: "id", order: "ASC" } },
    LONG,
  );
  const questions = templates.data?.[0]?.questions;
  return {
    reasons: reasons.data ?? [],
    questions: (isQuestionList(questions) ? questions : []) as SurveyQuestion[],
    playbooks: playbooks.data ?? [],
    isPending: reasons.isPending || templates.isPending || playbooks.isPending,
    error: reasons.error ?? templates.error ?? playbooks.error,
  };
}
