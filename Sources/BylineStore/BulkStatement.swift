import GRDB
import GRDBSQLite

/// One prepared statement run many times through SQLite's C interface: values bound in place
/// and the statement stepped, reset and bound again. A first scan writes some 200,000 rows,
/// and GRDB's per-row argument arrays of boxed values cost more than SQLite's own work.
/// Use only inside the `Database` access that made it, like any GRDB statement.
struct BulkStatement {
    private let statement: Statement
    private let connection: OpaquePointer?

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Binds the values `bind` gives, in order, then runs the statement once.
    func run(_ bind: (inout Binder) -> Void) throws {
        let handle = statement.sqliteStatement
        var binder = Binder(handle: handle)
        bind(&binder)
        // A value that failed to bind would go in as NULL: better no row than a wrong one.
        let code = binder.failure ?? sqlite3_step(handle)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) },
                sql: statement.sql)
        }
    }

    /// Binds parameters 1, 2, 3… in the order of the calls.
    struct Binder {
        fileprivate let handle: OpaquePointer
        private var index: Int32 = 0
        /// The first binding that failed (too big, out of memory), as SQLite's code.
        fileprivate private(set) var failure: Int32?

        private mutating func check(_ code: Int32) {
            if code != SQLITE_OK, failure == nil { failure = code }
        }

        fileprivate init(handle: OpaquePointer) {
            self.handle = handle
        }

        /// SQLite copies the bytes at once (SQLITE_TRANSIENT), so the string's storage
        /// need not outlive the call.
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        mutating func text(_ value: String?) {
            index += 1
            guard var value else { return }
            // An empty buffer may have no address, and a null pointer would bind NULL.
            if value.isEmpty {
                check(sqlite3_bind_text(handle, index, "", 0, Self.transient))
                return
            }
            let code = value.withUTF8 { bytes in
                sqlite3_bind_text(
                    handle, index, bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                    Int32(bytes.count), Self.transient)
            }
            check(code)
        }

        mutating func integer(_ value: Int64?) {
            index += 1
            if let value { check(sqlite3_bind_int64(handle, index, value)) }
        }

        mutating func double(_ value: Double) {
            index += 1
            check(sqlite3_bind_double(handle, index, value))
        }

        /// Nil binds NULL.
        mutating func blob(_ value: [UInt8]?) {
            index += 1
            guard let value else { return }
            if value.isEmpty {
                check(sqlite3_bind_zeroblob(handle, index, 0))
                return
            }
            check(value.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            })
        }
    }
}
