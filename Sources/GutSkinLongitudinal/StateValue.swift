/// A value of the state column (time point, visit): a number when every value of the column is
/// one, as q2-longitudinal's `pd.to_numeric(errors='ignore')` makes the column numeric, else text.
public enum StateValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    case number(Double)
    case text(String)

    /// The value as pandas prints it in q2-longitudinal's messages and tables: integers without ".0".
    public var description: String {
        switch self {
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .text(let text): return text
        }
    }

    public static func < (lhs: StateValue, rhs: StateValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.text(let a), .text(let b)): return a < b
        case (.number, .text): return true
        case (.text, .number): return false
        }
    }
}

/// A metadata column read as states: numeric when every present value parses as a number.
public struct StateColumn: Sendable {
    public let name: String
    public let isNumeric: Bool
    /// One state per sample row; `nil` where the value is missing.
    public let values: [StateValue?]

    public init(name: String, values: [String?]) {
        self.name = name
        let parsed = values.map { $0.flatMap(Double.init) }
        isNumeric = zip(values, parsed).allSatisfy { $0 == nil || $1 != nil }
        self.values = isNumeric ? parsed.map { $0.map(StateValue.number) } : values.map { $0.map(StateValue.text) }
    }

    /// A state given by the user, cast to the column's type as q2-longitudinal casts it (`dtype.type(state)`).
    public func state(_ text: String, file: String) throws(LongitudinalError) -> StateValue {
        guard isNumeric else { return .text(text) }
        guard let number = Double(text) else { throw .stateNotNumeric(file: file, column: name, state: text) }
        return .number(number)
    }

    /// The distinct present states, sorted.
    public var distinctStates: [StateValue] { Array(Set(values.compactMap { $0 })).sorted() }
}
