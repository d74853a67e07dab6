import Testing
@testable import HotlineExtract

// A call dated by its month only ("earlier in June", "a principios de junio", "مطلع يونيو")
// is dated to the month, not to a day.

@Test(arguments: [
    "Emmanuel Macron held a phone call with Nasser Bourita earlier in June.",
    "Emmanuel Macron s'est entretenu par téléphone avec Nasser Bourita au début de juin.",
    "José Manuel Albares habló por teléfono con Nasser Bourita a principios de junio.",
    "وكان أيمن الصفدي قد تلقى في مطلع يونيو اتصالا هاتفيا من ناصر بوريطة.",
])
func aMonthAfterALeadDatesTheCallToTheMonth(text: String) {
    let events = Fixtures.extract(text, published: "2024-06-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-06")
}
