/// The site's mustache templates, compiled into the program (no files to deploy, nothing fetched
/// from elsewhere). `{{…}}` escapes HTML; `{{{content}}}` is only ever another rendered template.
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout, "sign-in": signIn, "sign-up": signUp, "samples": samples, "report": report,
        "history": history, "account": account, "message": message, "diary": diary,
        "diary-day": diaryDay, "diary-analysis": diaryAnalysis, "report-diary": reportDiary,
    ]

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · gutskin</title>
        {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
        <style>
        :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b5cad; --bad: #b42318; --good: #1a7f37; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f8fa; }
        header { background: #fff; border-bottom: 1px solid var(--line); }
        header div, main { max-width: 60rem; margin: 0 auto; padding: 0.75rem 1rem; }
        header div { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
        header strong { margin-right: auto; }
        nav a, header a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, iframe:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
        main { background: #fff; margin-top: 1rem; border: 1px solid var(--line); border-radius: 6px; }
        h1 { font-size: 1.5rem; margin: 0.25rem 0 1rem; }
        label { display: block; margin: 0.75rem 0 0.25rem; font-weight: 600; }
        input[type=email], input[type=password], input[type=text], input[type=date], select { width: 100%; max-width: 28rem; padding: 0.5rem; font: inherit; border: 1px solid var(--line); border-radius: 4px; }
        input[type=file] { max-width: 100%; }
        button { margin-top: 1rem; padding: 0.5rem 1rem; font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        button.danger { background: var(--bad); }
        button.link { background: none; color: var(--accent); padding: 0; margin: 0; text-decoration: underline; }
        .error { color: var(--bad); border-left: 4px solid var(--bad); padding: 0.25rem 0.75rem; }
        .notice { color: var(--good); border-left: 4px solid var(--good); padding: 0.25rem 0.75rem; }
        .secret { font-family: ui-monospace, monospace; word-break: break-all; background: #fff8c5; padding: 0.5rem; }
        .hint { color: var(--muted); font-size: 0.9rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        iframe { width: 100%; height: 80vh; border: 1px solid var(--line); border-radius: 4px; }
        form.inline { display: inline; }
        .answer { border-left: 4px solid var(--accent); padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
        svg.plot { width: 100%; height: auto; } figure { margin: 0.5rem 0; } td.beyond { font-weight: 600; }
        </style>
        </head>
        <body>
        <header><div>
        <strong><a href="/">gutskin</a></strong>
        {{#signedIn}}
        <nav aria-label="Main"><a href="/samples">My samples</a> · <a href="/history">History</a> · <a href="/diary">Diary</a> · <a href="/account">Account</a></nav>
        <form class="inline" method="post" action="/sign-out"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link" type="submit">Sign out</button></form>
        {{/signedIn}}
        {{^signedIn}}<nav aria-label="Main"><a href="/sign-in">Sign in</a> · <a href="/sign-up">Sign up</a></nav>{{/signedIn}}
        </div></header>
        <main>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{{content}}}
        </main>
        </body>
        </html>
        """

    static let signIn = """
        <h1>Sign in</h1>
        <form method="post" action="/sign-in">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="{{email}}">
        <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Sign in</button>
        </form>
        <p class="hint">No account yet? <a href="/sign-up">Sign up</a>.</p>
        """

    static let signUp = """
        <h1>Sign up</h1>
        <form method="post" action="/sign-up">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
        <label for="password">Password (at least 10 characters)</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required>
        <label for="kind">Account for</label>
        <select id="kind" name="kind"><option value="person">myself (a person)</option><option value="organisation">an organisation (a testing service)</option></select>
        <button type="submit">Sign up</button>
        </form>
        """

    static let samples = """
        <h1>My samples</h1>
        <section aria-labelledby="upload">
        <h2 id="upload">Upload</h2>
        <form method="post" action="/samples" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="table">Table (BIOM, TSV, QIIME 2 .qza or MetaPhlAn profile)</label><input id="table" name="table" type="file" required>
        <label for="sample">Gut sample id in the table (empty: every sample)</label><input id="sample" name="sample" type="text">
        <label for="skin_sample">Skin sample id in the same table (optional)</label><input id="skin_sample" name="skin_sample" type="text">
        <label for="questionnaire">Questionnaire (JSON or TSV, optional)</label><input id="questionnaire" name="questionnaire" type="file">
        <label for="breath_test">Breath test (TSV, optional)</label><input id="breath_test" name="breath_test" type="file">
        <button type="submit">Upload</button>
        </form>
        <p class="hint">Files up to {{maxUploadMB}} MB. Reports appear below when ready{{#pending}} (this page refreshes itself){{/pending}}.</p>
        </section>
        <h2>Reports being made</h2>
        {{^jobs}}<p>None.</p>{{/jobs}}
        {{#jobs}}<p>{{created}} — {{status}}{{#error}}: <span class="error">{{error}}</span>{{/error}}</p>{{/jobs}}
        <h2>Samples</h2>
        {{^samples}}<p>No samples yet.</p>{{/samples}}
        {{#hasSamples}}<div class="scroll"><table>
        <thead><tr><th scope="col">Sample</th><th scope="col">Site</th><th scope="col">Uploaded</th><th scope="col">Report</th></tr></thead>
        <tbody>
        {{#samples}}<tr><td>{{name}}{{#skinSample}} + {{skinSample}}{{/skinSample}}</td><td>{{site}}</td><td>{{created}}</td><td>{{#reports}}<a href="/reports/{{id}}/view">{{created}}</a> {{/reports}}{{^reports}}—{{/reports}}</td></tr>{{/samples}}
        </tbody></table></div>{{/hasSamples}}
        """

    static let report = """
        <h1>Report: {{sample}}</h1>
        <p>Made {{created}} by gutskin {{version}} against {{references}}. <a href="/reports/{{id}}">Open the page alone</a> · <a href="/api/v1/reports/{{id}}">JSON</a></p>
        <section aria-labelledby="ask">
        <h2 id="ask">Ask about this report</h2>
        {{#earlier}}<div class="turn"><p class="hint">You asked: {{question}}</p>{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}</div>{{/earlier}}
        {{#answer}}<div class="answer" role="status">
        <p class="hint">You asked: {{question}}{{#refusal}} — not answered ({{refusal}}){{/refusal}}</p>
        {{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}
        {{#hasCitations}}<p><strong>Sources</strong></p><ul>{{#citations}}<li>[{{key}}] {{text}}</li>{{/citations}}</ul>{{/hasCitations}}
        </div>{{/answer}}
        <form method="post" action="/reports/{{id}}/ask">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#conversation}}<input type="hidden" name="conversation" value="{{conversation}}">{{/conversation}}
        <label for="question">Your question (for example: why is my butyrate low? what does dysbiosis mean?)</label>
        <input id="question" name="question" type="text" maxlength="{{maxQuestion}}" required value="{{question}}">
        <button type="submit">Ask</button>
        </form>
        <p class="hint">Answers come from your report's numbers and gutskin's cited statements only. They are not a diagnosis and not advice on medicines or products; ask a clinician about those.</p>
        </section>
        <iframe src="/reports/{{id}}" title="The report for {{sample}}" sandbox="allow-same-origin allow-popups"></iframe>
        {{> report-diary}}
        """

    static let history = """
        <h1>History</h1>
        <p class="hint">The main scores of each report, oldest first. Bands compare with healthy reference people.</p>
        {{^rows}}<p>No reports yet.</p>{{/rows}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr><th scope="col">Date</th><th scope="col">Sample</th>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
        <tbody>
        {{#rows}}<tr><td><a href="/reports/{{id}}/view">{{date}}</a></td><td>{{sample}}</td>{{#cells}}<td class="number">{{value}}{{#band}} <span class="hint">({{band}})</span>{{/band}}</td>{{/cells}}</tr>{{/rows}}
        </tbody></table></div>{{/hasRows}}
        {{{scoreTimeline}}}
        <h2 id="timeline">By date</h2>
        <p class="hint">Your reports and the events you added, by day: a probiotic started or stopped, a change of diet, a course of antibiotics. An event next to a change in a score does not show that it caused it.</p>
        {{^timeline}}<p>Nothing yet.</p>{{/timeline}}
        <ul>{{#timeline}}<li>{{day}} — {{#report}}<a href="/reports/{{id}}/view">report {{sample}}</a>{{/report}}{{#event}}{{text}} <form class="inline" method="post" action="/history/events/{{id}}/delete"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link" type="submit">Remove</button></form>{{/event}}</li>{{/timeline}}</ul>
        <h2 id="add-event">Add an event</h2>
        <form method="post" action="/history/events">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="date">Day</label><input id="date" name="date" type="date" required>
        <label for="text">What happened</label><input id="text" name="text" type="text" maxlength="{{maxEventText}}" required>
        <button type="submit">Add the event</button>
        </form>
        """

    static let account = """
        <h1>Account</h1>
        <p>{{email}} ({{kind}})</p>
        <h2>Export</h2>
        <p><a href="/api/v1/export">Download everything</a> (a .tar archive: your uploads as received, each report's JSON, and your records).</p>
        <h2>API tokens</h2>
        {{#newToken}}<p>Your new token (shown only now; copy it):</p><p class="secret">{{newToken}}</p>{{/newToken}}
        {{^tokens}}<p>No API tokens.</p>{{/tokens}}
        {{#tokens}}<form method="post" action="/account/tokens/{{id}}/delete"><input type="hidden" name="csrf" value="{{csrf}}">{{label}} (made {{created}}) <button class="link" type="submit">Revoke</button></form>{{/tokens}}
        <form method="post" action="/account/tokens">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="label">New token's label</label><input id="label" name="label" type="text" maxlength="200">
        <button type="submit">Make a token</button>
        </form>
        <h2>Claim reports from a testing service</h2>
        <form method="post" action="/account/claim">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="code">Claim code</label><input id="code" name="code" type="text" autocomplete="off" required>
        <button type="submit">Claim</button>
        </form>
        <h2>Delete the account</h2>
        <p>Deletes the account, every upload, every report and every token. It cannot be undone.</p>
        <form method="post" action="/account/delete">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label><input type="checkbox" name="confirm" value="yes" required> I want to delete my account and all its data</label>
        <button class="danger" type="submit">Delete my account</button>
        </form>
        """

    static let diary = """
        <h1>Food, product and skin diary</h1>
        <p><a href="/diary/day">Log a day</a>: foods, products and symptoms, a few taps a day.</p>
        <p class="hint">{{caution}}</p>
        {{#diary}}
        <h2>What goes with your symptoms</h2>
        <p>From {{source}}: {{days}} days, {{tests}} comparisons. <a href="/diary/analysis">The full analysis</a> (calendars, lines, models) · <a href="/api/v1/diary/analysis">JSON</a></p>
        <ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul>
        {{^hasCandidates}}<p>Nothing could be tested yet.</p>{{/hasCandidates}}
        {{#hasCandidates}}<div class="scroll"><table>
        <thead><tr><th scope="col">Food or product</th><th scope="col">Symptom</th><th scope="col">Lag (days)</th><th scope="col">Effect (points)</th><th scope="col">q</th><th scope="col">In words</th></tr></thead>
        <tbody>
        {{#candidates}}<tr><td>{{exposure}}</td><td>{{symptom}}</td><td class="number">{{lag}}</td><td class="number">{{effect}}</td><td class="number">{{q}}</td><td>{{sentence}}</td></tr>{{/candidates}}
        </tbody></table></div>{{/hasCandidates}}
        {{#hasTooFew}}<h3>Not enough days yet</h3>{{/hasTooFew}}
        <ul>{{#tooFew}}<li>{{sentence}}</li>{{/tooFew}}</ul>
        {{/diary}}
        {{^diary}}<p>No diary yet.</p>{{/diary}}
        <h2 id="upload-diary">Upload a diary</h2>
        <form method="post" action="/diary" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="diary-file">Diary (TSV, JSON or CSV; see gutskin's docs/diary.md)</label><input id="diary-file" name="diary" type="file" required>
        <button type="submit">Upload</button>
        </form>
        <p class="hint">Files up to {{maxUploadMB}} MB. The newest upload is analysed together with the days you log here; uploads and logged days are kept (and exported, and deleted with the account).</p>
        """

    static let message = """
        <h1>{{heading}}</h1>
        {{#text}}<p>{{text}}</p>{{/text}}
        <p><a href="{{link}}">{{linkText}}</a></p>
        """
}
