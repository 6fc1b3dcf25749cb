import Foundation
import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@Suite struct DistanceMatrixHDF5Tests {
    let matrix = try! DistanceMatrix(ids: ["a", "b", "c", "d"], condensed: [0.1, 0.2, 0.3, 0.4, 0.5, 1.0 / 3.0])

    @Test func wholeMatrixRoundTripsInEveryFormat() throws {
        let folder = TemporaryFolder()
        for name in ["dm.h5", "dm.tsv", "dm.qza"] {
            try DistanceMatrixFile.write(matrix, to: folder.file(name))
            #expect(try DistanceMatrixFile.read(path: folder.file(name)) == matrix, "\(name)")
        }
        let single = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [Float(0.1), 0.2, 0.3])
        try DistanceMatrixFile.write(single, to: folder.file("fp32.h5"))
        // A float32 matrix is read back as stored, single precision: the same matrix, half the memory.
        #expect(try DistanceMatrixFile.read(path: folder.file("fp32.h5")) == single)
        #expect(try DistanceMatrixFile.read(path: folder.file("fp32.h5")).isSinglePrecision)
        #expect(try !DistanceMatrixFile.read(path: folder.file("dm.h5")).isSinglePrecision)
    }

    @Test func stripedUniFracLayout() throws {
        // The reference layout: /order (ids) and /matrix (n × n), checked with h5dump when present.
        let folder = TemporaryFolder()
        try DistanceMatrixHDF5.write(matrix, to: folder.file("dm.h5"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/h5dump") else {
            print("SKIPPED stripedUniFracLayout: needs /usr/bin/h5dump (Debian hdf5-tools)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/h5dump")
        process.arguments = ["-H", folder.file("dm.h5")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let header = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(header.contains("DATASET \"order\""))
        #expect(header.contains("DATASET \"matrix\""))
        #expect(header.contains("DATASET \"format\"") && header.contains("DATASET \"version\""))
        #expect(header.contains("( 4, 4 )"))
    }

    @Test func partialSlicesRoundTrip() throws {
        let folder = TemporaryFolder()
        let selection = try PairSelection(sampleCount: 4, stripes: 1..<2)
        let part = try PartialDistanceMatrix(ids: matrix.ids, metric: "jaccard", selection: selection, values: [0.2, 0.5])
        try DistanceMatrixHDF5.write(part, to: folder.file("part.h5"))
        #expect(try DistanceMatrixHDF5.readPartial(path: folder.file("part.h5")) == part)
        // Distances are written contiguous, not deflated (deflate cost more than computing them).
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/h5dump") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/h5dump")
            process.arguments = ["-p", "-H", "-d", "/values", folder.file("part.h5")]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let layout = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(layout.contains("CONTIGUOUS") && !layout.contains("DEFLATE"), "\(layout)")
        } else {
            print("SKIPPED the slice layout check in partialSlicesRoundTrip: needs /usr/bin/h5dump (Debian hdf5-tools)")
        }
        // A slice is not a whole matrix, and says what to do.
        #expect(throws: (any Error).self) { try DistanceMatrixHDF5.read(path: folder.file("part.h5")) }
        do { _ = try DistanceMatrixHDF5.read(path: folder.file("part.h5")) } catch {
            #expect("\(error)".contains("gutskin beta-merge"))
        }
    }

    @Test func aTableIsNotADistanceMatrix() throws {
        guard let pgp = SharedData.path("pgp.biom") else { return }
        do {
            _ = try DistanceMatrixFile.read(path: pgp)
            Issue.record("a BIOM table was read as a distance matrix")
        } catch {
            #expect("\(error)".contains("HDF5 path /matrix: missing"))
            #expect("\(error)".hasPrefix(pgp))
        }
    }
}

/// Readers of Striped UniFrac's layout load gutskin's `.h5` matrices: the `unifrac` Python package's
/// `h5unifrac` reads `/matrix` and `/order` with h5py, and checks of the layout read `/format` and
/// `/version`.
@Suite struct DistanceMatrixHDF5InteropTests {
    @Test func h5pyReadsItAsStripedUniFracsReaderDoes() throws {
        guard let python = ProcessInfo.processInfo.environment["GUTSKIN_PYTHON"] else {
            print("SKIPPED DistanceMatrixHDF5 interoperability: set GUTSKIN_PYTHON to a python with h5py and scikit-bio")
            return
        }
        let folder = TemporaryFolder()
        let matrix = try DistanceMatrix(ids: ["S.1", "S.2", "S-3"], condensed: [0.25, 1.0 / 3.0, 0.1])
        try DistanceMatrixHDF5.write(matrix, to: folder.file("dm.h5"))
        // unifrac 1.x's h5unifrac, then the header datasets ssu writes.
        let script = """
            import h5py, json, skbio, sys
            with h5py.File(sys.argv[1], "r") as f_u:
                dm = skbio.DistanceMatrix(f_u['matrix'][:, :], [c.decode('ascii') for c in f_u['order'][:]])
                header = [f_u['format'][0].decode('ascii'), f_u['version'][0].decode('ascii')]
            print(json.dumps({'ids': list(dm.ids), 'condensed': [float(x) for x in dm.condensed_form()], 'header': header}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, folder.file("dm.h5")]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python could not read the matrix")
        struct Read: Decodable {
            let ids: [String]
            let condensed: [Double]
            let header: [String]
        }
        let read = try JSONDecoder().decode(Read.self, from: data)
        #expect(read.ids == matrix.ids)
        #expect(read.condensed == matrix.condensed)
        #expect(read.header == ["BDSM", "2020.12"])
    }
}
