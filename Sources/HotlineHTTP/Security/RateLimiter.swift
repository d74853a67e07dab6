import Foundation

/// Per-client token buckets: each key (a client IP) may spend `limit.burst` requests at once and
/// `limit.perSecond` on average.
///
/// Memory is bounded: at most `maxClients` buckets are kept. A bucket that has refilled to full is
/// idle and is dropped at the next sweep (every `sweepInterval` seconds, or when the table is
/// full); if the table is still full, the least recently used bucket is dropped.
///
/// `@unchecked Sendable`: the buckets are only touched while `lock` is held.
public final class RateLimiter: @unchecked Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    public let limit: RateLimit
    public let maxClients: Int
    private let sweepInterval: Double
    private let lock = NSLock()
    private var buckets: [String: Bucket] = [:]
    private var lastSweep: Double

    public init(limit: RateLimit, maxClients: Int = 10_000, sweepInterval: Double = 60, now: Double = RateLimiter.now()) {
        self.limit = limit
        self.maxClients = max(1, maxClients)
        self.sweepInterval = sweepInterval
        lastSweep = now
    }

    /// Seconds on a monotonic clock, the default time source.
    public static func now() -> Double { MonotonicClock.now() }

    /// Takes one token for `key`: nil when granted, else the seconds until one is available.
    public func take(_ key: String, now: Double = RateLimiter.now()) -> Double? {
        lock.withLock {
            if now - lastSweep >= sweepInterval || (buckets[key] == nil && buckets.count >= maxClients) {
                sweep(now)
            }
            var bucket = buckets[key].map { refilled($0, now) } ?? Bucket(tokens: limit.burst, updated: now)
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else {
                return (1 - bucket.tokens) / limit.perSecond
            }
            bucket.tokens -= 1
            return nil
        }
    }

    /// Buckets currently kept.
    public var trackedClients: Int { lock.withLock { buckets.count } }

    private func refilled(_ bucket: Bucket, _ now: Double) -> Bucket {
        let elapsed = max(0, now - bucket.updated)
        return Bucket(tokens: min(limit.burst, bucket.tokens + elapsed * limit.perSecond), updated: max(now, bucket.updated))
    }

    /// Drops the idle buckets; if the table is still full, the least recently used one.
    private func sweep(_ now: Double) {
        lastSweep = now
        buckets = buckets.filter { refilled($0.value, now).tokens < limit.burst }
        if buckets.count >= maxClients, let oldest = buckets.min(by: { $0.value.updated < $1.value.updated }) {
            buckets[oldest.key] = nil
        }
    }
}
