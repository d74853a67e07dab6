import Testing
@testable import HotlineExtract

/// "A receives a call from B, and C from D": the verb left out of the second clause, two calls
/// (A–B and C–D), not one call of four.
@Suite struct GappedSecondCallTests {
    @Test(arguments: [
        "Bourita receives a call from Safadi, Albares from Macron",
        "بوريطة يتلقى اتصالا من الصفدي وألباريس من ماكرون",
    ])
    func twoCallsOfTwo(text: String) {
        let events = Fixtures.extractBundled(text, published: "2024-04-10")
        #expect(events.count == 2)
        #expect(Set(events.map(Fixtures.names)) == [["Nasser Bourita", "Ayman Safadi"], ["José Manuel Albares", "Emmanuel Macron"]])
        #expect(Set(events.compactMap(Fixtures.caller)) == ["Ayman Safadi", "Emmanuel Macron"])
    }

    // (guard: a call from two callers named one after the other stays one sentence's call of three)
    @Test func oneCallerListStaysTogether() {
        let events = Fixtures.extractBundled("Nasser Bourita received a joint call from Ayman Safadi and from Emmanuel Macron on Tuesday.",
                                             published: "2024-04-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi", "Emmanuel Macron"])
    }
}
