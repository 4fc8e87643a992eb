using EGov.Bench;

return await BenchRunner.RunAsync(args);
