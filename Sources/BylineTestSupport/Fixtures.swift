import Foundation

/// The repository's `fixtures/` folder, found from this source file's location so tests work
/// from any working directory.
public enum Fixtures {
    public static var root: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // BylineTestSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("fixtures")
    }

    public static func url(_ name: String) -> URL {
        root.appendingPathComponent(name)
    }
}
