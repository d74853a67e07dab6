import Testing
@testable import HotlineExtract

// Spanish phrases naming who placed the call just reported: "Fue X quien hizo el llamado", "La
// llamada la hizo X". (The bundled knowledge base.)

@Test(arguments: [
    ("Fue Trudeau quien hizo el llamado, según la Presidencia.", "Justin Trudeau"),
    ("La llamada la hizo Trudeau, según la Presidencia.", "Justin Trudeau"),
    ("Fue Sheinbaum quien hizo el llamado.", "Claudia Sheinbaum"),
    ("La llamada la hizo Sheinbaum, según la Presidencia.", "Claudia Sheinbaum"),
])
func aSpanishCallerPhraseNamesTheCaller(second: String, caller: String) {
    let events = Fixtures.extractBundled("""
        La presidenta Claudia Sheinbaum conversó el lunes por teléfono con el primer ministro canadiense Justin Trudeau. \(second)
        """, published: "2024-12-04")
    #expect(events.count == 1, "\(second)")
    #expect(events.first.map(Fixtures.names) == ["Claudia Sheinbaum", "Justin Trudeau"], "\(second)")
    #expect(Fixtures.caller(events.first) == caller, "\(second)")
    #expect(events.first?.date == Fixtures.day("2024-12-02"), "\(second)")
}
