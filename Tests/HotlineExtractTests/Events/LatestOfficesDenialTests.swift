import Testing
@testable import HotlineExtract

/// A denial naming no one whose pair phrase is of the latest call's offices removes that call.
@Suite struct LatestOfficesDenialTests {
    private static let claim = """
        Un site d'information a assuré lundi que Nasser Bourita avait parlé au téléphone avec José Manuel Albares, \
        son homologue espagnol, au sujet des visas.
        """

    @Test func theTwoMinistersDenialRemovesTheirCall() {
        let events = Fixtures.extractBundled(Self.claim + """
             « Il n'y a pas eu d'appel : les deux ministres se sont croisés à Luxembourg », a rectifié un diplomate.
            """, published: "2024-04-10")
        #expect(events.isEmpty)
    }

    // (guard: a denial of other offices' call leaves the ministers' call)
    @Test func aDenialOfOtherOfficesLeavesTheCall() {
        let events = Fixtures.extractBundled(Self.claim + """
             « Il n'y a pas eu d'appel entre les deux présidents », a rectifié un diplomate.
            """, published: "2024-04-10")
        #expect(events.count == 1)
        #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "José Manuel Albares"])
    }
}
