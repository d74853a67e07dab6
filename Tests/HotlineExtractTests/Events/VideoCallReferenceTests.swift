import Testing
@testable import HotlineExtract

// A later sentence that points back at a reported video call ("during the video call", "lors de
// la visioconférence", "durante la videoconferencia", "خلال المحادثة عبر الفيديو") and names new
// parties that no with- or from-word attaches to the call words (the ministers who signed an
// agreement the leaders witnessed) reports no new call and adds no party: the story has its one
// call. (The bundled knowledge base.)

private let emirati = "UAE President Sheikh Mohamed bin Zayed Al Nahyan held a video call on Tuesday with Indian Prime Minister Narendra Modi about the comprehensive economic partnership.\n\n"
private let arabic = "أجرى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة يوم الثلاثاء محادثة عبر الفيديو مع رئيس الوزراء الهندي ناريندرا مودي.\n\n"
private let french = "Emmanuel Macron a tenu mardi une visioconférence avec le Premier ministre indien Narendra Modi.\n\n"
private let spanish = "Pedro Sánchez mantuvo el martes una videoconferencia con el primer ministro indio Narendra Modi.\n\n"

@Test(arguments: [
    (emirati + "Sheikh Mohamed and Narendra Modi witnessed, during the video call, the signing of the agreement by Energy Minister Suhail Al Mazrouei.",
     "Mohamed bin Zayed Al Nahyan", "2022-02-15", "2022-02-20"),
    (emirati + "During the video call, Sheikh Mohamed and Narendra Modi witnessed the signing of the agreement by Suhail Al Mazrouei and Nirmala Sitharaman.",
     "Mohamed bin Zayed Al Nahyan", "2022-02-15", "2022-02-20"),
    (arabic + "وشهد سموه ورئيس الوزراء الهندي، أثناء المحادثة عبر الفيديو، مراسم توقيع الاتفاق، والذي وقعه عن الجانب الإماراتي سهيل المزروعي.",
     "Mohamed bin Zayed Al Nahyan", "2022-02-15", "2022-02-20"),
    (arabic + "وشهد سموه ورئيس الوزراء الهندي، أثناء المحادثة عبر الفيديو، مراسم توقيع الاتفاق، والذي وقعته عن الجانب الهندي وزيرة المالية نيرمالا سيتارامان.",
     "Mohamed bin Zayed Al Nahyan", "2022-02-15", "2022-02-20"),
    (french + "Emmanuel Macron et Narendra Modi ont assisté, lors de la visioconférence, à la signature de l'accord par le ministre Jean-Noël Barrot.",
     "Emmanuel Macron", "2025-02-18", "2025-02-20"),
    (french + "Emmanuel Macron et Narendra Modi ont assisté, lors de la visioconférence, à la signature de l'accord par les ministres Jean-Noël Barrot et Subrahmanyam Jaishankar.",
     "Emmanuel Macron", "2025-02-18", "2025-02-20"),
    (spanish + "Durante la videoconferencia, Pedro Sánchez y Narendra Modi presenciaron cómo el ministro José Manuel Albares firmaba el acuerdo.",
     "Pedro Sánchez", "2025-02-18", "2025-02-20"),
    (spanish + "Pedro Sánchez y Narendra Modi presenciaron, durante la videoconferencia, la firma del acuerdo por los ministros José Manuel Albares y Subrahmanyam Jaishankar.",
     "Pedro Sánchez", "2025-02-18", "2025-02-20"),
    // (a from-word further back, "la firma del acuerdo por el ministro", attaches no one)
    (spanish + "Pedro Sánchez y Narendra Modi presenciaron, durante la videoconferencia, la firma del acuerdo por el ministro José Manuel Albares.",
     "Pedro Sánchez", "2025-02-18", "2025-02-20"),
])
func signatoriesNamedDuringTheVideoCallAreNoParties(text: String, leader: String, day: String, published: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 1)
    #expect(events.first.map(Fixtures.names) == [leader, "Narendra Modi"])
    #expect(events.first?.participants.count == 2)
    #expect(events.first?.date == Fixtures.day(day))
}

// (guard: a named party after "during the video call with" is still a party of a second call,
// with the subject)
@Test(arguments: [
    ("""
    Indian External Affairs Minister S. Jaishankar held a video call on Tuesday with Emirati Foreign Minister Abdullah bin Zayed Al Nahyan.

    During the video call with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani, Jaishankar also discussed the situation in Gaza.
    """, "Subrahmanyam Jaishankar", "Abdullah bin Zayed Al Nahyan", "2024-02-20"),
    ("""
    Emmanuel Macron a tenu mardi une visioconférence avec le Premier ministre indien Narendra Modi.

    Lors de la visioconférence avec le Premier ministre qatari Mohammed ben Abdelrahmane Al Thani, Emmanuel Macron a aussi évoqué la situation à Gaza.
    """, "Emmanuel Macron", "Narendra Modi", "2025-02-20"),
])
func aPartyAttachedByAWithWordIsOnACall(text: String, subject: String, first: String, published: String) {
    let events = Fixtures.extractBundled(text, published: published)
    #expect(events.count == 2)
    #expect(Set(events.map(Fixtures.names)) == [[subject, first], [subject, "Mohammed bin Abdulrahman Al Thani"]])
}
