// Our own messages in English: the source of truth for the keys every other language must translate.
const en = {
  churnstile: {
    auth: {
      invalid_credentials: "Wrong e-mail or password.",
      bad_input: "Enter a valid e-mail address and a password.",
      unavailable: "The server cannot be reached. Try again in a moment.",
    },
  },
  resources: {
    Customer: {
      name: "Customer |||| Customers",
      fields: {
        id: "ID",
        name: "Name",
        company: "Company",
        country: "Country",
        plan: "Plan",
        status: "Status",
        mrrMinor: "MRR",
        healthScore: "Health score",
        signedUpAt: "Signed up",
        lastInteractionAt: "Last contact",
        q: "Search",
      },
    },
    ChurnEvent: {
      name: "Churn event |||| Churn events",
      fields: {
        id: "ID",
        customer: "Customer",
        type: "Churn type",
        primaryReason: "Reason",
        effectiveAt: "Effective",
        mrrLostMinor: "MRR lost",
        source: "Source",
        preventable: "Preventable",
      },
    },
    ChurnReason: {
      name: "Churn reason |||| Churn reasons",
      fields: {
        id: "ID",
        code: "Reason",
        category: "Category",
        ownerTeam: "Owner team",
        defaultChurnType: "Usual churn type",
        churnTypes: "Churn types",
        active: "Active",
      },
    },
    Ticket: {
      name: "Ticket |||| Tickets",
      fields: {
        id: "ID",
        subject: "Subject",
        customer: "Customer",
        kind: "Kind",
        channel: "Channel",
        status: "Status",
        priority: "Priority",
        openedAt: "Opened",
        csat: "CSAT",
        q: "Search",
      },
    },
    RetentionAction: {
      name: "Retention action |||| Retention actions",
      fields: {
        id: "ID",
        kind: "Action",
        customer: "Customer",
        status: "Status",
        trigger: "Trigger",
        dueAt: "Due",
        assignee: "Assignee",
        outcome: "Outcome",
      },
    },
  },
};

export type AppMessages = typeof en;
export default en;
