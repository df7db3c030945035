// Password hashing for console users: Argon2id (OWASP's first choice) with the library's defaults
// (19 MiB memory, 2 iterations); the salt and parameters live inside the encoded hash.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

/** False (never a throw) for a wrong password or a malformed hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
