import BylineCore
import Foundation

/// Where a library's index cache lives: beside the state file, one per library folder, so
/// switching between libraries never throws an index away.
public enum IndexLocation {
    public static func path(forState statePath: String, library rootPath: String) -> String {
        let folder = URL(fileURLWithPath: statePath).deletingLastPathComponent()
        let name = URL(fileURLWithPath: statePath).deletingPathExtension().lastPathComponent
        return folder.appendingPathComponent("\(name)-index")
            .appendingPathComponent(ContentHash.of(rootPath.utf8) + ".sqlite").path
    }
}
