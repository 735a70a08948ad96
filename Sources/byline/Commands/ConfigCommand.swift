import ArgumentParser
import BylineConfig
import Foundation

/// `byline config`: where the config file is, and with `--print` every setting in effect.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the config file is, or (--print) every setting in effect and where it came from.")

    @OptionGroup var config: ConfigOption
    @Flag(help: "Print the effective settings as TOML, each with its source.") var print = false

    func run() throws {
        let settings = try config.settings()
        if print {
            Swift.print(SettingsDescription.text(settings), terminator: "")
            return
        }
        let path = config.config ?? ConfigLocation.defaultPath(environment: ProcessInfo.processInfo.environment)
        guard let path else {
            Swift.print("No config file: neither XDG_CONFIG_HOME nor HOME is set.")
            return
        }
        let exists = FileManager.default.fileExists(atPath: path)
        Swift.print("\(path)\(exists ? "" : " (not there: Byline uses its defaults)")")
        Swift.print("byline config --print shows every setting in effect.")
    }
}
