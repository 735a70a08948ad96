import BylineFuzzChecks
import Foundation

#if FUZZING
/// The libFuzzer build (fuzz/run): the target comes from BYLINE_FUZZ_TARGET, since libFuzzer
/// owns the command line. A broken promise stops the run like a crash, with the input saved.
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["BYLINE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("BYLINE_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    if let problem = target.check(bytes) { fatalError("\(target.rawValue): \(problem)") }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main` and points `main` at it, so
/// libFuzzer's own `main` is never linked: this one starts libFuzzer's driver instead.
@_cdecl("byline_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
/// The ordinary build: replays inputs through a target's checks, for looking into a fault.
/// `byline-fuzz TARGET FILE...`; exits 1 when a promise is broken.
@main
struct ReplayFuzzInputs {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: byline-fuzz TARGET FILE...  (targets: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
            exit(64)
        }
        var failed = false
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                failed = true
                continue
            }
            if let problem = target.check([UInt8](data)) {
                print("\(path): \(problem)")
                failed = true
            }
        }
        exit(failed ? 1 : 0)
    }
}
#endif
