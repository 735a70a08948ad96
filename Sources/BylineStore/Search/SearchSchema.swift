import GRDB

/// The full-text index, in the index cache's file (a cache too: it can be made again from the
/// library). The FTS5 table is contentless: it keeps the words' places, not the text, which
/// the articles' files already hold.
///
/// Its rows are numbered apart from the articles, and `searchdoc` maps one to the other,
/// because a contentless table cannot forget a row without being told the text it was given.
/// When an article's row goes (every way the reconciler removes or replaces one), a trigger
/// leaves its `searchdoc` row behind with no article: a tombstone, so its words are skipped
/// and its number never given again, until there are enough to build the table afresh.
///
/// Numbers follow the articles' dates, newest highest: a first fill, newest first, counts down
/// from `SearchRows.firstNumber`, and articles indexed after it count up. A query that matches
/// most of a large library then ranks its newest matches (see `SearchRows.hits`).
enum SearchSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search USING fts5(
                title, body, content='', detail=full, tokenize='unicode61 remove_diacritics 2'
            );
            CREATE TABLE searchdoc (
                docid INTEGER PRIMARY KEY,
                item INTEGER UNIQUE
            );
            INSERT OR REPLACE INTO meta (key, value) VALUES ('searchFilling', '0');
            CREATE TRIGGER item_leaves_search AFTER DELETE ON item BEGIN
                UPDATE searchdoc SET item = NULL WHERE item = OLD.rowid;
            END;
            """)
    }
}
