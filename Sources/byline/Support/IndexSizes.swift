import BylineStore
import Foundation

/// The disk the library's index takes, as `stats` reports it.
struct IndexSizes: Encodable {
    /// The index cache's file; nil when it is not on disk (the index lives in memory when its
    /// folder cannot be written).
    var cacheBytes: Int64?
    /// The part of that file the full-text index takes; nil until an article is indexed for
    /// search, since its empty tables say nothing.
    var searchBytes: Int64?

    init(path: String, index: IndexCache) {
        cacheBytes = FileManager.default.fileExists(atPath: path) ? index.fileBytes() : nil
        searchBytes = (index.searchIndexedCount() ?? 0) > 0 ? index.footprint()?.search : nil
    }

    private enum Keys: String, CodingKey { case cacheBytes, searchBytes }

    /// Spelled out so that an unknown size is `null` rather than a missing key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(cacheBytes, forKey: .cacheBytes)
        try container.encode(searchBytes, forKey: .searchBytes)
    }
}
