import Foundation
import Testing

@testable import GutSkinAnswers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rephrasing through a fake OpenAI-compatible server on 127.0.0.1: the prompt holds only the
/// retrieved statements and the report's values, and sentences citing nothing, citing anything not
/// retrieved or stating a number their sources lack are dropped.
@Suite struct RephraserTests {
    @Test func keepsOnlySentencesCitingRetrievedStatements() throws {
        let answerer = try Answerer()
        let answer = answerer.answer(question: "does dairy cause acne?")
        let reply = [
            "Dairy was linked with slightly higher odds of acne (odds ratio 1.25) [dairy-acne].",
            "Milk definitely causes acne.",
            "Probiotics cure acne [probiotics-eczema-treatment].",
            "In adults a genetic study of 20,416 people found no link [dairy-acne].",
            "The odds ratio was 9.9 [dairy-acne].",
        ].joined(separator: " ")
        let server = try FakeModelServer(content: reply)
        let rephraser = Rephraser(server: URL(string: "http://127.0.0.1:\(server.port)")!, model: "fake", timeout: 10)
        let rephrased = try rephraser.rephrase(answer, question: "does dairy cause acne?", knowledge: answerer.knowledge)
        #expect(
            rephrased.text.components(separatedBy: "\n") == [
                "Dairy was linked with slightly higher odds of acne (odds ratio 1.25) [dairy-acne].",
                "In adults a genetic study of 20,416 people found no link [dairy-acne].",
            ])
        #expect(rephrased.statements == answer.statements && rephrased.citations == answer.citations)
        let prompt = try #require(server.requestBody())
        for id in answer.statements {
            #expect(prompt.contains(try #require(answerer.knowledge.statement(id)).text.prefix(60).description))
        }
        let others = answerer.knowledge.statements.filter { !answer.statements.contains($0.id) }
        #expect(!others.contains { prompt.contains($0.text.prefix(60).description) })
    }

    @Test func ownNumbersStayWordForWord() throws {
        let answerer = try Answerer()
        let data = try Data(contentsOf: AnswererTests.folder.appendingPathComponent("Fixtures/demo-report.json"))
        let report = try ReportReading.report(from: data, name: "demo-report.json")
        let answer = answerer.answer(question: "why is my butyrate low", report: report)
        let server = try FakeModelServer(
            content: "Your butyrate producers are 50% of reads [report]. Butyrate is a fatty acid [term-butyrate].")
        let rephraser = Rephraser(server: URL(string: "http://127.0.0.1:\(server.port)")!, model: "fake", timeout: 10)
        let text = try rephraser.rephrase(answer, question: "why is my butyrate low", knowledge: answerer.knowledge).text
        #expect(text.hasPrefix("Your gut butyrate producers: 2.9% of reads"))
        #expect(!text.contains("50%"))
        let prompt = try #require(server.requestBody())
        #expect(prompt.contains("butyrate_producers: value 0.029"))
    }

    @Test func sentenceSplittingAndIDs() {
        #expect(CitedSentences.citedIDs("A [x; y] b [z].") == ["x", "y", "z"])
        #expect(CitedSentences.sentences("One [a]. Two [b].\nThree") == ["One [a].", "Two [b].", "Three"])
    }
}

/// A one-request HTTP server on 127.0.0.1 answering an OpenAI chat completion with `content`.
final class FakeModelServer: @unchecked Sendable {
    let port: UInt16
    private let socketDescriptor: Int32
    private var body: String?
    private let done = DispatchSemaphore(value: 0)

    init(content: String) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        socketDescriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        let reply = try JSONSerialization.data(withJSONObject: ["choices": [["message": ["role": "assistant", "content": content]]]])
        Thread.detachNewThread { [self] in serve(reply) }
    }

    deinit { close(socketDescriptor) }

    private func serve(_ reply: Data) {
        let client = accept(socketDescriptor, nil, nil)
        guard client >= 0 else {
            done.signal()
            return
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            let text = String(decoding: received, as: UTF8.self)
            if let split = text.range(of: "\r\n\r\n") {
                let header = text[..<split.lowerBound].lowercased()
                let length =
                    header.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text[..<split.upperBound].utf8.count >= length {
                    body = String(text[split.upperBound...])
                    break
                }
            }
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(reply.count)\r\nConnection: close\r\n\r\n"
        let response = Data(head.utf8) + reply
        _ = response.withUnsafeBytes { send(client, $0.baseAddress, response.count, 0) }
        close(client)
        done.signal()
    }

    /// The request's body, once the request has been served (the JSON escapes are decoded).
    func requestBody() -> String? {
        guard done.wait(timeout: .now() + 10) == .success, let body,
            let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
            let messages = object["messages"] as? [[String: Any]]
        else { return nil }
        return messages.compactMap { $0["content"] as? String }.joined(separator: "\n")
    }
}
