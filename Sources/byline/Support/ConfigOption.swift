import ArgumentParser
import BylineConfig
import Foundation

/// `--config FILE`, and the settings it and the environment give.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "The config file (default: $XDG_CONFIG_HOME/byline/config.toml).", completion: .file())
    var config: String?

    func settings() throws -> Settings {
        switch SettingsLoader.load(explicitPath: config, environment: ProcessInfo.processInfo.environment) {
        case .success(let settings): return settings
        case .failure(let error): throw CommandError(error.description)
        }
    }
}
