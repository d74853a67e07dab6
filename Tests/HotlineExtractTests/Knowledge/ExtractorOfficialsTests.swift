import Foundation
import Testing
@testable import HotlineExtract

/// `Extractor(additionalOfficials:)`: user officials extend and correct the bundled knowledge
/// base. The person and the articles are invented for these tests.
@Suite("Extractor with additional officials")
struct ExtractorOfficialsTests {
    /// An invented Malawian foreign minister, written "Mwanzaa" by the article below.
    static let mwanza = Official.entry(
        id: "user-tiyamike-mwanza", name: "Tiyamike Mwanza", aliases: ["Tiyamike Mwanzaa"], short: ["Mwanza"], gender: "f",
        offices: [.term(kind: "foreign-minister", role: "Minister of Foreign Affairs of Malawi", country: "MW", from: "2022-06-01")])

    static let namedCall = """
    Malawi and US discuss maize exports

    LILONGWE - Malawian Foreign Minister Tiyamike Mwanzaa held a phone call on Monday with US Secretary of State \
    Antony Blinken, the ministry said.
    """

    static let titleOnlyCall = """
    Malawi and US discuss maize exports

    LILONGWE - The Malawian foreign minister held a phone call on Monday with US Secretary of State \
    Antony Blinken, the ministry said.
    """

    static func participants(_ extractor: Extractor, _ text: String) -> [Participant] {
        let extraction = extractor.extract(Article(text: text, publishedAt: EventDate(iso: "2023-03-08")))
        return extraction.events.flatMap(\.participants)
    }

    @Test func unknownPersonResolvesToTheAddedOfficial() throws {
        let before = Self.participants(Extractor(), Self.namedCall)
        let unresolved = try #require(before.first { $0.name == "Tiyamike Mwanzaa" })
        #expect(unresolved.officialID == nil)

        let after = Self.participants(Extractor(additionalOfficials: [Self.mwanza]), Self.namedCall)
        let resolved = try #require(after.first { $0.officialID == "user-tiyamike-mwanza" })
        #expect(resolved.name == "Tiyamike Mwanza")
        #expect(resolved.country == "MW")
        #expect(resolved.role == "Minister of Foreign Affairs of Malawi")
        #expect(resolved.aliases == ["Tiyamike Mwanzaa"])
        #expect(resolved.identityKey == "kb:user-tiyamike-mwanza")
        #expect(after.contains { $0.name == "Antony Blinken" }, "bundled officials still resolve")
    }

    @Test func officeHeldByAnAddedOfficialResolvesTitleOnlyMentions() {
        let extractor = Extractor(additionalOfficials: [Self.mwanza])
        #expect(Self.participants(extractor, Self.titleOnlyCall).contains { $0.name == "Tiyamike Mwanza" })
        #expect(!Self.participants(Extractor(), Self.titleOnlyCall).contains { $0.name == "Tiyamike Mwanza" })
    }

    @Test func overrideWithABundledIDCorrectsTheBundledEntry() throws {
        let bundled = try #require(Extractor().official(id: "antony-blinken"))
        let corrected = Official.entry(id: bundled.id, name: "Antony Blinken-Corrected", aliases: ["Antony Blinken"],
                                       short: bundled.short, gender: bundled.gender, offices: bundled.offices)
        let extractor = Extractor(additionalOfficials: [corrected])
        #expect(extractor.official(id: "antony-blinken")?.name == "Antony Blinken-Corrected")
        let names = Self.participants(extractor, Self.namedCall).compactMap(\.name)
        #expect(names.contains("Antony Blinken-Corrected"))
        #expect(!names.contains("Antony Blinken"))
        // The shared bundled extractor is untouched.
        #expect(Self.participants(Extractor(), Self.namedCall).contains { $0.name == "Antony Blinken" })
    }

    @Test func laterEntriesWithTheSameIDWin() {
        let renamed = Official.entry(id: Self.mwanza.id, name: "Tiyamike Mwanza-Banda", aliases: ["Tiyamike Mwanzaa"],
                                     offices: Self.mwanza.offices)
        let extractor = Extractor(additionalOfficials: [Self.mwanza, renamed])
        #expect(extractor.official(id: Self.mwanza.id)?.name == "Tiyamike Mwanza-Banda")
        #expect(Self.participants(extractor, Self.namedCall).contains { $0.name == "Tiyamike Mwanza-Banda" })
    }

    @Test func officialEntriesRoundTripThroughJSON() throws {
        let data = try JSONEncoder().encode(Self.mwanza)
        #expect(try JSONDecoder().decode(Official.self, from: data) == Self.mwanza)
    }

    @Test func officialsSharingANameAreFound() {
        let extractor = Extractor(additionalOfficials: [Self.mwanza])
        let twin = Official.entry(id: "user-other", name: "TIYAMIKE MWANZAA")
        #expect(extractor.officialIDs(sharingNamesWith: twin) == ["user-tiyamike-mwanza"])
        #expect(extractor.officialIDs(sharingNamesWith: Self.mwanza).isEmpty, "an entry does not clash with itself")
        #expect(extractor.officialIDs(sharingNamesWith: Official.entry(id: "user-x", name: "Tiyamike Banda")).isEmpty)
    }

    @Test func countryCodesAreCheckedAgainstTheCountryList() {
        let extractor = Extractor()
        #expect(extractor.knowsCountry("MW"))
        #expect(extractor.knowsCountry("EU"))
        #expect(!extractor.knowsCountry("ZZ"))
    }
}
