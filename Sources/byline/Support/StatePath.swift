import Foundation

/// Where read state lives when `--state` is not given, following the XDG base directory spec.
enum StatePath {
    static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/byline/byline.sqlite"
        }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw CommandError("cannot find a place for the state file: set HOME, XDG_DATA_HOME or --state")
        }
        return home + "/.local/share/byline/byline.sqlite"
    }
}
