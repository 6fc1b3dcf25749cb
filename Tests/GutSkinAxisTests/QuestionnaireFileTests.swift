import Testing

@testable import GutSkinAxis

@Suite struct QuestionnaireFileTests {
    @Test func jsonAndTSVGiveTheSameAnswers() throws {
        let json =
            #"{"plant_types_per_week": 31, "fibre_grams_per_day": 25.5, "dairy": "daily", "sugary_foods": "rarely", "probiotics": "current", "antibiotics_last_6_months": "no", "skin_conditions": ["acne", "rosacea"], "skin_ph": [4.9, 5.1]}"#
        let tsv =
            "# answers\nquestion\tanswer\nplant_types_per_week\t31\nfibre_grams_per_day\t25.5\ndairy\tdaily\nsugary_foods\trarely\nprobiotics\tcurrent\nantibiotics_last_6_months\tno\nskin_conditions\tacne, rosacea\nskin_ph\t4.9,5.1\n"
        let fromJSON = try QuestionnaireFile.parse(text: json, file: "q.json")
        let fromTSV = try QuestionnaireFile.parse(text: tsv, file: "q.tsv")
        #expect(fromJSON == fromTSV)
        #expect(
            fromJSON.plantTypesPerWeek == 31 && fromJSON.skinConditions == [.acne, .rosacea] && fromJSON.antibioticsLast6Months == false)
    }

    @Test(arguments: [
        ("plant_types_per_week\t2.5\n", "q.tsv: line 1: plant_types_per_week must be a whole number from 0 to 1000"),
        ("plant_types_per_week\tinf\n", "q.tsv: line 1: plant_types_per_week must be a whole number from 0 to 1000"),
        ("fibre_grams_per_day\t1e20\n", "q.tsv: line 1: fibre_grams_per_day must be a number of grams from 0 to 1000"),
        ("dairy\tsometimes\n", "q.tsv: line 1: dairy must be one of never, rarely, weekly, several_per_week, daily"),
        ("favourite_colour\tblue\n", "q.tsv: line 1: unknown question 'favourite_colour'"),
        ("skin_ph\t4.5\t5\n", "q.tsv: line 1: expected 'question<TAB>answer', found 3 fields"),
        ("skin_conditions\tacne, hives\n", "q.tsv: line 1: unknown skin condition 'hives'"),
        ("{\"skin_ph\": [\"x\"]}", "q.tsv: key \"skin_ph\": skin_ph readings must be skin-surface pH values from 3 to 9, found 'x'"),
        ("{broken", "q.tsv: is not valid JSON: line 1, column 2"),
        ("{\"dairy\": \"daily\",\n \"skin_ph\": [4.5,}", "q.tsv: is not valid JSON: line 2, column 18"),
    ])
    func badAnswersNameTheFileAndPlace(text: String, message: String) {
        do {
            _ = try QuestionnaireFile.parse(text: text, file: "q.tsv")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    /// Each answer is shown with the literature of its topic, and every note cites a known source.
    @Test func answersCarryLiteratureWithKnownSources() throws {
        let questionnaire = try QuestionnaireFile.parse(
            text: #"{"dairy": "daily", "plant_types_per_week": 5, "skin_conditions": ["acne"]}"#, file: "q.json")
        let result = QuestionnaireResult(questionnaire)
        #expect(result.answers.map(\.question) == ["Different plants eaten per week", "Dairy", "Known skin conditions"])
        for answer in result.answers {
            #expect(!answer.literature.isEmpty, "\(answer.question)")
            for note in answer.literature { #expect(Bibliography.citation(note.citation) != nil) }
        }
    }
}
