// BylineStore: filled in by the issues that build on the core.
