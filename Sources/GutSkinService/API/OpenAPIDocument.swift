/// The OpenAPI 3.1 document served at /api/v1/openapi.yaml: the text of docs/openapi.yaml (a test
/// keeps the two identical; after editing the document, paste it here).
enum OpenAPIDocument {
    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: gutskin service
          version: 0.1.0
          summary: Accounts, uploads, report jobs and gut–skin reports over HTTP.
          description: |
            Every request except sign-up, sign-in and this document needs `Authorization: Bearer <token>`
            (a session token from POST /sessions or an API token from POST /tokens). GET routes also accept
            the web pages' session cookie; routes that change something need the bearer token.
            Another account's id always answers 404. Errors are `{"error": "one line"}`.
            Reports describe associations with healthy references; they are not diagnoses.
        servers:
          - url: /api/v1
        security:
          - bearer: []
        paths:
          /accounts:
            post:
              operationId: createAccount
              summary: Sign up. The answer is the same whether or not the email was taken (no enumeration).
              security: []
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/NewAccount' }
              responses:
                '201':
                  description: The account (for a taken email, an id that names nothing).
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Created' }
                '400': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
          /accounts/me:
            get:
              operationId: getAccount
              summary: The signed-in account.
              responses:
                '200':
                  description: The account.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Account' }
                '401': { $ref: '#/components/responses/Error' }
            delete:
              operationId: deleteAccount
              summary: Delete the account and every byte it owns (uploads, reports, tokens, subjects).
              responses:
                '204': { description: Deleted. }
                '401': { $ref: '#/components/responses/Error' }
          /accounts/me/settings:
            put:
              operationId: updateSettings
              summary: Retention of uploaded originals and the webhook URL (organisations). Sets both (a field left out becomes null). A new webhook URL gets a new secret, shown once.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Settings' }
              responses:
                '200':
                  description: The new webhook secret, or null when it did not change.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/WebhookSecret' }
                '400': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
          /sessions:
            post:
              operationId: signIn
              summary: 'Sign in; the token is sent as `Authorization: Bearer …`. 10 attempts per email and per address in 15 minutes.'
              security: []
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Credentials' }
              responses:
                '200':
                  description: A session token (shown once).
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Session' }
                '400': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '429': { $ref: '#/components/responses/Error' }
          /sessions/current:
            delete:
              operationId: signOut
              summary: End the session whose token made this request.
              responses:
                '204': { description: Signed out. }
                '401': { $ref: '#/components/responses/Error' }
          /tokens:
            post:
              operationId: createToken
              summary: Make an API token (random, shown once, stored hashed).
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/NewToken' }
              responses:
                '201':
                  description: The token, with its secret.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Token' }
                  links:
                    RevokeToken:
                      operationId: revokeToken
                      parameters: { id: '$response.body#/id' }
                '400': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
            get:
              operationId: listTokens
              summary: The account's API tokens (without secrets).
              responses:
                '200':
                  description: Tokens, oldest first.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [tokens]
                        properties:
                          tokens:
                            type: array
                            items: { $ref: '#/components/schemas/Token' }
                '401': { $ref: '#/components/responses/Error' }
          /tokens/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            delete:
              operationId: revokeToken
              summary: Revoke an API token.
              responses:
                '204': { description: Revoked. }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /subjects:
            post:
              operationId: createSubject
              summary: Create a subject (organisations only).
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/NewSubject' }
              responses:
                '201':
                  description: The subject.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Subject' }
                  links:
                    GetSubject:
                      operationId: getSubject
                      parameters: { id: '$response.body#/id' }
                    CreateClaimCode:
                      operationId: createClaimCode
                      parameters: { id: '$response.body#/id' }
                '400': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '403': { $ref: '#/components/responses/Error' }
            get:
              operationId: listSubjects
              summary: The organisation's subjects.
              responses:
                '200':
                  description: Subjects, oldest first.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [subjects]
                        properties:
                          subjects:
                            type: array
                            items: { $ref: '#/components/schemas/Subject' }
                '401': { $ref: '#/components/responses/Error' }
          /subjects/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getSubject
              summary: One subject.
              responses:
                '200':
                  description: The subject.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Subject' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /subjects/{id}/claim-code:
            parameters:
              - $ref: '#/components/parameters/Id'
            post:
              operationId: createClaimCode
              summary: A one-time claim code for the subject (shown once; a new one replaces the old).
              responses:
                '201':
                  description: The code to hand to the person.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [code]
                        properties:
                          code: { type: string }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
                '409': { $ref: '#/components/responses/Error' }
          /claims:
            post:
              operationId: claimSubject
              summary: Claim a subject with its code; its samples and reports become visible to this account.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [code]
                      properties:
                        code: { type: string }
              responses:
                '200':
                  description: The claimed subject.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [subject_id]
                        properties:
                          subject_id: { type: string, format: uuid }
                '400': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
                '429': { $ref: '#/components/responses/Error' }
          /samples:
            post:
              operationId: uploadSamples
              summary: Upload a table (and optionally a questionnaire and breath test); queues a report job.
              description: |
                Every file is read by gutskin's readers before anything is stored; a bad file answers 400 with the
                reader's one-line message naming the file as sent. Without `sample`, every sample of the table
                becomes a sample (a testing service's batch). Over the size limit (`--max-upload-mb`) answers 413.
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [table]
                      properties:
                        table: { type: string, format: binary, description: 'BIOM 1.0/2.1, classic TSV, QIIME 2 .qza or MetaPhlAn profile.' }
                        sample: { type: string, description: 'The sample id in the table (default: every sample).' }
                        skin_sample: { type: string, description: "A skin sample in the same table, reported beside the gut 'sample'." }
                        site: { type: string, enum: [gut, skin], default: gut }
                        subject: { type: string, format: uuid, description: "One of the organisation's subjects." }
                        questionnaire: { type: string, format: binary, description: 'Questionnaire answers, JSON or TSV.' }
                        breath_test: { type: string, format: binary, description: 'Breath-test TSV (minutes, h2_ppm[, ch4_ppm]).' }
              responses:
                '202':
                  description: Stored; the job makes the reports.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Upload' }
                  links:
                    GetJob:
                      operationId: getJob
                      parameters: { id: '$response.body#/job_id' }
                    GetSample:
                      operationId: getSample
                      parameters: { id: '$response.body#/samples/0/id' }
                '400': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '415': { $ref: '#/components/responses/Error' }
            get:
              operationId: listSamples
              summary: Samples the account uploaded or claimed, oldest first.
              responses:
                '200':
                  description: Samples.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [samples]
                        properties:
                          samples:
                            type: array
                            items: { $ref: '#/components/schemas/Sample' }
                '401': { $ref: '#/components/responses/Error' }
          /samples/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getSample
              summary: One sample.
              responses:
                '200':
                  description: The sample.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Sample' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /jobs/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getJob
              summary: A report job.
              responses:
                '200':
                  description: The job.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Job' }
                  links:
                    GetReport:
                      operationId: getReport
                      parameters: { id: '$response.body#/report_ids/0' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /reports:
            get:
              operationId: listReports
              summary: Reports the account owns or claimed, oldest first, with their main scores.
              responses:
                '200':
                  description: Reports.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [reports]
                        properties:
                          reports:
                            type: array
                            items: { $ref: '#/components/schemas/ReportListing' }
                '401': { $ref: '#/components/responses/Error' }
          /reports/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            get:
              operationId: getReport
              summary: The gutskin-report JSON (docs/report-schema.md). The HTML page is at /reports/{id} outside /api/v1.
              responses:
                '200':
                  description: The report.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Report' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /export:
            get:
              operationId: exportAccount
              summary: Everything the account gave and got, as one tar archive (account.json, originals/, reports/).
              responses:
                '200':
                  description: The archive.
                  content:
                    application/x-tar:
                      schema: { type: string, format: binary }
                '401': { $ref: '#/components/responses/Error' }
          /ask:
            post:
              operationId: ask
              summary: A question about a report (or a general one) answered from the report's numbers and gutskin's cited statements (docs/ask.md).
              description: |
                With `report_id`, the report must be one this account owns or claimed (otherwise 404). Diagnosis,
                medication, emergency and product questions are refused by class; a question no statement answers
                gets kind `unknown`. A question about the person's own diary ("what makes my itch worse?") is
                answered from the analysis of their latest diary, when they have one. Questions are limited per
                account (60 an hour; then 429). Every question joins a conversation stored for the account (the
                last 20 turns, in the export, deleted with the account): without `conversation_id` a new one is
                started; passing the returned `conversation_id` back makes a follow-up ("and on my skin?") resolve
                against the earlier questions and reuse the conversation's report when `report_id` is left out.
                Another account's conversation id is a 404, as an unknown one is.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [question]
                      properties:
                        question: { type: string, minLength: 1, maxLength: 1000, pattern: '\S' }
                        report_id: { type: string, format: uuid }
                        conversation_id: { type: string, format: uuid }
              responses:
                '200':
                  description: The answer, with the conversation it joined.
                  content:
                    application/json:
                      schema:
                        allOf:
                          - { $ref: '#/components/schemas/Answer' }
                          - type: object
                            required: [conversation_id]
                            properties:
                              conversation_id: { type: string, format: uuid }
                '400': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
                '429': { $ref: '#/components/responses/Error' }
          /events:
            post:
              operationId: addEvent
              summary: Add an event (a product started or stopped, a diet change, a course of antibiotics) on a day.
              description: |
                Events are the account's own, listed by date beside the reports on the history page, included in
                the export and deleted with the account. `date` is a calendar day (1900 to 2100).
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/NewEvent' }
              responses:
                '201':
                  description: The event.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Event' }
                '400': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
            get:
              operationId: listEvents
              summary: The account's events by date.
              responses:
                '200':
                  description: Events.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [events]
                        properties:
                          events:
                            type: array
                            items: { $ref: '#/components/schemas/Event' }
                '401': { $ref: '#/components/responses/Error' }
          /events/{id}:
            parameters:
              - $ref: '#/components/parameters/Id'
            delete:
              operationId: deleteEvent
              summary: Remove one of the account's events.
              responses:
                '204': { description: Removed. }
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /timeline:
            get:
              operationId: getTimeline
              summary: The account's gut scores by date across their reports, their events, and the change around each event against usual variation.
              description: |
                One point per sample (its newest report's main gut scores, dated by the day of its first report);
                for each event with a report on or before its day and one after, each score's change judged against
                the built-in gut reference's usual visit-to-visit change ("changed beyond usual variation" when larger
                than 95% of healthy people's changes). It says how large a change is, never what caused it. The same
                object as a report's `timeline` (docs/report-schema.md).
              responses:
                '200':
                  description: The timeline.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Timeline' }
                '401': { $ref: '#/components/responses/Error' }
          /diary:
            post:
              operationId: uploadDiary
              summary: Upload a food, product and symptom diary (docs/diary.md); the newest one is analysed.
              description: |
                Send the file as the `diary` part of multipart/form-data (TSV, JSON or CSV; the form is taken
                from the file name's extension, else from the content), or send the diary's JSON form as the
                body. It is read by gutskin's diary reader before anything is kept: a bad diary answers 400 with
                one line naming the file and the place (`diary.tsv: line 3, column 1 (date): …`; a JSON body is
                named `diary.json`, its places are entries). Diaries are kept as uploaded, exported with the
                account and deleted with it.
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [diary]
                      properties:
                        diary: { type: string, format: binary }
                  application/json:
                    schema:
                      type: object
                      required: [entries]
                      properties:
                        entries:
                          type: array
                          items:
                            type: object
                            required: [date, kind]
                            properties:
                              date: { type: string, description: YYYY-MM-DD }
                              kind: { type: string, enum: [food, product, symptom, note, phase] }
                              item: { type: string }
                              value: { type: [number, string, 'null'] }
                              time: { type: string, description: 'HH:MM' }
                              note: { type: string }
              responses:
                '201':
                  description: The diary was read and kept.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [id, name, entries, first_day, last_day, created_at]
                        properties:
                          id: { type: string, format: uuid }
                          name: { type: string }
                          entries: { type: integer }
                          first_day: { type: [string, 'null'] }
                          last_day: { type: [string, 'null'] }
                          created_at: { type: string, format: date-time }
                '400': { $ref: '#/components/responses/Error' }
                '401': { $ref: '#/components/responses/Error' }
                '413': { $ref: '#/components/responses/Error' }
          /diary/analysis:
            get:
              operationId: getDiaryAnalysis
              summary: The analysis of the newest diary, as `gutskin diary analyze` writes diary.json (docs/diary.md).
              description: |
                Run on request with seed 1 and 999 block permutations (the same answer every time); candidates
                sorted by q-value then effect size, `p_value`/`q_value` null when there are too few days.
                404 when the account has no diary.
              responses:
                '200':
                  description: The analysis.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [candidates, days, notes]
                        properties:
                          candidates:
                            type: array
                            items:
                              type: object
                              required: [exposure, symptom, lag, effect, ci_low, ci_high, p_value, q_value, n_exposed, n_unexposed, too_few]
                              properties:
                                exposure: { type: string }
                                symptom: { type: string }
                                lag: { type: integer }
                                effect: { type: number }
                                ci_low: { type: [number, 'null'] }
                                ci_high: { type: [number, 'null'] }
                                p_value: { type: [number, 'null'] }
                                q_value: { type: [number, 'null'] }
                                n_exposed: { type: integer }
                                n_unexposed: { type: integer }
                                too_few: { type: boolean }
                              additionalProperties: true
                          days: { type: integer }
                          notes: { type: array, items: { type: string } }
                        additionalProperties: true
                '401': { $ref: '#/components/responses/Error' }
                '404': { $ref: '#/components/responses/Error' }
          /openapi.yaml:
            get:
              operationId: getOpenAPI
              summary: This document.
              security: []
              responses:
                '200':
                  description: OpenAPI 3.1 YAML.
                  content:
                    application/yaml:
                      schema: { type: object, description: 'The document (a YAML mapping, like this one).' }
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
          parameters:
            Id:
              name: id
              in: path
              required: true
              schema: { type: string }
          responses:
            Error:
              description: What went wrong, in one line.
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/Error' }
          schemas:
            Error:
              type: object
              required: [error]
              properties:
                error: { type: string }
            Answer:
              type: object
              required: [kind, refusal_class, text, statements, citations, report_values]
              properties:
                kind: { type: string, enum: [answer, refusal, unknown] }
                refusal_class: { type: [string, 'null'], enum: [diagnosis, medication, emergency, product, no_source, null] }
                text: { type: string }
                statements: { type: array, items: { type: string } }
                citations:
                  type: array
                  items:
                    type: object
                    required: [key, text]
                    properties:
                      key: { type: string }
                      text: { type: string }
                report_values:
                  type: array
                  items:
                    type: object
                    required: [score, value, percentile, band]
                    properties:
                      score: { type: string }
                      value: { type: [number, 'null'] }
                      percentile: { type: [number, 'null'] }
                      band: { type: string }
            NewEvent:
              type: object
              required: [date, text]
              properties:
                date: { type: string, pattern: '^(19[0-9][0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$', description: 'YYYY-MM-DD; any day that exists is accepted (the pattern shows the always-valid ones).' }
                text: { type: string, minLength: 1, maxLength: 500, pattern: '^[^\u0000]*\S[^\u0000]*$' }
            Event:
              type: object
              required: [id, date, text, created_at]
              properties:
                id: { type: string, format: uuid }
                date: { type: string, description: YYYY-MM-DD }
                text: { type: string }
                created_at: { type: string, format: date-time }
            NewAccount:
              type: object
              required: [email, password, kind]
              properties:
                email: { type: string, maxLength: 254, pattern: '^[^@\s\u0000]+@[^@\s\u0000]+$' }
                password: { type: string, minLength: 10, maxLength: 1024 }
                kind: { type: string, enum: [person, organisation] }
            Created:
              type: object
              required: [id]
              properties:
                id: { type: string, format: uuid }
            Credentials:
              type: object
              required: [email, password]
              properties:
                email: { type: string }
                password: { type: string }
            Session:
              type: object
              required: [token, expires_at]
              properties:
                token: { type: string }
                expires_at: { type: [string, 'null'], format: date-time }
            Account:
              type: object
              required: [id, email, kind, created_at, retention_days, webhook_url]
              properties:
                id: { type: string, format: uuid }
                email: { type: string }
                kind: { type: string, enum: [person, organisation] }
                created_at: { type: string, format: date-time }
                retention_days: { type: [integer, 'null'] }
                webhook_url: { type: [string, 'null'] }
            Settings:
              type: object
              properties:
                retention_days: { type: [integer, 'null'], minimum: 1, maximum: 36500, description: 'Delete uploaded originals after this many days (reports are kept); null keeps them.' }
                webhook_url: { type: [string, 'null'], maxLength: 2000, pattern: '^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~:/?#@!$&''()*+,;=%-]*)?$', description: 'Where job events are POSTed (docs/service.md); null for none.' }
            WebhookSecret:
              type: object
              required: [webhook_secret]
              properties:
                webhook_secret: { type: [string, 'null'] }
            NewToken:
              type: object
              properties:
                label: { type: [string, 'null'], maxLength: 200, pattern: '^[^\u0000]*$' }
            Token:
              type: object
              required: [id, label, created_at]
              properties:
                id: { type: string, format: uuid }
                label: { type: string }
                created_at: { type: string, format: date-time }
                token: { type: string, description: 'Only in the answer that made it.' }
            NewSubject:
              type: object
              required: [name]
              properties:
                name: { type: string, minLength: 1, maxLength: 200, pattern: '^[^\u0000]*[^\s\u0000][^\u0000]*$' }
            Subject:
              type: object
              required: [id, name, claimed, created_at]
              properties:
                id: { type: string, format: uuid }
                name: { type: string }
                claimed: { type: boolean }
                created_at: { type: string, format: date-time }
            Upload:
              type: object
              required: [samples, job_id]
              properties:
                samples:
                  type: array
                  items:
                    type: object
                    required: [id, name]
                    properties:
                      id: { type: string, format: uuid }
                      name: { type: string }
                job_id: { type: string, format: uuid }
            Sample:
              type: object
              required: [id, name, site, skin_sample, subject_id, created_at]
              properties:
                id: { type: string, format: uuid }
                name: { type: string }
                site: { type: string, enum: [gut, skin] }
                skin_sample: { type: [string, 'null'] }
                subject_id: { type: [string, 'null'], format: uuid }
                created_at: { type: string, format: date-time }
            Job:
              type: object
              required: [id, status, report_ids, error, sample_ids, attempts, created_at, updated_at]
              properties:
                id: { type: string, format: uuid }
                status: { type: string, enum: [queued, running, done, failed] }
                report_ids:
                  type: array
                  items: { type: string, format: uuid }
                error: { type: [string, 'null'] }
                sample_ids:
                  type: array
                  items: { type: string, format: uuid }
                attempts: { type: integer }
                created_at: { type: string, format: date-time }
                updated_at: { type: string, format: date-time }
            ScoreSummary:
              type: object
              required: [sample, scores]
              properties:
                sample: { type: string }
                scores:
                  type: array
                  items:
                    type: object
                    required: [site, id, title, value, band]
                    properties:
                      site: { type: string }
                      id: { type: string }
                      title: { type: string }
                      value: { type: [number, 'null'] }
                      band: { type: string }
            ReportListing:
              type: object
              required: [id, sample_id, subject_id, job_id, reference_names, gutskin_version, summary, created_at]
              properties:
                id: { type: string, format: uuid }
                sample_id: { type: string, format: uuid }
                subject_id: { type: [string, 'null'], format: uuid }
                job_id: { type: string, format: uuid }
                reference_names:
                  type: array
                  items: { type: string }
                gutskin_version: { type: string }
                summary: { $ref: '#/components/schemas/ScoreSummary' }
                created_at: { type: string, format: date-time }
            Report:
              type: object
              description: The gutskin-report document, version 2 (docs/report-schema.md).
              required: [schema, schema_version, generated_by]
              properties:
                schema: { const: gutskin-report }
                schema_version: { type: integer }
                generated_by: { type: string }
                timeline:
                  oneOf:
                    - { $ref: '#/components/schemas/Timeline' }
                    - { type: 'null' }
              additionalProperties: true
            Timeline:
              type: object
              description: A person's scores by date, their events and before/after changes against usual variation.
              required: [subject, site, reference, usual_change_people, points, events, changes, events_without_change]
              properties:
                subject: { type: string }
                site: { enum: [gut, skin] }
                reference: { type: string }
                usual_change_people: { type: [integer, 'null'], description: 'People the usual change rests on; null when the reference has none.' }
                points:
                  type: array
                  items:
                    type: object
                    required: [sample_id, date, scores]
                    properties:
                      sample_id: { type: string }
                      date: { type: string, format: date }
                      scores:
                        type: array
                        items:
                          type: object
                          required: [id, value]
                          properties:
                            id: { type: string }
                            value: { type: [number, 'null'] }
                events:
                  type: array
                  items:
                    type: object
                    required: [label, date]
                    properties:
                      label: { type: string }
                      date: { type: string, format: date }
                changes:
                  type: array
                  items:
                    type: object
                    required: [event, event_date, before_sample, before_date, after_sample, after_date, scores]
                    properties:
                      event: { type: string }
                      event_date: { type: string, format: date }
                      before_sample: { type: string }
                      before_date: { type: string, format: date }
                      after_sample: { type: string }
                      after_date: { type: string, format: date }
                      scores:
                        type: array
                        items:
                          type: object
                          required: [id, title, before, after, change, usual_bound95, people, verdict]
                          properties:
                            id: { type: string }
                            title: { type: string }
                            before: { type: [number, 'null'] }
                            after: { type: [number, 'null'] }
                            change: { type: [number, 'null'] }
                            usual_bound95: { type: [number, 'null'], description: 'The 95th percentile of healthy people''s |change| between two visits.' }
                            people: { type: [integer, 'null'] }
                            verdict: { enum: [changed beyond usual variation, within usual variation, null] }
                events_without_change: { type: array, items: { type: string } }
        """# + "\n"
}
