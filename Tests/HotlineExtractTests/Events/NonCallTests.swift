import Testing
@testable import HotlineExtract

// Meetings, visits, letters, planned, denied and hypothetical calls, and call words in other senses.

@Test(arguments: [
    "Foreign Minister Nasser Bourita met Secretary of State Antony Blinken in Rabat on Monday.",
    "Antony Blinken paid a visit to Nasser Bourita in Rabat.",
    "Nasser Bourita sent a letter to Antony Blinken.",
    "Antony Blinken will hold a phone call with Nasser Bourita next week.",
    "Antony Blinken is expected to speak by phone with Nasser Bourita.",
    "The State Department denied that Antony Blinken had a phone call with Nasser Bourita.",
    "Le Quai d'Orsay a démenti tout entretien téléphonique entre Emmanuel Macron et Nasser Bourita.",
    "Antony Blinken called for calm after talks with Nasser Bourita.",
])
func nonCallsAreNotEvents(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "A spokesperson told reporters by phone that Antony Blinken had met Nasser Bourita.",
    "Contacté par téléphone, un conseiller a confirmé qu'Emmanuel Macron avait écrit à Nasser Bourita.",
])
func pressCallsAreNotCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron y Nasser Bourita no han hablado por teléfono desde abril.",
    "Emmanuel Macron is scheduled to speak with Nasser Bourita by phone on Thursday.",
    "Asked whether he had spoken to Nasser Bourita by phone, Emmanuel Macron declined to answer.",
])
func negatedScheduledAndHypotheticalCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test(arguments: [
    "Emmanuel Macron called Nasser Bourita's remarks a mistake on Tuesday.",
    "Emmanuel Macron called Nasser Bourita a friend during a speech on Tuesday.",
    "Emmanuel Macron's call for a ceasefire was welcomed by Nasser Bourita on Tuesday.",
    "Emmanuel Macron has yet to speak with Nasser Bourita by phone.",
])
func callWordsInOtherSenses(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func futureCueInAnotherClauseDoesNotCancelTheCall() {
    let e = Fixtures.extract("Emmanuel Macron told Nasser Bourita in a phone call on Tuesday that France was ready to help.", published: "2023-02-01")
    #expect(e.count == 1 && e.first?.date?.iso == "2023-01-31")
}

@Test func conversationAtAMeetingIsNotACall() {
    let text = "Emmanuel Macron had a conversation with Nasser Bourita on the sidelines of the summit on Monday."
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

@Test func spokeWithCountsOnlyWithoutSignsOfAMeeting() {
    #expect(Fixtures.extract("Emmanuel Macron spoke with Nasser Bourita on Monday about trade.", published: "2023-02-01").count == 1)
    #expect(Fixtures.extract("Emmanuel Macron spoke with Nasser Bourita in Rabat on Monday about trade.", published: "2023-02-01").isEmpty)
    #expect(Fixtures.extract("Emmanuel Macron met Ayman Safadi on Sunday. He also spoke with Nasser Bourita on Monday.", published: "2023-02-01").isEmpty)
}

@Test(arguments: ["Emmanuel Macron spoke", "spoke", "Nasser Bourita called", "by phone", "", "\n\n\n", "« »", "اتصالا هاتفيا"])
func fragmentsNeverCrash(text: String) {
    #expect(Fixtures.extract(text, published: "2023-02-01").isEmpty)
}

// "lancer un appel", "un appel solennel": an appeal, in a story that also reports a call.
@Test func anAppealLaunchedIsNotACall() {
    let text = """
    Emmanuel Macron a eu lundi un entretien téléphonique avec le roi Mohammed VI.
    Après sa rencontre avec Nasser Bourita à Paris, Ayman Safadi lance un appel solennel à l'Union européenne pour qu'elle accroisse son aide.
    """
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Emmanuel Macron", "Mohammed VI"])
}

// An address by video link to a meeting is no call with those named in it; the agent of another
// verb's passive ("was criticised by X") is no party of the call.
@Test(arguments: [
    "Emmanuel Macron addressed the summit by video link on Wednesday, thanking King Mohammed VI for his support.",
    "Emmanuel Macron s'est adressé par visioconférence au sommet mercredi, remerciant le roi Mohammed VI.",
])
func anAddressByVideoLinkIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-03-14").isEmpty)
}

@Test func theAgentOfAnotherVerbsPassiveIsNoParty() {
    let text = "Antony Blinken's phone call with Nasser Bourita was criticised by Ayman Safadi on Wednesday."
    let events = Fixtures.extract(text, published: "2024-03-14")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita"])
}

// A spokesperson is a source, never a party ("When the paper phoned presidential spokesperson X");
// a newspaper that "a joint par téléphone un porte-parole" reached the press; a call asked for
// between quotation marks was requested, not held; talks "en personne" are a meeting.
@Test(arguments: [
    "A reporter of the Rabat Daily phoned spokesperson Ned Price late on Saturday about the talks with Nasser Bourita.",
    "L'agence a joint par téléphone un conseiller du ministère, pour qui l'entrevue de Nasser Bourita et Ayman Safadi reste « prématurée ».",
    "José Manuel Albares pidió \"una conversación telefónica con Nasser Bourita\" antes del verano, sin respuesta hasta ahora de Rabat.",
])
func pressCallsAndRequestedCallsAreNoCalls(text: String) {
    #expect(Fixtures.extract(text, published: "2022-03-14").isEmpty)
}

@Test func talksInPersonInAStoryWithACallAreAMeeting() {
    let text = """
    Le roi Mohammed VI et le président Emmanuel Macron ont convenu mardi de renforcer leur partenariat.
    Les deux chefs d'État ont longuement discuté en personne, au palais royal.
    Par ailleurs, Nasser Bourita a reçu lundi un appel téléphonique d'Ayman Safadi.
    """
    let events = Fixtures.extract(text, published: "2023-03-08")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

// A ceremony held by video link ("jointly inaugurated ... through videoconference") is no call;
// a ceremony in a relative clause before a call is no reason to drop the call.
@Test(arguments: [
    "Antony Blinken and Nasser Bourita jointly inaugurated a new consulate in Dakhla on Monday through videoconference.",
    "Antony Blinken et Nasser Bourita ont inauguré lundi par visioconférence un nouveau consulat à Dakhla.",
    "افتتح أنتوني بلينكن وناصر بوريطة يوم الاثنين عبر تقنية الفيديو قنصلية جديدة في الداخلة.",
])
func aCeremonyHeldByVideoLinkIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-06-12").isEmpty)
}

@Test func aCeremonyInARelativeClauseKeepsTheCall() {
    let text = "Antony Blinken, who inaugurated a consulate last week, spoke by phone with Nasser Bourita on Monday."
    #expect(Fixtures.extract(text, published: "2024-06-12").map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
}

// A call from a listener or viewer is the broadcast's, not a call between officials; "by phone
// in December" is still a call.
@Test func aCallFromAListenerIsNoCall() {
    #expect(Fixtures.extract("Emmanuel Macron answered a call from a listener during the broadcast, then criticised Nasser Bourita.", published: "2024-06-12").isEmpty)
    #expect(Fixtures.extract("Emmanuel Macron and Nasser Bourita had spoken by phone in December.", published: "2025-01-12").count == 1)
}

// "met X ... and had a very good conversation": a talk at a meeting, however far the meeting
// verb stands before the noun.
@Test(arguments: [
    "Antony Blinken said he had met Nasser Bourita in Rabat last week and had \"a very good conversation\" on regional security.",
    "Emmanuel Macron a rencontré Nasser Bourita à Paris la semaine dernière et a eu une très bonne conversation sur la sécurité régionale.",
    "José Manuel Albares se reunió con Nasser Bourita en Rabat la semana pasada y mantuvo una conversación muy buena sobre seguridad regional.",
])
func aConversationAtAMeetingIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-11-20").isEmpty)
}

