import Foundation
import GutSkinFormats

/// gutskin's three built-in references, built from the Human Microbiome Project's V3–V5 16S data
/// (`hmp-v35-even1k`: table, mapping, and the Greengenes 13_8 tree) the first time a process needs
/// one — about a second for all three. The data is read where it lies, never copied into gutskin:
/// from `$GUTSKIN_DATA`, or from the first `shared/data` folder found above the working folder or
/// the program (a checkout's `../shared/data`).
public enum DefaultReferences {
    /// Built-in names, as `--reference` and `reference inspect` accept them.
    public static let names = ["gut", "skin-sebaceous", "skin-dry"]

    /// The HMP files the built-ins are built from.
    public static let dataFiles = (table: "hmp-v35-even1k.biom", mapping: "hmp-v35-even1k-mapping.tsv", tree: "gg-13_8-97_otus.tree.gz")

    /// The recipe of built-in reference `name` over the HMP files in `folder` (what
    /// `scripts/build-default-references` runs as `gutskin reference build`); nil for an unknown name.
    public static func recipe(named name: String, dataFolder folder: String) -> ReferenceRecipe? {
        let (site, detail, label, conditions): (BodySite, String, String, [String])
        switch name {
        case "gut": (site, detail, label, conditions) = (.gut, "stool", "HMP stool", ["HMPbodysubsite=Stool"])
        case "skin-sebaceous":
            (site, detail, label, conditions) = (
                .skin, "sebaceous (retroauricular crease)", "HMP retroauricular crease",
                ["HMPbodysubsite=Right_Retroauricular_crease", "HMPbodysubsite=Left_Retroauricular_crease"]
            )
        case "skin-dry":
            (site, detail, label, conditions) = (
                .skin, "dry (antecubital fossa)", "HMP antecubital fossa",
                ["HMPbodysubsite=Right_Antecubital_fossa", "HMPbodysubsite=Left_Antecubital_fossa"]
            )
        default: return nil
        }
        let folder = URL(fileURLWithPath: folder)
        var recipe = ReferenceRecipe(
            table: folder.appendingPathComponent(dataFiles.table).path, site: site, siteDetail: detail, name: label,
            platform: "16S rRNA V3–V5 amplicons (HMP, 454 pyrosequencing)", depth: 1000)
        recipe.metadata = folder.appendingPathComponent(dataFiles.mapping).path
        recipe.tree = folder.appendingPathComponent(dataFiles.tree).path
        recipe.conditions = conditions
        recipe.seed = 1
        recipe.subjectColumn = "hostsubjectid"
        // Each person's usual visit-to-visit change: visit 1 → 2, same body side.
        recipe.stateColumn = "visitno"
        recipe.matchColumn = "HMPbodysubsite"
        return recipe
    }

    /// A built-in reference (built once per process), or nil for an unknown name.
    public static func reference(named name: String) throws(ReferenceError) -> GutSkinReference? {
        guard let index = names.firstIndex(of: name) else { return nil }
        return try built.get()[index]
    }

    /// Every built-in reference, gut first.
    public static func all() throws(ReferenceError) -> [GutSkinReference] { try built.get() }

    private static let built = Result { () throws(ReferenceError) in try buildAll() }

    /// Reads the HMP files once and builds the three references from them.
    static func buildAll() throws(ReferenceError) -> [GutSkinReference] {
        guard let folder = dataFolder() else { throw .builtInDataMissing(searched: searchedPlaces()) }
        do {
            let any = recipe(named: names[0], dataFolder: folder)!
            let table = try FeatureTableFile.read(path: any.table)
            let metadata = try any.metadata.map { try MetadataTSV.read(path: $0) }
            let tree = try any.tree.map { try TreeFile.read(path: $0) }
            return try names.map { name in
                try recipe(named: name, dataFolder: folder)!.build(
                    table: table, metadata: metadata, tree: tree, builtBy: "gutskin built-in reference '\(name)'")
            }
        } catch {
            throw .builtInUnbuildable(reason: "\(error)")
        }
    }

    /// `$GUTSKIN_DATA` when set, else the first `shared/data` holding the HMP table in a folder
    /// above the working folder or the program; nil when there is none.
    public static func dataFolder() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["GUTSKIN_DATA"], !folder.isEmpty {
            return FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(dataFiles.table)) ? folder : nil
        }
        for start in startFolders() {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("shared/data")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(dataFiles.table).path) {
                    return candidate.path
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    private static func startFolders() -> [URL] {
        var folders = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        if let program = Bundle.main.executableURL?.resolvingSymlinksInPath() { folders.append(program.deletingLastPathComponent()) }
        return folders
    }

    private static func searchedPlaces() -> String {
        if let folder = ProcessInfo.processInfo.environment["GUTSKIN_DATA"], !folder.isEmpty { return "\(folder) (GUTSKIN_DATA)" }
        return "any shared/data above \(startFolders().map(\.path).joined(separator: " or "))"
    }
}
