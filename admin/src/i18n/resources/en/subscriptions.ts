// English: subscriptions (what a customer pays for, started, repriced and ended from the customer's page) and products.
const subscriptions = {
  Subscription: {
    name: "Subscription |||| Subscriptions",
    fields: {
      id: "ID",
      customer: "Customer",
      customerId: "Customer",
      product: "Product",
      productId: "Product",
      mrrMinor: "MRR",
      currency: "Currency",
      startedAt: "Started",
      endedAt: "Ended",
      ended: "State",
    },
    state: { running: "Running", ended: "Ended" },
    section: { title: "Subscriptions", empty: "No subscriptions yet." },
    form: {
      mrr: "MRR per month (%{currency})",
      mrrInvalid: "Enter an amount above zero.",
      now: "Empty = now.",
      effectiveAt: "Takes effect",
    },
    start: { button: "Start subscription", title: "Start a subscription" },
    change: { button: "Change MRR", title: "Change the MRR of %{product}", current: "Now %{mrr} per month." },
    end: {
      button: "End",
      title: "End %{product}",
      lastPaid:
        "This is the customer's last paid subscription: ending it counts as churn, without a reason. To record why they leave, log the churn instead.",
    },
  },
  Product: {
    name: "Product |||| Products",
    fields: { id: "ID", code: "Code", name: "Name", category: "Category", priceMinor: "List price", active: "On sale" },
  },
};

export default subscriptions;
