import Testing
@testable import HotlineExtract

// "X confirmó que había hablado con Y y que las negociaciones las llevarán A y B": who is named
// in a second reported clause ("y que", "and that", "et que") is not on the call, and the
// speaker who had the call is.

@Test(arguments: [
    "Donald Trump confirmó en su red que había tenido una conversación muy cordial con Giorgia Meloni y que las negociaciones las llevarán Kyriakos Mitsotakis y Joseph Aoun.",
    "Donald Trump confirmed on his network that he had had a very friendly conversation with Giorgia Meloni and that the talks would be led by Kyriakos Mitsotakis and Joseph Aoun.",
])
func whoIsNamedInASecondReportedClauseIsNotOnTheCall(text: String) {
    let events = WiderFixtures.extract(text, published: "2025-03-04")
    #expect(events.count == 1)
    #expect(events.first.map(WiderFixtures.names) == ["Donald Trump", "Giorgia Meloni"])
}
