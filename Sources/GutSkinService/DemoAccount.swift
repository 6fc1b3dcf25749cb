import Foundation
import GutSkinAxis
import GutSkinFormats
import GutSkinStore

/// `gutskin serve --demo`: a person account holding the demo person's upload (SIMULATED gut and
/// skin samples, questionnaire, breath test), queued for a report like any upload. Run again, it
/// replaces the previous demo account, so the printed password always works.
enum DemoAccount {
    static let email = "demo@gutskin.example"

    /// Creates the account and queues its report; returns the email and a fresh random password.
    static func create(environment: ServiceEnvironment) async throws -> (email: String, password: String) {
        if let existing = try await environment.store.account(email: email) {
            try await AccountOperations(environment: environment).deleteAccount(existing)
        }
        let password = SecretToken.make(bytes: 9)
        let operations = AccountOperations(environment: environment)
        _ = try await operations.signUp(email: email, password: password, kind: .person)
        guard let account = try await environment.store.account(email: email) else {
            throw ReportInputError("the demo account could not be created")
        }
        let form = try demoUpload(folder: environment.storage.stagingFolder)
        _ = try await UploadOperation(environment: environment).accept(form, account: account)
        return (email, password)
    }

    /// The demo person's files as an upload form: a BIOM table with both samples, the gut sample
    /// named, its skin sample beside it, the questionnaire and the breath test.
    static func demoUpload(folder: URL) throws -> MultipartForm {
        let gut = try GutSkinReference.load("gut")
        let skin = try GutSkinReference.load("skin-sebaceous")
        let path = folder.appendingPathComponent("demo-\(UUID().uuidString).biom").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FeatureTableFile.write(
            DemoPerson.table(gut: gut, skin: skin), to: path, format: .biomJSON, generatedBy: "gutskin serve --demo (SIMULATED data)")
        let table = try Data(contentsOf: URL(fileURLWithPath: path))
        return MultipartForm(parts: [
            .init(name: "table", fileName: "demo-person.biom", data: table),
            .init(name: "sample", fileName: nil, data: Data(DemoPerson.gutSampleID.utf8)),
            .init(name: "skin_sample", fileName: nil, data: Data(DemoPerson.skinSampleID.utf8)),
            .init(name: "questionnaire", fileName: "demo-questionnaire.tsv", data: Data(DemoPerson.questionnaireTSV.utf8)),
            .init(name: "breath_test", fileName: "demo-breath-test.tsv", data: Data(DemoPerson.breathTestTSV.utf8)),
        ])
    }
}
