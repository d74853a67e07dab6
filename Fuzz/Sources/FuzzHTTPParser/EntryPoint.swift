import FuzzSupport

/// The program's entry point under the name SwiftPM links as `main` for this executable target.
@_cdecl("FuzzHTTPParser_main")
func fuzzerEntryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in data.map { LLVMFuzzerTestOneInput($0, size) } ?? 0 }
}
