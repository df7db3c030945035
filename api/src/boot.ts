// Start-up work done in the server's own process (a PGlite directory can be opened by one process only):
// apply pending migrations, load reference data, and on an empty database the demo users and data.
import { type Database, openDatabase } from "@churnstile/prisma";
import { hasDemoData, seedDemo } from "@churnstile/prisma/demo";
import { DEMO_USERS, seedDemoUsers } from "@churnstile/prisma/demo-users";
import { migrateDeploy } from "@churnstile/prisma/migrate";
import { seedReferenceData } from "@churnstile/prisma/reference-data";
import type { Config } from "./config.ts";

export interface BootResult {
  db: Database;
  migrations: string[];
  demoLoaded: boolean;
}

export async function boot(config: Config, log: (message: string) => void = console.log): Promise<BootResult> {
  const db = await openDatabase(config.database);
  try {
    const migrations = await migrateDeploy(await db.migrationAdapter(), undefined, log);
    await seedReferenceData(db.prisma);
    let demoLoaded = false;
    if (config.demoData && (await db.prisma.user.count()) === 0) {
      await seedDemoUsers(db.prisma);
      if (config.demoCustomers > 0 && !(await hasDemoData(db.prisma))) {
        log(`loading demo data (${config.demoCustomers} customers, first run only)…`);
        // two years of history up to the start of this month, so "last month" and the trends are alive on first run
        const now = new Date();
        await seedDemo(db, { customers: config.demoCustomers, anchor: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) });
      }
      demoLoaded = true;
    }
    return { db, migrations, demoLoaded };
  } catch (e) {
    await db.close();
    throw e;
  }
}

export const demoLogins = () => DEMO_USERS.map((u) => ({ email: u.email, password: u.password, role: u.role }));
