import Foundation
import HotlineExtract
import Testing

/// Validates the knowledge-base data files (`officials.json`, `countries.json`) read straight from
/// the source tree, so a bad edit to the data fails the build's tests rather than the extractor.
@Suite("Knowledge base data")
struct KnowledgeDataTests {
    // MARK: - Decoding (private mirrors of the documented formats)

    private struct OfficialsFile: Decodable {
        let version: Int
        let officials: [Official]
    }

    private struct Official: Decodable {
        let id: String
        let name: String
        let aliases: [String]
        let short: [String]
        let gender: String
        let offices: [Office]
    }

    private struct Office: Decodable {
        let kind: String
        let role: String
        let country: String
        let from: String
        let to: String?
    }

    private struct CountriesFile: Decodable {
        let version: Int
        let countries: [Country]
    }

    private struct Country: Decodable {
        let code: String
        let name: String
        let kind: String
        let names: [String: [String]]
        let demonyms: [String: [String]]
        let capitals: [String: [String]]
    }

    /// A closed day interval an office was held; an open office runs to `KnowledgeDataTests.today`.
    private struct Span {
        let start: Date
        let end: Date
        func overlaps(_ other: Span) -> Bool { start <= other.end && other.start <= end }
    }

    private static let languages = ["en", "fr", "es", "ar"]

    private static let resources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Knowledge
        .deletingLastPathComponent()  // HotlineExtractTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Sources/HotlineExtract/Resources")

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static let today = utc.date(from: DateComponents(year: 2026, month: 11, day: 23))!

    private func load<T: Decodable>(_ type: T.Type, _ file: String) throws -> T {
        let data = try Data(contentsOf: Self.resources.appendingPathComponent(file))
        return try JSONDecoder().decode(type, from: data)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date means its first day, or its last day
    /// when `end` is set (so "2024" as an end date covers the whole year). Nil for malformed text.
    private func parse(_ text: String, end: Bool = false) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        var components = DateComponents(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1,
                                        day: numbers.count > 2 ? numbers[2] : 1)
        guard let month = components.month, (1...12).contains(month),
              let first = Self.utc.date(from: components) else { return nil }
        if numbers.count == 3 {
            // Reject overflowing days such as 2021-02-30, which Calendar would silently roll over.
            guard Self.utc.component(.day, from: first) == numbers[2] else { return nil }
            return first
        }
        guard end else { return first }
        components = numbers.count == 1 ? DateComponents(year: 1, day: -1) : DateComponents(month: 1, day: -1)
        return Self.utc.date(byAdding: components, to: first)
    }

    private func spans(_ official: Official) -> [Span] {
        official.offices.compactMap { office in
            guard let start = parse(office.from) else { return nil }
            let end = office.to.flatMap { parse($0, end: true) } ?? Self.today
            return Span(start: start, end: end)
        }
    }

    // MARK: - officials.json

