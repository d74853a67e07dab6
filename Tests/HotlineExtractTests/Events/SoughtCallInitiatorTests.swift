import Testing
@testable import HotlineExtract

// "The Iranian side sought the conversation" (`initiatedBy`: "sought the
// conversation", "sought the call", "buscó la conversación", "طلب المكالمة") in the sentence after
// the call: the party of that side placed it. (The bundled knowledge base.)

@Test(arguments: [
    ("Indian External Affairs Minister S. Jaishankar held a phone call on Tuesday with Iranian Foreign Minister Abbas Araghchi about shipping in the Gulf. The Iranian side sought the conversation, according to officials.",
     "Abbas Araghchi"),
    ("Indian External Affairs Minister S. Jaishankar held a phone call on Tuesday with Iranian Foreign Minister Abbas Araghchi. The Iranian side sought the call, according to New Delhi.",
     "Abbas Araghchi"),
    ("Indian External Affairs Minister S. Jaishankar held a phone call on Tuesday with Iranian Foreign Minister Abbas Araghchi. The Indian side sought the conversation, according to officials.",
     "Subrahmanyam Jaishankar"),
    ("El canciller indio Subrahmanyam Jaishankar habló el martes por teléfono con su homólogo iraní Abbas Araghchi. Fue la parte iraní la que buscó la conversación, según fuentes oficiales.",
     "Abbas Araghchi"),
    ("تحدث وزير الخارجية الهندي سوبراهمانيام جايشانكار هاتفيا يوم الثلاثاء مع وزير الخارجية الإيراني عباس عراقجي. وكان الجانب الإيراني هو من طلب المكالمة، بحسب مسؤولين.",
     "Abbas Araghchi"),
])
func theSideThatSoughtTheCallPlacedIt(text: String, caller: String) {
    let events = Fixtures.extractBundled(text, published: "2025-06-20")
    #expect(events.map(Fixtures.names) == [["Subrahmanyam Jaishankar", "Abbas Araghchi"]])
    #expect(Fixtures.caller(events.first) == caller)
    #expect(events.first?.date == Fixtures.day("2025-06-17"))
}

// (guard: a following sentence that says nothing of who sought the call names no caller)
@Test func aSentenceWithoutTheCueNamesNoCaller() {
    let events = Fixtures.extractBundled("Indian External Affairs Minister S. Jaishankar held a phone call on Tuesday with Iranian Foreign Minister Abbas Araghchi about shipping in the Gulf. Officials said the talks were cordial.",
                                         published: "2025-06-20")
    #expect(events.count == 1)
    #expect(events.first?.initiator == nil)
}
