import Testing
@testable import HotlineExtract

// A negation that leaves a detail of a call untold ("did not say who had placed the call")
// denies no call and names no caller.

@Test(arguments: [
    "Emmanuel Macron and Nasser Bourita spoke by telephone on Saturday. Macron told Bourita that the council could no longer remain silent, according to the readout, which did not say who had placed the call.",
    "Emmanuel Macron s'est entretenu samedi par téléphone avec Nasser Bourita. Macron a dit à Bourita que le Conseil devait agir, selon le communiqué, qui n'a pas précisé qui avait passé l'appel.",
    "José Manuel Albares habló el sábado por teléfono con Nasser Bourita. Albares dijo a Bourita que el Consejo debía actuar, según el comunicado, que no precisó quién hizo la llamada.",
    "أجرى أيمن الصفدي يوم السبت اتصالا هاتفيا مع ناصر بوريطة. وأكد الصفدي لبوريطة ضرورة وقف الحرب، بحسب البيان الذي لم يحدد من بادر بالاتصال.",
])
func aCallWhoseCallerIsLeftUntoldStaysWithoutCaller(text: String) {
    let events = Fixtures.extract(text, published: "2024-02-19")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-02-17")
    #expect(Fixtures.caller(events.first) == nil)
}

@Test func aCallThatDidNotHappenIsStillDenied() {
    let text = "Emmanuel Macron and Nasser Bourita did not speak by telephone on Saturday, and the Elysee did not say why."
    #expect(Fixtures.extract(text, published: "2024-02-19").isEmpty)
}
