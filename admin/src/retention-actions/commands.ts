// The retention-action commands the console calls (the API's typed mutations, not CRUD).
export const COMPLETE_ACTION = `mutation CompleteAction($id: ID!, $outcome: ActionOutcome!, $note: String, $version: Int, $idempotencyKey: String) {
  completeRetentionAction(id: $id, outcome: $outcome, note: $note, version: $version, idempotencyKey: $idempotencyKey) { id status outcome version completedAt }
}`;

export const ASSIGN_ACTION = `mutation AssignAction($id: ID!, $assigneeId: ID, $version: Int) {
  assignRetentionAction(id: $id, assigneeId: $assigneeId, version: $version) { id version assignee { id name } }
}`;

export const SCHEDULE_ACTION = `mutation ScheduleAction($input: ScheduleRetentionActionInput!, $idempotencyKey: String) {
  scheduleRetentionAction(input: $input, idempotencyKey: $idempotencyKey) { id customer { id } }
}`;

export const isOpen = (status: unknown) => status === "PLANNED" || status === "IN_PROGRESS";
