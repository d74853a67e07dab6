import Foundation
import PackagePlugin

/// Compiles a target's data files into Swift source, so that the `hotline` binary carries its
/// schema, lexicons and knowledge base and needs no file beside it at run time.
///
/// Embedded for a target:
/// - every file under the target's `Resources/` folder (which the manifest excludes from the
///   target), keyed by its path relative to `Resources/`;
/// - the package-root files that `rootFiles` names for the target (the one `schema.sql`).
///
/// The generated file declares `enum EmbeddedData` with `static func text(named:) -> String?`.
@main
struct EmbedData: BuildToolPlugin {
    /// Package-root files embedded into a target, keyed by target name.
    static let rootFiles: [String: [String]] = ["HotlineStore": ["schema.sql"]]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let source = target as? SourceModuleTarget else { return [] }
        var inputs: [(name: String, url: URL)] = []
        let resources = source.directoryURL.appending(path: "Resources")
        if let walker = FileManager.default.enumerator(at: resources, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let rel = String(url.standardizedFileURL.path.dropFirst(resources.standardizedFileURL.path.count + 1))
                if rel.hasPrefix(".") || rel.hasSuffix(".md") { continue }
                inputs.append((rel, url))
            }
        }
        for name in Self.rootFiles[target.name] ?? [] {
            inputs.append((name, context.package.directoryURL.appending(path: name)))
        }
        inputs.sort { $0.name < $1.name }
        guard !inputs.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) data file(s) into \(target.name)",
            executable: try context.tool(named: "EmbedDataTool").url,
            arguments: [output.path] + inputs.map { "\($0.name)=\($0.url.path)" },
            inputFiles: inputs.map(\.url),
            outputFiles: [output])]
    }
}
