import BylineApp
import BylineUI
import Foundation
import TOMLKit

/// Reads the config file and the environment into `Settings`. Every mistake in the file is
/// an error with its line and column, never a silent default: a reader who wrote a setting
/// wants to know it did nothing.
public enum SettingsLoader {
    /// `explicitPath` (`--config`) must exist; the default file may be missing.
    public static func load(explicitPath: String? = nil, environment: [String: String]) -> Result<Settings, ConfigError> {
        var settings = Settings()
        // $BROWSER, $PAGER and $VISUAL or $EDITOR (as git and mutt read them) are for every
        // program; the file is Byline's own and wins over them.
        let variables: [(name: String, variables: [String], set: (inout ProgramSettings, String) -> Void)] = [
            ("programs.browser", ["BROWSER"], { $0.browser = $1 }),
            ("programs.pager", ["PAGER"], { $0.pager = $1 }),
            ("programs.editor", ["VISUAL", "EDITOR"], { $0.editor = $1 }),
        ]
        for (name, names, set) in variables {
            guard let variable = names.first(where: { nonBlank(environment[$0]) }), let value = environment[variable] else { continue }
            set(&settings.programs, value)
            settings.sources[name] = .environment(variable)
        }
        if let path = explicitPath ?? ConfigLocation.defaultPath(environment: environment),
           explicitPath != nil || FileManager.default.fileExists(atPath: path) {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                return .failure(ConfigError(path: path, message: "cannot be read (\(Self.reason(path)))"))
            }
            do {
                try ConfigFileReader(path: path, text: text, environment: environment).apply(to: &settings)
            } catch let error as ConfigError {
                return .failure(error)
            } catch {
                return .failure(ConfigError(path: path, message: "\(error)"))
            }
            settings.path = path
        }
        // $BYLINE_LIBRARY is Byline's own, and more immediate than the file.
        if let library = environment["BYLINE_LIBRARY"], nonBlank(library) {
            settings.library = ConfigLocation.expandingTilde(library, environment: environment)
            settings.sources["library"] = .environment("BYLINE_LIBRARY")
        }
        return .success(settings)
    }

    private static func nonBlank(_ value: String?) -> Bool {
        value.map { !$0.allSatisfy(\.isWhitespace) } ?? false
    }

    private static func reason(_ path: String) -> String {
        let files = FileManager.default
        if !files.fileExists(atPath: path) { return "no such file" }
        if !files.isReadableFile(atPath: path) { return "permission denied" }
        return "not UTF-8 text, or not a file"
    }
}