// An appeal's author between the noun and its "for" / "à": still an appeal, not a call; a party
// after the word is the one called.
@Test(arguments: [
    "The call by the United Nations for a ceasefire between Emmanuel Macron and Nasser Bourita has gone unheeded.",
    "L'appel de l'ONU à une trêve entre Emmanuel Macron et Nasser Bourita est resté lettre morte.",
])
func anAppealAfterItsAuthorIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").isEmpty)
}

@Test func aCallFromOnePartyToAnotherIsACall() {
    let events = Fixtures.extract("Lors de l'appel du président Emmanuel Macron au roi Mohammed VI, jeudi, les deux dirigeants ont évoqué la coopération.", published: "2024-05-10")
    #expect(events.map(Fixtures.names) == [["Emmanuel Macron", "Mohammed VI"]])
}

// A statement made by phone to an outlet ("told CNN by phone that ...") is no call with whoever
// the statement names; "told X by phone that ..." is one.
@Test(arguments: [
    "Antony Blinken told CNN by phone that Nasser Bourita would visit Washington.",
    "Emmanuel Macron a expliqué au téléphone à France Inter que Nasser Bourita viendrait à Paris.",
    "ونقلت قناة تلفزيونية عن ناصر بوريطة قوله في اتصال هاتفي إن أيمن الصفدي سيزور الرباط.",
    "Antony Blinken is said to have called Nasser Bourita on Thursday.",
    "Antony Blinken missed a call from Nasser Bourita on Thursday.",
])
func aStatementByPhoneOrAnAllegedOrMissedCallIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").isEmpty)
}

@Test(arguments: [
    "Antony Blinken told Nasser Bourita by phone that Washington supports the plan.",
    "José Manuel Albares aseguró por teléfono a Nasser Bourita que España apoya el plan.",
])
func tellingAPartyByPhoneIsACall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").count == 1)
}

