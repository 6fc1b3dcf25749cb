import Testing

@testable import GutSkinAxis

@Suite struct TraitTableTests {
    @Test func genusSpellingsMatchAcrossTaxonomies() {
        #expect(GenusName.key("g__[Ruminococcus]") == "[ruminococcus]")
        #expect(GenusName.key("g__[Ruminococcus]") != GenusName.key("Ruminococcus"))
        #expect(GenusName.key("Corynebacterium_1") == "corynebacterium")
        #expect(GenusName.key("g__Propionibacterium") == GenusName.key("Cutibacterium"))
        #expect(GenusName.key("Escherichia-Shigella") == GenusName.key("g__Escherichia"))
        #expect(GenusName.key("D_5__Bacteroides") == "bacteroides")
        #expect(GenusName.key("g__Bacteroides_A") == "bacteroides")
        #expect(GenusName.key("[Ruminococcus]_gnavus_group") == "[ruminococcus] gnavus group")
    }
}
