import Testing
@testable import HotlineExtract

// "last week", "la semaine dernière", "this week": a period, not a day. The call takes the month
// when that week (from its Monday, up to the publication day) lies in one month, and no date
// when it spans two.

@Test(arguments: [
    "Nasser Bourita held a video call last week with his Jordanian counterpart Ayman Safadi on the refugee camps.",
    "Nasser Bourita s'est entretenu la semaine dernière par téléphone avec son homologue jordanien Ayman Safadi.",
    "Nasser Bourita conversó la semana pasada por teléfono con su homólogo jordano, Ayman Safadi.",
    "أجرى ناصر بوريطة الأسبوع الماضي اتصالا هاتفيا مع نظيره الأردني أيمن الصفدي.",
])
func aCallOfLastWeekTakesItsMonth(text: String) {
    // (published on Wednesday 20 March 2024: last week ran from the 11th to the 17th)
    let events = Fixtures.extract(text, published: "2024-03-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03")
}

@Test(arguments: [
    "Nasser Bourita held a video call last week with his Jordanian counterpart Ayman Safadi on the refugee camps.",
    "Nasser Bourita s'est entretenu la semaine dernière par téléphone avec son homologue jordanien Ayman Safadi.",
])
func aCallOfALastWeekAcrossTwoMonthsIsUndated(text: String) {
    // (published on Wednesday 5 June 2024: last week ran from 27 May to 2 June)
    let events = Fixtures.extract(text, published: "2024-06-05")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

@Test(arguments: [("2024-05-16", "2024-05"), ("2024-05-02", nil)])
func aCallOfThisWeekTakesTheMonthOfItsDaysSoFar(published: String, month: String?) {
    // (Thursday 2 May: the week began on Monday 29 April)
    let text = "Antony Blinken spoke by phone this week with Nasser Bourita about the Negev Forum."
    let events = Fixtures.extract(text, published: published)
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == month)
}

@Test func aWeekCueDoesNotOverrideTheCallsOwnDay() {
    let text = "Nasser Bourita, back from a tour of the Sahel last week, spoke by phone on Monday with Ayman Safadi."
    #expect(Fixtures.extract(text, published: "2024-03-20").first?.date?.iso == "2024-03-18")
}

@Test func aCallOfLastWeekWithoutAPublicationDayIsUndated() {
    let events = Fixtures.extract("Nasser Bourita held a video call last week with Ayman Safadi.")
    #expect(events.count == 1)
    #expect(events.first.map { $0.date == nil } == true)
}

// The page's date lines over the story (a header's "Lunes 20 de marzo", a byline's date) are no
// day heading for a call of last week: it keeps the week's month.
@Test(arguments: [
    "Miércoles 20 de marzo de 2024\n\nPOLÍTICA\n\nBourita y Safadi hablaron por teléfono\n\nPor la redacción\n\n20 de marzo de 2024\n\nNasser Bourita conversó la semana pasada por teléfono con Ayman Safadi sobre los campamentos.",
    "Wednesday, March 20, 2024\n\nWORLD\n\nBourita and Safadi talk by phone\n\nBy staff\n\nMarch 20, 2024\n\nNasser Bourita held a video call last week with Ayman Safadi on the refugee camps.",
])
func aCallOfLastWeekUnderThePagesDateLinesTakesItsMonth(text: String) {
    let events = Fixtures.extract(text, published: "2024-03-20")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2024-03")
}
