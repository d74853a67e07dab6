import Testing
@testable import HotlineExtract

// "تلقى X اتصالين هاتفيين منفصلين، الأول من A، والثاني من B": two calls, each placed by its own
// caller, the ordinal after the comma aside.
@Test func twoReceivedCallsAreEachFromTheirOwnCaller() {
    let events = Fixtures.extract("""
        تلقى الملك محمد السادس اليوم اتصالين هاتفيين منفصلين، الأول من الرئيس إيمانويل ماكرون، والثاني من وزير الخارجية أيمن الصفدي.
        """, published: "2025-06-24")
    #expect(events.count == 2)
    let macron = events.first { Fixtures.names($0).contains("Emmanuel Macron") }
    let safadi = events.first { Fixtures.names($0).contains("Ayman Safadi") }
    #expect(Fixtures.caller(macron) == "Emmanuel Macron")
    #expect(Fixtures.caller(safadi) == "Ayman Safadi")
}

@Test func aSingleReceivedCallIsFromItsCaller() {
    let events = Fixtures.extract("تلقى الملك محمد السادس اليوم اتصالا هاتفيا من الرئيس إيمانويل ماكرون.", published: "2025-06-24")
    #expect(Fixtures.caller(events.first) == "Emmanuel Macron")
}
