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
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try ProcessLaunch.run(process)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty child cannot fill a pipe and stall.
        let errData = ReadInBackground(err.fileHandleForReading)
        let watchdog = Watchdog(process, after: timeout)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errBytes = errData.wait()
        return Outcome(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBytes, as: UTF8.self),
            stdoutBytes: outData, stderrBytes: errBytes, timedOut: watchdog.fired())
    }
}

/// Kills a process that runs past its time, and says whether it had to.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var didFire = false

    init(_ process: Process, after seconds: TimeInterval) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            guard process.isRunning else { return }
            lock.withLock { didFire = true }
            kill(pid, SIGKILL)
        }
    }

    func fired() -> Bool { lock.withLock { didFire } }
}

/// Drains a pipe on another thread.
private final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
