import { expect, test } from "bun:test";
import { diff } from "./events.ts";

test("diff reports only changed fields as { from, to }, comparing arrays by value", () => {
  const before = { title: "a", labels: ["x"], status: "investigating", n: null as string | null };
  const after = { title: "a", labels: ["x"], status: "resolved", n: "set" };
  expect(diff(before, after, ["title", "labels", "status", "n"])).toEqual({
    status: { from: "investigating", to: "resolved" },
    n: { from: null, to: "set" },
  });
  expect(diff(before, { ...before, labels: ["x", "y"] }, ["labels"])).toEqual({ labels: { from: ["x"], to: ["x", "y"] } });
  expect(diff(before, { ...before }, ["title", "labels", "status", "n"])).toEqual({});
});
