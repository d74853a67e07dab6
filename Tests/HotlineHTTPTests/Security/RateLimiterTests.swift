import Testing
@testable import HotlineHTTP

struct RateLimiterTests {
    @Test func burstThenSteadyRate() {
        let limiter = RateLimiter(limit: RateLimit(perSecond: 2, burst: 3), now: 0)
        #expect((0..<3).allSatisfy { _ in limiter.take("a", now: 0) == nil })
        let wait = limiter.take("a", now: 0)
        #expect(wait == 0.5)
        // Half a second later one token has come back, and only one.
        #expect(limiter.take("a", now: 0.5) == nil)
        #expect(limiter.take("a", now: 0.5) != nil)
        // Refill stops at the burst.
        #expect((0..<3).allSatisfy { _ in limiter.take("a", now: 100) == nil })
        #expect(limiter.take("a", now: 100) != nil)
    }

    @Test func clientsHaveSeparateBuckets() {
        let limiter = RateLimiter(limit: RateLimit(perSecond: 1, burst: 1), now: 0)
        #expect(limiter.take("10.0.0.1", now: 0) == nil)
        #expect(limiter.take("10.0.0.1", now: 0) != nil)
        #expect(limiter.take("10.0.0.2", now: 0) == nil)
    }

    @Test func refusedRequestsDoNotDrainTheBucket() {
        let limiter = RateLimiter(limit: RateLimit(perSecond: 1, burst: 1), now: 0)
        #expect(limiter.take("a", now: 0) == nil)
        for _ in 0..<50 { _ = limiter.take("a", now: 0.1) }
        #expect(limiter.take("a", now: 1.0) == nil)
    }

    @Test func idleClientsAreEvictedAndTheTableIsBounded() {
        let limiter = RateLimiter(limit: RateLimit(perSecond: 1, burst: 2), maxClients: 100, sweepInterval: 10, now: 0)
        for n in 0..<100 { _ = limiter.take("client-\(n)", now: 0) }
        #expect(limiter.trackedClients == 100)
        // A new client at a full table: the ones that refilled (idle) are dropped.
        _ = limiter.take("late", now: 5)
        #expect(limiter.trackedClients == 1)
        // Busy clients that never go idle: the table still never grows past its bound.
        for n in 0..<1_000 { _ = limiter.take("busy-\(n)", now: 5) }
        #expect(limiter.trackedClients <= 100)
        // The periodic sweep drops idle clients even when the table is not full.
        _ = limiter.take("late", now: 100)
        #expect(limiter.trackedClients == 1)
    }

    @Test func defaultBurstIsTwiceTheRate() {
        #expect(RateLimit(perSecond: 50).burst == 100)
        #expect(RateLimit(perSecond: 0.2).burst == 1)
    }
}
