/// The schema the binary creates and migrates databases with: the files `schema/v<N>.sql` at the
/// top of the repository, embedded at build time (SPEC §2). Version N is what running the files
/// 1…N in order makes; each file ends by setting `PRAGMA user_version` to its number.
enum Schema {
    /// The text of each version's file, in order: index 0 is version 1.
    static let versions = [PackageResources.schema_v1_sql, PackageResources.schema_v2_sql, PackageResources.schema_v3_sql].map { String(decoding: $0, as: UTF8.self) }

    /// The version this binary makes and understands.
    static var version: Int32 { Int32(versions.count) }

    /// Everything a new ledger runs.
    static var text: String { versions.joined(separator: "\n") }

    /// What brings a ledger of `version` up to date.
    static func migration(from version: Int32) -> String {
        versions.dropFirst(Int(version)).joined(separator: "\n")
    }

    /// 'LEDG', set with `PRAGMA application_id`: how a ledger file is told from any other SQLite file.
    static let applicationID: Int32 = 1_279_608_903

    /// The tables that are not projections of the journal.
    static let recordTables: Set<String> = ["journal", "journal_kinds"]
}
