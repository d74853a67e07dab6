import Foundation

extension Participant {
    /// Identity of the party across articles: the knowledge-base id when resolved, otherwise the
    /// folded name and country, otherwise country and role ("office:MA:foreign minister").
    public var identityKey: String {
        if let officialID { return "kb:" + officialID }
        let fold: (String) -> String = { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        if let name { return "name:" + fold(name) + ":" + (country ?? "") }
        return "office:" + (country ?? "") + ":" + fold(role ?? "")
    }
}
