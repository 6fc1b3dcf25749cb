import Foundation

/// The references gutskin ships, built by `scripts/build-default-references` from the Human
/// Microbiome Project's V3–V5 16S data (hmp-v35-even1k) and compiled into the program, so a report
/// needs no files besides the person's table. `references/*.json` holds the same files; a test
/// rebuilds them and checks they are reproduced.
public enum DefaultReferences {
    /// Built-in names, as `--reference` and `reference inspect` accept them.
    public static let names = ["gut", "skin-sebaceous", "skin-dry"]

    /// The JSON text of a built-in reference, or nil for an unknown name.
    public static func json(named name: String) -> String? {
        switch name {
        case "gut": DefaultReferenceData.gut
        case "skin-sebaceous": DefaultReferenceData.skinSebaceous
        case "skin-dry": DefaultReferenceData.skinDry
        default: nil
        }
    }

    /// A built-in reference, parsed (once per process: they are compiled in and never change).
    public static func reference(named name: String) throws(ReferenceError) -> GutSkinReference? {
        guard names.contains(name) else { return nil }
        return try parsed[name]!.get()
    }

    private static let parsed: [String: Result<GutSkinReference, ReferenceError>] = Dictionary(
        uniqueKeysWithValues: names.map { name in
            (
                name,
                Result { () throws(ReferenceError) in
                    try GutSkinReference(jsonData: Data(json(named: name)!.utf8), file: "built-in reference '\(name)'")
                }
            )
        })

    /// Every built-in reference, gut first.
    public static func all() throws(ReferenceError) -> [GutSkinReference] {
        var references = [GutSkinReference]()
        for name in names { if let reference = try reference(named: name) { references.append(reference) } }
        return references
    }
}
