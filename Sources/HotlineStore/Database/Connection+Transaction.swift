extension Connection {
    /// Runs `body` in a write transaction taken at once (`BEGIN IMMEDIATE`, so it never fails
    /// later on a lock upgrade); commits on return, rolls back on any error.
    func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute(script: "BEGIN IMMEDIATE")
        return try finish(body)
    }

    /// Runs `body` in a read transaction so every query sees the same snapshot.
    func readTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute(script: "BEGIN DEFERRED")
        return try finish(body)
    }

    private func finish<T>(_ body: () throws -> T) throws -> T {
        let value: T
        do {
            value = try body()
            try execute(script: "COMMIT")
        } catch {
            try? execute(script: "ROLLBACK")
            throw error
        }
        return value
    }
}
