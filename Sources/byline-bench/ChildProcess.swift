import Foundation

/// Runs this same executable's hidden `measure` command and decodes the report it prints.
enum ChildProcess {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    static func measure<Report: Decodable>(_ arguments: [String], as type: Report.Type) throws -> Report {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executablePath)
        let output = Pipe()
        process.standardOutput = output
        // Standard error stays the terminal's, so a child's complaint is seen as it happens.
        process.arguments = ["measure"] + arguments + ["--launched-at", String(Timing.monotonicNanoseconds())]
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw Failed(description: "byline-bench measure \(arguments.joined(separator: " ")) failed "
                + "(status \(process.terminationStatus))")
        }
        // The report is the last line; anything a library printed before it is not ours to parse.
        let lastLine = data.split(separator: UInt8(ascii: "\n")).last ?? data[...]
        return try JSONDecoder().decode(Report.self, from: Data(lastLine))
    }

    /// This executable, wherever `swift run` or an install put it.
    private static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }
}
