extension TraitTable {
    /// gutskin's trait table: each row a genus, a trait and the source that assigns it.
    public static let standard = TraitTable([
        TraitAssignment(genus: "Faecalibacterium", trait: .butyrate, citation: "louis-flint-2009", evidence: "main butyrate producer (F. prausnitzii)"),
    ])
}
