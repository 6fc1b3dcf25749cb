/// One score's change between two samples of a person, judged against how much healthy people's
/// scores move between two visits: "changed beyond usual variation" when |change| exceeds the
/// 95th percentile of their |change|, "within usual variation" otherwise. It says how large a
/// change is, never what caused it. The CLI, the report timeline and the service all judge here.
public struct ScoreChangeJudgement: Sendable, Equatable {
    public let score: String
    public let before: Double
    public let after: Double
    /// The 95th percentile of healthy people's |change|.
    public let bound: Double
    /// How many people the bound rests on.
    public let people: Int

    public init(score: String, before: Double, after: Double, bound: Double, people: Int) {
        self.score = score
        self.before = before
        self.after = after
        self.bound = bound
        self.people = people
    }

    public var change: Double { after - before }
    public var beyondUsualVariation: Bool { abs(change) > bound }

    public static let beyondWords = "changed beyond usual variation"
    public static let withinWords = "within usual variation"

    /// Words for people: what the numbers say, never why.
    public var verdict: String { beyondUsualVariation ? Self.beyondWords : Self.withinWords }
}
