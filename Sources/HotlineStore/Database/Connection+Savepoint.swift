extension Connection {
    /// Runs `body` inside a named savepoint of the current transaction: on an error only the
    /// work of `body` is rolled back (the transaction goes on) and the error is rethrown.
    /// `name` must be a plain identifier chosen by the code, never input.
    func savepoint<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try execute(script: "SAVEPOINT \(name)")
        do {
            let value = try body()
            try execute(script: "RELEASE \(name)")
            return value
        } catch {
            try? execute(script: "ROLLBACK TO \(name)")
            try? execute(script: "RELEASE \(name)")
            throw error
        }
    }
}
