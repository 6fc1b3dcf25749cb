import Foundation
import GutSkinCore
import TestSupport
import Testing

@testable import GutSkinFormats

/// `BreathTestTSV`: what it accepts, and the one-line message for each way a file can be wrong
/// (expected messages written by hand from the format's rules).
@Suite struct BreathTestTSVTests {
    static let example = SharedData.packageRoot.appendingPathComponent("examples/breath-test.tsv").path

    func message(_ text: String) -> String {
        do {
            let series = try BreathTestTSV.parse(text: text, file: "r.tsv")
            return "parsed \(series.readings.count) readings"
        } catch {
            return error.description
        }
    }

    @Test func readsTheExample() throws {
        let series = try BreathTestTSV.read(path: Self.example)
        #expect(series.readings.count == 13)
        #expect(series.readings.first == BreathTestSeries.Reading(minutes: 0, hydrogenPPM: 4, methanePPM: 2))
        #expect(series.readings.last == BreathTestSeries.Reading(minutes: 180, hydrogenPPM: 38, methanePPM: 3))
        #expect(series.hasMethane)
    }

    @Test func columnsInAnyOrderWithCommentsBlankLinesAndCRLF() throws {
        let text = "\u{FEFF}# lab export\r\n\r\nH2_ppm\t minutes \r\n0.5\t0\r\n# a comment\r\n\t\r\n21\t15.5\r\n1e1\t30\r\n"
        let series = try BreathTestTSV.parse(text: text, file: "r.tsv")
        #expect(
            series.readings == [
                .init(minutes: 0, hydrogenPPM: 0.5), .init(minutes: 15.5, hydrogenPPM: 21), .init(minutes: 30, hydrogenPPM: 10),
            ])
        #expect(!series.hasMethane)
    }

    @Test func errorsNameFileLineAndColumn() {
        #expect(
            message("minutes\th2_ppm\tch4_ppm\n0\t4\t2\n30\t9\t3\n15\t12\t3\n")
                == "r.tsv: line 4, column 1 (minutes): time 15 comes after 30 (readings must be in increasing time order)")
        #expect(
            message("minutes\th2_ppm\n0\t4\n15\t6\n15\t7\n")
                == "r.tsv: line 4, column 1 (minutes): time 15 repeats the previous reading's (each time must be given once)")
        #expect(
            message("# header next\nminutes\th2_ppm\n15\t6\n30\t9\n")
                == "r.tsv: line 3, column 1 (minutes): missing baseline: the first reading is at 15 minutes, but a reading at minute 0 is needed"
        )
        #expect(
            message("h2_ppm\tminutes\n4\t0\n-2\t15\n")
                == "r.tsv: line 3, column 1 (h2_ppm): '-2' is negative (times and concentrations are 0 or more)")
        #expect(message("minutes\th2_ppm\n0\t4\n15\tn/a\n") == "r.tsv: line 3, column 2 (h2_ppm): 'n/a' is not a number")
        #expect(message("minutes\th2_ppm\n0\t4\n15\tnan\n") == "r.tsv: line 3, column 2 (h2_ppm): 'nan' is not a number")
        #expect(message("minutes\th2_ppm\n0\t4\n15\t0x10\n") == "r.tsv: line 3, column 2 (h2_ppm): '0x10' is not a number")
        #expect(message("minutes\th2_ppm\n0\t\n") == "r.tsv: line 2, column 2 (h2_ppm): value is missing")
        #expect(
            message("minutes\tch4_ppm\n0\t4\n")
                == "r.tsv: line 1: the header has no 'h2_ppm' column (columns: minutes, h2_ppm, optional ch4_ppm; tab-separated)")
        #expect(
            message("\nh2_ppm\n4\n")
                == "r.tsv: line 2: the header has no 'minutes' column (columns: minutes, h2_ppm, optional ch4_ppm; tab-separated)")
        #expect(
            message("minutes\th2_ppm\tch4\n0\t4\t2\n")
                == "r.tsv: line 1, column 3: unknown column 'ch4' (columns: minutes, h2_ppm, optional ch4_ppm; tab-separated)")
        #expect(
            message("minutes\th2_ppm\tMinutes\n")
                == "r.tsv: line 1, column 3 (Minutes): column 'Minutes' appears more than once in the header")
        #expect(
            message("minutes\th2_ppm\tch4_ppm\n0\t4\t2\n15\t6\n")
                == "r.tsv: line 3, column 3 (ch4_ppm): row has 2 fields but the header has 3")
        #expect(message("minutes\th2_ppm\n0\t4\n15\t6\t9\n") == "r.tsv: line 3, column 3: row has 3 fields but the header has 2")
        #expect(message("") == "r.tsv: no readings (the file is empty or holds only a header, comments and blank lines)")
        #expect(
            message("# nothing\nminutes\th2_ppm\n\n")
                == "r.tsv: no readings (the file is empty or holds only a header, comments and blank lines)")
    }

    @Test func unreadableFileNamesIt() {
        #expect(throws: BreathTestError.unreadable(FileError(file: "/no/such/r.tsv", reason: "no such file"))) {
            try BreathTestTSV.read(path: "/no/such/r.tsv")
        }
    }

    @Test func decimalNumbersOnly() {
        #expect(BreathTestTSV.decimalNumber("12") == 12 && BreathTestTSV.decimalNumber(".5") == 0.5)
        #expect(BreathTestTSV.decimalNumber("5.") == 5 && BreathTestTSV.decimalNumber("-1.5e1") == -15)
        for bad in ["", ".", "e5", "1e", "inf", "1e400", "1,5", "1 5", "+"] { #expect(BreathTestTSV.decimalNumber(bad) == nil, "\(bad)") }
    }
}
