import Testing
@testable import HotlineExtract

/// "their last conversation, on 3 May", "leur dernier échange, le 3 mai", "su última llamada, el 3 de mayo": an earlier call of the pair.
@Suite struct LastConversationRecallTests {
    @Test(arguments: [
        "Nasser Bourita spoke by phone on Tuesday with José Manuel Albares about migration. It was their first contact since their last conversation, on 3 May.",
        "Nasser Bourita spoke by phone on Tuesday with José Manuel Albares about migration. The ministers had agreed in their last phone call, on 3 May, to meet soon.",
        "Nasser Bourita s'est entretenu mardi par téléphone avec José Manuel Albares au sujet de la migration. Le sujet avait déjà été abordé lors de leur dernier échange, le 3 mai.",
        "Nasser Bourita conversó el martes por teléfono con José Manuel Albares sobre la migración. El asunto ya había surgido en su última llamada, el 3 de mayo.",
    ])
    func theLastCallOfThePairIsAnEarlierCall(text: String) {
        let events = Fixtures.extract(text, published: "2024-10-09")
        #expect(events.count == 2)
        #expect(events.allSatisfy { Fixtures.names($0) == ["Nasser Bourita", "José Manuel Albares"] })
        #expect(Set(events.compactMap { $0.date?.iso }) == ["2024-10-08", "2024-05-03"])
    }
}
