/// The sources of the statements `gutskin ask` answers from beyond the report's own (serotonin,
/// "leaky gut", food allergy and hives, chocolate, skin bacteria and pH, what 16S can tell,
/// probiotics for acne and rosacea), each as verified in ../shared/knowledge/evidence-for-answers.md
/// (section B). Parts it could not verify (volume, pages, journal, DOI) are left out or say so.
extension Bibliography {
    /// Serotonin, intestinal permeability, food allergy and hives, chocolate, probiotics beyond eczema.
    static let answersEvidence: [Citation] = [
        Citation(
            key: "berger-2009", authors: "Berger M, Gray JA, Roth BL", title: "The expanded biology of serotonin",
            source: "Annu Rev Med 60:355–366", year: 2009, doi: "10.1146/annurev.med.60.042307.110802"),
        Citation(
            key: "yano-2015", authors: "Yano JM, Yu K, Donaldson GP, et al.",
            title: "Indigenous bacteria from the gut microbiota regulate host serotonin biosynthesis",
            source: "Cell 161:264–276", year: 2015, doi: "10.1016/j.cell.2015.02.047"),
        Citation(
            key: "pike-1986", authors: "Pike MG, Heddle RJ, Boulton P, et al.", title: "Increased intestinal permeability in atopic eczema",
            source: "J Invest Dermatol 86:101–104", year: 1986, doi: "10.1111/1523-1747.ep12284035"),
        Citation(
            key: "hamilton-1985", authors: "Hamilton I, Fairris GM, Rothwell J, et al.",
            title: "Small intestinal permeability in dermatological disease", source: "Q J Med 56:559–567", year: 1985,
            doi: nil, noDOIReason: "no DOI found; PMID 3933045"),
        Citation(
            key: "scheffler-2018", authors: "Scheffler L, Crane A, Heyne H, et al.",
            title: "Widely used commercial ELISA does not detect precursor of haptoglobin2, but recognizes properdin as a potential "
                + "second member of the zonulin family",
            source: "Front Endocrinol 9:22", year: 2018, doi: "10.3389/fendo.2018.00022"),
        Citation(
            key: "ajamian-2019", authors: "Ajamian M, Steer D, Rosella G, et al.",
            title: "Serum zonulin as a marker of intestinal mucosal barrier function: may not be what it seems",
            source: "PLoS One 14:e0210728", year: 2019, doi: "10.1371/journal.pone.0210728"),
        Citation(
            key: "nwaru-2014", authors: "Nwaru BI, Hickstein L, Panesar SS, et al.",
            title: "The epidemiology of food allergy in Europe: a systematic review and meta-analysis", source: "Allergy 69:62–75",
            year: 2014, doi: "10.1111/all.12305"),
        Citation(
            key: "fricke-2020", authors: "Fricke J, Ávila G, Keller T, et al.",
            title: "Prevalence of chronic urticaria in children and adults across the globe: systematic review with meta-analysis",
            source: "Allergy 75:423–432", year: 2020, doi: "10.1111/all.14037"),
        Citation(
            key: "zuberbier-2009", authors: "Zuberbier T, Asero R, Bindslev-Jensen C, et al.",
            title: "EAACI/GA2LEN/EDF/WAO guideline: definition, classification and diagnosis of urticaria",
            source: "Allergy 64:1417–1426", year: 2009, doi: "10.1111/j.1398-9995.2009.02179.x"),
        Citation(
            key: "cornillier-2019", authors: "Cornillier H, Giraudeau B, Samimi M, et al.",
            title: "Effect of diet in chronic spontaneous urticaria: a systematic review", source: "Acta Derm Venereol 99:127–132",
            year: 2019, doi: "10.2340/00015555-3015"),
        Citation(
            key: "caperton-2014", authors: "Caperton C, Block S, Viera M, et al.",
            title: "Double-blind, placebo-controlled study assessing the effect of chocolate consumption in subjects with a history "
                + "of acne vulgaris",
            source: "J Clin Aesthet Dermatol 7(5):19–23", year: 2014, doi: nil, noDOIReason: "no DOI found; PMID 24847404, PMC4025515"),
        Citation(
            key: "kwon-2012", authors: "Kwon HH, Yoon JY, Hong JS, et al.",
            title: "Clinical and histological effect of a low glycaemic load diet in treatment of acne vulgaris in Korean patients: "
                + "a randomized, controlled trial",
            source: "Acta Derm Venereol 92:241–246", year: 2012, doi: "10.2340/00015555-1346"),
        Citation(
            key: "bowe-logan-2011", authors: "Bowe WP, Logan AC",
            title: "Acne vulgaris, probiotics and the gut-brain-skin axis – back to the future?", source: "Gut Pathog 3:1",
            year: 2011, doi: "10.1186/1757-4749-3-1"),
        Citation(
            key: "eguren-2024", authors: "Eguren C, Navarro-Blasco A, Corral-Forteza M, et al.",
            title: "A randomized clinical trial to evaluate the efficacy of an oral probiotic in acne vulgaris",
            source: "Acta Derm Venereol 104:adv33206", year: 2024, doi: "10.2340/actadv.v104.33206"),
        Citation(
            key: "jung-2013", authors: "Jung GW, Tse JE, Guiha I, et al.",
            title: "Prospective, randomized, open-label trial comparing the safety, efficacy, and tolerability of an acne treatment "
                + "regimen with and without a probiotic supplement and minocycline in subjects with mild to moderate acne",
            source: "J Cutan Med Surg 17:114–122", year: 2013, doi: "10.2310/7750.2012.12026"),
        Citation(
            key: "manzhalii-2016", authors: "Manzhalii E, Hornuss D, Stremmel W",
            title: "Intestinal-borne dermatoses significantly improved by oral application of Escherichia coli Nissle 1917",
            source: "World J Gastroenterol 22:5415–5421", year: 2016, doi: "10.3748/wjg.v22.i23.5415"),
    ]

