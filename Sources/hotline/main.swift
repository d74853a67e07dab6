import Foundation

// Entry point: `hotline COMMAND [options]` (see Usage.text).
let arguments = Array(CommandLine.arguments.dropFirst())
let status: Int32
do {
    switch arguments.first {
    case "serve": status = try ServeCommand.run(Array(arguments.dropFirst()))
    case "extract": status = try ExtractCommand.run(Array(arguments.dropFirst()))
    case "ingest": status = try IngestCommand.run(Array(arguments.dropFirst()))
    case "backup": status = try BackupCommand.run(Array(arguments.dropFirst()))
    case "healthcheck": status = try HealthcheckCommand.run(Array(arguments.dropFirst()))
    case "--version", "version": print(Usage.version); status = 0
    case "--help", "-h", "help": print(Usage.text); status = 0
    case nil: FileHandle.standardError.write(Data((Usage.text + "\n").utf8)); status = 2
    case let other?: throw CLIError("unknown command \(other)")
    }
} catch let error as CLIError {
    log("hotline: \(error.description) (see hotline --help)")
    status = 2
} catch {
    log("hotline: \(error)")
    status = 1
}
exit(status)
