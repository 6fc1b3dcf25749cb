/// The diary laid out day by day from its first to its last entry: each symptom's daily mean
/// (NaN when not logged), each exposure's daily presence, and which days were logged at all.
public struct DailySeries: Sendable {
    /// One exposure: a tag, or an item whose days differ from every tag it belongs to.
    public struct Exposure: Sendable, Equatable {
        public let name: String
        /// "tag" or "item".
        public let source: String
        /// present[day]
        public let present: [Bool]
        /// The items that made up a tag (or the item itself).
        public let items: [String]
    }

    public let firstDay: DiaryDate
    public let dayCount: Int
    /// Symptom names in first-seen order.
    public let symptomNames: [String]
    /// symptoms[symptom][day]: the day's mean severity, NaN when not logged.
    public let symptoms: [[Double]]
    public let exposures: [Exposure]
    /// Days with at least one entry of any kind: on other days exposures are unknown, so no
    /// comparison uses them as days without an exposure.
    public let logged: [Bool]

    public init(diary: Diary, vocabulary: TagVocabulary) {
        let range = diary.dateRange ?? DiaryDate(dayNumber: 0)...DiaryDate(dayNumber: 0)
        firstDay = range.lowerBound
        dayCount = range.upperBound.dayNumber - range.lowerBound.dayNumber + 1
        var names: [String] = []
        var sums: [String: [Double]] = [:]
        var counts: [String: [Int]] = [:]
        var tagDays: [String: [Bool]] = [:]
        var tagItems: [String: Set<String>] = [:]
        var itemDays: [String: [Bool]] = [:]
        var itemTags: [String: [String]] = [:]
        var itemOrder: [String] = []
        var logged = [Bool](repeating: false, count: dayCount)
        for entry in diary.entries {
            let day = entry.date.dayNumber - firstDay.dayNumber
            logged[day] = true
            switch entry.kind {
            case .symptom:
                let name = entry.item.lowercased()
                if sums[name] == nil {
                    names.append(name)
                    sums[name] = [Double](repeating: 0, count: dayCount)
                    counts[name] = [Int](repeating: 0, count: dayCount)
                }
                sums[name]![day] += entry.value ?? 0
                counts[name]![day] += 1
            case .food, .product:
                guard entry.isExposure else { continue }
                let item = TagVocabulary.normalised(entry.item)
                if itemDays[item] == nil {
                    itemOrder.append(item)
                    itemDays[item] = [Bool](repeating: false, count: dayCount)
                    itemTags[item] = vocabulary.tags(of: item)
                }
                itemDays[item]![day] = true
                for tag in itemTags[item]! {
                    tagDays[tag, default: [Bool](repeating: false, count: dayCount)][day] = true
                    tagItems[tag, default: []].insert(item)
                }
            case .note, .phase:
                continue
            }
        }
        symptomNames = names
        symptoms = names.map { name in
            zip(sums[name]!, counts[name]!).map { $1 > 0 ? $0 / Double($1) : .nan }
        }
        // Tags on exactly the same days cannot be told apart: they become one exposure ("gluten / refined carbohydrates").
        var exposures: [Exposure] = []
        for tag in vocabulary.keywords.map(\.tag) {
            guard let days = tagDays[tag] else { continue }
            if let same = exposures.firstIndex(where: { $0.present == days }) {
                let merged = exposures[same]
                exposures[same] = Exposure(
                    name: merged.name + " / " + tag, source: "tag", present: days,
                    items: Array(Set(merged.items).union(tagItems[tag]!)).sorted())
            } else {
                exposures.append(Exposure(name: tag, source: "tag", present: days, items: tagItems[tag]!.sorted()))
            }
        }
        for item in itemOrder where !(itemTags[item]!.contains { tagDays[$0]! == itemDays[item]! }) {
            exposures.append(Exposure(name: item, source: "item", present: itemDays[item]!, items: [item]))
        }
        self.exposures = exposures
        self.logged = logged
    }

    /// The date of day `index`.
    public func date(_ index: Int) -> DiaryDate { firstDay.adding(days: index) }
}
