/// A rooted phylogenetic tree stored flat, in post-order: every node's children come before it
/// and the root is the last node, so kernels (Faith's PD, UniFrac) can sweep tips to root with
/// one pass over plain arrays.
///
/// Node `i`'s subtree occupies the contiguous index range `subtreeStart(i)...i`, and its children
/// are listed left to right in `children(of:)` (compressed sparse rows over `childOffsets`).
/// A missing branch length is stored as 0 with `hasBranchLength[i] == false`, so writers can
/// reproduce the input and callers can warn about it.
public struct PhylogeneticTree: Sendable, Equatable {
    /// Parent of each node; -1 for the root (the last node). Always greater than the node's index.
    public let parent: [Int32]
    /// Length of the branch above each node; 0 when the input gave none.
    public let branchLength: [Double]
    /// Whether the input gave a length for the branch above each node.
    public let hasBranchLength: [Bool]
    /// Label of each node: tip names, and internal labels (often support values) as read.
    public let names: [String?]
    /// CSR row pointers: the children of node `i` are `childIndices[childOffsets[i]..<childOffsets[i+1]]`.
    public let childOffsets: [Int32]
    /// Child node indices, grouped by parent, each group in left-to-right (increasing) order.
    public let childIndices: [Int32]
    /// Node indices of the tips, in post-order (left to right).
    public let tipNodes: [Int32]
    /// Sum of every branch length except the root's (missing lengths count as 0), the quantity
    /// scikit-bio calls `descending_branch_length`.
    public let totalBranchLength: Double
    /// Tip names held by more than one tip, sorted; UniFrac needs unique names, so lookups of
    /// these names throw.
    public let duplicateTipNames: [String]
    /// Node index of each uniquely named tip.
    private let tipNodeByName: [String: Int32]

    /// Creates a tree from per-node arrays in post-order, checking that they describe one rooted
    /// tree in post-order. `hasBranchLength` defaults to every branch having a length.
    public init(
        parent: [Int32], branchLength: [Double], names: [String?], hasBranchLength: [Bool]? = nil
    ) throws(PhylogeneticTreeError) {
        let nodeCount = parent.count
        guard nodeCount > 0 else { throw .empty }
        let hasLength = hasBranchLength ?? [Bool](repeating: true, count: nodeCount)
        guard branchLength.count == nodeCount, names.count == nodeCount, hasLength.count == nodeCount else {
            throw .shapeMismatch(
                "\(nodeCount) parents, \(branchLength.count) branch lengths, \(names.count) names, \(hasLength.count) length flags")
        }
        guard parent[nodeCount - 1] == -1 else { throw .notPostOrder("the last node is not the root") }
        for node in 0..<(nodeCount - 1) {
            let up = Int(parent[node])
            guard up > node, up < nodeCount else {
                throw .notPostOrder("node \(node) has parent \(up); parents must come after their children")
            }
        }
        if let bad = branchLength.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteBranchLength(node: bad, name: names[bad])
        }

        // Children in CSR form; a counting sort by parent keeps children in index order, which
        // in post-order is left-to-right order.
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for node in 0..<(nodeCount - 1) { offsets[Int(parent[node]) + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var cursor = offsets
        var children = [Int32](repeating: 0, count: nodeCount - 1)
        for node in 0..<(nodeCount - 1) {
            let up = Int(parent[node])
            children[Int(cursor[up])] = Int32(node)
            cursor[up] += 1
        }

        // Post-order means each subtree is contiguous and ends at its root: the children of node
        // i, left to right, tile the range just below i.
        var subtreeSize = [Int32](repeating: 1, count: nodeCount)
        for node in 0..<nodeCount {
            var expectedStart = Int32(node) - 1
            let first = Int(offsets[node])
            let end = Int(offsets[node + 1])
            var position = end - 1
            while position >= first {
                let child = children[position]
                guard child == expectedStart else {
                    throw .notPostOrder("the subtree of node \(node) is not contiguous")
                }
                subtreeSize[node] += subtreeSize[Int(child)]
                expectedStart = child - subtreeSize[Int(child)]
                position -= 1
            }
        }

        var tips = [Int32]()
        var total = 0.0
        for node in 0..<nodeCount {
            if offsets[node] == offsets[node + 1] { tips.append(Int32(node)) }
            if node != nodeCount - 1 { total += branchLength[node] }
        }
        var byName = [String: Int32](minimumCapacity: tips.count)
        var duplicates = Set<String>()
        for tip in tips {
            guard let name = names[Int(tip)] else { continue }
            if byName.updateValue(tip, forKey: name) != nil { duplicates.insert(name) }
        }
        for name in duplicates { byName[name] = nil }

        self.parent = parent
        self.branchLength = branchLength
        self.hasBranchLength = hasLength
        self.names = names
        self.childOffsets = offsets
        self.childIndices = children
        self.tipNodes = tips
        self.totalBranchLength = total
        self.duplicateTipNames = duplicates.sorted()
        self.tipNodeByName = byName
    }

    /// Number of nodes, tips and internal nodes together.
    public var nodeCount: Int { parent.count }
    /// Number of tips (nodes without children).
    public var tipCount: Int { tipNodes.count }
    /// Index of the root, always the last node.
    public var root: Int { parent.count - 1 }
    /// Names of the tips in post-order (left to right); `nil` for unnamed tips.
    public var tipNames: [String?] { tipNodes.map { names[Int($0)] } }
    /// Number of non-root branches whose length the input did not give.
    public var missingBranchLengthCount: Int {
        var count = 0
        for node in 0..<(nodeCount - 1) where !hasBranchLength[node] { count += 1 }
        return count
    }

    /// True when `node` has no children.
    @inlinable public func isTip(_ node: Int) -> Bool { childOffsets[node] == childOffsets[node + 1] }

    /// The children of `node`, left to right.
    @inlinable public func children(of node: Int) -> ArraySlice<Int32> {
        childIndices[Int(childOffsets[node])..<Int(childOffsets[node + 1])]
    }

    /// Node index of the tip called `name`, or `nil` when no tip has that name. Throws when
    /// several tips share the name, since which one is meant cannot be known.
    public func tipIndex(named name: String) throws(PhylogeneticTreeError) -> Int? {
        if let node = tipNodeByName[name] { return Int(node) }
        if duplicateTipNames.contains(name) { throw .duplicateTipName(name) }
        return nil
    }
}

/// Why a `PhylogeneticTree` could not be built or transformed.
public enum PhylogeneticTreeError: Error, CustomStringConvertible, Equatable {
    case empty
    case shapeMismatch(String)
    case notPostOrder(String)
    case nonFiniteBranchLength(node: Int, name: String?)
    case duplicateTipName(String)
    case unknownTips(first: String, count: Int)
    case nothingToKeep

    public var description: String {
        switch self {
        case .empty: return "the tree has no nodes"
        case .shapeMismatch(let what): return "tree shape mismatch: \(what)"
        case .notPostOrder(let what): return "tree nodes are not in post-order: \(what)"
        case .nonFiniteBranchLength(let node, let name):
            return "node \(node)\(name.map { " ('\($0)')" } ?? ""): branch length is not a finite number"
        case .duplicateTipName(let name):
            return "tip name '\(name)' occurs more than once in the tree; tips must be uniquely named"
        case .unknownTips(let first, let count):
            return count == 1
                ? "tip '\(first)' is not in the tree"
                : "\(count) tips are not in the tree, for example '\(first)'"
        case .nothingToKeep: return "cannot shear the tree to no tips"
        }
    }
}
