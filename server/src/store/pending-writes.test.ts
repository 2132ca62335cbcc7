import { expect, test } from "bun:test";
import { PendingWrites } from "./pending-writes.ts";

test("settle waits for every write and throws the first failure; a failure before settle is not unhandled", async () => {
  const writes = new PendingWrites();
  const done: number[] = [];
  writes.add(Bun.sleep(5).then(() => done.push(1)));
  writes.add(Promise.reject(new Error("second failed")));
  writes.add(Bun.sleep(1).then(() => done.push(3)));
  await Bun.sleep(10); // the rejection has happened; with no handler attached, bun would report it
  await expect(writes.settle()).rejects.toThrow("second failed");
  expect(done.sort()).toEqual([1, 3]);
  await writes.settle(); // settled writes are gone
});
