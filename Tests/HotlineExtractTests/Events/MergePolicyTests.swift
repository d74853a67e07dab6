import Testing
@testable import HotlineExtract

private let policy = MergePolicy(resources: Fixtures.resources)

private func event(_ date: String?, context: String) -> CallEvent {
    CallEvent(date: date.map(Fixtures.day), participants: [], initiator: nil, topics: [], evidence: [], context: context, confidence: 0.9)
}

private func stored(_ date: String?, contexts: [String], published: String? = nil) -> MergePolicy.Stored {
    MergePolicy.Stored(date: date.map(Fixtures.day), participantKeys: [], topicIDs: [],
                       reports: contexts.map { ($0, published.map(Fixtures.day)) })
}

private let talksA = "Blinken and Bourita discussed the regional forum, security cooperation and the minister's recent tour of Cairo and Ramallah."
private let talksB = "Blinken and Bourita reviewed the autonomy plan, the war in Ukraine and counterterrorism, spokesman Matthew Miller said."

@Test func sameDayMerges() {
    #expect(policy.isSameCall(event("2023-01-31", context: talksA), publishedAt: nil, as: stored("2023-01-31", contexts: [talksB])))
}

@Test func differentDaysNeverMerge() {
    #expect(!policy.isSameCall(event("2023-01-31", context: talksA), publishedAt: nil, as: stored("2023-05-20", contexts: [talksA])))
}

@Test func undatedIdenticalReportsMerge() {
    #expect(policy.isSameCall(event(nil, context: talksA), publishedAt: nil, as: stored(nil, contexts: [talksA])))
}

@Test func undatedDifferentReportsStayApart() {
    #expect(!policy.isSameCall(event(nil, context: talksA), publishedAt: nil, as: stored(nil, contexts: [talksB])))
}

@Test func undatedReportMergesWithDatedEventWhenContentAgrees() {
    let similar = "Bourita and Blinken discussed the regional forum and security cooperation after the tour of Cairo and Ramallah."
    #expect(policy.isSameCall(event(nil, context: similar), publishedAt: nil, as: stored("2023-01-31", contexts: [talksA])))
}

@Test func officeTermsBoundTheWindow() {
    // Miller became spokesman in May 2023: a report naming him cannot be a January 2023 call.
    #expect(!policy.isSameCall(event(nil, context: talksB + " " + talksA), publishedAt: nil, as: stored("2023-01-31", contexts: [talksA])))
}

@Test func publicationLongAfterTheDateDoesNotMerge() {
    #expect(!policy.isSameCall(event(nil, context: talksA), publishedAt: Fixtures.day("2023-06-01"), as: stored("2023-01-31", contexts: [talksA])))
}

@Test func crossLanguageReportMergesOnTopicsWhenPublishedRightAfter() {
    var e = event(nil, context: "Le ministre a évoqué le plan d'autonomie et la coopération sécuritaire.")
    e.topics = [Topic(id: "western-sahara", label: "Western Sahara"), Topic(id: "security-cooperation", label: "Security")]
    var s = stored("2023-01-31", contexts: [talksA])
    s.topicIDs = ["western-sahara", "security-cooperation"]
    #expect(policy.isSameCall(e, publishedAt: Fixtures.day("2023-02-01"), as: s))
    #expect(!policy.isSameCall(e, publishedAt: Fixtures.day("2023-02-09"), as: s))
}

@Test func formerOfficeHoldersDoNotBoundTheWindow() {
    let r = Fixtures.resources
    let current = TimeWindow(context: "The spokesman Ned Price said so.", publishedAt: nil, knowledge: r.knowledge, resources: r)
    let former = TimeWindow(context: "The former spokesman Ned Price said so.", publishedAt: nil, knowledge: r.knowledge, resources: r)
    #expect(current.upper?.iso == "2023-03-31")
    #expect(former.upper == nil)
}
