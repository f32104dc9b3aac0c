import LedgerDomain

/// The sections of `ledger reconcile`, each one table, and the same figures for programs: in
/// json one array of rows per section, in csv one row per figure.
enum ReconciliationFigures {
    /// A section: its title, its key in json and csv, its table, and the columns that say what
    /// a figure is about — its subject, the parties and the category — rather than being figures.
    struct Section {
        var title: String
        var key: String
        var table: Table
        var subject: String
        var from: String? = nil
        var to: String? = nil
        var category: String? = nil

        var keyColumns: Set<String> { Set([subject, from, to, category].compactMap { $0 }) }
    }

    static func sections(_ report: Reconciliation) -> [Section] {
        [
            Section(title: "Agreed against delivered", key: "quota_lines", table: progressTable(report.agreements.flatMap(\.lines)),
                    subject: "agreement", from: "from", to: "to", category: "categories"),
            Section(title: "Parity of symmetric terms", key: "parity", table: parityTable(report.agreements),
                    subject: "agreement", from: "first", to: "second", category: "categories"),
            Section(title: "Stages", key: "stages", table: stageTable(report.agreements), subject: "agreement", from: "from", to: "to",
                    category: "stage"),
            Section(title: "Batches over quota", key: "over_quota", table: batchTable(report.agreements.flatMap(\.overQuota), reason: \.overQuotaReason),
                    subject: "batch", from: "from", to: "to"),
            Section(title: "Voided batches", key: "voided", table: batchTable(report.agreements.flatMap(\.voided), reason: \.voidReason),
                    subject: "batch", from: "from", to: "to"),
            Section(title: "Named lists", key: "lists", table: listsTable(report.lists), subject: "list", from: "from", to: "to"),
            Section(title: "Open list entries", key: "open_entries", table: openEntriesTable(report.lists), subject: "list", category: "entry"),
            Section(title: "Remains", key: "remains", table: remainsReportTable(report.remains), subject: "id", to: "party", category: "scope"),
            Section(title: "Medical commission", key: "medical", table: medicalTable(report.medical), subject: "held_by"),
        ] + (report.counterparty.map(counterpartySections) ?? [])
    }

    /// The sections of a counterparty's list matched against ours (`--against`).
    static func counterpartySections(_ match: CounterpartyMatch) -> [Section] {
        let report = match.report, party = match.party
        return [
            ("matched", "matched", report.matched), ("matched with conflicting fields", "matched_with_conflicts", report.matchedWithConflicts),
            ("needs review", "needs_review", report.needsReview),
        ].map { title, key, pairs in
            Section(title: "\(party)'s list: \(title)", key: key, table: pairTable(pairs, match), subject: "ours", category: "theirs")
        } + [
            Section(title: "\(party)'s list: only in ours", key: "only_in_ours", table: recordTable(report.onlyInOurs, match.ours), subject: "id"),
            Section(title: "\(party)'s list: only in theirs", key: "only_in_theirs", table: recordTable(report.onlyInTheirs, match.theirs), subject: "id"),
        ]
    }

    /// Each pair with both names, so that a person can check it, its score and the rule that made it.
    static func pairTable(_ pairs: [MatchPair], _ match: CounterpartyMatch) -> Table {
        var table = Table([.init(name: "ours"), .init(name: "our_name", tableWidth: 30), .init(name: "our_birth_date"), .init(name: "theirs"),
                           .init(name: "their_name", tableWidth: 30), .init(name: "their_birth_date"), .init(name: "score"),
                           .init(name: "rule", tableWidth: 50), .init(name: "conflicts")])
        for pair in pairs {
            let ours = match.ours[pair.ours], theirs = match.theirs[pair.theirs]
            table.append([.text(pair.ours), name(ours), date(ours), .text(pair.theirs), name(theirs), date(theirs),
                          .text(pair.scoreText), .text(pair.rule), .text(pair.conflicts.map(\.rawValue).joined(separator: ", "))])
        }
        return table
    }

    static func recordTable(_ ids: [String], _ records: [String: MatchRecord]) -> Table {
        var table = Table([.init(name: "id"), .init(name: "name", tableWidth: 40), .init(name: "birth_date")])
        for id in ids { table.append([.text(id), name(records[id]), date(records[id])]) }
        return table
    }

    private static func name(_ record: MatchRecord?) -> Table.Cell {
        guard let record else { return .empty }
        return .text([record.familyName, record.givenName, record.patronymic].compactMap { $0 }.joined(separator: " "))
    }

    private static func date(_ record: MatchRecord?) -> Table.Cell { record?.birthDate.map { .text($0.description) } ?? .empty }

