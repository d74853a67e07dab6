/// A part of the benchmark that `--phases` can select; `startup` reuses the query phase's database.
enum BenchPhase: String, CaseIterable, Hashable {
    case extract, ingest, healthz, query, startup
}
