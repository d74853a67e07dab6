import Foundation

/// The mutable lifecycle of an `HTTPServer`, guarded by one condition variable.
///
/// `@unchecked Sendable`: every stored property is only read or written while `condition` is locked.
final class ServerState: @unchecked Sendable {
    enum Phase { case created, running, stopping, stopped }

    private let condition = NSCondition()
    private var phase = Phase.created
    private var open = 0
    private var waiting = false

    /// created → running; false if the server was already started or stopped.
    func markRunning() -> Bool {
        locked {
            guard phase == .created else { return false }
            phase = .running
            return true
        }
    }

    /// Enters `stopping` (from created it goes straight to stopped). True if this call changed anything.
    @discardableResult
    func markStopping() -> Bool {
        locked {
            switch phase {
            case .created: phase = .stopped
            case .running: phase = .stopping
            case .stopping, .stopped: return false
            }
            condition.broadcast()
            return true
        }
    }

    var isStopping: Bool { locked { phase == .stopping || phase == .stopped } }

    var openConnections: Int { locked { open } }

    /// True while every slot is taken and a client waits in the listen backlog (as last seen by
    /// the accept thread, which looks every poll interval).
    func isSaturated(limit: Int) -> Bool { locked { open >= limit && waiting } }

    /// The accept thread's view of the backlog: whether a client is waiting to be accepted.
    func setClientsWaiting(_ value: Bool) { locked { waiting = value } }

    /// Blocks until fewer than `limit` connections are open; false if the server is stopping, or
    /// after `pollInterval` seconds so the caller can check its wake pipe.
    func waitForSlot(limit: Int, pollInterval: Double) -> Bool {
        locked {
            let deadline = Date(timeIntervalSinceNow: pollInterval)
            while open >= limit && phase == .running {
                if !condition.wait(until: deadline) { break }
            }
            return open < limit && phase == .running
        }
    }

    func connectionOpened() { locked { open += 1 } }

    func connectionClosed() {
        locked {
            open -= 1
            condition.broadcast()
        }
    }

    /// Called by the accept thread once it stopped accepting: waits for connections to end.
    func finishStopping() {
        locked {
            while open > 0 { condition.wait() }
            phase = .stopped
            condition.broadcast()
        }
    }

    func waitUntilStopped() {
        locked {
            while phase != .stopped { condition.wait() }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
