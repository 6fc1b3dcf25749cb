/// Which two samples of each person measure their visit-to-visit change: the person's two
/// earliest visits, with exactly one sample at each. When samples carry a match key (say, the
/// body side of a skin swab), only samples with the same key are paired and the first key (in
/// sorted order) that gives such a pair is used, so each person still contributes one change.
/// `UsualChange` (researchers' summary tables) and `ReferenceBuilder` (the built-in references)
/// both pair visits this way.
public enum VisitPairing {
    /// One sample's person, visit (number or day) and optional match key.
    public struct Visit: Sendable, Equatable {
        public var person: String
        public var visit: Double
        public var match: String?

        public init(person: String, visit: Double, match: String? = nil) {
            self.person = person
            self.visit = visit
            self.match = match
        }
    }

    /// One (earlier, later) pair of sample indices per person who has one, in the order of each
    /// person's first sample; samples without a visit (nil) are ignored.
    public static func pairs(_ visits: [Visit?]) -> [(earlier: Int, later: Int)] {
        var order = [String]()
        var samplesOf = [String: [Int]]()
        for (index, visit) in visits.enumerated() {
            guard let visit else { continue }
            if samplesOf[visit.person] == nil { order.append(visit.person) }
            samplesOf[visit.person, default: []].append(index)
        }
        return order.compactMap { person -> (earlier: Int, later: Int)? in
            let samples = samplesOf[person]!
            let keys = Set(samples.map { visits[$0]!.match ?? "" }).sorted()
            for key in keys {
                let group = samples.filter { (visits[$0]!.match ?? "") == key }
                let days = Set(group.map { visits[$0]!.visit }).sorted()
                guard days.count >= 2 else { continue }
                let first = group.filter { visits[$0]!.visit == days[0] }
                let second = group.filter { visits[$0]!.visit == days[1] }
                if first.count == 1, second.count == 1 { return (first[0], second[0]) }
            }
            return nil
        }
    }
}
