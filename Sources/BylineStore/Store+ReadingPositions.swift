import BylineCore
import Foundation
import GRDB

extension Store {
    /// Every article left partly read, and where.
    public func readingPositions() throws -> [ArticleID: ReadingPosition] {
        try writer.read { db in
            var positions: [ArticleID: ReadingPosition] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT articleID, paragraph, offset FROM readingPosition") {
                positions[ArticleID(row["articleID"])] = ReadingPosition(paragraph: row["paragraph"], offset: row["offset"])
            }
            return positions
        }
    }

    /// Remembers where `id` was left, or (nil) forgets it: read to the end, or back at its top.
    /// An article the store does not know yet is skipped rather than failing: its identity is
    /// written by the scan, and a position is worth less than a mark.
    public func setReadingPosition(_ position: ReadingPosition?, for id: ArticleID, at date: Date = Date()) throws {
        try writer.write { db in
            guard let position else {
                try db.execute(sql: "DELETE FROM readingPosition WHERE articleID = ?", arguments: [id.rawValue])
                return
            }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO readingPosition (articleID, paragraph, offset, savedAt)
                    SELECT id, ?, ?, ? FROM article WHERE id = ?
                    """,
                arguments: [position.paragraph, position.offset, DatabaseTimestamp.text(date), id.rawValue])
        }
    }
}
