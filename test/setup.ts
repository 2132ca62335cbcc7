// Process-wide test guards: a fixed time zone so date assertions don't depend on the machine.
process.env.TZ = "UTC";
