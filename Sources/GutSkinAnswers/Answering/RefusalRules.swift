import Foundation

/// The questions gutskin refuses before searching, by class: emergencies first (they need care
/// now), then diagnosis, medication and dosing, and product recommendations. Patterns are matched
/// on the lower-cased question with single spaces between words.
enum RefusalRules {
    /// The class of the first rule the question meets, or nil.
    static func refusal(for question: String) -> Answer.RefusalClass? {
        let text = QueryWords.normalisedText(question)
        if matches(text, emergency) || (has(text, feverWords) && has(text, ["rash", "spreading", "blister", "blisters", "peeling"])) {
            return .emergency
        }
        if has(text, ["faint", "fainting", "fainted", "dizzy", "drowsy", "unresponsive", "collapsed", "collapse", "seizure", "confused"]) {
            return .emergency
        }
        if has(text, ["swelling", "swollen", "swelled", "swells"])
            && has(text, ["tongue", "lips", "lip", "throat", "face", "mouth", "eyes"])
        {
            return .emergency
        }
        if has(text, ["breathe", "breathing"])
            && has(text, ["cant", "cannot", "hard", "trouble", "struggling", "difficulty", "properly", "wheezing"])
        {
            return .emergency
        }
        if (matches(text, diagnosis) && !matches(text, diagnosisExceptions)) || (has(text, conditions) && matches(text, conditionQuestions))
        {
            return .diagnosis
        }
        if matches(text, product) { return .product }
        // "Probiotic pills" are probiotics and "can diet cure" asks about diet: read them so first.
        var medicationText = text
        for (phrase, plain) in medicationRewrites { medicationText = medicationText.replacingOccurrences(of: phrase, with: plain) }
        if matches(medicationText, medication) {
            // What antibiotics do to gut bacteria is a question about the gut, not about taking them.
            let aboutEffects =
                matches(medicationText, antibioticEffects) && !matches(medicationText, medication.filter { !$0.hasPrefix("antibiotic") })
            if !aboutEffects { return .medication }
        }
        return nil
    }

    /// Phrases that name a food or a probiotic in a medicine's words, and how the medication rules read them.
    static let medicationRewrites = [
        (" probiotic pills ", " probiotics "), (" probiotic capsules ", " probiotics "), (" probiotic tablets ", " probiotics "),
        (" diet cure ", " diet help "), (" diets cure ", " diets help "), (" food cure ", " food help "),
        (" foods cure ", " foods help "), (" eating cure ", " eating help "),
    ]

    /// "Does my gut recover after antibiotics", "what do antibiotics do to gut bacteria".
    static let antibioticEffects = [
        "after antibiotics", "after taking antibiotics", "after a course of antibiotics", "after an antibiotic",
        "recover from antibiotics", "antibiotics affect", "antibiotics change", "antibiotics do to", "antibiotics damage",
        "antibiotics kill", "antibiotics harm", "antibiotics destroy", "antibiotics wipe", "antibiotics and gut",
        "antibiotics and the gut", "antibiotics and my gut",
    ]

    /// The text a refusal gives, with a pointer to a clinician where it fits.
    static func text(for refusal: Answer.RefusalClass) -> String {
        switch refusal {
        case .emergency:
            "This sounds like it may need care now. Please contact emergency services or an urgent-care clinician "
                + "straight away; gutskin cannot help with this."
        case .diagnosis:
            "gutskin cannot tell you whether you have a condition: a microbiome report is not a diagnosis. "
                + "A clinician can examine you and, if needed, order the right tests; you can bring this report along."
        case .medication:
            "gutskin cannot advise on medicines, doses or treatment. Please ask a clinician or pharmacist, "
                + "who knows your history."
        case .product:
            "gutskin does not recommend products or brands. It can tell you what studies found about a kind of "
                + "intervention (for example probiotics and eczema), with how strong that evidence is."
        case .noSource:
            "I don't have a sourced answer to that."
        }
    }

    static func has(_ text: String, _ words: [String]) -> Bool { words.contains { text.contains(" \($0) ") } }

    /// Whether any phrase occurs in the text; `*` in a phrase stands for any one or two words.
    static func matches(_ text: String, _ phrases: [String]) -> Bool {
        phrases.contains { phrase in
            guard phrase.contains("*") else { return text.contains(" \(phrase) ") }
            let parts = phrase.split(separator: "*").map { $0.trimmingCharacters(in: .whitespaces) }
            var rest = Substring(text)
            for (index, part) in parts.enumerated() {
                guard let range = rest.range(of: " \(part) ") else { return false }
                if index > 0 {
                    let gap = rest[rest.startIndex..<range.lowerBound].split(separator: " ").count
                    if gap > 2 { return false }
                }
                rest = rest[rest.index(before: range.upperBound)...]
            }
            return true
        }
    }

    /// "Should I take probiotics?": answered with what studies found, and this note.
    static let adviceQuestions = [
        "should i take", "should i eat", "should i stop", "should i start", "should i avoid", "should i cut", "should i try",
    ]
    static let adviceNote =
        "gutskin does not say whether you should take, eat or avoid anything: that is for you and a clinician who knows you; "
        + "it reports what studies found."

