// "Know when to let go": payment defaulters and abusive accounts are not worth winning back (DESIGN.md).
import type { ChurnType, Customer } from "@churnstile/prisma";
import type { Tx } from "./command.ts";

/** The rule, worded once: the API documents winBackEligible with it. */
export const LET_GO_RULE =
  "Win-back eligibility (the let-go rules): false when the customer is flagged abusive, or when an INVOLUNTARY churn is a " +
  "payment defaulter's: the customer leaves with an unresolved (OPEN) payment failure, or the failure this churn resolves " +
  "(resolvePaymentFailure with outcome CHURNED) had 2 or more failed attempts. Otherwise true. Ineligible churns get no suggested actions.";

/** Days after a churn in which a reactivation counts as a win-back and is attributed to a retention action. */
export const WIN_BACK_WINDOW_DAYS = 90;

export async function winBackEligible(
  tx: Tx,
  customer: Customer,
  type: ChurnType,
  resolvingFailureId: number | null = null,
): Promise<boolean> {
  if (customer.abusive) return false;
  if (type !== "INVOLUNTARY") return true;
  const open = await tx.paymentFailure.findMany({
    where: { customerId: customer.id, status: "OPEN" },
    select: { id: true, attempts: true },
  });
  if (open.some((f) => f.id !== resolvingFailureId)) return false;
  return open.reduce((sum, f) => sum + f.attempts, 0) < 2;
}
