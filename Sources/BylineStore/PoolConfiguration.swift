import GRDB

extension Configuration {
    /// How Byline opens its SQLite files: wait up to 5 s for another Byline's write, and give
    /// each reading connection a small page cache. Readers here scan tables once from start to
    /// end, where a cache does not help, and with SQLite's default of 2 MB each one of them kept
    /// what a warm start read, several megabytes in all.
    static var byline: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            if db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -\(readerCacheKiB)") }
            // An article row replaced by INSERT OR REPLACE leaves the full-text index through
            // its delete trigger (see `SearchSchema`) only with this on.
            try db.execute(sql: "PRAGMA recursive_triggers = ON")
        }
        return configuration
    }

    /// A reading connection's page cache, in KiB.
    static let readerCacheKiB = 256
}
