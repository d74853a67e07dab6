/// A failure of the benchmark itself (not of the measured service); printed, exit status 1.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
