import HotlineExtract
import HotlineHTTP

/// Validated query parameters: unknown names and repeated names are rejected, so a typo in a
/// filter is an error rather than a silently unfiltered answer.
struct QueryParameters {
    private var values: [String: String] = [:]

    init(_ request: HTTPRequest, allowed: Set<String>) throws {
        for (name, value) in request.query {
            guard allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                throw ServiceError.invalidParameter(name, "unknown parameter" + (list.isEmpty ? "" : "; expected one of: \(list)"))
            }
            guard values[name] == nil else { throw ServiceError.invalidParameter(name, "given more than once") }
            values[name] = value
        }
    }

    /// The value, nil when absent or empty.
    func string(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = string(name) else { return nil }
        guard let v = Int(raw), range.contains(v) else {
            throw ServiceError.invalidParameter(name, "expected an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let raw = string(name) else { return nil }
        guard let v = Double(raw), range.contains(v) else {
            throw ServiceError.invalidParameter(name, "expected a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    /// A date at any precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    func date(_ name: String) throws -> EventDate? {
        guard let raw = string(name) else { return nil }
        guard raw.count <= 10, let d = EventDate(iso: raw) else {
            throw ServiceError.invalidParameter(name, "expected YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return d
    }

    var all: [String: String] { values }
}

/// A numeric id from a path parameter; anything else is a 404 for that kind of resource.
func pathID(_ params: [String: String], _ what: String) throws -> Int64 {
    guard let raw = params["id"], let id = Int64(raw), id > 0 else { throw ServiceError.notFound(what) }
    return id
}
