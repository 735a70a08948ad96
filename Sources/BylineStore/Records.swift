import Foundation
import GRDB

/// A row of `article`: one identity and where it was last seen.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"
    var id: String
    var path: String
    var contentHash: String
    var firstSeen: Date
    var lastSeen: Date
}

/// A row of `readState`: present means read.
struct ReadStateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "readState"
    var articleID: String
    var readAt: Date
}
