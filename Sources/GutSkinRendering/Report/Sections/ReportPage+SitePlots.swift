import GutSkinAxis

extension ReportPage {
    /// The person's most abundant genera beside the reference medians.
    static func genusBars(_ result: GutSkinReport.SiteResult, _ context: Context) -> String {
        let title = "Most abundant genera in your \(result.site.rawValue) sample beside the reference median"
        var html = "<figure>\(GenusBars.svg(genera: result.topGenera, title: title))"
        html += GenusBars.legend(genera: result.topGenera)
        html += """
            <figcaption>Your most abundant genera (share of reads) beside each genus's median share among \
            the healthy reference samples. The reference bar stacks medians of separate genera, so it is not \
            one person's profile.\(context.cite(["hmp-2012"]))</figcaption></figure>
            """
        return html
    }

    /// The Gut Microbiome Health Index and what its sign means.
    static func gmhiParagraph(_ gmhi: Double, _ context: Context) -> String {
        """
        <h3>Gut Microbiome Health Index</h3><p>GMHI = <strong>\(HTMLText.number(gmhi, decimals: 3))</strong>\
        \(context.cite(["gupta-2020"])). Above 0 resembles the healthy profiles of Gupta et al. (2020); \
        below 0, profiles from people with disease.</p>
        """
    }

    /// The person placed on the reference's PCoA map.
    static func referenceMap(
        _ reference: GutSkinReference, result: GutSkinReport.SiteResult, _ context: Context
    ) -> String {
        let title = "Your \(result.site.rawValue) sample on a PCoA map of \(reference.name)"
        let map = ReferenceMapPlot.svg(map: reference.map, person: result.mapPosition, label: "You", title: title)
        return """
            <h3>Where you sit among the reference</h3><figure>\(map)<figcaption>Each blue dot is a reference \
            sample; the orange dot is you, placed by Gower's add-a-point method\(context.cite(["gower-1968"])) \
            on a PCoA of \(HTMLText.escape(reference.map.distance)). Dots close together have similar \
            communities.</figcaption></figure>
            """
    }
}
