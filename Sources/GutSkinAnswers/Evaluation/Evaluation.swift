import GutSkinAxis

/// How well answers match a labelled question set: top-1 and top-3 accuracy of the statements an
/// answer shows, and precision and recall of each refusal class.
public struct Evaluation: Sendable {
    public struct ClassScore: Sendable {
        public let refusal: Answer.RefusalClass
        public let truePositives: Int, labelled: Int, predicted: Int
        public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        public var recall: Double { labelled == 0 ? 1 : Double(truePositives) / Double(labelled) }
    }

    /// A question whose answer missed its label.
    public struct Miss: Sendable {
        public let question: LabelledQuestion
        public let answer: Answer
    }

    public let answerable: Int, top1: Int, top3: Int
    public let classes: [ClassScore]
    /// Time to answer each question, in seconds (the index is built before).
    public let answerSeconds: [Double]
    public let misses: [Miss]

    public var top1Accuracy: Double { answerable == 0 ? 1 : Double(top1) / Double(answerable) }
    public var top3Accuracy: Double { answerable == 0 ? 1 : Double(top3) / Double(answerable) }

    /// Answers every question (with the report where a question is marked `report`) and scores them.
    public init(questions: [LabelledQuestion], answerer: Answerer, report: GutSkinReport?) {
        var answerable = 0
        var top1 = 0
        var top3 = 0
        var misses: [Miss] = []
        var counts: [Answer.RefusalClass: (tp: Int, labelled: Int, predicted: Int)] = [:]
        var answerSeconds: [Double] = []
        let clock = ContinuousClock()
        for question in questions {
            var answer: Answer!
            let elapsed = clock.measure { answer = answerer.answer(question: question.q, report: question.report == true ? report : nil) }
            answerSeconds.append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
            let predicted = answer.kind == .answer ? nil : answer.refusalClass
            if let predicted { counts[predicted, default: (0, 0, 0)].predicted += 1 }
            if let refusal = question.refusal {
                counts[refusal, default: (0, 0, 0)].labelled += 1
                if predicted == refusal {
                    counts[refusal, default: (0, 0, 0)].tp += 1
                } else {
                    misses.append(Miss(question: question, answer: answer))
                }
            } else if let ids = question.ids {
                answerable += 1
                let shown = answer.kind == .answer ? answer.statements : []
                if let first = shown.first, ids.contains(first) { top1 += 1 }
                if shown.prefix(3).contains(where: ids.contains) {
                    top3 += 1
                } else {
                    misses.append(Miss(question: question, answer: answer))
                }
            }
        }
        self.answerable = answerable
        self.top1 = top1
        self.top3 = top3
        self.misses = misses
        self.answerSeconds = answerSeconds
        classes = Answer.RefusalClass.allCases.map {
            let count = counts[$0] ?? (0, 0, 0)
            return ClassScore(refusal: $0, truePositives: count.tp, labelled: count.labelled, predicted: count.predicted)
        }
    }

    /// The figures as lines for people.
    public var lines: [String] {
        func percent(_ x: Double) -> String { HTMLText.number(x * 100, decimals: 1) + "%" }
        var lines = [
            "answerable questions: \(answerable); top-1 \(top1) (\(percent(top1Accuracy))), top-3 \(top3) (\(percent(top3Accuracy)))"
        ]
        for score in classes {
            lines.append(
                "refusal \(score.refusal.rawValue): labelled \(score.labelled), refused \(score.predicted), "
                    + "precision \(percent(score.precision)), recall \(percent(score.recall))")
        }
        let sorted = answerSeconds.sorted()
        if let slowest = sorted.last {
            let median = sorted[sorted.count / 2]
            let milliseconds = { (seconds: Double) in HTMLText.number(seconds * 1000, decimals: 2) + " ms" }
            lines.append("answer time: median \(milliseconds(median)), slowest \(milliseconds(slowest))")
        }
        return lines
    }
}
