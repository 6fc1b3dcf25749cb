/// A buffer handed to worker threads that write disjoint parts of it (each slot written by
/// exactly one of them, and read only after all have finished), so no two threads touch the
/// same memory. The caller owns the memory and keeps it alive while the workers run.
public struct SharedBuffer<Element>: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<Element>

    public init(_ pointer: UnsafeMutablePointer<Element>) { self.pointer = pointer }

    /// The element at `index` (from the start of the buffer), for reading and writing.
    public subscript(index: Int) -> Element {
        get { pointer[index] }
        nonmutating set { pointer[index] = newValue }
    }
}

/// A read-only buffer handed to worker threads; nil for an empty buffer. The caller keeps the
/// memory alive and unchanged while the workers run.
public struct SharedConstBuffer<Element>: @unchecked Sendable {
    public let pointer: UnsafePointer<Element>?

    public init(_ pointer: UnsafePointer<Element>?) { self.pointer = pointer }
}