    /// Conditions a question may ask to be told it has.
    static let conditions = [
        "eczema", "psoriasis", "rosacea", "acne", "sibo", "ibs", "crohns", "crohn", "celiac", "coeliac", "dermatitis", "hives",
        "urticaria", "allergy", "allergic", "infection", "infected", "fungal", "candida", "cancer", "melanoma", "leaky", "intolerance",
        "intolerant", "lactose", "overgrowth", "lupus", "scabies", "ringworm", "impetigo", "cellulitis", "shingles", "colitis", "ibd",
    ]

    /// "Is this eczema", "could it be a fungal infection", "does that show I have SIBO": the condition within two words.
    static let conditionQuestions: [String] = {
        let openers = [
            "could this be", "could it be", "is this", "is it", "might this be", "might it be", "is that", "sounds like",
            "show i have", "shows i have", "say i have", "says i have", "prove i have", "tell me if i have", "am i", "be", "be a", "be an",
        ]
        return openers.flatMap { opener in conditions.flatMap { ["\(opener) \($0)", "\(opener) * \($0)"] } }
    }()

    static let feverWords = ["fever", "feverish", "temperature", "high temp"]

    static let emergency = [
        "cant breathe", "can t breathe", "cannot breathe", "trouble breathing", "difficulty breathing", "hard to breathe",
        "short of breath", "struggling to breathe", "breathing problems", "throat is closing", "throat closing",
        "throat swelling", "swollen throat", "tongue swelling", "swollen tongue", "lips swelling", "swollen lips",
        "face is swelling", "anaphylaxis", "anaphylactic", "chest pain", "passed out", "fainted", "fainting",
        "blood in my stool", "blood in stool", "blood in my poop", "bloody stool", "black stool", "vomiting blood",
        "throwing up blood", "suicidal", "kill myself", "end my life", "skin is peeling off", "rash is spreading fast",
        "spreading fast", "spreading quickly", "spreading rapidly", "unbearable pain", "severe pain",
    ]

    static let diagnosis = [
        "do i have", "have i got", "could i have", "might i have", "may i have", "would i have", "does this mean i have",
        "does it mean i have", "does that mean i have", "do i * have", "is it * eczema", "is this * eczema", "is this eczema",
        "is it eczema", "is this rosacea", "is it rosacea", "is this psoriasis", "is it psoriasis", "is this acne",
        "is this sibo", "is it sibo", "am i * allergic", "am i allergic", "am i sick", "am i ill", "diagnose me", "diagnose my",
        "you diagnose", "diagnose this", "my diagnosis",
        "what condition do i", "what disease do i", "whats wrong with me", "what s wrong with me", "what is wrong with me",
        "does my report show i have", "does my report say i have", "do i suffer from", "am i intolerant", "is my rash",
        "is it cancer", "is this cancer", "does this show * sibo", "does that show * sibo", "does it show * sibo",
        "mean i have", "means i have", "i have * sibo or", "tell me if i have", "tell if i have", "confirm i have",
        "positive for sibo so i have", "is it leaky gut", "i got leaky gut",
    ]

    /// "Do I have to …" and "do I have a high …" ask about doing or about a number, not a diagnosis.
    static let diagnosisExceptions = [
        "do i have to", "do i have a low", "do i have a high", "do i have low", "do i have high", "do i have enough",
        "do i have a lot", "do i have many", "do i have more", "do i have less", "do i have few",
        "what percentile do i have", "how much * do i have", "how many * do i have", "how many", "how much", "what percentile",
        "what percentage", "what share",
    ]

    static let medication = [
        "dose", "doses", "dosage", "dosing", "mg", "milligrams", "how much should i take", "how much do i take",
        "how much * should i take", "how many * should i take", "how many * a day", "how often should i take",
        "how long should i take", "rifaximin", "antibiotic", "antibiotics", "steroid", "steroids", "hydrocortisone",
        "cortisone", "isotretinoin", "accutane", "doxycycline", "minocycline", "metronidazole", "antihistamine",
        "antihistamines", "dupilumab", "methotrexate", "tacrolimus", "retinoid", "prescribe", "prescription",
        "medication", "medications", "medicine", "medicines", "meds", "pills", "tablets", "drug", "drugs",
        "should i stop taking", "should i start taking", "can i stop taking", "stop my", "come off",
        "cure", "treat my", "cream", "creams", "ointment", "ibuprofen", "paracetamol", "painkiller", "painkillers", "off their",
        "off my", "off his", "off her", "capsules", "capsule", "treatment for my", "what should i take for", "what can i take for",
    ]

    static let product = [
        "which brand", "what brand", "brand", "probiotic brand", "best brand", "brand of", "brands", "which probiotic should",
        "what probiotic should",
        "best probiotic", "which probiotic is", "which probiotic to", "recommend a", "recommend me", "recommend any",
        "recommend some", "can you recommend", "which supplement", "best supplement", "which cream", "best cream",
        "which moisturiser", "which moisturizer", "best moisturiser", "best moisturizer", "which cleanser", "best cleanser",
        "which soap", "best soap", "where can i buy", "where to buy", "should i buy", "what should i buy", "product",
        "products", "culturelle", "align probiotic", "yakult", "activia", "symprove", "seed daily", "amazon",
        "which kefir", "which yogurt", "which yoghurt", "best kefir", "best yogurt", "which test kit", "best test kit", "buy",
        "good probiotic", "kombucha should",
    ]
}
