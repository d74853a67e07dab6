/// Which stored articles a change of the knowledge base may affect (see `Store.articleIDs(in:)`).
public struct ArticleScope: Sendable, Equatable {
    /// Name forms (name, aliases, short forms) whose appearance in an article's text selects it.
    public var nameForms: [String]
    /// Actor keys whose events' articles are selected ("kb:<id>", "name:...").
    public var actorKeys: [String]
    /// Countries whose unnamed actors' events' articles are selected (an office the text named
    /// without a person, which a new office holder may now resolve).
    public var unnamedCountries: [String]

    public init(nameForms: [String], actorKeys: [String] = [], unnamedCountries: [String] = []) {
        self.nameForms = nameForms; self.actorKeys = actorKeys; self.unnamedCountries = unnamedCountries
    }
}
