import Foundation
import GutSkinAxis
import GutSkinRendering
import GutSkinCore
import GutSkinFormats

/// Times one task in-process and prints one JSON line: the median of several runs, the fastest,
/// and the process's peak resident memory. Usage: gutskin-benchmarks TASK FILE [REPEATS]
/// Tasks: load-table, load-tree, report-sample (score one sample of FILE against the built-in gut
/// reference and render its HTML and JSON report; each repeat takes a different sample).

#if os(Linux)
let RUSAGE_SELF_ID = __rusage_who_t(RUSAGE_SELF.rawValue)
#else
let RUSAGE_SELF_ID = RUSAGE_SELF
#endif

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF_ID, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

func measure(repeats: Int, _ work: () throws -> String) rethrows -> (median: Double, best: Double, detail: String) {
    var times = [Double](), detail = ""
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        detail = try work()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    return (times[times.count / 2], times[0], detail)
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: gutskin-benchmarks load-table|load-tree FILE [REPEATS]\n".utf8))
    exit(2)
}
let (task, file) = (arguments[1], arguments[2])
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5
do {
    let result: (median: Double, best: Double, detail: String)
    switch task {
    case "load-table":
        result = try measure(repeats: repeats) {
            let table = try FeatureTableFile.read(path: file)
            return "\(table.sampleCount) samples x \(table.featureCount) features, \(table.nonzeroCount) non-zero"
        }
    case "load-tree":
        result = try measure(repeats: repeats) {
            let tree = try Newick.read(path: file)
            return "\(tree.tipCount) tips"
        }
    case "report-sample":
        let table = try FeatureTableFile.read(path: file)
        let scorer = SampleScorer(reference: try DefaultReferences.reference(named: "gut")!)
        var next = 0
        result = try measure(repeats: repeats) {
            let sample = (next * 7_919) % table.sampleCount
            next += 1
            let scores = SampleScoring(scorer: scorer, tree: nil).score(table: table, samples: [sample], threads: 1).scores[0]
            let report = ReportBuilder(
                gut: .init(scores: scores, scorer: scorer, table: "table", taxonomy: "Greengenes"), skin: nil, generatedBy: "benchmark"
            ).build()
            let page = ReportPage.render(report, gutReference: scorer.reference, skinReference: nil)
            let json = try JSONEncoder().encode(report)
            return "one sample scored and rendered (\(page.utf8.count / 1024) KB HTML, \(json.count / 1024) KB JSON)"
        }
    default:
        FileHandle.standardError.write(Data("unknown task \(task)\n".utf8))
        exit(2)
    }
    print(#"{"task": "\#(task)", "median_s": \#(result.median), "best_s": \#(result.best), "peak_rss_mb": \#(peakResidentMegabytes()), "detail": "\#(result.detail)"}"#)
} catch {
    FileHandle.standardError.write(Data("gutskin-benchmarks: \(error)\n".utf8))
    exit(1)
}
