import Testing
@testable import HotlineExtract

// Within one article: an office named without its holder merges with the report naming the
// holder; a caller's summary of calls made one by one gives way to its reported pairs.

private func party(_ name: String?, _ country: String) -> Participant {
    Participant(name: name, country: country, role: name == nil ? "Minister of Foreign Affairs" : nil)
}

private func call(_ parties: [Participant], initiator: Int? = nil, evidence: String, date: String? = "2024-08-06") -> CallEvent {
    CallEvent(date: date.flatMap(EventDate.init(iso:)), participants: parties, initiator: initiator, topics: [],
              evidence: [evidence], context: "", confidence: 0.9)
}

@Test func anUnnamedOfficeMergesWithTheNamedHolderOfItsCountry() {
    let headline = call([party(nil, "VN"), party("Sok Chenda Sophea", "KH")], evidence: "headline", date: nil)
    let body = call([party("Bui Thanh Son", "VN"), party("Sok Chenda Sophea", "KH")], evidence: "body")
    let merged = CallMerger().mergeWithinArticle([body, headline])
    #expect(merged.count == 1)
    #expect(merged.first?.participants.compactMap(\.name) == ["Bui Thanh Son", "Sok Chenda Sophea"])
}

@Test func namedPartiesOfOneCountryStayApart() {
    let a = call([party("Bui Thanh Son", "VN"), party("Sok Chenda Sophea", "KH")], evidence: "a")
    let b = call([party("Pham Minh Chinh", "VN"), party("Sok Chenda Sophea", "KH")], evidence: "b")
    #expect(CallMerger().mergeWithinArticle([a, b]).count == 2)
}

@Test func aCallersSummaryGivesWayToItsReportedPairs() {
    let hub = party("William Ruto", "KE"), a = party("Abiy Ahmed", "ET"), b = party("Hassan Sheikh Mohamud", "SO")
    let summary = call([hub, a, b], initiator: 0, evidence: "Ruto telephoned Abiy and Hassan Sheikh.")
    let first = call([hub, a], evidence: "He first spoke to Abiy.")
    let second = call([hub, b], initiator: 0, evidence: "Later he called Hassan Sheikh.")
    let merged = CallMerger().mergeWithinArticle([summary, first, second])
    #expect(merged.map { Set($0.participants.compactMap(\.name)) } == [["William Ruto", "Abiy Ahmed"], ["William Ruto", "Hassan Sheikh Mohamud"]])
    #expect(merged.allSatisfy { Fixtures.caller($0) == "William Ruto" })
    // without a report of each pair the summary stays one call
    #expect(CallMerger().mergeWithinArticle([summary, second]).count == 1)
}

// A caller that one report names only by office ("fue el ministro jordano quien llamó a
// Bourita") is, in the merged call, the one party of that office's country.
@Test func aCallerNamedByOfficeIsTheMergedCallsPartyOfItsCountry() {
    let text = "Bourita y Safadi conversan por teléfono\n\nNasser Bourita habló por teléfono este miércoles con el jefe de la diplomacia jordana, Ayman Safadi.\n\nSegún un comunicado, fue el ministro jordano quien llamó a Bourita."
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(Fixtures.caller(events.first) == "Ayman Safadi")
}
