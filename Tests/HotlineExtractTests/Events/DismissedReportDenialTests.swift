import Testing
@testable import HotlineExtract

/// A report dismissed or called false ("dismissed as fabricated a report", "qualifié de fausse
/// l'information", "calificó de falsa la información") reports no call.
@Suite struct DismissedReportDenialTests {
    @Test(arguments: [
        "The Moroccan foreign ministry dismissed as fabricated a report claiming that Nasser Bourita and José Manuel Albares had spoken by phone on Sunday.",
        "The Moroccan foreign ministry on Monday dismissed a report that Nasser Bourita had spoken by phone with José Manuel Albares on Sunday.",
        "The Moroccan foreign ministry rejected as baseless a report that Nasser Bourita spoke by phone with José Manuel Albares on Sunday.",
        "Le ministère marocain des Affaires étrangères a qualifié de fausse l'information selon laquelle Nasser Bourita s'est entretenu dimanche par téléphone avec José Manuel Albares.",
        "El ministerio marroquí de Exteriores calificó de falsa la información según la cual Nasser Bourita habló el domingo por teléfono con José Manuel Albares.",
    ])
    func aDismissedReportIsNoCall(text: String) {
        #expect(Fixtures.extract(text, published: "2024-10-09").isEmpty)
    }

    // (guard: a party who rejects something else on the call still spoke: "who rejected as
    // unacceptable the new tariffs")
    @Test(arguments: [
        "Nasser Bourita spoke by phone on Sunday with José Manuel Albares, who rejected as unacceptable the new tariffs.",
        "Nasser Bourita s'est entretenu dimanche par téléphone avec José Manuel Albares, qui a qualifié de fausse la rumeur d'une crise.",
    ])
    func aRejectionOfSomethingElseLeavesTheCall(text: String) {
        #expect(Fixtures.extract(text, published: "2024-10-09").count == 1)
    }
}
