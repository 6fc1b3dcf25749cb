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
        // Lay words for skin pH, washing and the skin's bacteria.
        ("alkaline", "ph acidic"), ("acidic", "ph"), ("acid mantle", "ph acidic"), ("body wash", "soap cleanser"),
        ("shower gel", "soap cleanser"), ("face wash", "cleanser"), ("syndet", "cleanser"), ("washing", "wash"),
        ("per cm2", "per square centimetre"), ("cm2", "square centimetre"), ("square cm", "square centimetre"),
        ("how many bacteria", "number count"), ("oily", "oily sebaceous"), ("sweaty", "moist"), ("armpit", "moist"),
        // Amounts and what a stool test can tell.
        ("amounts", "amount proportion load"), ("how much bacteria", "load amount proportion"),
        ("quantity", "amount load"), ("absolute", "load"), ("compositional", "proportion share"),
        ("relative", "proportion share"), ("snapshot", "one sample"), ("retest", "repeat sample"),
        ("strains", "strain species"), ("shotgun", "metagenomics species"),
        ("antibiotic course", "antibiotics recovery"), ("after antibiotics", "antibiotics recovery"),
        // Permeability, serotonin, allergy and hives, chocolate.
        ("leaky gut", "permeability leaky"), ("leaky", "permeability"), ("permeable", "permeability"), ("zonulin", "permeability"),
        ("happy hormone", "serotonin"), ("happy chemical", "serotonin"), ("5-ht", "serotonin"),
        ("allergies", "allergy"), ("allergic", "allergy"), ("food intolerance", "food allergy"), ("ige", "allergy"),
        ("hives", "urticaria"), ("urticaria", "hives"), ("welts", "hives urticaria"), ("wheals", "hives urticaria"),
        ("elimination diet", "exclusion diet"), ("histamine", "low histamine"), ("cocoa", "chocolate"), ("choc", "chocolate"),
        ("lgg", "rhamnosus lactobacillus"), ("lactobacillus", "probiotics"), ("bifidobacterium", "probiotics"),
        ("stress", "emotions"), ("stressed", "emotions"), ("emotional", "emotions"), ("gut brain", "brain axis"),
        // Everyday names for conditions, tests and foods.
        ("pregnant", "pregnancy"), ("pregnancy", "late pregnancy infants"), ("breastfeeding", "breast feeding"),
        ("newborn", "infants"), ("babys", "infants"), ("toddler", "infants children"), ("child", "children"),
        ("teens", "adolescent"), ("teenager", "adolescent"), ("teenage", "adolescent"),
        ("skimmed", "skim milk dairy"), ("skim", "milk dairy"), ("lactose", "milk dairy"), ("ice cream", "dairy sugar"),
        ("low gi", "glycaemic"), ("carbohydrates", "glycaemic carbohydrate"), ("sugars", "sugar"),
        ("sugary", "sugar"), ("fizzy", "sugary drinks"), ("crisps", "fatty"), ("fried", "fatty"), ("fast food", "fatty sugary"),
        ("wholegrain", "fibre"), ("whole grain", "fibre"), ("prebiotic", "fibre"), ("prebiotics", "fibre"), ("inulin", "fibre"),
        ("fruit", "plants"), ("beans", "plants fibre"), ("pulses", "plants fibre"), ("nuts", "plants"),
        ("fermented foods", "fermented"), ("kombucha", "fermented"), ("miso", "fermented"),
        ("breath testing", "breath test"), ("lactulose", "breath test"), ("glucose drink", "breath test"),
        ("bloating", "sibo"), ("bloated", "sibo"), ("gas", "sibo hydrogen methane"),
        ("stool form", "stool"), ("bowel", "gut"), ("intestine", "gut"), ("intestines", "gut"), ("colon", "gut colon"),
        ("flare up", "severity"), ("flareups", "severity"), ("severity", "severe"),
        ("bugs", "bacteria"), ("germs", "bacteria"), ("microbes", "bacteria"),
        ("inflamed", "inflammation"), ("inflammatory", "inflammation"), ("immune", "immune system"),
        ("talk to", "axis link"), ("communicate", "axis link"), ("connected", "axis link"),
    ])
}
