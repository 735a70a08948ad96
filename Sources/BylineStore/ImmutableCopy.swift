import Foundation
import GRDB
import GRDBSQLite

/// Copies a database file into `db` by SQLite's backup, opening it as `immutable`: no locks,
/// no shared memory, nothing written. GRDB cannot open URIs, so this goes through the C API.
enum ImmutableCopy {
    struct Failed: Error {
        var code: Int32
    }

    static func copy(_ path: String, into db: Database) throws {
        var source: OpaquePointer?
        defer { sqlite3_close_v2(source) }
        // An absolute path after "file://" (an empty authority), so a path starting with "//"
        // is not read as a host.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%")))
        let uri = "file://" + (encoded ?? absolute) + "?immutable=1"
        let opened = sqlite3_open_v2(uri, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard opened == SQLITE_OK, let source else { throw Failed(code: opened) }
        guard let backup = sqlite3_backup_init(db.sqliteConnection, "main", source, "main") else {
            throw Failed(code: sqlite3_errcode(db.sqliteConnection))
        }
        let stepped = sqlite3_backup_step(backup, -1)
        sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE else { throw Failed(code: stepped) }
    }
}
