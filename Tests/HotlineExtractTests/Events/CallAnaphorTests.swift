import Testing
@testable import HotlineExtract

// A demonstrative call noun opening the next sentence ("After that call", "Après cet appel",
// "Tras esa llamada", "وبعد ذلك الاتصال", triggers.json `callAnaphors`) makes the talk of a new
// pair told just before it a call on its day, in a story that reports another call; without it
// that talk is an in-person one and gives no event.

private let published = "2024-03-07"

private func safadiAlbares(_ events: [CallEvent]) -> [CallEvent] {
    events.filter { Fixtures.names($0) == ["Ayman Safadi", "José Manuel Albares"] }
}

@Test(arguments: [
    """
    Antony Blinken held a phone call with Nasser Bourita on Monday about the Sahel.
    Ayman Safadi spoke with José Manuel Albares on 3 March. After that call, the two ministers agreed to meet again in Amman.
    """,
    """
    Antony Blinken a eu un entretien téléphonique lundi avec Nasser Bourita sur le Sahel.
    Ayman Safadi s'est entretenu avec José Manuel Albares le 3 mars. Après cet appel, les deux ministres ont convenu de se revoir à Amman.
    """,
    """
    Antony Blinken mantuvo el lunes una conversación telefónica con Nasser Bourita sobre el Sahel.
    Ayman Safadi conversó con José Manuel Albares el 3 de marzo. Tras esa llamada, ambos ministros acordaron volver a reunirse en Amán.
    """,
    """
    أجرى أنتوني بلينكن اتصالا هاتفيا مع ناصر بوريطة يوم الاثنين بحثا خلاله الوضع في منطقة الساحل.
    وتباحث أيمن الصفدي مع خوسيه مانويل ألباريس في 3 مارس. وبعد ذلك الاتصال اتفق الوزيران على اللقاء مجددا في عمان.
    """,
])
func aCallAnaphorMakesTheTalkBeforeItACall(text: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 2)
    #expect(safadiAlbares(events).map(\.date) == [Fixtures.day("2024-03-03")])
    #expect(events.contains { Fixtures.names($0) == ["Antony Blinken", "Nasser Bourita"] })
}

// (guard: the same talk with no anaphor after it is an in-person talk: no Safadi–Albares event)
@Test(arguments: [
    """
    Antony Blinken held a phone call with Nasser Bourita on Monday about the Sahel.
    Ayman Safadi spoke with José Manuel Albares on 3 March. The two ministers agreed to meet again in Amman.
    """,
    """
    Antony Blinken a eu un entretien téléphonique lundi avec Nasser Bourita sur le Sahel.
    Ayman Safadi s'est entretenu avec José Manuel Albares le 3 mars. Les deux ministres ont convenu de se revoir à Amman.
    """,
    """
    Antony Blinken mantuvo el lunes una conversación telefónica con Nasser Bourita sobre el Sahel.
    Ayman Safadi conversó con José Manuel Albares el 3 de marzo. Ambos ministros acordaron volver a reunirse en Amán.
    """,
    """
    أجرى أنتوني بلينكن اتصالا هاتفيا مع ناصر بوريطة يوم الاثنين بحثا خلاله الوضع في منطقة الساحل.
    وتباحث أيمن الصفدي مع خوسيه مانويل ألباريس في 3 مارس. واتفق الوزيران على اللقاء مجددا في عمان.
    """,
])
func withoutTheAnaphorTheNewPairsTalkIsNoCall(text: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
    #expect(safadiAlbares(events).isEmpty)
}
