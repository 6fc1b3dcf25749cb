import Foundation
import GutSkinCore
import GutSkinKernels

/// A small simulated cohort — stool and skin samples with Greengenes-style taxonomy — that
/// gutskin generates the same way every time, so the demo runs anywhere without data.
/// The numbers are SIMULATED: genus weights are rough, plausible site profiles, not measurements.
enum DemoCohort {
    /// Genus lineages and their typical relative weight in stool and on skin.
    static let genera: [(lineage: String, gut: Double, skin: Double)] = [
        ("k__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides", 30, 0.2),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__Faecalibacterium", 12, 0.1),
        ("k__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Prevotellaceae; g__Prevotella", 6, 0.5),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Roseburia", 5, 0),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia", 5, 0.1),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__Ruminococcus", 4, 0),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__[Ruminococcus]", 2, 0),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Coprococcus", 3, 0),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__Oscillospira", 4, 0),
        ("k__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Rikenellaceae; g__Alistipes", 4, 0),
        ("k__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Porphyromonadaceae; g__Parabacteroides", 3, 0),
        ("k__Bacteria; p__Actinobacteria; c__Actinobacteria; o__Bifidobacteriales; f__Bifidobacteriaceae; g__Bifidobacterium", 3, 0.1),
        ("k__Bacteria; p__Verrucomicrobia; c__Verrucomicrobiae; o__Verrucomicrobiales; f__Verrucomicrobiaceae; g__Akkermansia", 2, 0),
        ("k__Bacteria; p__Proteobacteria; c__Gammaproteobacteria; o__Enterobacteriales; f__Enterobacteriaceae; g__Escherichia", 1, 0.2),
        ("k__Bacteria; p__Proteobacteria; c__Betaproteobacteria; o__Burkholderiales; f__Alcaligenaceae; g__Sutterella", 1, 0),
        ("k__Bacteria; p__Firmicutes; c__Negativicutes; o__Selenomonadales; f__Veillonellaceae; g__Veillonella", 0.5, 1),
        ("k__Bacteria; p__Firmicutes; c__Bacilli; o__Lactobacillales; f__Streptococcaceae; g__Streptococcus", 1, 8),
        ("k__Bacteria; p__Actinobacteria; c__Actinobacteria; o__Actinomycetales; f__Propionibacteriaceae; g__Propionibacterium", 0.05, 30),
        ("k__Bacteria; p__Firmicutes; c__Bacilli; o__Bacillales; f__Staphylococcaceae; g__Staphylococcus", 0.05, 20),
        ("k__Bacteria; p__Actinobacteria; c__Actinobacteria; o__Actinomycetales; f__Corynebacteriaceae; g__Corynebacterium", 0.05, 15),
        ("k__Bacteria; p__Actinobacteria; c__Actinobacteria; o__Actinomycetales; f__Micrococcaceae; g__Micrococcus", 0, 4),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Tissierellaceae; g__Anaerococcus", 0.1, 3),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Tissierellaceae; g__Finegoldia", 0.1, 3),
        ("k__Bacteria; p__Proteobacteria; c__Gammaproteobacteria; o__Pseudomonadales; f__Moraxellaceae; g__Acinetobacter", 0.05, 4),
        ("k__Bacteria; p__Firmicutes; c__Bacilli; o__Lactobacillales; f__Lactobacillaceae; g__Lactobacillus", 0.5, 1),
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__; g__", 3, 0.2),
    ]
    /// OTUs simulated per genus (each a separate feature, as 97% OTUs are).
    static let otusPerGenus = 3

    /// Simulates `subjects` people with one stool and one skin sample each.
    static func table(subjects: Int = 12, seed: UInt64 = 2026) -> FeatureTable {
        var generator = SeededRandomNumberGenerator(seed: seed)
        var featureIDs = [String]()
        var taxonomy = [Taxonomy]()
        var gutWeights = [Double]()
        var skinWeights = [Double]()
        for (genus, entry) in genera.enumerated() {
            for otu in 0..<otusPerGenus {
                featureIDs.append("demo.otu.\(genus * otusPerGenus + otu + 1)")
                taxonomy.append(Taxonomy(parsing: entry.lineage))
                let share = [0.7, 0.2, 0.1][otu]
                gutWeights.append(entry.gut * share)
                skinWeights.append(entry.skin * share)
            }
        }
        var sampleIDs = [String]()
        var rows = [[Double]]()
        for subject in 1...subjects {
            for (site, weights) in [("gut", gutWeights), ("skin", skinWeights)] {
                sampleIDs.append(String(format: "demo.S%02d.%@", subject, site))
                // Per-person variation: each weight scaled by a log-normal factor.
                let personal = weights.map { $0 * exp(0.9 * RandomVariates.standardNormal(&generator)) }
                let depth = Int.random(in: 1_500...12_000, using: &generator)
                rows.append(multinomial(depth: depth, weights: personal, using: &generator))
            }
        }
        // Invariants hold: ids are unique and every row has one value per feature.
        return try! FeatureTable(sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: taxonomy, dense: rows)
    }

    /// Metadata for the demo table: subject and body site, in QIIME 2 metadata TSV form.
    static func metadataText(for table: FeatureTable) -> String {
        var text = "sample-id\tsubject\tbody_site\n#q2:types\tcategorical\tcategorical\n"
        for id in table.sampleIDs {
            let parts = id.split(separator: ".")
            text += "\(id)\t\(parts[1])\t\(parts[2] == "gut" ? "feces" : "skin")\n"
        }
        return text
    }

    /// Counts of `depth` reads drawn with probabilities proportional to `weights`.
    private static func multinomial(depth: Int, weights: [Double], using generator: inout SeededRandomNumberGenerator) -> [Double] {
        var cumulative = [Double]()
        var running = 0.0
        for weight in weights {
            running += weight
            cumulative.append(running)
        }
        var counts = [Double](repeating: 0, count: weights.count)
        for _ in 0..<depth {
            let target = Double.random(in: 0..<running, using: &generator)
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > target { high = middle } else { low = middle + 1 }
            }
            counts[low] += 1
        }
        return counts
    }
}
