import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinDiary
import GutSkinFormats

/// `gutskin diary simulate --days 365 --items 40 --symptoms 5 --seed 1 -o sim.tsv`: a simulated diary
/// (AR(1) symptoms, random items, optional planted effects) to try the analysis and for the benchmark.
struct DiarySimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Write a simulated diary (for trying the analysis; not anyone's data).")

    @Option(help: "Days.") var days = 90
    @Option(help: "Items eaten at random (milk first, then food-02 …).") var items = 8
    @Option(help: "Symptoms (itch, redness, breakouts, dryness, bloating, then symptom-6 …).") var symptoms = 2
    @Option(help: "Day-to-day autocorrelation of the symptoms (AR(1) φ).") var autocorrelation = 0.5
    @Option(help: "Plant an effect: ITEM:SYMPTOM:LAG:POINTS, e.g. milk:itch:1:2 (repeatable).") var plant: [String] = []
    @Option(help: "Seed.") var seed: UInt64 = 0
    @Option(name: [.short, .customLong("output")], help: "Where to write the diary (.tsv or .json).") var output: String

    func validate() throws {
        guard days >= 1, items >= 0, symptoms >= 1 else {
            throw ValidationError("--days and --symptoms must be at least 1, --items 0 or more")
        }
        guard (-0.99...0.99).contains(autocorrelation) else { throw ValidationError("--autocorrelation must be between -0.99 and 0.99") }
        for text in plant where Self.effect(text) == nil {
            throw ValidationError("--plant '\(text)' is not ITEM:SYMPTOM:LAG:POINTS (e.g. milk:itch:1:2)")
        }
        guard let format = Diary.Format(fileName: output), format != .csv else { throw ValidationError("use a .tsv or .json output") }
    }

    static func effect(_ text: String) -> DiarySimulation.PlantedEffect? {
        let parts = text.split(separator: ":").map(String.init)
        guard parts.count == 4, let lag = Int(parts[2]), lag >= 0, let size = Double(parts[3]) else { return nil }
        return .init(item: parts[0], symptom: parts[1], lag: lag, size: size)
    }

    func run() throws {
        var simulation = DiarySimulation()
        simulation.days = days
        simulation.items = (0..<items).map { $0 == 0 ? "milk" : String(format: "food-%02d", $0 + 1) }
        simulation.symptoms = (0..<symptoms).map {
            $0 < SymptomScale.standardSymptoms.count ? SymptomScale.standardSymptoms[$0] : "symptom-\($0 + 1)"
        }
        simulation.autocorrelation = autocorrelation
        simulation.planted = plant.compactMap(Self.effect)
        var generator = SeededRandomNumberGenerator(seed: seed, stream: "diary-simulate")
        let diary = simulation.diary(using: &generator)
        let data = Diary.Format(fileName: output) == .json ? diary.json() : Data(diary.tsv().utf8)
        try AtomicFileWriter.write(data, to: output)
    }
}
