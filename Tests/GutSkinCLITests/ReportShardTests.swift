import Foundation
import TestSupport
import Testing

/// `gutskin report --all-samples --shard I/N` and `gutskin report-merge`, run as a cluster workflow runs them.
@Suite struct ReportShardTests {
    func demoTable(_ folder: TemporaryFolder) throws -> String {
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        return folder.file("demo/demo-table.biom")
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Five shards of the 24-sample demo table (parts of 4 and 5 samples), merged, give the same
    /// folder as one run: every report and summary.tsv byte for byte.
    @Test func mergedShardsEqualOneRun() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let table = try demoTable(folder)
        let whole = try CommandLineRun(["report", table, "--all-samples", "-o", folder.file("whole"), "--quiet"])
        #expect(whole.status == 0, "\(whole.standardError)")
        for index in [3, 1, 5, 2, 4] {  // any order, as a scheduler runs them
            let part = try CommandLineRun([
                "report", table, "--all-samples", "--shard", "\(index)/5", "-o", folder.file("parts"), "--quiet", "--threads", "1",
            ])
            #expect(part.status == 0, "\(part.standardError)")
        }
        let partOne = try String(contentsOfFile: folder.file("parts/summary-part-1-of-5.tsv"), encoding: .utf8)
        #expect(partOne.split(separator: "\n").count == 1 + 4)  // header + ⌊24/5⌋ samples
        let merge = try CommandLineRun(["report-merge", folder.file("parts")])
        #expect(merge.status == 0, "\(merge.standardError)")
        #expect(merge.standardError.contains("24 samples from 5 parts"))
        let wholeFiles = try FileManager.default.contentsOfDirectory(atPath: folder.file("whole")).sorted()
        let shardFiles = try FileManager.default.contentsOfDirectory(atPath: folder.file("parts")).sorted()
        #expect(shardFiles.filter { !$0.hasPrefix("summary-part-") } == wholeFiles)
        #expect(wholeFiles.count == 2 * 24 + 1)
        for name in wholeFiles {
            #expect(try bytes(folder.file("whole/\(name)")) == bytes(folder.file("parts/\(name)")), "\(name)")
        }
        // -o puts summary.tsv elsewhere, the same bytes.
        #expect(try CommandLineRun(["report-merge", folder.file("parts"), "-o", folder.file("merged"), "--quiet"]).status == 0)
        #expect(try bytes(folder.file("merged/summary.tsv")) == bytes(folder.file("whole/summary.tsv")))
    }

    /// A missing part, parts of two Ns, a sample in two parts, differing columns, a bad --shard:
    /// each refused in one line naming the file, and no summary.tsv written.
    @Test func badPartsAreRefusedInOneLine() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let table = try demoTable(folder)
        func shard(_ text: String, into name: String) throws -> CommandLineRun {
            try CommandLineRun(["report", table, "--all-samples", "--shard", text, "-o", folder.file(name), "--quiet"])
        }
        func refused(_ name: String, saying words: String) throws {
            let run = try CommandLineRun(["report-merge", folder.file(name)])
            #expect(run.status == 1, "\(name)")
            #expect(run.standardError.hasPrefix("gutskin: error: \(folder.file(name))"), "\(run.standardError)")
            #expect(run.standardError.contains(words), "\(run.standardError)")
            #expect(run.standardError.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.file("\(name)/summary.tsv")))
        }
        #expect(try shard("1/3", into: "gap").status == 0)
        #expect(try shard("3/3", into: "gap").status == 0)
        try refused("gap", saying: "summary-part-2-of-3.tsv is missing")

        #expect(try shard("1/2", into: "mixed").status == 0)
        #expect(try shard("2/2", into: "mixed").status == 0)
        #expect(try shard("2/3", into: "mixed").status == 0)
        try refused("mixed", saying: "different shard counts")

        #expect(try shard("1/2", into: "twice").status == 0)
        let first = try String(contentsOfFile: folder.file("twice/summary-part-1-of-2.tsv"), encoding: .utf8)
        _ = folder.write(first, to: "twice/summary-part-2-of-2.tsv")
        try refused("twice", saying: "is in both summary-part-1-of-2.tsv and summary-part-2-of-2.tsv")

        #expect(try shard("1/2", into: "columns").status == 0)
        _ = folder.write("sample\treads\nX\t1\n", to: "columns/summary-part-2-of-2.tsv")
        let columns = try CommandLineRun(["report-merge", folder.file("columns")])
        #expect(columns.status == 1 && columns.standardError.contains("summary-part-2-of-2.tsv: its columns differ"))

        try FileManager.default.createDirectory(atPath: folder.file("empty"), withIntermediateDirectories: false)
        try refused("empty", saying: "holds no summary-part-I-of-N.tsv")

        for bad in ["2-4", "0/4", "5/4", "x"] {
            let run = try shard(bad, into: "bad")
            #expect(run.status == 1, "\(bad)")
            #expect(
                run.standardError.hasPrefix("gutskin: error: --shard \(bad)")
                    || run.standardError.hasPrefix("gutskin: error: --shard '\(bad)'"))
            #expect(run.standardError.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("bad")))
    }

    /// Shards share their folder with each other, never with the user's files.
    @Test func shardsRefuseAFolderOfOtherFiles() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let table = try demoTable(folder)
        try FileManager.default.createDirectory(atPath: folder.file("mine"), withIntermediateDirectories: false)
        _ = folder.write("my notes", to: "mine/notes.txt")
        let run = try CommandLineRun(["report", table, "--all-samples", "--shard", "1/2", "-o", folder.file("mine"), "--quiet"])
        #expect(run.status == 1 && run.standardError.contains("holds 'notes.txt', which is not a gutskin report file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("mine")) == ["notes.txt"])
    }
}
