import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Optional, off by default: asks an OpenAI-compatible model server the person runs locally to
/// rephrase a composed answer from the retrieved statements and the report's values only. Every
/// returned sentence must end with the ids of the statements it rests on (`[dairy-acne]`, or
/// `[report]` for the person's own values); a sentence citing nothing, citing anything not
/// retrieved, or stating a number its sources do not hold is dropped. The person's own numbers
/// are kept word for word from the composed answer.
public struct Rephraser: Sendable {
    /// A server that could not be reached or answered with something unreadable.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The server's base URL (`http://127.0.0.1:8080`); requests go to `/v1/chat/completions`.
    public let server: URL
    public let model: String
    public let timeout: TimeInterval

    public init(server: URL, model: String, timeout: TimeInterval = 60) {
        self.server = server
        self.model = model
        self.timeout = timeout
    }

    static let instructions = """
        Rephrase the statements below as a short, plain answer to the question. Use only these statements and values; \
        add no facts, advice, diagnoses or products. End every sentence with the ids of the statements it rests on in \
        square brackets, e.g. [dairy-acne] or [report] for the person's own values.
        """

    /// The prompt: the question, the retrieved statements by id, and the report's values. Nothing else.
    static func prompt(question: String, statements: [KnowledgeStatement], values: [Answer.ReportValue]) -> String {
        var lines = ["Question: \(question)", "Statements:"]
        lines += statements.map { "[\($0.id)] \($0.text)" }
        if !values.isEmpty {
            lines.append("Report values [report]:")
            lines += values.map { value in
                let number = value.value.map { "\($0)" } ?? "none"
                return "\(value.score): value \(number), percentile \(value.percentile.map { "\($0)" } ?? "none"), band \(value.band)"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The answer rephrased, or the composed answer unchanged when the model returns no sentence that passes the checks.
    public func rephrase(_ answer: Answer, question: String, knowledge: Knowledge) throws(Failure) -> Answer {
        guard answer.kind == .answer, !answer.statements.isEmpty else { return answer }
        let statements = answer.statements.compactMap(knowledge.statement)
        let content = try complete(Self.prompt(question: question, statements: statements, values: answer.reportValues))
        let own = answer.text.split(separator: "\n").filter { $0.hasPrefix("Your ") || $0.hasPrefix("Methane ") }.map(String.init)
        let kept = CitedSentences.checked(content, retrieved: statements, ownLines: own)
        guard !kept.isEmpty else { return answer }
        return Answer(
            kind: .answer, text: (own + kept).joined(separator: "\n"), statements: answer.statements, citations: answer.citations,
            reportValues: answer.reportValues)
    }

    /// One chat completion (temperature 0); the first choice's message content.
    func complete(_ prompt: String) throws(Failure) -> String {
        var request = URLRequest(url: server.appendingPathComponent("v1/chat/completions"), timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "model": model, "temperature": 0,
            "messages": [["role": "system", "content": Self.instructions], ["role": "user", "content": prompt]],
        ]
        request.httpBody = try? JSONSerialization.data(withJSONObject: body)
        let (data, status) = try Self.send(request)
        guard status == 200 else { throw Failure(description: "\(server): the model server answered HTTP \(status)") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let choices = object["choices"] as? [[String: Any]], let message = choices.first?["message"] as? [String: Any],
            let content = message["content"] as? String
        else { throw Failure(description: "\(server): no choices[0].message.content in the model server's reply") }
        return content
    }

    /// Sends a request and waits for the reply (the CLI is synchronous).
    static func send(_ request: URLRequest) throws(Failure) -> (Data, Int) {
        final class Box: @unchecked Sendable {
            var result: Result<(Data, Int), Failure> = .failure(Failure(description: "no reply"))
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let url = request.url?.absoluteString ?? ""
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                box.result = .failure(Failure(description: "\(url): cannot reach the model server (\(error.localizedDescription))"))
            } else {
                box.result = .success((data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0))
            }
            done.signal()
        }.resume()
        done.wait()
        return try box.result.get()
    }
}
