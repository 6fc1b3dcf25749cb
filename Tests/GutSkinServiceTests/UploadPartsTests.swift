import Foundation
import Testing

@testable import GutSkinService

/// The pieces uploads and exports rely on, checked on small hand-made inputs.
@Suite struct UploadPartsTests {
    @Test func multipartFieldsAndFilesAreRead() throws {
        var form = Multipart()
        form.field("sample", "S1")
        form.file("table", fileName: "a \"quoted\".tsv", Data("x\r\n--not-the-boundary\r\ny".utf8))
        let boundary = try #require(MultipartForm.boundary(contentType: form.contentType))
        let parsed = try MultipartForm(body: form.body, boundary: boundary)
        #expect(parsed.part("sample")?.text == "S1")
        #expect(parsed.file("table")?.data == Data("x\r\n--not-the-boundary\r\ny".utf8), "bytes kept exactly, CRLF included")
        #expect(parsed.file("questionnaire") == nil)
    }

    @Test func boundaryIsReadFromTheContentType() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"abc def\"") == "abc def")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data;charset=utf-8;Boundary=xyz") == "xyz")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
    }

    @Test func emptyFileFieldFromABrowserIsAbsent() throws {
        var form = Multipart()
        form.file("questionnaire", fileName: "", Data())
        let parsed = try MultipartForm(body: form.body, boundary: form.boundary)
        #expect(parsed.part("questionnaire") != nil)
        #expect(parsed.file("questionnaire") == nil)
    }

    @Test func partWithoutANameIsRefused() throws {
        let body = Data("--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n".utf8)
        #expect(throws: ServiceError.self) { try MultipartForm(body: body, boundary: "b") }
    }

    @Test(arguments: [
        ("table.biom", ".biom"), ("profile.tsv.gz", ".tsv.gz"), ("../../etc/passwd", ""), ("a/b/c.qza", ".qza"),
        ("x.t$v", ""), ("noextension", ""), (".hidden", ""), ("C:\\Users\\me\\table.TSV", ".tsv"),
    ])
    func stagedFilesKeepOnlyASafeExtension(name: String, expected: String) {
        #expect(FileStorage.safeExtension(of: name) == expected)
    }

    @Test func storedPathsNeverLeaveTheDataDirectory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gutskin-storage-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let storage = try FileStorage(root: folder)
        #expect(storage.url(forStored: "../outside") == nil)
        #expect(storage.url(forStored: "/etc/passwd") == nil)
        #expect(storage.url(forStored: "files/a/b.tsv")?.path.hasPrefix(storage.root.path) == true)
    }

    @Test func exportEntryNamesAreRelativeAndUnique() {
        var tar = TarArchive()
        tar.add(name: "originals/../../etc/passwd", contents: Data("x".utf8))
        tar.add(name: "originals/../../etc/passwd", contents: Data("y".utf8))
        tar.add(name: "/absolute", contents: Data())
        let names = TarNames.list(tar.finished())
        #expect(names == ["originals/etc/passwd", "2-originals/etc/passwd", "absolute"])
        #expect(tar.finished().count % 512 == 0)
    }
}
