extension ExtractionResources {
    /// `base` with a knowledge base extended or corrected by `officials` (merged by id); every
    /// lexicon is shared with `base`.
    init(base: ExtractionResources, officials: [Official]) {
        knowledge = KnowledgeBase(base: base.knowledge, overrides: officials)
        triggers = base.triggers
        titles = base.titles
        dates = base.dates
        topics = base.topics
        noise = base.noise
        stopwords = base.stopwords
        indexes = base.indexes
        topicContext = base.topicContext
    }
}
