import Testing
@testable import HotlineExtract

// A denial of a call "of two only" (`bilateral`: "bilateral", "bilatéral", "ثنائي") between two
// parties of a joint call the story reported denies no call of more parties: the joint call stays.
// (The bundled knowledge base.)

@Test func aDeniedBilateralCallLeavesTheJointCallOfTheSamePeople() {
    let events = Fixtures.extractBundled("""
        Emmanuel Macron held a joint video call on Tuesday with Olaf Scholz and Volodymyr Zelensky, the Elysee said.

        A spokesman for the chancellery denied reports of a bilateral call between Scholz and Zelensky, saying the only conversation had been the joint one.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"])
    #expect(events.first?.date == Fixtures.day("2023-03-07"))
}

@Test func aDeniedBilateralCallLeavesTheJointCallInFrench() {
    let events = Fixtures.extractBundled("""
        Emmanuel Macron a tenu mardi une visioconférence conjointe avec Olaf Scholz et Volodymyr Zelensky, selon l'Élysée.

        La chancellerie a démenti tout entretien bilatéral entre Scholz et Zelensky.
        """, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first?.participants.count == 3)
}

// (guard: a denial of the pair's call, the story's only call of them, still removes it)
@Test func aDeniedBilateralCallOfTheStorysPairIsRemoved() {
    let events = Fixtures.extractBundled("""
        Olaf Scholz and Volodymyr Zelensky spoke by phone on Tuesday, a Ukrainian outlet reported.

        A spokesman for the chancellery denied reports of a bilateral call between Scholz and Zelensky.
        """, published: "2023-03-08")
    #expect(events.isEmpty)
}
