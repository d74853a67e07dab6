import Testing
@testable import HotlineExtract

// Spanish drops the subject: after "El presidente X habló el viernes por teléfono con Y.", a
// sentence opening on a day, "El domingo recibió una llamada del canciller Z.", reports a second
// call, of X with Z, placed by Z; an adverb may stand inside the call phrase ("recibió además una
// llamada de"). "llamar a consultas" (recalling an ambassador) is still no call.
// (The bundled knowledge base.)

@Test(arguments: [
    "El domingo recibió una llamada telefónica del ministro venezolano de Exteriores, Yván Gil.",
    "El domingo recibió además una llamada telefónica del ministro venezolano de Exteriores, Yván Gil.",
    "El domingo recibió también una llamada telefónica del ministro venezolano de Exteriores, Yván Gil.",
])
func aReceivedCallAfterAFrontedDayIsTheSubjectsCall(second: String) {
    let events = Fixtures.extractBundled("""
        El presidente Gustavo Petro habló el viernes por teléfono con su homólogo brasileño, Luiz Inácio Lula da Silva. \(second)
        """, published: "2024-08-06")
    #expect(events.count == 2, "\(second)")
    let brazil = events.first { Fixtures.names($0).contains("Luiz Inácio Lula da Silva") }
    #expect(brazil.map(Fixtures.names) == ["Gustavo Petro", "Luiz Inácio Lula da Silva"], "\(second)")
    #expect(brazil?.date == Fixtures.day("2024-08-02"), "\(second)")
    let venezuela = events.first { Fixtures.names($0).contains("Yván Gil") }
    #expect(venezuela.map(Fixtures.names) == ["Gustavo Petro", "Yván Gil"], "\(second)")
    #expect(Fixtures.caller(venezuela) == "Yván Gil", "\(second)")
    #expect(venezuela?.date == Fixtures.day("2024-08-04"), "\(second)")
}

// (guard: recalling an ambassador for consultations is no call, alone or after a call)
@Test func recallingAnAmbassadorForConsultationsIsNoCall() {
    #expect(Fixtures.extractBundled("El Gobierno argelino llamó ayer a consultas a su representante en París.", published: "2024-08-06").isEmpty)
    let events = Fixtures.extractBundled("""
        El presidente Gustavo Petro habló el viernes por teléfono con su homólogo brasileño, Luiz Inácio Lula da Silva. \
        El Gobierno argelino llamó ayer a consultas a su representante en París.
        """, published: "2024-08-06")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Gustavo Petro", "Luiz Inácio Lula da Silva"])
}
