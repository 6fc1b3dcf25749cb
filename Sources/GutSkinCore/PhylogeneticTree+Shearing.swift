extension PhylogeneticTree {
    /// The tree reduced to the named tips, as scikit-bio's `TreeNode.shear` (with its default
    /// `prune=True`) computes it.
    ///
    /// Tips not named, and internal nodes left without tips, are removed. Every internal node
    /// left with a single child (including ones that already had a single child) is then
    /// collapsed: its branch length is added to the child's, the child keeps its own label and
    /// takes the collapsed node's place. When the root is left with a single child, that child
    /// becomes the root, its length increased by the old root's length (as skbio's root adopts
    /// its only child). Missing lengths count as 0; a merged branch has a length when either
    /// part had one.
    ///
    /// Unlike skbio, which re-appends a collapsed node's child at the end of its parent's
    /// children, the child keeps its position, so the left-to-right order of the kept tips is
    /// the original order. Topology, labels and lengths are the same.
    ///
    /// Throws when a name is not a tip of the tree, when a name belongs to several tips, or
    /// when no names are given.
    public func sheared(toTips tipNamesToKeep: some Collection<String>) throws(PhylogeneticTreeError) -> PhylogeneticTree {
        var keep = [Bool](repeating: false, count: nodeCount)
        var unknown: [String] = []
        for name in tipNamesToKeep {
            if let tip = try tipIndex(named: name) { keep[tip] = true } else { unknown.append(name) }
        }
        if let first = unknown.first { throw .unknownTips(first: first, count: unknown.count) }
        guard keep.contains(true) else { throw .nothingToKeep }

        // Keep every ancestor of a kept tip, and count each node's kept children (post-order:
        // children are visited before their parents).
        var keptChildren = [Int32](repeating: 0, count: nodeCount)
        for node in 0..<(nodeCount - 1) where keep[node] {
            let up = Int(parent[node])
            keep[up] = true
            keptChildren[up] += 1
        }

        // Top-down (decreasing index), each kept node finds its nearest surviving ancestor and
        // the length of the merged branch up to it. A kept internal node with one kept child is
        // collapsed into that child; so is the root, whose single child then becomes the root.
        var collapsed = [Bool](repeating: false, count: nodeCount)
        var survivingParent = [Int32](repeating: -1, count: nodeCount)
        var mergedLength = branchLength
        var mergedHasLength = hasBranchLength
        for node in stride(from: nodeCount - 1, through: 0, by: -1) where keep[node] {
            collapsed[node] = keptChildren[node] == 1
            guard node != root else { continue }
            let up = Int(parent[node])
            if collapsed[up] {
                survivingParent[node] = survivingParent[up]
                mergedLength[node] += mergedLength[up]
                mergedHasLength[node] = mergedHasLength[node] || mergedHasLength[up]
            } else {
                survivingParent[node] = Int32(up)
            }
        }

        // Survivors in original order are a post-order of the sheared tree.
        var newIndex = [Int32](repeating: -1, count: nodeCount)
        var survivors: [Int] = []
        for node in 0..<nodeCount where keep[node] && !collapsed[node] {
            newIndex[node] = Int32(survivors.count)
            survivors.append(node)
        }
        return try PhylogeneticTree(
            parent: survivors.map { survivingParent[$0] < 0 ? -1 : newIndex[Int(survivingParent[$0])] },
            branchLength: survivors.map { mergedLength[$0] },
            names: survivors.map { names[$0] },
            hasBranchLength: survivors.map { mergedHasLength[$0] })
    }
}
