import GutSkinAxis

/// What to cite for gutskin and for the methods and formats it implements (`gutskin --citations`):
/// what each work is cited for, grouped as Formats and Methods; the works themselves come from
/// `Bibliography`, gutskin's one list of sources.
enum Citations {
    /// One line: what is cited, and the works (each with what it is cited for, when a line has
    /// several), then an optional note.
    struct Line {
        let topic: String
        let works: [(role: String?, key: String)]
        var note: String? = nil

        init(_ topic: String, _ works: [(role: String?, key: String)], note: String? = nil) {
            self.topic = topic
            self.works = works
            self.note = note
        }

        init(_ topic: String, _ key: String) { self.init(topic, [(nil, key)]) }
    }

    static let formats: [Line] = [
        Line("BIOM format", "mcdonald-2012-biom"),
        Line("QIIME 2 artifacts and metadata", "bolyen-2019"),
        Line("MetaPhlAn profiles", "blanco-miguez-2023"),
        Line("Greengenes taxonomy and tree (demo and test data)", "mcdonald-2012-greengenes"),
    ]

    static let methods: [Line] = [
        Line("Rarefaction (subsampling without replacement)", [(nil, "sanders-1968"), ("on its use and limits", "weiss-2017")]),
        Line("Selection sampling (Algorithm S)", "knuth-taocp-2"),
        Line("Random numbers (xoshiro256**)", "blackman-vigna-2021"),
        Line(
            "Alpha diversity (definitions and reference values)", [(nil, "scikit-bio")],
            note: "each metric's original reference is in its documentation (AlphaMetric.swift)"),
        Line("Faith's phylogenetic diversity", "faith-1992"),
        Line("Bray–Curtis", "bray-curtis-1957"),
        Line("Aitchison distance", [(nil, "aitchison-1986"), ("Robust Aitchison", "martino-2019")]),
        Line(
            "UniFrac",
            [
                (nil, "lozupone-knight-2005"), ("weighted", "lozupone-2007"), ("generalized", "chen-2012"),
                ("variance adjusted", "chang-2011"),
            ]),
        Line("Striped UniFrac (stripes, partial runs)", "mcdonald-2018-striped-unifrac"),
        Line("PCoA", [(nil, "gower-1966"), ("randomized SVD", "halko-2011")]),
        Line(
            "PERMANOVA",
            [
                (nil, "anderson-2001"), ("adonis (sequential sums of squares)", "mcardle-anderson-2001"),
                ("PERMDISP", "anderson-2006"), ("ANOSIM", "clarke-1993"), ("Mantel test", "mantel-1967"),
            ]),
        Line("ANCOM-BC", "lin-peddada-2020"),
        Line("ALDEx2", "fernandes-2014"),
        Line("False discovery rate", "benjamini-hochberg-1995"),
        Line("SIBO breath test (hydrogen and methane criteria)", "rezaie-2017"),
        Line("Reference implementations matched", [(nil, "scikit-bio"), ("SciPy", "virtanen-2020"), (nil, "vegan")]),
    ]

    /// The whole `--citations` text.
    static var text: String {
        var lines = [
            "gutskin \(GutSkinCommand.version) — measures the gut–skin axis from microbiome data.",
            "Please cite what you used:",
        ]
        for (title, group) in [("Formats", formats), ("Methods", methods)] {
            lines += ["", title]
            lines += group.map(render)
        }
        return lines.joined(separator: "\n")
    }

    /// "  topic: work; role: work; …; note".
    static func render(_ line: Line) -> String {
        let works = line.works.map { role, key in
            guard let citation = Bibliography.citation(key) else {
                preconditionFailure("--citations names '\(key)', which is not in the Bibliography")
            }
            return (role.map { "\($0): " } ?? "") + citation.authorYear
        }
        return "  \(line.topic): " + (works + (line.note.map { [$0] } ?? [])).joined(separator: "; ")
    }
}
