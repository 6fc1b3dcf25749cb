/// What a diary row records.
public enum DiaryKind: String, Sendable, Codable, CaseIterable {
    /// Something eaten or drunk; `item` is free text mapped to tags (dairy, gluten, …).
    case food
    /// Something put on the skin or taken (a cleanser, a probiotic, an antibiotic).
    case product
    /// A symptom's severity on its scale (0–10, or 1–7 for stool form).
    case symptom
    /// A free-text note; not analysed.
    case note
    /// The start of an elimination or reintroduction phase of an item, or the end of one.
    case phase
}

/// The start of a phase: from this day, `item` is avoided (elimination) or eaten again
/// (reintroduction), until the next phase row for the same item.
public enum PhaseKind: String, Sendable, Codable, CaseIterable {
    case elimination, reintroduction, end
}

/// One diary row. Values are checked against the kind when read: a symptom's severity on its
/// scale, a food's amount zero or more (0: not eaten), a phase's kind.
public struct DiaryEntry: Sendable, Equatable, Codable {
    public var date: DiaryDate
    public var kind: DiaryKind
    public var item: String
    /// Amount (food, product; nil when not given) or severity (symptom).
    public var value: Double?
    /// For `phase` rows: which phase starts.
    public var phase: PhaseKind?
    /// Optional time of day, HH:MM.
    public var time: String?
    public var note: String?
    /// The line (TSV, CSV) or entry number (JSON, 1-based) the entry came from, for messages.
    public var line: Int

    public init(
        date: DiaryDate, kind: DiaryKind, item: String, value: Double? = nil, phase: PhaseKind? = nil,
        time: String? = nil, note: String? = nil, line: Int = 0
    ) {
        self.date = date
        self.kind = kind
        self.item = item
        self.value = value
        self.phase = phase
        self.time = time
        self.note = note
        self.line = line
    }

    /// True for a food or product row that counts as an exposure (no amount, or an amount above 0).
    public var isExposure: Bool { (kind == .food || kind == .product) && (value ?? 1) > 0 }
}
