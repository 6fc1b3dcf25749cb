/// Splits a question into lower-case words and sorts them: words too common to search on
/// (stop words), words too general to answer on alone ("skin", "gut", "good"), and the rest.
enum QueryWords {
    /// Lower-case letters and digits; everything else separates words ("what's" → "what", "s").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Text-speak spelled out, so refusal patterns see "should" in "shud": word → words.
    static let spelledOut: [String: String] = [
        "shud": "should", "shuld": "should", "shoud": "should", "sould": "should", "shld": "should", "wat": "what", "wot": "what",
        "u": "you", "ur": "your", "r": "are", "cant": "cant", "dont": "dont", "pls": "please", "plz": "please", "abt": "about",
        "bc": "because", "cuz": "because", "coz": "because", "im": "i am", "ive": "i have", "w": "with", "wht": "what", "hw": "how",
    ]

    /// The question's words with text-speak spelled out, joined by single spaces with a space at each end.
    static func normalisedText(_ text: String) -> String {
        " " + words(text).map { spelledOut[$0] ?? $0 }.joined(separator: " ") + " "
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did",
        "i", "me", "my", "mine", "you", "your", "it", "its", "this", "that", "these", "those", "what", "whats", "why",
        "how", "when", "where", "which", "who", "whom", "to", "of", "in", "on", "at", "for", "with", "from", "by", "about",
        "as", "so", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "s", "t", "im", "ive",
        "dont", "not", "no", "yes", "there", "their", "they", "them", "we", "our", "us", "he", "she", "his", "her",
        "any", "some", "all", "more", "most", "much", "many", "very", "really", "just", "also", "too", "than", "then",
        "get", "got", "have", "has", "had", "know", "tell", "please", "thanks", "hi", "hello", "hey", "ok", "okay",
        "u", "ur", "r", "shud", "shuld", "shoud", "wht", "hw", "between", "pls", "plz", "wat", "wot", "y", "ya", "mean", "means", "meaning",
        "thing", "things", "stuff",
        "like", "lot", "lots", "bit", "kind", "sort", "one", "ones", "out", "up", "down", "into", "over", "again",
        "number", "numbers", "result", "results", "score", "scores", "report", "value", "says", "say", "said",
    ]

    /// Words that match many statements and answer nothing on their own.
    static let generalWords: Set<String> = [
        "skin", "gut", "good", "bad", "help", "helps", "healthy", "health", "body", "cause", "causes", "affect", "affects",
        "bacteria", "bacterium", "microbiome", "microbes", "normal", "low", "high", "worse", "better", "eat", "eating",
        "food", "foods", "diet", "people", "study", "studies", "evidence", "make", "makes", "made", "linked", "link",
        "associated", "condition", "conditions", "level", "levels", "test", "tests", "sample", "problem", "problems",
        "okay", "fine", "ok", "need", "want", "break", "breaking", "real", "thing", "true", "heard", "mum", "mom", "right",
        "stop", "drinking", "eating", "taking", "take", "use", "using", "does", "work", "worth", "anything", "explained",
        "connection", "explain", "describe", "understand", "simple", "simply", "exact", "exactly", "amount", "amounts",
        "detect", "measure", "most", "cut", "cutting", "stopped", "started", "noticed", "notice", "seems", "seem", "feel", "feels",
        "look", "looks", "mess", "change", "changes", "changed", "improve", "improved", "reduce", "increase", "clear", "fix",
        "safe", "harmful", "dangerous", "important", "typical", "possible", "likely", "proof", "coincidence", "reason", "flare", "flares",
        "chemicals", "everyone", "see", "long", "stay", "stays", "show", "shows", "matter", "matters", "happen", "happens", "adults",
        "babies", "baby", "kids", "worry", "worried", "concern", "true", "real", "myth", "work", "works",
        // Everyday words that qualify a question without naming its topic, so a question holding
        // them is not taken for one about something the knowledge does not cover.
        "better", "best", "worst", "bigger", "smaller", "less", "fewer", "enough", "ever", "still", "always", "never",
        "often", "sometimes", "usually", "actually", "honestly", "basically", "literally", "maybe", "probably", "definitely",
        "come", "comes", "coming", "came", "go", "goes", "going", "went", "gone", "give", "gives", "giving", "gave", "keep",
        "keeps", "put", "puts", "try", "trying", "tried", "find", "found", "think", "thinking", "thought", "read", "reading",
        "saw", "seen", "hear", "ask", "asking", "asked", "told", "tells", "let", "lets", "done", "doing", "getting",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "daily", "today", "lately",
        "new", "old", "big", "small", "little", "huge", "tiny", "whole", "full", "free", "same", "different", "other",
        "others", "another", "each", "every", "own", "certain", "sure", "whether", "anyone", "someone", "somebody",
        "everybody", "something", "everything", "nothing", "way", "ways", "part", "parts", "type", "types",
        "research", "science", "scientific", "trial", "trials", "data", "facts", "fact", "info",
        "information", "answer", "question", "wondering", "curious", "confused", "idea", "point", "difference",
        "actual", "accurate", "reliable", "great", "nice", "terrible", "awful",
        "lower", "higher", "raise", "raises", "lowers", "boost", "boosts", "support", "supports", "benefit", "benefits",
        "beneficial", "effect", "effects", "impact", "influence", "related", "relationship", "connected", "due",
        "because", "since", "after", "before", "during", "while", "without", "within", "per", "only", "even", "already",
        "person", "friend", "doctor", "internet", "online", "article", "video", "tiktok", "instagram",
    ]
}
