import Testing
@testable import HotlineExtract

// "No se precisó cuándo tuvo lugar esa llamada" / "It was not specified when that
// conversation took place" / "Il n'a pas été précisé quand ..." leaves the call just reported
// undated, even on a page with a dateline or with a weekday for another call.
// (The bundled knowledge base.)

@Test func aSpanishUnspecifiedDayIsUndatedUnderADateline() {
    let events = Fixtures.extractBundled("""
        SANTIAGO, 9 may (EFE). El presidente Gabriel Boric habló asimismo por teléfono con el mandatario brasileño, Lula. No se \
        precisó cuándo tuvo lugar esa llamada.
        """, published: "2024-05-10")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Gabriel Boric", "Luiz Inácio Lula da Silva"])
    #expect(events.first?.date == nil)
}

@Test(arguments: [
    ("""
     El presidente Gabriel Boric habló el martes por teléfono con el presidente argentino Javier Milei. Boric \
     habló asimismo por teléfono con el mandatario brasileño, Lula. No se precisó cuándo tuvo lugar esa llamada.
     """, "es"),
    ("""
     SANTIAGO, May 9 (Reuters) - Chilean President Gabriel Boric spoke by phone on Tuesday with Argentine President Javier \
     Milei. Boric also spoke by phone with his Brazilian counterpart Luiz Inácio Lula da Silva. It was not specified when \
     that conversation took place.
     """, "en"),
    ("""
     Le président chilien Gabriel Boric s'est entretenu mardi par téléphone avec le président argentin Javier Milei. Boric \
     s'est aussi entretenu par téléphone avec son homologue brésilien Lula. Il n'a pas été précisé quand cet entretien a eu lieu.
     """, "fr"),
])
func anUnspecifiedDayLeavesOnlyThatCallUndated(text: String, language: String) {
    let events = Fixtures.extractBundled(text, published: "2024-05-10")
    #expect(events.count == 2, "\(language)")
    let argentina = events.first { Fixtures.names($0).contains("Javier Milei") }
    #expect(argentina.map(Fixtures.names) == ["Gabriel Boric", "Javier Milei"], "\(language)")
    #expect(argentina?.date == Fixtures.day("2024-05-07"), "\(language)")
    let brazil = events.first { Fixtures.names($0).contains("Luiz Inácio Lula da Silva") }
    #expect(brazil.map(Fixtures.names) == ["Gabriel Boric", "Luiz Inácio Lula da Silva"], "\(language)")
    #expect(brazil?.date == nil, "\(language)")
}
