#if os(Linux)
import CMalloc
#endif

/// How the process asks the C allocator to treat large blocks. Called once at the start of
/// anything that loads a library.
public enum LargeAllocations {
    /// Blocks from 256 KiB up get pages of their own, returned to the system when freed.
    ///
    /// A large library's lists are arrays of megabytes, replaced whole by every scan and
    /// partial list. glibc maps such blocks on their own at first, but each one freed raises
    /// that threshold (up to 32 MB), so later lists come from the heap, where a freed copy
    /// stays resident among live objects: a first start of 100,000 articles peaked at 106 MB
    /// with it and 96 MB without. A fixed threshold turns that off; the cost is a few page
    /// faults per large array, at most 2 ms on a keystroke that rebuilds the list.
    public static func keepApart() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
        #endif
    }
}
