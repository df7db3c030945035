// Playbooks as the API stores them, and the API's documented matching rule (Playbook.conditions:
// "an absent key means any, {} means always"), used to preview what logging a churn will suggest.
import type { RaRecord } from "react-admin";

export interface PlaybookStep {
  kind: string;
  dueInDays: number;
  messageKind?: string;
  offer?: string;
}

export interface PlaybookConditions {
  churnTypes?: string[];
  reasonCodes?: string[];
}

export interface Playbook extends RaRecord {
  name: string;
  trigger: string;
  active: boolean;
  conditions: PlaybookConditions;
  actions: PlaybookStep[];
}

export function playbookMatches(conditions: PlaybookConditions, event: { churnType?: string; reasonCode?: string }): boolean {
  if (conditions.churnTypes && !(event.churnType && conditions.churnTypes.includes(event.churnType))) return false;
  if (conditions.reasonCodes && !(event.reasonCode && conditions.reasonCodes.includes(event.reasonCode))) return false;
  return true;
}

export const stepsOf = (playbook: Playbook): PlaybookStep[] => (Array.isArray(playbook.actions) ? playbook.actions : []);
