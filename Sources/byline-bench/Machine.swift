import Foundation

/// The line under the table that says what the numbers were measured on.
enum Machine {
    static func describe() -> String {
        #if DEBUG
        let build = "debug build (numbers not representative)"
        #else
        let build = "release build"
        #endif
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let date = Date().formatted(.iso8601.year().month().day())
        return "\(date), \(cores) cores\(cpuModel.map { " (\($0))" } ?? ""), \(build), 120x40 screen"
    }

    /// "AMD EPYC", from /proc/cpuinfo where there is one.
    private static var cpuModel: String? {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line?.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