    @Test func officialsHaveUniqueIdsAndNames() throws {
        let file = try load(OfficialsFile.self, "officials.json")
        #expect(file.version == 1)
        #expect(!file.officials.isEmpty)
        var seen: Set<String> = []
        for official in file.officials {
            #expect(seen.insert(official.id).inserted, "duplicate id \(official.id)")
            #expect(!official.id.isEmpty && official.id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") },
                    "id \(official.id) is not a lowercase slug")
            #expect(!official.name.trimmingCharacters(in: .whitespaces).isEmpty, "empty name for \(official.id)")
            #expect(!official.aliases.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "empty alias for \(official.id)")
            #expect(!official.short.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "empty short for \(official.id)")
            #expect(["m", "f"].contains(official.gender), "bad gender for \(official.id)")
            #expect(!official.offices.isEmpty, "\(official.id) has no office")
        }
    }

    @Test func officesUseKnownKindsCountriesAndOrderedDates() throws {
        let officials = try load(OfficialsFile.self, "officials.json").officials
        let codes = Set(try load(CountriesFile.self, "countries.json").countries.map(\.code))
        for official in officials {
            for office in official.offices {
                #expect(HotlineExtract.Official.officeKinds.contains(office.kind), "\(official.id): a kind the API refuses, \(office.kind)")
                #expect(!office.role.isEmpty, "\(official.id): empty role")
                #expect(codes.contains(office.country), "\(official.id): country \(office.country) not in countries.json")
                let start = parse(office.from)
                #expect(start != nil, "\(official.id): bad from date \(office.from)")
                guard let to = office.to else { continue }
                let end = parse(to, end: true)
                #expect(end != nil, "\(official.id): bad to date \(to)")
                if let start, let end { #expect(start <= end, "\(official.id): from \(office.from) after to \(to)") }
            }
        }
    }

    /// Single tokens that name many people; the brief forbids them as `short` forms.
    private static let ambiguousTokens: Set<String> = [
        "mohammed", "mohamed", "muhammad", "abdullah", "abdallah", "ali", "ahmed", "ahmad", "hassan",
        "hussein", "khalid", "salman", "kim", "li", "wang", "lee", "park", "king", "president", "sheikh",
        "محمد", "عبدالله", "علي", "أحمد", "حسن",
    ]

    @Test func shortFormsAreUnambiguousAndAliasesAreFullNames() throws {
        let officials = try load(OfficialsFile.self, "officials.json").officials
        for official in officials {
            for form in official.short {
                #expect(!Self.ambiguousTokens.contains(form.lowercased()), "\(official.id): ambiguous short form \(form)")
            }
            for alias in official.aliases {
                #expect(alias.contains(" "), "\(official.id): single-token alias \(alias) belongs in short")
            }
        }
    }

    @Test func atLeastSixtyStatesHaveALeader() throws {
        let officials = try load(OfficialsFile.self, "officials.json").officials
        let states = Dictionary(uniqueKeysWithValues: try load(CountriesFile.self, "countries.json").countries.map { ($0.code, $0.kind) })
        let led = Set(officials.flatMap(\.offices)
            .filter { ["head-of-state", "head-of-government"].contains($0.kind) && states[$0.country] == "state" }
            .map(\.country))
        #expect(led.count >= 60, "only \(led.count) states have a head of state or government")
    }

    @Test func namesDoNotCollideBetweenContemporaries() throws {
        let officials = try load(OfficialsFile.self, "officials.json").officials
        var owners: [String: [Int]] = [:]
        for (index, official) in officials.enumerated() {
            for form in Set(([official.name] + official.aliases + official.short).map { $0.lowercased() }) {
                owners[form, default: []].append(index)
            }
        }
        let periods = officials.map(spans)
        for (form, indices) in owners where indices.count > 1 {
            for (offset, first) in indices.enumerated() {
                for second in indices.dropFirst(offset + 1) {
                    let overlap = periods[first].contains { a in periods[second].contains { a.overlaps($0) } }
                    #expect(!overlap, "\"\(form)\" names both \(officials[first].id) and \(officials[second].id) at the same time")
                }
            }
        }
    }

    // MARK: - countries.json

    @Test func countriesHaveUniqueCodesAndAllFourLanguages() throws {
        let file = try load(CountriesFile.self, "countries.json")
        #expect(file.version == 1)
        var seen: Set<String> = []
        for country in file.countries {
            #expect(seen.insert(country.code).inserted, "duplicate code \(country.code)")
            #expect(["state", "territory", "organisation"].contains(country.kind), "\(country.code): bad kind \(country.kind)")
            if country.kind != "organisation" {
                #expect(country.code.count == 2 && country.code.allSatisfy { $0.isASCII && $0.isUppercase },
                        "state or territory code \(country.code) is not two uppercase letters")
            } else {
                #expect((2...6).contains(country.code.count) && country.code.allSatisfy { $0.isASCII && $0.isUppercase },
                        "organisation code \(country.code) is malformed")
            }
            #expect(!country.name.isEmpty)
            for language in Self.languages {
                let names = country.names[language] ?? []
                #expect(!names.isEmpty, "\(country.code) has no \(language) name")
                #expect(!names.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(country.code): empty \(language) name")
                #expect(country.demonyms[language] != nil, "\(country.code) lacks a demonyms.\(language) list")
                #expect(country.capitals[language] != nil, "\(country.code) lacks a capitals.\(language) list")
            }
        }
        #expect(file.countries.filter { $0.kind == "state" }.count >= 120)
    }

    @Test func countryFormsNameOneEntryPerLanguage() throws {
        let countries = try load(CountriesFile.self, "countries.json").countries
        var owners: [String: Set<String>] = [:]
        for country in countries {
            for table in [country.names, country.demonyms, country.capitals] {
                for (language, forms) in table {
                    for form in forms { owners["\(language):\(form.lowercased())", default: []].insert(country.code) }
                }
            }
        }
        for (form, codes) in owners where codes.count > 1 {
            Issue.record("\(form) belongs to several entries: \(codes.sorted())")
        }
    }

    @Test func priorityCountriesAndOrganisationsArePresent() throws {
        let codes = Set(try load(CountriesFile.self, "countries.json").countries.map(\.code))
        for code in ["US", "MA", "IL", "FR", "ES", "DZ", "PS", "XK", "TW", "VA", "UN", "EU", "NATO", "GCC"] {
            #expect(codes.contains(code), "missing \(code)")
        }
    }
}
