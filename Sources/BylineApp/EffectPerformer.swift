import BylineCore
import BylineStore
import BylineUI

/// Carries out the effects `update` asks for that touch the library or the store, and reports
/// each result as the action that feeds it back. Terminal effects (redraw, quit) are the
/// runner's; the benchmark drives the same code without a terminal.
public struct EffectPerformer: Sendable {
    public let session: InterfaceSession

    public init(session: InterfaceSession) {
        self.session = session
    }

    /// The action that reports the effect's result; nil when there is none or the effect is
    /// not this type's to perform.
    public func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .setRead(let ids, let read):
            return storing { try session.store.setRead(ids, read: read, reportingChanges: false) }
        case .setStarred(let ids, let starred):
            return storing { try session.store.setStarred(ids, starred: starred, reportingChanges: false) }
        case .saveReadingPosition(let id, let position):
            return storing { try session.store.setReadingPosition(position, for: id) }
        case .saveSortOrder(let order):
            return storing { try session.store.setSetting(SortOrder.settingName, to: order.rawValue) }
        case .loadArticle(let id, let summary):
            switch ArticleLoader.article(for: summary) {
            case .success(let article): return .articleLoaded(id, .success(article))
            case .failure(let problem): return .articleLoaded(id, .failure(LoadFailure(problem.reason)))
            }
        case .search(let text):
            return .searchFinished(session.search(text))
        case .loadSnippets(let summaries, let ids, let query):
            return .snippetsLoaded(session.snippets(for: summaries, ids: ids, query: query), query: query)
        case .rescan:
            let reconciled = session.reconcile(allowUnchanged: true)
            return reconciled.isUnchanged ? .libraryUnchanged : .libraryLoaded(reconciled.contents)
        case .redraw, .quit, .openLink, .copyToClipboard, .pipeArticle, .pageArticle, .editArticle:
            return nil
        }
    }

    /// A store write: nothing to report when it holds, the reason when it does not.
    private func storing(_ write: () throws -> Void) -> Action? {
        do {
            try write()
            return nil
        } catch {
            return .storeFailed("\(error)")
        }
    }
}
