import Testing
@testable import HotlineExtract

/// A person named as the possessor of the next title ("the Secretary-General's Personal Envoy", "Trump's envoy") is no party.
@Suite struct TitlePossessorTests {
    @Test(arguments: [
        "The UN Secretary-General's Personal Envoy for Libya, Hanna Tetteh, spoke by phone on Tuesday with Egyptian Foreign Minister Badr Abdelatty.",
        "Egyptian Foreign Minister Badr Abdelatty spoke by phone on Tuesday with the UN Secretary-General's Personal Envoy for Libya, Hanna Tetteh.",
    ])
    func theSecretaryGeneralIsNoParty(text: String) {
        let events = Fixtures.extractBundled(text, published: "2025-06-11")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Hanna Tetteh", "Badr Abdelatty"])
        #expect(events.first?.participants.count == 2)
        #expect(!events.flatMap(\.participants).contains { $0.name == "António Guterres" })
    }

    // (guard: Trump was no party of his envoy's call before "envoy" was a title either)
    @Test func trumpIsNoPartyOfHisEnvoysCall() {
        let events = Fixtures.extractBundled("Trump's envoy Steve Witkoff spoke with Egyptian Foreign Minister Badr Abdelatty on Tuesday.",
                                             published: "2025-06-11")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Steve Witkoff", "Badr Abdelatty"])
        #expect(!events.flatMap(\.participants).contains { $0.name == "Donald Trump" })
    }
}
