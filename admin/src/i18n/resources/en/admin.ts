// English: users, API keys, the audit log, and messages shared by every page.
export const common = {
  conflict: "Someone changed this in the meantime. Reload and try again.",
  invalid: "The server did not accept this:",
};

const admin = {
  User: {
    name: "User |||| Users",
    fields: {
      name: "Name",
      email: "E-mail",
      role: "Role",
      locale: "Console language",
      active: "Active",
      createdAt: "Created",
      password: "Password",
      q: "Search",
    },
    helpers: {
      active: "An inactive user cannot sign in, and their sessions end.",
      password: "At least 10 characters.",
      newPassword: "Leave empty to keep the current password.",
    },
  },
  ApiKey: {
    name: "API key |||| API keys",
    fields: {
      name: "Name",
      prefix: "Prefix",
      scopes: "Scopes",
      createdBy: "Created by",
      createdAt: "Created",
      lastUsedAt: "Last used",
      expiresAt: "Expires",
      revokedAt: "Revoked",
      revoked: "Revoked",
    },
    helpers: { name: "What the key is for, e.g. Metabase or the CRM sync.", expiresAt: "Empty = never." },
    create: { title: "Create an API key", submit: "Create the key" },
    secret: {
      title: "The key for “%{name}”",
      once: "Copy it now: this is the only time it is shown. Only its prefix is kept.",
      copy: "Copy",
      copied: "Copied",
      done: "I have copied it",
    },
    revoke: { button: "Revoke", title: "Revoke “%{name}”?", content: "Tools using this key stop working at once." },
  },
  AuditLog: {
    name: "Audit entry |||| Audit log",
    fields: {
      at: "When",
      actorUser: "User",
      actorUserId: "User",
      actorApiKey: "API key",
      actorApiKeyId: "API key",
      action: "Action",
      entity: "Entity",
      entityId: "Entity ID",
      requestId: "Request",
      before: "Before",
      after: "After",
      from: "From",
      to: "Before",
    },
  },
};

export default admin;
