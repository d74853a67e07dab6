import Testing
@testable import HotlineExtract

// A day in the call noun's own relative clause ("una conversación telefónica que mantuvieron el
// pasado jueves 14 de marzo") is the call's, though the sentence around it gives another day
// ("ha explicado este miércoles").

@Test(arguments: [
    "Nasser Bourita ha contado este miércoles en el Parlamento que transmitió a Ayman Safadi, en la llamada telefónica que ambos sostuvieron el pasado jueves 6 de marzo, el apoyo de Marruecos.",
    "Nasser Bourita told Parliament on Wednesday that he had assured Ayman Safadi, in a phone call which they held on Thursday, 6 March, of Morocco's support.",
])
func aDayInTheCallsOwnRelativeClauseIsItsDay(text: String) {
    let events = Fixtures.extract(text, published: "2025-03-12")
    #expect(events.count == 1)
    #expect(events.first?.date?.iso == "2025-03-06")
}
