import Foundation

/// Runs a built executable of this package and collects what it printed and how it ended.
public struct ProcessRunner {
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// The bytes as written, for checking that nothing raw reached them.
        public var stdoutBytes = Data()
        public var stderrBytes = Data()
        /// Killed after running longer than the caller allowed: a hang.
        public var timedOut = false
    }

    /// The folder holding the package's built products (`.build/debug` or similar).
    public static var productsFolder: URL {
        var url = Bundle.main.bundleURL
        // On Linux the test bundle's main bundle is the build folder itself; elsewhere the
        // `.xctest` bundle sits inside it.
        if url.pathExtension == "xctest" { url.deleteLastPathComponent() }
        return url
    }

    public static func executable(_ name: String) -> URL {
        productsFolder.appendingPathComponent(name)
    }

    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        timeout: TimeInterval = 120
    ) throws -> Outcome {
        let child = try ChildProcess(executable.path, arguments, environment: environment, input: stdin.map { Array($0.utf8) })
        let watchdog = Watchdog(child, after: timeout)
        let status = child.waitForExit()
        watchdog.cancel()
        let out = Data(child.collected(1))
        let err = Data(child.collected(2))
        return Outcome(
            status: status, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            stdoutBytes: out, stderrBytes: err, timedOut: watchdog.fired())
    }
}

/// Kills a process that runs past its time, and says whether it had to.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var didFire = false
    private var isCancelled = false

    init(_ child: ChildProcess, after seconds: TimeInterval) {
        let pid = child.pid
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            // Not after `cancel`: the child is reaped by then and its pid may be another's.
            lock.withLock {
                guard !isCancelled else { return }
                didFire = true
                kill(pid, SIGKILL)
            }
        }
    }

    /// The child ended: the watchdog stands down.
    func cancel() { lock.withLock { isCancelled = true } }

    func fired() -> Bool { lock.withLock { didFire } }
}
