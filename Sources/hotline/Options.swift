import Foundation

/// Command-line flags (`--name value` or `--name=value`), each with a `HOTLINE_*` environment
/// fallback; positional arguments are kept in order.
struct Options {
    private(set) var flags: [String: String] = [:]
    private(set) var positional: [String] = []
    private(set) var switches: Set<String> = []

    /// Parses `args`; `valued` names flags that take a value, `boolean` names switches.
    init(_ args: [String], valued: Set<String>, boolean: Set<String> = []) throws {
        var i = 0
        while i < args.count {
            let arg = args[i]
            i += 1
            guard arg.hasPrefix("--"), arg.count > 2 else {
                if arg == "--" { positional += args[i...]; break }
                positional.append(arg)
                continue
            }
            var name = String(arg.dropFirst(2)), value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if boolean.contains(name) {
                guard value == nil else { throw CLIError("--\(name) takes no value") }
                switches.insert(name)
            } else if valued.contains(name) {
                if value == nil {
                    guard i < args.count else { throw CLIError("--\(name) needs a value") }
                    value = args[i]
                    i += 1
                }
                flags[name] = value
            } else {
                throw CLIError("unknown option --\(name)")
            }
        }
    }

    /// The flag's value, else `HOTLINE_<NAME>` from the environment, else nil.
    func value(_ name: String) -> String? {
        if let v = flags[name] { return v }
        let env = "HOTLINE_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
        return ProcessInfo.processInfo.environment[env].flatMap { $0.isEmpty ? nil : $0 }
    }

    func int(_ name: String, default def: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let raw = value(name) else { return def }
        guard let v = Int(raw), range.contains(v) else { throw CLIError("--\(name): expected an integer in \(range)") }
        return v
    }

    func seconds(_ name: String, default def: Double) throws -> Double {
        guard let raw = value(name) else { return def }
        guard let v = Double(raw), v > 0, v <= 86_400 else { throw CLIError("--\(name): expected seconds > 0") }
        return v
    }

    /// A byte count with an optional K, M or G suffix (powers of 1024), at most `limit`.
    func bytes(_ name: String, default def: Int, limit: Int = 1 << 31, allowZero: Bool = false) throws -> Int {
        guard var raw = value(name)?.uppercased() else { return def }
        var scale = 1
        if let last = raw.last, let s = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(last)] {
            scale = s
            raw.removeLast()
        }
        guard let v = Int(raw), v > 0 || (allowZero && v == 0), v <= limit / scale else { throw CLIError("--\(name): expected a size like 4M") }
        return v * scale
    }

    func has(_ name: String) -> Bool { switches.contains(name) }

    /// A switch given on the command line, or `HOTLINE_<NAME>` set to 1, true or yes.
    func enabled(_ name: String) -> Bool {
        if has(name) { return true }
        let env = "HOTLINE_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
        return ["1", "true", "yes"].contains(ProcessInfo.processInfo.environment[env]?.lowercased() ?? "")
    }
}

/// A usage error: printed with a hint, exit status 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
