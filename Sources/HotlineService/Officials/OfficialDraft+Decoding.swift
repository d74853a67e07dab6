import Foundation
import HotlineExtract

extension OfficialDraft {
    /// Fields a body may carry; `official_id` only on POST.
    static let postFields: Set<String> = ["official_id", "name", "country", "role", "aliases", "short", "gender", "offices"]
    static let patchFields: Set<String> = ["name", "country", "role", "aliases", "short", "gender", "offices"]
    static let officeFields: Set<String> = ["kind", "role", "country", "from", "to"]

    /// Parses and validates a JSON body. Throws `ServiceError` (400) naming the bad field.
    /// `knownCountry` says whether a code is in the country list.
    static func decode(body: [UInt8], allowed: Set<String>, knownCountry: (String) -> Bool) throws -> OfficialDraft {
        guard !body.isEmpty else { throw ServiceError.invalidJSON("the body must be a JSON object") }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(body))
        } catch {
            throw ServiceError.invalidJSON("the body is not valid JSON", cause: error)
        }
        guard let object = parsed as? [String: Any] else { throw ServiceError.invalidJSON("the body must be a JSON object") }
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ServiceError.invalidActor(unknown, "unknown field (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
        var draft = OfficialDraft()
        if let id = try optionalString(object, "official_id") {
            guard OfficialID.isValid(id) else {
                throw ServiceError.invalidActor("official_id", "lowercase ASCII letters, digits and '-' only")
            }
            draft.officialID = id
        }
        draft.name = try optionalString(object, "name", maxLength: 200)
        draft.role = try optionalString(object, "role", maxLength: 200)
        if let country = try optionalString(object, "country") {
            draft.country = try validCountry(country, field: "country", knownCountry: knownCountry)
        }
        draft.aliases = try optionalStrings(object, "aliases")
        draft.short = try optionalStrings(object, "short")
        if let gender = object["gender"] {
            switch gender {
            case is NSNull: draft.gender = .some(nil)
            case let g as String where g == "m" || g == "f": draft.gender = .some(g)
            default: throw ServiceError.invalidActor("gender", "must be \"m\", \"f\" or null")
            }
        }
        if let offices = object["offices"], !(offices is NSNull) {
            guard let list = offices as? [Any] else { throw ServiceError.invalidActor("offices", "must be an array of objects") }
            draft.offices = try list.enumerated().map { try office($1, field: "offices[\($0)]", knownCountry: knownCountry) }
        }
        return draft
    }

    private static func office(_ value: Any, field: String, knownCountry: (String) -> Bool) throws -> Official.Office {
        guard let object = value as? [String: Any] else { throw ServiceError.invalidActor(field, "must be an object") }
        if let unknown = object.keys.sorted().first(where: { !officeFields.contains($0) }) {
            throw ServiceError.invalidActor("\(field).\(unknown)", "unknown field")
        }
        guard let kind = try optionalString(object, "kind", field: "\(field).kind") else {
            throw ServiceError.invalidActor("\(field).kind", "is required")
        }
        guard Official.officeKinds.contains(kind) else {
            throw ServiceError.invalidActor("\(field).kind", "must be one of \(Official.officeKinds.sorted().joined(separator: ", "))")
        }
        guard let role = try optionalString(object, "role", field: "\(field).role", maxLength: 200) else {
            throw ServiceError.invalidActor("\(field).role", "is required")
        }
        guard let rawCountry = try optionalString(object, "country", field: "\(field).country") else {
            throw ServiceError.invalidActor("\(field).country", "is required")
        }
        let country = try validCountry(rawCountry, field: "\(field).country", knownCountry: knownCountry)
        let from = try optionalDate(object, "from", field: "\(field).from")
        let to = try optionalDate(object, "to", field: "\(field).to")
        if let from, let to, let start = EventDate(iso: from), let end = EventDate(iso: to), end < start {
            throw ServiceError.unprocessable("\(field).to", "is before from", code: "invalid_actor")
        }
        return Official.Office.term(kind: kind, role: role, country: country, from: from, to: to)
    }

    /// A trimmed non-blank string, nil when absent or null.
    private static func optionalString(_ object: [String: Any], _ key: String, field: String? = nil,
                                       maxLength: Int = 100) throws -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw ServiceError.invalidActor(field ?? key, "must be a string") }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ServiceError.invalidActor(field ?? key, "must not be blank") }
        guard trimmed.count <= maxLength else { throw ServiceError.invalidActor(field ?? key, "is longer than \(maxLength) characters") }
        return trimmed
    }

    /// An array of trimmed non-blank strings (duplicates dropped), nil when absent or null.
    private static func optionalStrings(_ object: [String: Any], _ key: String) throws -> [String]? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let list = value as? [Any], list.count <= 100 else {
            throw ServiceError.invalidActor(key, "must be an array of at most 100 strings")
        }
        var out: [String] = []
        for (i, item) in list.enumerated() {
            guard let text = item as? String else { throw ServiceError.invalidActor("\(key)[\(i)]", "must be a string") }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, trimmed.count <= 200 else {
                throw ServiceError.invalidActor("\(key)[\(i)]", "must be a non-blank string of at most 200 characters")
            }
            if !out.contains(trimmed) { out.append(trimmed) }
        }
        return out
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real date), nil when absent or null.
    private static func optionalDate(_ object: [String: Any], _ key: String, field: String) throws -> String? {
        guard let text = try optionalString(object, key, field: field) else { return nil }
        let shapeOK = [4, 7, 10].contains(text.count) && text.enumerated().allSatisfy { i, c in
            (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber
        }
        guard shapeOK, let date = EventDate(iso: text), date.iso == text else {
            throw ServiceError.invalidActor(field, "must be a date YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return text
    }

    /// An upper-cased country or organisation code that the country list knows.
    private static func validCountry(_ code: String, field: String, knownCountry: (String) -> Bool) throws -> String {
        let upper = code.uppercased()
        guard (2...5).contains(upper.count), upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw ServiceError.invalidActor(field, "must be an ISO 3166-1 alpha-2 code or an organisation code (MA, US, EU, UN)")
        }
        guard knownCountry(upper) else { throw ServiceError.invalidActor(field, "unknown country code \(upper)") }
        return upper
    }
}