    /// The skin's bacteria and pH, and what a stool sample's 16S reads can tell.
    static let answersSkinAndStool: [Citation] = [
        Citation(
            key: "evans-1975", authors: "Evans CA",
            title: "Persistent individual differences in the bacterial flora of the skin of the forehead: numbers of propionibacteria",
            source: "J Invest Dermatol 64:42–46", year: 1975, doi: nil, noDOIReason: "DOI not verified; PMID 1089125"),
        Citation(
            key: "grice-segre-2011", authors: "Grice EA, Segre JA", title: "The skin microbiome", source: "Nat Rev Microbiol 9:244–253",
            year: 2011, doi: "10.1038/nrmicro2537"),
        Citation(
            key: "eberlein-konig-2000", authors: "Eberlein-König B, Schäfer T, Huss-Marp J, et al.",
            title: "Skin surface pH, stratum corneum hydration, trans-epidermal water loss and skin roughness related to atopic "
                + "eczema and skin dryness in a population of primary school children",
            source: "Acta Derm Venereol (volume and pages not verified)", year: 2000, doi: "10.1080/000155500750042943"),
        // Authors and abstract checked (research.wu.ac.at); the journal was not, so it is left out.
        Citation(
            key: "gfatter-1997", authors: "Gfatter R, Hackl P, Braun F",
            title: "Effects of soap and detergents on skin surface pH, stratum corneum hydration and fat content in infants",
            source: "journal, volume and pages not verified", year: 1997, doi: nil, noDOIReason: "DOI not verified"),
        Citation(
            key: "mendes-2016", authors: "Mendes BR, Shimabukuro DM, Uber M, et al.",
            title: "Critical assessment of the pH of children's soap", source: "J Pediatr (Rio J) 92:290–295", year: 2016, doi: nil,
            noDOIReason: "DOI not verified"),
        Citation(
            key: "vandeputte-2017", authors: "Vandeputte D, Kathagen G, D'hoe K, et al.",
            title: "Quantitative microbiome profiling links gut community variation to microbial load", source: "Nature 551:507–511",
            year: 2017, doi: "10.1038/nature24460"),
        Citation(
            key: "gloor-2017", authors: "Gloor GB, Macklaim JM, Pawlowsky-Glahn V, et al.",
            title: "Microbiome datasets are compositional: and this is not optional", source: "Front Microbiol 8:2224", year: 2017,
            doi: "10.3389/fmicb.2017.02224"),
        Citation(
            key: "johnson-2019", authors: "Johnson JS, Spakowicz DJ, Hong BY, et al.",
            title: "Evaluation of 16S rRNA gene sequencing for species and strain-level microbiome analysis",
            source: "Nat Commun, published 6 November 2019 (volume and article number not verified)", year: 2019,
            doi: "10.1038/s41467-019-13036-1"),
        Citation(
            key: "dethlefsen-relman-2011", authors: "Dethlefsen L, Relman DA",
            title: "Incomplete recovery and individualized responses of the human distal gut microbiota to repeated antibiotic "
                + "perturbation",
            source: "Proc Natl Acad Sci U S A 108(Suppl 1):4554–4561", year: 2011, doi: "10.1073/pnas.1000087107"),
    ]
}