// An appeal or call said to have gone unheeded or unanswered is no call ("est resté lettre
// morte", "went unheeded", "cayó en saco roto").
@Test(arguments: [
    "L'appel de l'ONU est resté, jusqu'ici, lettre morte : Emmanuel Macron et Nasser Bourita ne se parlent plus.",
    "The call from Emmanuel Macron to Nasser Bourita went unanswered.",
    "La llamada de José Manuel Albares a Nasser Bourita cayó en saco roto.",
])
func anUnheededOrUnansweredCallIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2024-05-10").isEmpty)
}

// Taking part in a gathering by link is no call between its participants ("took part by
// videoconference in the summit chaired by X", "a participé en visioconférence au sommet"), but
// taking part in a call with someone is.
@Test(arguments: [
    "Nasser Bourita took part by videoconference in the regional summit chaired by Ayman Safadi.",
    "Nasser Bourita a participé en visioconférence au sommet présidé par Ayman Safadi.",
    "Nasser Bourita participó por videoconferencia en la cumbre presidida por José Manuel Albares.",
    "Nasser Bourita addressed the conference hosted by Ayman Safadi by video link on Saturday.",
])
func attendingAGatheringByLinkIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-16").isEmpty)
}

@Test func takingPartInACallWithSomeoneIsACall() {
    let events = Fixtures.extract("Nasser Bourita took part in a video call with Ayman Safadi on Saturday to prepare the summit.", published: "2025-03-16")
    #expect(events.count == 1)
}

// "X telephoned the families of the victims, and later met Y": Y, met in the joined clause, was
// not on the call.
@Test(arguments: [
    "Nasser Bourita telephoned the families of the victims, and later met Ayman Safadi.",
    "Nasser Bourita a téléphoné aux familles des victimes, puis a rencontré Ayman Safadi.",
])
func whoIsMetInAJoinedClauseIsNotOnTheCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-03-16").isEmpty)
}

// Reports of a call that an official calls an invention or groundless are no call.
@Test(arguments: [
    "A Moroccan official said accounts of a heated phone conversation between Nasser Bourita and Ayman Safadi were \"pure invention\".",
    "Un responsable a assuré que l'appel entre Nasser Bourita et Ayman Safadi évoqué par la presse était dénué de tout fondement.",
    "Un portavoz afirmó que la supuesta llamada entre Nasser Bourita y Ayman Safadi es pura invención.",
    "وقال مصدر إن الأنباء عن اتصال هاتفي بين ناصر بوريطة وأيمن الصفدي عارية من الصحة.",
])
func aCallCalledAnInventionIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-01-20").isEmpty)
}

// Speaking to the media is no call, and a negation over it ("asked not to be identified due to
// rules on speaking to the media") denies no call of the story.
@Test func aNegatedTalkWithTheMediaDeniesNoCall() {
    let text = "Nasser Bourita spoke by phone with Ayman Safadi on Thursday. Bourita assured Safadi that talks would go on, said two officials who asked not to be identified due to rules on speaking to the media."
    let events = Fixtures.extract(text, published: "2023-09-22")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Nasser Bourita", "Ayman Safadi"])
}

// A negation near the body's call written definite ("were not heard on part of the
// conversation") negates something else: the call stands.
@Test func aNegationNearTheDefiniteCallNounKeepsTheCall() {
    let events = Fixtures.extract("""
        Antony Blinken held a video call on Friday with Nasser Bourita and Ayman Safadi. Bourita and Safadi, who joined from their capitals, were not heard on the public part of the conversation.
        """, published: "2023-03-11")
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == ["Antony Blinken", "Nasser Bourita", "Ayman Safadi"])
}

@Test func aCallTheSentenceSaysWasCalledOffIsStillRemoved() {
    let events = Fixtures.extract("""
        Antony Blinken held a video call on Friday with Nasser Bourita. A second call with Ayman Safadi was called off and did not take place.
        """, published: "2023-03-11")
    #expect(events.map(Fixtures.names) == [["Antony Blinken", "Nasser Bourita"]])
}

// Letters written in place of calls are no call ("letters", "wrote to" near the call noun).
@Test(arguments: [
    "Since the spring, letters have taken the place of calls: Nasser Bourita wrote to Ayman Safadi in July about the crossings.",
    "Depuis le printemps, les lettres ont remplacé les appels : Nasser Bourita a écrit à Ayman Safadi en juillet.",
])
func lettersInPlaceOfCallsAreNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-08-01").isEmpty)
}

// "وزير الدولة للاتصال" (minister of state for communication), "وزارة الاتصال", "مكتب الاتصال":
// the word for a call inside an office's name.
@Test(arguments: [
    "استقبل أيمن الصفدي في عمان ناصر بوريطة، وحضر اللقاء وزير الدولة للاتصال.",
    "التقى ناصر بوريطة أيمن الصفدي، بحضور وزير الاتصال ومدير مكتب الاتصال.",
])
func aCallWordInAnOfficesNameIsNoCall(text: String) {
    #expect(Fixtures.extract(text, published: "2025-06-11").isEmpty)
}
