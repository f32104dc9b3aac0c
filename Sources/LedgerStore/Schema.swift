/// The schema the binary creates databases from and migrates them with, embedded at build time
/// (docs/storage.md): `schema.sql` at the top of the repository, the whole schema of the current version,
/// and `migrations/v<N>.sql`, each taking a ledger from version N-1 to N.
enum Schema {
    static let text = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    /// The migrations, in order: the one at index 0 makes version 2.
    static let migrations = [
        PackageResources.migration_v2_sql, PackageResources.migration_v3_sql, PackageResources.migration_v4_sql,
        PackageResources.migration_v5_sql, PackageResources.migration_v6_sql,
    ].map { String(decoding: $0, as: UTF8.self) }

    /// The version `schema.sql` sets with `PRAGMA user_version`: one more than the migrations.
    static var version: Int32 { Int32(migrations.count + 1) }

    /// The version that added the Merkle tree, whose nodes for the entries already there are
    /// hashed by the migration's code, not by its SQL.
    static let treeVersion: Int32 = 6

    /// What brings a ledger of `version` up to date.
    static func migration(from version: Int32) -> String {
        migrations.dropFirst(Int(version) - 1).joined(separator: "\n")
    }

    /// 'LEDG', set with `PRAGMA application_id`: how a ledger file is told from any other SQLite file.
    static let applicationID: Int32 = 1_279_608_903

    /// The triggers that keep `held_prisoner_counts` as the register changes, by name (a GLOB).
    static let countingTriggers = "held_prisoner_counts_*"

    /// What those triggers amount to: `held_prisoner_counts` counted afresh from the tables,
    /// whatever it held before.
    static let heldPrisonerRecount = """
        DELETE FROM held_prisoner_counts;
        INSERT INTO held_prisoner_counts (held_by, category, refuses, eligible_since, count)
        SELECT held_by, category, refuses, eligible_since, count(*) FROM held_prisoner_keys GROUP BY held_by, category, refuses, eligible_since
        """

    /// The tables that are not projections of the journal.
    static let recordTables: Set<String> = ["journal", "journal_kinds"]
}
