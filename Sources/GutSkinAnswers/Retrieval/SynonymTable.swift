/// Words people type for the terms the statements use: each phrase found in a question adds its
/// expansion to the search (eczema ↔ atopic dermatitis, gut flora ↔ gut microbiome, pimples → acne).
public struct SynonymTable: Sendable {
    /// Phrase (lower case, whole words) → words added to the search.
    public let entries: [(phrase: String, expansion: String)]

    public init(entries: [(phrase: String, expansion: String)]) { self.entries = entries }

    /// The question with every matching phrase's expansion appended.
    public func expand(_ question: String) -> String {
        let padded = " " + question + " "
        let added = entries.filter { padded.contains(" \($0.phrase) ") }.map(\.expansion)
        return ([question] + added).joined(separator: " ")
    }

    public static let standard = SynonymTable(entries: [
        ("eczema", "atopic dermatitis"), ("atopic dermatitis", "eczema"), ("dermatitis", "eczema"),
        ("ad", "atopic dermatitis eczema"), ("itch", "eczema"), ("itchy", "eczema"), ("itching", "eczema"),
        ("gut flora", "gut microbiome"), ("flora", "microbiome"), ("microbiota", "microbiome"), ("gut bugs", "gut microbiome"),
        ("scfa", "short chain fatty acid"), ("scfas", "short chain fatty acid"), ("short-chain", "short chain"),
        ("pimples", "acne"), ("pimple", "acne"), ("zits", "acne"), ("zit", "acne"), ("breakouts", "acne"),
        ("breakout", "acne"), ("spots", "acne"), ("blackheads", "acne"), ("breaking out", "acne"),
        ("milk", "dairy"), ("cheese", "dairy"), ("yoghurt", "yogurt dairy"), ("yogurt", "dairy"),
        ("fiber", "fibre"), ("sweets", "sugar"), ("candy", "sugar"), ("chocolate", "sugar sugary"), ("soda", "sugary drinks"),
        ("junk", "sugary fatty"),
        ("glycemic", "glycaemic"), ("gi diet", "glycaemic"), ("carbs", "glycaemic carbohydrate"),
        ("staph", "staphylococcus"), ("s aureus", "staphylococcus aureus"), ("p acnes", "cutibacterium"),
        ("c acnes", "cutibacterium"), ("propionibacterium", "cutibacterium"),
        ("poop", "stool"), ("poo", "stool"), ("faeces", "stool"), ("feces", "stool"), ("stool test", "stool sample"),
        ("gut lining", "barrier mucus"), ("endotoxin", "lps"), ("lipopolysaccharide", "lps"),
        ("small intestinal bacterial overgrowth", "sibo"), ("overgrowth", "sibo"), ("breath", "breath test"),
        ("hydrogen", "breath test"), ("methane", "breath test"),
        ("ph", "skin ph acidic"), ("acidity", "skin ph acidic"), ("soap", "washing cleanser"), ("cleanser", "washing"),
        ("variety", "diversity"), ("diverse", "diversity"), ("richness", "diversity observed"),
        ("imbalance", "dysbiosis"), ("imbalanced", "dysbiosis"), ("unbalanced", "dysbiosis"),
        ("good bacteria", "probiotics"), ("probiotic", "probiotics"), ("kefir", "fermented"), ("kimchi", "fermented"),
        ("sauerkraut", "fermented"), ("vegetables", "plants"), ("veggies", "plants"), ("veg", "plants"),
        ("serotonin", "tryptophan"), ("brain", "gaba tryptophan"), ("anxiety", "gaba"), ("mood", "gaba tryptophan"),
        ("acne bacteria", "cutibacterium"), ("whey", "dairy"), ("bread", "glycaemic carbohydrate"), ("pasta", "glycaemic carbohydrate"),
        ("medical test", "diagnose stool"), ("neurotransmitter", "gaba"), ("cla", "linoleic"), ("omega", "linoleic fatty acid"),
        ("red face", "rosacea"), ("flushing", "rosacea"), ("plaques", "psoriasis"),
        ("16s", "16s genus strain"), ("species", "strain genus"), ("percent", "share proportion"),
    ])
}
