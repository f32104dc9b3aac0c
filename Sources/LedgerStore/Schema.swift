/// The schema the binary creates databases from: `schema.sql` at the top of the repository,
/// embedded at build time (SPEC §2).
enum Schema {
    static let text = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    /// The version `schema.sql` sets with `PRAGMA user_version`.
    static let version: Int32 = 1

    /// 'LEDG', set with `PRAGMA application_id`: how a ledger file is told from any other SQLite file.
    static let applicationID: Int32 = 1_279_608_903

    /// The tables that are not projections of the journal.
    static let recordTables: Set<String> = ["journal", "journal_kinds"]
}
