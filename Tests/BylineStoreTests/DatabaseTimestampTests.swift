@testable import BylineStore
import Foundation
import GRDB
import Testing

/// Dates go into the state file as text made by hand: it must be exactly GRDB's own, which
/// reads them back.
@Suite struct DatabaseTimestampTests {
    @Test(arguments: [0, 1.5, 1_306_963_800, 1_764_523_577.272, -1, -86_400.25, 951_782_400, 4_102_444_799.999, -2_208_988_800])
    func theTextIsGRDBs(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let text = DatabaseTimestamp.text(date)
        #expect(text == String.fromDatabaseValue(date.databaseValue))
        let back = try #require(Date.fromDatabaseValue(text.databaseValue))
        #expect(abs(back.timeIntervalSince1970 - seconds) < 0.001)
    }
}
