// Process-wide test guards: a fixed time zone so date assertions don't depend on the machine.
import { afterAll } from "bun:test";

process.env.TZ = "UTC";

// With TRIPWIRE_TEST_STORE=postgres every test server got a PostgreSQL database of its own (server/test/test-db.ts):
// drop what is still there after the last test file (databases of servers a test restarted on the same path).
if (process.env.TRIPWIRE_TEST_STORE === "postgres") {
  afterAll(async () => {
    const { dropAllDatabases } = await import("../server/test/test-db.ts");
    await dropAllDatabases();
  });
}
