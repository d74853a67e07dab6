import Testing
@testable import HotlineExtract

// A talking verb with a new pair, in a story that reports a phone call, is a call when it says
// it continues the series: "par ailleurs" (fr), "además" (es), "in addition" (en) as "also".

@Test(arguments: [
    "Le chef de la diplomatie israélienne Gideon Saar s'est entretenu lundi par téléphone avec Nasser Bourita, selon un communiqué.\n\nLe ministre israélien s'était par ailleurs entretenu dimanche avec l'émissaire américain Steve Witkoff.",
    "Israeli Foreign Minister Gideon Saar spoke by phone on Monday with Nasser Bourita, a statement said.\n\nIn addition, the Israeli minister had talked on Sunday with US envoy Steve Witkoff.",
])
func aTalkSaidToContinueTheSeriesIsASecondCall(text: String) {
    let events = Fixtures.extractBundled(text, published: "2025-03-18")
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [["Gideon Sa'ar", "Nasser Bourita"], ["Gideon Sa'ar", "Steve Witkoff"]])
    #expect(events.first { Fixtures.names($0).contains("Steve Witkoff") }?.date == Fixtures.day("2025-03-16"))
}

@Test func ademásContinuesTheSeries() {
    let events = Fixtures.extractBundled("""
        José Manuel Albares habló el lunes por teléfono con Nasser Bourita.

        El ministro español conversó además el domingo con el enviado estadounidense Steve Witkoff.
        """, published: "2025-03-18")
    #expect(Set(events.map(Fixtures.names)) == [["José Manuel Albares", "Nasser Bourita"], ["José Manuel Albares", "Steve Witkoff"]])
}
