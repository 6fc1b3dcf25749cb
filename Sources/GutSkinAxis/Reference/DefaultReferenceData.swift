// Placeholder until scripts/build-default-references generates this file.
enum DefaultReferenceData {
    static let gut = ""
    static let skinSebaceous = ""
    static let skinDry = ""
}
