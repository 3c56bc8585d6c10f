using WarmeWijk.Benchmarks;

// Two roles in one program, each started as its own process by scripts/bench-intake.sh:
//   ceiling --urls http://127.0.0.1:PORT       the bare one-INSERT endpoint (ConnectionStrings__WarmeWijk as for the API)
//   load --api URL --ceiling URL [--clients 50] [--duration 30] [--warmup 5] [--without-key true] [--markdown FILE]
// and, on its own (scripts/bench-matching.sh):
//   matching [--sizes 1000,10000,100000] [--requests 1000] [--naive-requests 100] [--batches 200x1000,2000x10000] [--markdown FILE]
// and one started by scripts/bench-buurtanalyse.sh:
//   buurtanalyse --api URL --sectors CSV [--years 10] [--clients 4] [--duration 20] [--warmup 5] [--markdown FILE]
// and the data of the reporting benchmark (scripts/bench-reporting-data.sh), into an empty PostgreSQL database:
//   reporting-data [--connection CS, else ConnectionStrings__WarmeWijk] [--requests 1000000] [--networks 150]
//                  [--from 2023-01-01] [--until 2026-01-01] [--seed 2026] [--markdown FILE]
// and the reporting benchmark itself (scripts/bench-reporting.sh) on a database those data filled:
//   reporting --connection CS [--year 2025] [--iterations 30] [--markdown FILE]
switch (args.FirstOrDefault())
{
    case "ceiling":
        await CeilingHost.RunAsync(args[1..]);
        return 0;
    case "load":
        return await IntakeLoad.RunAsync(args[1..]);
    case "matching":
        return await MatchingBenchmark.RunAsync(args[1..]);
    case "buurtanalyse":
        return await BuurtanalyseBench.RunAsync(args[1..]);
    case "reporting-data":
        return await ReportingData.RunAsync(args[1..]);
    case "reporting":
        return await ReportingBenchmark.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine(
            "usage: WarmeWijk.Benchmarks ceiling|load|matching|buurtanalyse|reporting-data|reporting [options]; see scripts/bench-*.sh");
        return 2;
}
