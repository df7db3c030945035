// The signed-in staff member's bearer token and profile, kept in localStorage.
export const ROLES = ["ADMIN", "MANAGER", "AGENT", "ANALYST"] as const;
export type Role = (typeof ROLES)[number];

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
}

const TOKEN_KEY = "churnstile.token";
const USER_KEY = "churnstile.user";

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export function getStoredUser(): StaffUser | null {
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) ?? "null") as StaffUser | null;
  } catch {
    return null;
  }
}

export function saveSession(token: string, user: StaffUser) {
  localStorage.setItem(TOKEN_KEY, token);
  saveUser(user);
}

export const saveUser = (user: StaffUser) => localStorage.setItem(USER_KEY, JSON.stringify(user));

export function clearSession() {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}

/** The Authorization header every API request carries once signed in. */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}