    /// One row per figure: the section, what it is about, the figure's name and its value.
    static func figures(_ report: Reconciliation) -> Table {
        var out = Table([.init(name: "section"), .init(name: "subject"), .init(name: "from"), .init(name: "to"), .init(name: "category"),
                         .init(name: "measure"), .init(name: "value", numeric: true)])
        for section in sections(report) {
            let names = section.table.columns.map(\.name)
            // Where each key is, and which columns are figures: once per section, not per row.
            let keyIndices = [section.subject, section.from, section.to, section.category].map { $0.flatMap { names.firstIndex(of: $0) } }
            let keyColumns = section.keyColumns
            let figureIndices = names.indices.filter { !keyColumns.contains(names[$0]) }
            for row in section.table.rows {
                let keys = keyIndices.map { $0.map { row[$0] } ?? .empty }
                for index in figureIndices {
                    if case .empty = row[index] { continue }
                    out.append([.text(section.key)] + keys + [.text(names[index]), row[index]])
                }
            }
        }
        for item in report.unresolved {
            out.append([.text("unresolved"), .empty, .empty, .empty, .empty, .text(item.many), .number(item.count)])
        }
        return out
    }

    /// Every section's rows under its key, and what is unresolved.
    static func json(_ report: Reconciliation) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for section in sections(report) {
            members[section.key] = .array(section.table.rows.map { Table.jsonObject(columns: section.table.columns, row: $0) })
        }
        members["unresolved"] = unresolvedJSON(report)
        return .object(members)
    }

    /// What is unresolved, `[{what, count}]`: in the report and alone for `--check`.
    static func unresolvedJSON(_ report: Reconciliation) -> JSONValue {
        .array(report.unresolved.map { .object(["what": .string($0.many), "count": .int(Int64($0.count))]) })
    }

    static func parityTable(_ agreements: [AgreementReconciliation]) -> Table {
        var table = Table([
            .init(name: "agreement"), .init(name: "categories"), .init(name: "agreed", numeric: true), .init(name: "first"),
            .init(name: "delivered_by_first", numeric: true), .init(name: "second"), .init(name: "delivered_by_second", numeric: true),
            .init(name: "imbalance", numeric: true),
        ])
        for agreement in agreements {
            for line in agreement.parity {
                let agreed: Table.Cell = if case .count(let count) = line.amount { .number(count) } else { .text("all") }
                table.append([
                    .text(agreement.agreement.id), .text(line.categories.map(\.rawValue).joined(separator: "+")), agreed,
                    .text(line.parties[0]), .number(line.delivered[0]), .text(line.parties[1]), .number(line.delivered[1]), .number(line.imbalance),
                ])
            }
        }
        return table
    }

    static func stageTable(_ agreements: [AgreementReconciliation]) -> Table {
        var table = Table([.init(name: "agreement"), .init(name: "stage", numeric: true), .init(name: "from"), .init(name: "to"),
                           .init(name: "first_day"), .init(name: "last_day")]
                          + TransferCategory.allCases.map { .init(name: $0.rawValue, numeric: true) }
                          + [.init(name: "total", numeric: true), .init(name: "batches", numeric: true)])
        for agreement in agreements {
            for stage in agreement.stages {
                table.append([
                    .text(agreement.agreement.id), stage.stage.map { .number($0) } ?? .empty, .text(stage.from), .text(stage.to),
                    .text(stage.first.description), .text(stage.last.description),
                ] + TransferCategory.allCases.map { stage.counts[$0].map { .number($0) } ?? .empty } + [.number(stage.total), .number(stage.batches)])
            }
        }
        return table
    }

    static func batchTable(_ batches: [RecordedBatch], reason: KeyPath<RecordedBatch, String?>) -> Table {
        var table = Table([.init(name: "batch"), .init(name: "agreement"), .init(name: "from"), .init(name: "to"), .init(name: "on"),
                           .init(name: "total", numeric: true), .init(name: "reason", tableWidth: 70)])
        for batch in batches {
            table.append([.text(batch.id), .text(batch.agreementID), .text(batch.from), .text(batch.to), .text(batch.on.description),
                          .number(batch.total), batch[keyPath: reason].map { .text($0) } ?? .empty])
        }
        return table
    }

    /// Who is still missing: every entry not yet resolved, disputed ones included.
    static func openEntriesTable(_ lists: [ListRecord]) -> Table {
        var table = Table([.init(name: "list"), .init(name: "entry"), .init(name: "status"), .init(name: "person"),
                           .init(name: "family_name", tableWidth: 24), .init(name: "given_name", tableWidth: 20), .init(name: "birth_date")])
        for list in lists {
            for record in list.entries where record.status != .resolved {
                let entry = record.entry
                table.append([.text(list.list.id), .text(entry.key), .text(record.status.rawValue), entry.personID.map { .text($0) } ?? .empty,
                              .text(entry.familyName), entry.givenName.map { .text($0) } ?? .empty, entry.birthDate.map { .text($0) } ?? .empty])
            }
        }
        return table
    }

    static func medicalTable(_ lines: [MedicalLine]) -> Table {
        var table = Table(["held_by", "assessed", "direct_repatriation", "neutral_country", "not_eligible", "released", "refused", "overdue"]
            .enumerated().map { .init(name: $1, numeric: $0 > 0) })
        for line in lines {
            table.append([.text(line.heldBy)] + [line.assessed, line.directRepatriation, line.neutralCountry, line.notEligible, line.released,
                                                 line.refused, line.overdue].map { .number($0) })
        }
        return table
    }
}
