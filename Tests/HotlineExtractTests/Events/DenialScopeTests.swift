import Testing
@testable import HotlineExtract

// A denial verb denies a call only when it does not deny another matter right after it ("who
// denied any involvement", "a nié toute implication", "نفى أي تورط"); a statement that no such
// call took place ("لم يجر أي اتصال من هذا النوع", "no such call took place") denies the call the
// sentence asks about, wherever it stands in the sentence.

@Test(arguments: [
    "Ayman Safadi spoke by phone on Monday with Nasser Bourita, who denied any involvement of Rabat in the leak.",
    "Lundi, Emmanuel Macron a eu Nasser Bourita au bout du fil ; le ministre marocain a nié toute implication du Maroc dans l'affaire.",
    "José Manuel Albares habló el lunes por teléfono con Nasser Bourita, quien negó cualquier responsabilidad de Rabat en el incidente.",
    "أجرى أيمن الصفدي يوم الاثنين اتصالا هاتفيا مع ناصر بوريطة، الذي نفى أي تورط للمغرب في الحادث.",
])
func aDenialOfAnotherMatterLeavesTheCall(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-05")
    #expect(events.count == 1)
    #expect(events.first.map { Fixtures.names($0).contains("Nasser Bourita") } == true)
    #expect(events.first?.date?.iso == "2025-03-03")
}

@Test(arguments: [
    "Asked about a reported phone call between Ayman Safadi and Nasser Bourita before the summit, a spokesman said that no such call took place.",
    "وردا على سؤال عن اتصال هاتفي بين أيمن الصفدي وناصر بوريطة قبل القمة، قال مصدر مسؤول إنه لم يجر أي اتصال من هذا النوع.",
    "وقال المصدر إن \"لا اتصال هاتفيا جرى بين أيمن الصفدي وناصر بوريطة قبل القمة\".",
    "وردا على سؤال حول إمكانية أن يتحدث الصفدي مع بوريطة هاتفيا، قال مصدر إنه لا يوجد اتصال مخطط له في الوقت الحالي.",
])
func aStatementThatNoSuchCallTookPlaceDeniesIt(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-05").isEmpty)
}

// (guard: a denial of the call itself still denies it)
@Test func aDenialOfTheCallItselfStillDeniesIt() {
    let text = "Rabat denied that Nasser Bourita had spoken by phone with Ayman Safadi on Monday."
    #expect(Fixtures.extract(text, published: "2025-03-05").isEmpty)
}
