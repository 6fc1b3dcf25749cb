import GutSkinAxis

/// The shell of gutskin's self-contained pages: one file, inline CSS, no scripts or network
/// requests, readable at phone width and printable.
public enum HTMLPage {
    public static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Shared look: system fonts, a readable column, plots that shrink with the page, print rules
    /// that keep a plot and its caption together.
    static let style = """
        :root{--text:#1f2328;--muted:#656d76;--line:#d0d7de;--soft:#f6f8fa;--accent:#0072b2;--warn:#9a6700}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:#fff}
        main{max-width:56rem;margin:0 auto;padding:1.25rem}
        h1{font-size:1.7rem;margin:.2rem 0 .4rem}h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:1px solid var(--line)}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        p,li{max-width:46rem}.muted,figcaption,.note{color:var(--muted);font-size:.9rem}
        .summary{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem}
        .warning{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.6rem .9rem;margin:.6rem 0}
        table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0}
        th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
        td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}
        .table-scroll{overflow-x:auto}
        .table-scroll.wide table{font-size:.8rem}.table-scroll.wide th,.table-scroll.wide td{padding:.3rem .35rem;overflow-wrap:anywhere}
        .table-scroll.wide td.number,.table-scroll.wide th.number{white-space:nowrap;overflow-wrap:normal}
        .scores{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.8rem;margin:.6rem 0}
        .score{border:1px solid var(--line);border-radius:8px;padding:.7rem .8rem;break-inside:avoid}
        .score-head{display:flex;justify-content:space-between;gap:.5rem;align-items:baseline}
        .score .value{font-size:1.25rem;font-weight:600;white-space:nowrap;font-variant-numeric:tabular-nums}
        .score .value small{font-size:.75rem;color:var(--muted);font-weight:400}
        .score svg.gauge{max-width:22rem;margin:.3rem 0}
        .score-place{font-size:.85rem}.score p.note{margin:.35rem 0 0}
        .answers{background:var(--soft);border-radius:8px;padding:.4rem .9rem;margin:.8rem 0}.answers h4{margin:.4rem 0}
        ul.legend{list-style:none;padding:0;margin:.4rem 0;font-size:.9rem;columns:2 16rem}ul.legend li{margin:.1rem 0}
        .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;margin-right:.4rem;vertical-align:-.05rem}
        figure{margin:1rem 0}svg.plot{width:100%;height:auto;display:block}svg.map{max-width:32rem}figure svg.plot{max-width:40rem}
        .band{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;font-weight:600;color:#fff}
        .band-low{background:#b35806}.band-typical{background:#1a7f37}.band-high{background:#8250df}.band-none{background:#8c959f}
        .sources li{font-size:.88rem;margin:.25rem 0}
        .grade{display:inline-block;white-space:nowrap;padding:0 .4rem;border:1px solid var(--line);border-radius:999px}
        .grade{font-size:.75rem;color:var(--text);background:var(--soft)}.grade-moderate{border-color:#1a7f37}
        .grade-low{border-color:#9a6700}.grade-very_low,.grade-mechanistic_only,.grade-hypothesis{border-color:#b35806}
        p.literature{margin:.15rem 0 .6rem}.contrary{display:inline-block;margin-top:.15rem}
        a{color:var(--accent)}
        @media (max-width:600px){body{font-size:15px}main{padding:.8rem}th,td{padding:.3rem}
          #questionnaire table,#questionnaire tbody,#questionnaire tr,#questionnaire td{display:block}#questionnaire thead{display:none}
          #questionnaire tr{border-bottom:1px solid var(--line);padding:.3rem 0}#questionnaire td{border:0}}
        @media print{main{max-width:none;padding:0}h2{break-before:auto}figure,table,.summary{break-inside:avoid}a{color:inherit}}
        """
}
