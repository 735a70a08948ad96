import GRDB

/// The full-text index, in the index cache's file (a cache too: it can be made again from the
/// library). The FTS5 table is contentless: it keeps the words' places, not the text, which
/// the articles' files already hold. Its rows are numbered apart from the articles (`searchdoc`
/// maps one to the other), because a contentless table cannot forget a row without being told
/// the text it was given: when an article's row goes, its `searchdoc` row goes with it (a
/// trigger, so every way the reconciler removes rows is covered), and its words stay behind
/// unreachable, counted in `meta.searchOrphans` until the table is built again.
enum SearchSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search USING fts5(
                title, body, content='', detail=full, tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TABLE searchdoc (
                docid INTEGER PRIMARY KEY AUTOINCREMENT,
                item INTEGER NOT NULL UNIQUE
            );
            INSERT OR REPLACE INTO meta (key, value) VALUES ('searchOrphans', '0');
            CREATE TRIGGER item_leaves_search AFTER DELETE ON item BEGIN
                UPDATE meta SET value = CAST(value AS INTEGER) + (SELECT count(*) FROM searchdoc WHERE item = OLD.rowid)
                    WHERE key = 'searchOrphans';
                DELETE FROM searchdoc WHERE item = OLD.rowid;
            END;
            """)
    }
}
