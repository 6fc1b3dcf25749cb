/// The scale a symptom is scored on. Skin and gut symptoms (itch, redness, breakouts, dryness,
/// bloating, and any other the person names) are 0–10 severities; stool form is the Bristol
/// stool scale, whole numbers 1–7 (Lewis & Heaton 1997, doi:10.3109/00365529709011203).
public enum SymptomScale: Sendable, Equatable {
    case severity
    case bristol

    /// The symptoms gutskin names on its pages and in the docs, each 0–10.
    public static let standardSymptoms = ["itch", "redness", "breakouts", "dryness", "bloating"]

    /// Names read as stool form on the Bristol scale.
    public static let bristolNames: Set<String> = ["stool", "stool form", "bristol", "bristol stool"]

    /// The scale of the symptom named `name` (case-insensitive).
    public static func of(_ name: String) -> SymptomScale {
        bristolNames.contains(name.lowercased()) ? .bristol : .severity
    }

    public var range: ClosedRange<Double> { self == .bristol ? 1...7 : 0...10 }

    /// A value on the scale (Bristol values whole numbers).
    public func accepts(_ value: Double) -> Bool {
        guard range.contains(value) else { return false }
        return self == .severity || value == value.rounded()
    }

    /// How the scale is written in messages.
    public var label: String { self == .bristol ? "the Bristol stool scale (whole numbers 1–7)" : "the 0–10 severity scale" }
}
