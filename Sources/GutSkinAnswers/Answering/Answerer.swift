import GutSkinAxis

/// Answers a person's question from their report, their diary analysis and the cited knowledge
/// statements, or refuses by class (diagnosis, medication, emergency, product, no sourced answer).
/// Build once (the index takes milliseconds); answering is thread-safe.
public final class Answerer: Sendable {
    public let knowledge: Knowledge
    let index: StatementIndex

    /// Builds the search index over the knowledge; throws when SQLite lacks FTS5.
    public init(knowledge: Knowledge = .standard) throws {
        self.knowledge = knowledge
        index = try StatementIndex(knowledge: knowledge)
    }

    /// The answer to one question; a follow-up ("and on my skin?") is resolved against the
    /// conversation's previous turn, and the turn is added to the conversation.
    public func answer(
        question: String, report: GutSkinReport? = nil, diary: DiaryAnalysis? = nil, conversation: inout Conversation
    ) -> Answer {
        var resolved = question
        var words = QueryWords.words(question)
        if let previous = conversation.previous, previous.kind == .answer,
            Conversation.isFollowUp(words, specificWords: index.searchWords(question).specific)
        {
            let newSite = ReportTopics.site(in: words) != nil
            let earlier = QueryWords.words(previous.resolvedQuestion).filter { !newSite || !["skin", "gut", "stool"].contains($0) }
            resolved = (earlier + words).joined(separator: " ")
            words = QueryWords.words(resolved)
        }
        let answer = respond(to: resolved, words: words, report: report, diary: diary)
        conversation.append(.init(question: question, resolvedQuestion: resolved, kind: answer.kind, statements: answer.statements))
        return answer
    }

    /// The answer to one question on its own.
    public func answer(question: String, report: GutSkinReport? = nil, diary: DiaryAnalysis? = nil) -> Answer {
        var conversation = Conversation()
        return answer(question: question, report: report, diary: diary, conversation: &conversation)
    }

    /// Whether the question asks about the person's own diary ("what makes my itch worse?"), so a
    /// caller fetches the diary analysis (costly) only when it is needed.
    public func isDiaryQuestion(_ question: String) -> Bool {
        let words = QueryWords.words(question)
        return ReportTopics.isPersonal(words) && DiaryAnswer.isDiaryQuestion(words)
    }

    /// The statement ids a question retrieves, best first (for evaluation).
    public func retrieve(_ question: String, limit: Int = 3) -> [String] {
        ((try? index.search(question, limit: limit)) ?? []).map(\.id)
    }

    func respond(to question: String, words: [String], report: GutSkinReport?, diary: DiaryAnalysis?) -> Answer {
        guard !words.isEmpty else { return Answer(kind: .unknown, refusalClass: .noSource, text: "Ask a question in words.") }
        if let refusal = RefusalRules.refusal(for: question) {
            return Answer(kind: .refusal, refusalClass: refusal, text: RefusalRules.text(for: refusal))
        }
        let searchWords = index.searchWords(question)
        let personal = ReportTopics.isPersonal(words)
        if personal, DiaryAnswer.isDiaryQuestion(words) {
            guard let diary else {
                return Answer(
                    kind: .unknown, refusalClass: .noSource,
                    text:
                        "Questions about your own diary need your diary: add one (in the service) or give its analysis (gutskin ask --diary)."
                )
            }
            return DiaryAnswer.answer(diary)
        }
        let topics = ReportTopics.topics(in: words + searchWords.specific)
        let hits = retrieve(question, limit: 3)
        if personal, let report, !topics.isEmpty {
            return OwnNumbersAnswer(knowledge: knowledge, report: report)
                .answer(topics: topics, site: ReportTopics.site(in: words), retrieved: hits)
        }
        if personal, let report, topics.isEmpty, hits.isEmpty, OwnNumbersAnswer.asksForSummary(words) {
            return OwnNumbersAnswer(knowledge: knowledge, report: report).summary()
        }
        guard !hits.isEmpty else {
            return Answer(kind: .unknown, refusalClass: .noSource, text: RefusalRules.text(for: .noSource))
        }
        var answer = compose(hits.compactMap(knowledge.statement))
        if RefusalRules.matches(QueryWords.normalisedText(question), RefusalRules.adviceQuestions) {
            answer = answer.adding(note: RefusalRules.adviceNote)
        }
        if personal, report == nil, !topics.isEmpty {
            answer = answer.adding(note: "To see your own numbers, give your report (gutskin ask … --report report.json).")
        }
        return answer
    }

    /// A general answer: each statement with its grade and citation keys.
    func compose(_ statements: [KnowledgeStatement], opening: [String] = []) -> Answer {
        let lines = statements.map(Self.line)
        let text = (opening + ["What is known:"] + lines).joined(separator: "\n")
        return Answer(
            kind: .answer, text: text, statements: statements.map(\.id), citations: Self.sources(of: statements))
    }

    /// "- text (evidence: low) [juhl-2018; aghasi-2019]".
    static func line(_ statement: KnowledgeStatement) -> String {
        "- \(statement.text) (\(statement.gradeWords)) [\(statement.citations.joined(separator: "; "))]"
    }

    /// Every source the statements cite, in order of first use, with its reference text.
    static func sources(of statements: [KnowledgeStatement]) -> [Answer.CitedSource] {
        var keys: [String] = []
        for key in statements.flatMap(\.citations) where !keys.contains(key) { keys.append(key) }
        return keys.map { Answer.CitedSource(key: $0, text: Bibliography.citation($0)?.authorYear ?? $0) }
    }
}

extension Answer {
    /// The same answer with a closing note.
    func adding(note: String) -> Answer {
        Answer(
            kind: kind, refusalClass: refusalClass, text: text + "\n" + note, statements: statements, citations: citations,
            reportValues: reportValues)
    }
}
