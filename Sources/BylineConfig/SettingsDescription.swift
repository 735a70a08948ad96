import Foundation
import BylineUI

/// `byline config --print`: the effective settings as a TOML file that could be the config
/// file, each line with where its value came from.
public enum SettingsDescription {
    public static func text(_ settings: Settings) -> String {
        var lines: [(String, String?)] = []
        func line(_ text: String, _ name: String) {
            // A colour nobody set comes from the theme, which the file may have chosen.
            let source = name.hasPrefix("colors.") && settings.sources[name] == nil && settings.theme.name != Theme.standard.name
                ? "theme \(settings.theme.name)" : settings.source(of: name).description
            lines.append((text, source))
        }
        lines.append(("# Byline's settings as in effect; each line says where its value came from.", nil))
        lines.append(("# Config file: " + (settings.path ?? "none"), nil))
        if let library = settings.library {
            line("library = \(quoted(library))", "library")
        } else {
            lines.append(("# library = \"~/news\"", "not set"))
        }
        lines.append(("", nil))
        lines.append(("[reading]", nil))
        line("mark-read = \(quoted(settings.markRead.rawValue))", "reading.mark-read")
        line("unread-only = \(settings.unreadOnly)", "reading.unread-only")
        if let format = settings.listDateFormat { line("list-date-format = \(quoted(format))", "reading.list-date-format") }
        if let format = settings.articleDateFormat { line("article-date-format = \(quoted(format))", "reading.article-date-format") }
        lines.append(("", nil))
        lines.append(("[layout]", nil))
        if let width = settings.split.sectionsWidth {
            line("sections-width = \(width)", "layout.sections-width")
        } else {
            lines.append(("# sections-width: a fifth of the terminal, 20 to 32 columns", "default"))
        }
        line("stories-height = \(settings.split.storiesPercent)", "layout.stories-height")
        lines.append(("", nil))
        lines.append(("[interface]", nil))
        line("theme = \(quoted(settings.theme.name))", "interface.theme")
        line("mouse = \(settings.mouse)", "interface.mouse")
        lines.append(("", nil))
        lines.append(("[colors]", nil))
        for role in Style.Role.allCases {
            line("\(role.configName) = \(quoted(settings.theme.entry(for: role).description))", "colors.\(role.configName)")
        }
        lines.append(("", nil))
        lines.append(("[programs]", nil))
        if let browser = settings.programs.browser {
            line("browser = \(quoted(browser))", "programs.browser")
        } else {
            lines.append(("# browser: xdg-open", "default"))
        }
        line("pager = \(quoted(settings.programs.pager))", "programs.pager")
        line("editor = \(quoted(settings.programs.editor))", "programs.editor")
        lines.append(("", nil))
        lines.append(("[keys]", nil))
        for binding in settings.keymap.bindings {
            let keys = binding.keys.map { quoted($0.label) }
            line("\(binding.name) = [\(keys.joined(separator: ", "))]", "keys.\(binding.name)")
        }
        let width = min(48, lines.filter { $0.1 != nil }.map(\.0.count).max() ?? 0)
        return lines.map { text, source in
            guard let source else { return text }
            return text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) + "  # " + source
        }.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
