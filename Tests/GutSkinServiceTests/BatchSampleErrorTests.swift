import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// A batch with a bad sample keeps the reports of the others: the job is done, and the bad sample
/// is named in `sample_errors` with why; a batch where no sample could be reported fails.
@Suite struct BatchSampleErrorTests {
    /// The real report maker, except that samples named in `bad` are an input error (as a sample the
    /// report cannot be made from would be): injects the fault the worker must contain.
    struct BadSamples: ReportMaking {
        let bad: Set<String>
        func makeReport(_ input: ReportInput, gutskinVersion: String) throws -> MadeReport {
            if bad.contains(input.sample.name) { throw ReportInputError("\(input.tableName): sample \(input.sample.name) is unusable") }
            return try PersonReportMaker().makeReport(input, gutskinVersion: gutskinVersion)
        }
    }

    func runBatch(bad: Set<String>, samples: Int = 4) async throws -> (job: [String: Any], sampleIDs: [String]) {
        let harness = try await ServiceHarness(reportMaker: BadSamples(bad: bad))
        return try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let sampleIDs = try await PagingTests.uploadTable(samples: samples, organisation, client)
            #expect(await harness.runJobs() == 1)
            let samplesPage = try JSON.object(
                try await client.execute(uri: "/api/v1/samples", method: .get, headers: organisation.auth).body)
            #expect((samplesPage["samples"] as? [Any])?.count == samples)
            let jobs = try await harness.environment.store.jobs(ownerID: organisation.id)
            let jobID = try #require(jobs.first?.id.uuidString.lowercased())
            let answer = try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: organisation.auth)
            #expect(answer.status == .ok)
            let job = try JSON.object(answer.body)
            for case let reportID as String in job["report_ids"] as? [Any] ?? [] {
                let report = try await client.execute(uri: "/api/v1/reports/\(reportID)", method: .get, headers: organisation.auth)
                #expect(report.status == .ok)
            }
            return (job, sampleIDs)
        }
    }

    @Test func oneBadSampleDoesNotLoseTheOthers() async throws {
        guard SharedData.builtInReferences() else { return }
        let (job, sampleIDs) = try await runBatch(bad: ["S2"])
        #expect(job["status"] as? String == "done")
        #expect((job["report_ids"] as? [Any])?.count == 3)
        #expect(job["error"] is NSNull)
        let errors = try #require(job["sample_errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["sample_id"] as? String == sampleIDs[1])
        #expect(errors.first?["error"] as? String == "plate.tsv: sample S2 is unusable")
    }

    @Test func everySampleGoodHasNoSampleErrors() async throws {
        guard SharedData.builtInReferences() else { return }
        let (job, _) = try await runBatch(bad: [], samples: 3)
        #expect(job["status"] as? String == "done")
        #expect((job["report_ids"] as? [Any])?.count == 3)
        #expect((job["sample_errors"] as? [Any])?.isEmpty == true)
    }

    @Test func noSampleReportedFailsTheJobWithEachError() async throws {
        let (job, sampleIDs) = try await runBatch(bad: ["S1", "S2"], samples: 2)
        #expect(job["status"] as? String == "failed")
        #expect((job["report_ids"] as? [Any])?.isEmpty == true)
        let error = try #require(job["error"] as? String)
        #expect(error.contains("none of the 2 samples") && error.contains("S1 is unusable"))
        let errors = try #require(job["sample_errors"] as? [[String: Any]])
        #expect(errors.compactMap { $0["sample_id"] as? String } == sampleIDs)
    }
}
