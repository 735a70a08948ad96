import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for a folder of news articles.",
        discussion: """
            A library is a folder of article files; its subfolders are sections. \
            Read state is kept in $XDG_DATA_HOME/byline/byline.sqlite unless --state says otherwise; \
            settings in $XDG_CONFIG_HOME/byline/config.toml. The manual is byline(1).
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, ListCommand.self, ShowCommand.self, MarkCommand.self, SearchCommand.self,
            CheckCommand.self, StatsCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
