import GutSkinAxis

/// Diet and the skin beyond the report's own statements: chocolate, the low-glycaemic-load trials,
/// food allergy and hives. Each from a source verified in ../shared/knowledge/evidence-for-answers.md.
extension Knowledge {
    static let diet: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "diet-chocolate-acne", kind: .finding, topic: "diet",
            text:
                "Chocolate and acne have been tested only in tiny, short trials: 14 men (13 finished) who swallowed capsules of unsweetened cocoa, gelatin or both had more acne lesions at day 4 and day 7 than at the start, compared with their own start rather than between the groups. No large or long trial was found.",
            grade: .veryLow, citations: ["caperton-2014"], keywords: "chocolate cocoa sweets candy acne pimples spots"),
        KnowledgeStatement(
            id: "diet-low-glycaemic-load-korea", kind: .finding, topic: "diet",
            text:
                "In a 10-week trial of 32 Korean patients with acne, a low-glycaemic-load diet was associated with fewer inflammatory and non-inflammatory lesions and smaller oil glands on biopsy than the usual diet.",
            grade: .low, citations: ["kwon-2012"],
            keywords: "low glycaemic glycemic load gi diet carbs sugar bread acne trial"),
        KnowledgeStatement(
            id: "food-allergy-self-reported", kind: .finding, topic: "food_allergy",
            text:
                "Far more people believe they have a food allergy than a food challenge confirms: across European studies 17.3% reported a food allergy at some time, 10.1% had allergy antibodies (IgE) to a food, and 0.9% reacted in a food challenge.",
            grade: .moderate, citations: ["nwaru-2014"],
            keywords: "food allergy allergic allergies intolerance reaction ige skin prick test challenge"),
        KnowledgeStatement(
            id: "hives-prevalence", kind: .finding, topic: "food_allergy",
            text:
                "Hives (urticaria) are common: about 1 in 5 people have them at some point in life, and chronic hives affect about 0.1% (North America) to 1.4% (Asia) of people at any one time.",
            grade: .moderate, citations: ["fricke-2020", "zuberbier-2009"],
            keywords: "hives urticaria welts wheals itchy bumps chronic common"),
        KnowledgeStatement(
            id: "hives-diet", kind: .finding, topic: "food_allergy",
            text:
                "Diets rarely cleared chronic spontaneous hives in a review of 1,734 patients: complete remission was reported in 4.8% on pseudoallergen-free diets and 11.7% on low-histamine diets, the studies were uncontrolled, and no randomised trial compared diets.",
            grade: .low, citations: ["cornillier-2019"],
            keywords: "hives urticaria diet food histamine pseudoallergen elimination exclusion allergy trigger"),
    ]
}
