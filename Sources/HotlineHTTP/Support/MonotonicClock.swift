import Glibc

/// Seconds from an arbitrary origin that never jump (CLOCK_MONOTONIC), for timeouts.
enum MonotonicClock {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
