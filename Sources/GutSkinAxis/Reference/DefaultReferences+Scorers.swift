/// The scorers of the built-in references, made once per process. A scorer's per-genus medians over
/// the reference's samples are the same for every sample scored against it, and computing them was
/// most of the cost of one person's report (three references: gut and two skin), which a service
/// making many reports paid again each time.
extension DefaultReferences {
    /// A scorer per reference of `all()`, in the same order.
    public static func allScorers() throws(ReferenceError) -> [SampleScorer] {
        try scorers.get()
    }

    private static let scorers: Result<[SampleScorer], ReferenceError> = Result { () throws(ReferenceError) in
        try all().map(SampleScorer.init(reference:))
    }
}
