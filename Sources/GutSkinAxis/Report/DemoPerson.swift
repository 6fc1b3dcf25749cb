import GutSkinCore

/// A SIMULATED person for `gutskin demo`: a gut and a skin profile drawn from the built-in
/// references (each the average of three reference samples' genus shares, sampled to 5,000
/// reads with a fixed seed), a questionnaire and a breath test. The same every run.
public enum DemoPerson {
    public static let gutSampleID = "demo-person-gut"
    public static let skinSampleID = "demo-person-skin"
    public static let reads = 5_000

    /// A table with the person's gut and skin samples, genus-level features with lineages.
    public static func table(gut: GutSkinReference, skin: GutSkinReference) -> FeatureTable {
        var featureIndex = [String: Int]()
        var featureIDs = [String]()
        var lineages = [Taxonomy]()
        var rows = [[Int: Double]]()
        for (reference, seed) in [(gut, UInt64(7)), (skin, UInt64(11))] {
            var generator = SeededRandomNumberGenerator(seed: seed, stream: reference.name)
            // Three reference samples, picked by the seed, averaged.
            var shares = [Int: Double]()
            for _ in 0..<3 {
                let profile = reference.profiles[Int(generator.next() % UInt64(reference.profiles.count))]
                let total = Double(stride(from: 1, to: profile.count, by: 2).reduce(0) { $0 + profile[$1] })
                for position in stride(from: 0, to: profile.count, by: 2) {
                    shares[profile[position], default: 0] += Double(profile[position + 1]) / total / 3
                }
            }
            let genera = shares.keys.sorted()
            var cumulative = [Double]()
            var running = 0.0
            for genus in genera {
                running += shares[genus]!
                cumulative.append(running)
            }
            var row = [Int: Double]()
            for _ in 0..<reads {
                let uniform = Double(generator.next() >> 11) * 0x1.0p-53 * running
                var low = 0
                var high = cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if cumulative[middle] <= uniform { low = middle + 1 } else { high = middle }
                }
                let genus = genera[low]
                let id = "\(reference.site.rawValue)-genus-\(genus)-" + reference.genera[genus].filter { $0.isLetter || $0.isNumber }
                if featureIndex[id] == nil {
                    featureIndex[id] = featureIDs.count
                    featureIDs.append(id)
                    lineages.append(Taxonomy(parsing: reference.genusLineages[genus]))
                }
                row[featureIndex[id]!, default: 0] += 1
            }
            rows.append(row)
        }
        let dense = rows.map { row in (0..<featureIDs.count).map { row[$0] ?? 0 } }
        return try! FeatureTable(
            sampleIDs: [gutSampleID, skinSampleID], featureIDs: featureIDs, featureTaxonomy: lineages, dense: dense)
    }

    /// The demo person's questionnaire, as TSV (the format is documented in docs/questionnaire.md).
    public static let questionnaireTSV = """
        # gutskin demo questionnaire (SIMULATED person)
        question\tanswer
        plant_types_per_week\t14
        fibre_grams_per_day\t17
        dairy\tdaily
        sugary_foods\tseveral_per_week
        probiotics\tnone
        antibiotics_last_6_months\tno
        skin_conditions\tacne
        skin_ph\t5.4, 5.7, 5.5

        """

    /// The demo person's lactulose breath test, every 15 minutes for 3 hours (SIMULATED).
    public static let breathTestTSV = """
        # gutskin demo breath test (SIMULATED): lactulose 10 g
        minutes\th2_ppm\tch4_ppm
        0\t6\t3
        15\t8\t3
        30\t11\t4
        45\t15\t4
        60\t22\t5
        75\t29\t6
        90\t34\t6
        105\t41\t7
        120\t45\t7
        135\t43\t6
        150\t40\t6
        165\t36\t5
        180\t33\t5

        """
}
