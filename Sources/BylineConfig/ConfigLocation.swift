/// Where the config file is: `$XDG_CONFIG_HOME/byline/config.toml`, else
/// `~/.config/byline/config.toml`, as the XDG base directory specification says.
public enum ConfigLocation {
    public static func defaultPath(environment: [String: String]) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/byline/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/byline/config.toml"
    }

    /// `~` or `~/…` as the home folder, as a shell would expand it.
    static func expandingTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
