import Foundation
import HotlineExtract
import HotlineStore

/// Officials that users add or correct through the API: stored in the database
/// (`user_officials`), merged over the bundled knowledge base in the extractor that
/// `extractors` holds, and followed by a re-resolution of the stored articles they may affect.
///
/// Changes are serialised (`changes` lock): each saves its entry, rebuilds the extractor once
/// from every stored entry, then re-extracts the affected articles.
/// `@unchecked Sendable`: the only mutable state is the lock itself.
public final class UserOfficials: @unchecked Sendable {
    let store: Store
    let ingestor: ArticleIngestor
    private let changes = NSLock()

    public init(store: Store, ingestor: ArticleIngestor) {
        self.store = store
        self.ingestor = ingestor
    }

    /// An extractor over the bundled knowledge base extended by every stored user official.
    public static func extractor(loading store: Store) throws -> Extractor {
        Extractor(additionalOfficials: try officials(in: store))
    }

    /// The stored user officials, decoded.
    static func officials(in store: Store) throws -> [Official] {
        try store.userOfficials().map { record in
            do {
                return try JSONDecoder().decode(Official.self, from: Data(record.entry.utf8))
            } catch {
                throw ServiceError(status: 500, code: "corrupt_official", message: "stored official \(record.id) cannot be read")
            }
        }
    }

    /// What a change produced: the corrected actor and the number of articles re-extracted.
    struct Change {
        var actor: ActorRecord
        var reresolvedArticles: Int
    }

    /// Adds a user official (`POST /v1/actors`), or corrects the official `draft.officialID`.
    func add(_ draft: OfficialDraft) throws -> Change {
        try serialised {
            let extractor = ingestor.extractor
            let id: String
            let base: Official?
            if let officialID = draft.officialID {
                guard let known = extractor.official(id: officialID) else {
                    throw ServiceError.unprocessable("official_id", "no official has the id \(officialID)", code: "unknown_official")
                }
                id = officialID
                base = known
            } else {
                guard let name = draft.name else { throw ServiceError.invalidActor("name", "is required") }
                id = OfficialID.derived(fromName: name)
                if extractor.official(id: id) != nil {
                    throw ServiceError.conflict("an official with id \(id) exists; correct it with PATCH /v1/actors/{id} or with \"official_id\"")
                }
                base = nil
                if let other = extractor.officialIDs(sharingNamesWith: draft.entry(id: id, base: nil)).first {
                    throw ServiceError.conflict("official \(other) already has this name or alias; correct it with \"official_id\": \"\(other)\"")
                }
            }
            return try apply(draft, id: id, base: base, actorID: nil, fallback: nil, extraKeys: [])
        }
    }

    /// Corrects actor `actorID` (`PATCH /v1/actors/{id}`); nil when there is no such actor.
    /// A knowledge-base actor ("kb:<id>") overrides that entry; any other actor becomes a user
    /// official named after it.
    func correct(actorID: Int64, _ draft: OfficialDraft) throws -> Change? {
        try serialised {
            guard let key = try store.actorKey(id: actorID), let actor = try store.actor(id: actorID)?.actor else { return nil }
            let extractor = ingestor.extractor
            if key.hasPrefix("kb:") {
                let id = String(key.dropFirst(3))
                let base = extractor.official(id: id) ?? Self.official(id: id, from: actor)
                return try apply(draft, id: id, base: base, actorID: actorID, fallback: actor, extraKeys: [])
            }
            guard let name = draft.name ?? actor.name else {
                throw ServiceError.invalidActor("name", "is required: this actor has no name yet")
            }
            let id = OfficialID.derived(fromName: name)
            let base = extractor.official(id: id) ?? Self.official(id: id, from: actor)
            return try apply(draft, id: id, base: base, actorID: actorID, fallback: actor, extraKeys: [key])
        }
    }

    /// Saves the entry and the actor row, rebuilds the extractor, re-resolves the articles.
    private func apply(_ draft: OfficialDraft, id: String, base: Official?, actorID: Int64?,
                       fallback: ActorRecord?, extraKeys: [String]) throws -> Change {
        let entry = draft.entry(id: id, base: base)
        let json = String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)
        let saved: ActorRecord
        do {
            saved = try store.saveUserOfficial(id: id, entry: json, actorID: actorID,
                                               correction: draft.correction(for: entry, fallback: fallback))
        } catch let conflict as ActorKeyConflictError {
            throw ServiceError.conflict("actor \(conflict.actorID) already stands for official \(id); correct that actor instead")
        }
        ingestor.extractors.replace(with: try Self.extractor(loading: store))
        let forms = OfficialDraft.nameForms(of: entry) + (base.map(OfficialDraft.nameForms) ?? []) + (fallback?.aliases ?? [])
        let scope = ArticleScope(nameForms: forms, actorKeys: ["kb:" + id] + extraKeys,
                                 unnamedCountries: Array(Set(entry.offices.map(\.country))).sorted())
        let count = try Reresolver(store: store, ingestor: ingestor).reresolve(try store.articleIDs(in: scope))
        let actor = try store.actor(id: saved.id)?.actor ?? saved
        return Change(actor: actor, reresolvedArticles: count)
    }

    /// An entry for an actor the knowledge base does not know, from its stored row.
    static func official(id: String, from actor: ActorRecord) -> Official {
        let offices: [Official.Office] = actor.country.map { [.term(kind: "other", role: actor.role ?? "", country: $0)] } ?? []
        return .entry(id: id, name: actor.name ?? "", aliases: actor.aliases.isEmpty ? nil : actor.aliases, offices: offices)
    }

    private func serialised<T>(_ body: () throws -> T) throws -> T {
        changes.lock()
        defer { changes.unlock() }
        return try body()
    }
}
