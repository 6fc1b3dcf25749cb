import GutSkinCore

/// Reads a phylogeny from Newick (plain or gzip) or from a `Phylogeny[Rooted]` artifact.
public enum TreeFile {
    public static func read(path: String) throws -> PhylogeneticTree {
        if try FeatureTableFile.detectFormat(path: path) == .qza { return try QIIME2Artifact.readTree(path: path) }
        return try Newick.read(path: path)
    }
}
