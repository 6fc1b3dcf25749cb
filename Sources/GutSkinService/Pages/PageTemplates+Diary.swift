/// The diary's templates beyond the upload page: logging a day (phone first: one column, large
/// tap targets, no scripts), the analysis inside the site frame, and the diary beside a report.
extension PageTemplates {
    static let diaryDay = """
        <style>
        .day fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: 0.5rem 0.75rem 0.75rem; min-width: 0; }
        .day legend { font-weight: 600; padding: 0 0.25rem; }
        .choices { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
        .choices label { display: inline-flex; align-items: center; gap: 0.4rem; margin: 0; font-weight: 400; min-height: 2.75rem; padding: 0.25rem 0.75rem; border: 1px solid var(--line); border-radius: 1.5rem; background: #f6f8fa; }
        .choices label.tag { border-style: dashed; }
        .choices input, .skip input { width: 1.25rem; height: 1.25rem; margin: 0; }
        .symptom { margin: 0.75rem 0 1rem; }
        .symptom label { margin: 0; }
        .symptom input[type=range] { width: 100%; height: 2.75rem; margin: 0; }
        .scale { display: flex; justify-content: space-between; color: var(--muted); font-size: 0.85rem; }
        .skip { display: inline-flex; align-items: center; gap: 0.4rem; font-weight: 400; color: var(--muted); min-height: 2.75rem; }
        .day button[type=submit] { width: 100%; padding: 0.75rem; font-size: 1.1rem; }
        .days li { margin: 0.5rem 0; overflow-wrap: anywhere; }
        .days form { display: inline; }
        </style>
        <h1>Log a day</h1>
        <p class="hint">A few taps a day: what you ate, what you put on your skin or took, and how your skin and gut were. <a href="/diary">Your diary and its analysis</a></p>
        <form class="day" method="post" action="/diary/day">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="date">Day</label><input id="date" name="date" type="date" required value="{{date}}">
        {{#isLogged}}<p class="hint">This day is logged; saving replaces its entries.</p>{{/isLogged}}
        <fieldset><legend>Foods and drinks</legend>
        <div class="choices">{{#foods}}<label class="{{#isTag}}tag{{/isTag}}" for="{{id}}"><input id="{{id}}" type="checkbox" name="food" value="{{value}}"{{#checked}} checked{{/checked}}>{{value}}</label>{{/foods}}</div>
        <label for="food_other">Other foods (separate with commas)</label><input id="food_other" name="food_other" type="text" maxlength="2000" autocomplete="off">
        </fieldset>
        <fieldset><legend>Products and medicines</legend>
        <div class="choices">{{#products}}<label class="{{#isTag}}tag{{/isTag}}" for="{{id}}"><input id="{{id}}" type="checkbox" name="product" value="{{value}}"{{#checked}} checked{{/checked}}>{{value}}</label>{{/products}}</div>
        <label for="product_other">Other products (separate with commas)</label><input id="product_other" name="product_other" type="text" maxlength="2000" autocomplete="off">
        </fieldset>
        <fieldset><legend>Symptoms today (0 none – 10 worst)</legend>
        <datalist id="ticks"><option value="0"><option value="1"><option value="2"><option value="3"><option value="4"><option value="5"><option value="6"><option value="7"><option value="8"><option value="9"><option value="10"></datalist>
        {{#symptoms}}<div class="symptom">
        <label for="symptom-{{name}}">{{label}}</label>
        <input id="symptom-{{name}}" name="{{name}}" type="range" min="0" max="10" step="1" value="{{value}}" list="ticks">
        <div class="scale" aria-hidden="true"><span>0 none</span><span>5</span><span>10 worst</span></div>
        <label class="skip" for="skip-{{name}}"><input id="skip-{{name}}" type="checkbox" name="skip_{{name}}" value="yes"{{#skipped}} checked{{/skipped}}>not scored today</label>
        </div>{{/symptoms}}
        <label for="stool">Stool form (Bristol scale)</label>
        <select id="stool" name="stool"><option value=""{{#stoolUnrecorded}} selected{{/stoolUnrecorded}}>not recorded</option>{{#stoolForms}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/stoolForms}}</select>
        </fieldset>
        <label for="note">Note (optional)</label><input id="note" name="note" type="text" maxlength="200" value="{{note}}">
        <button type="submit">Save the day</button>
        </form>
        <h2 id="recent-days">Recent days</h2>
        {{^hasDays}}<p>No days logged yet.</p>{{/hasDays}}
        <ul class="days">{{#days}}<li><strong>{{day}}</strong> — {{summary}} · <a href="/diary/days/{{id}}/edit" aria-label="Edit {{day}}">Edit</a> · <form method="post" action="/diary/days/{{id}}/delete"><input type="hidden" name="csrf" value="{{csrf}}"><button class="link" type="submit" aria-label="Delete the entries of {{day}}">Delete</button></form></li>{{/days}}</ul>
        <p class="hint">Associations in your own diary are not allergies or diagnoses; a suspected food allergy needs a clinician.</p>
        """

    static let diaryAnalysis = """
        <h1>Food, product and skin diary: analysis</h1>
        <p>From {{source}}: {{days}} days, {{tests}} comparisons tested. <a href="/diary/day">Log a day</a> · <a href="/diary/analysis/page">Open the page alone</a> · <a href="/api/v1/diary/analysis">JSON</a></p>
        {{#tooFew}}<p class="notice" role="status">{{tooFew}}</p>{{/tooFew}}
        <iframe src="/diary/analysis/page" title="The diary analysis"></iframe>
        """

    /// Beside the report: the diary's candidates for the sections they relate to.
    static let reportDiary = """
        {{#diaryBeside}}<section aria-labelledby="diary-beside">
        <h2 id="diary-beside">From your diary, beside this report</h2>
        <p class="hint">{{caution}}</p>
        {{#sections}}<h3>{{title}}</h3>
        <p class="hint">Beside <a href="/reports/{{reportID}}#{{anchor}}">{{reportPart}}</a> in the report.</p>
        <div class="scroll"><table>
        <thead><tr><th scope="col">Food or product</th><th scope="col">Symptom</th><th scope="col">Effect (points)</th><th scope="col">95% interval</th><th scope="col">q</th><th scope="col">In words</th></tr></thead>
        <tbody>{{#rows}}<tr><td>{{exposure}}</td><td>{{symptom}}</td><td class="number">{{effect}}</td><td class="number">{{interval}}</td><td class="number">{{q}}</td><td>{{sentence}}</td></tr>{{/rows}}</tbody>
        </table></div>{{/sections}}
        </section>{{/diaryBeside}}
        """
}
