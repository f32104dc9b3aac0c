import LedgerProofs

/// The one interface through which the command-line tool reads and writes a ledger, whatever the
/// database behind it. Every write is one transaction that journals each change and updates the
/// projections with it; a write that throws has changed nothing.
public protocol LedgerStore: AnyObject {
    // MARK: Writes

    func addParty(code: String, name: String) throws(LedgerError) -> JournalEntry
    func addAgreement(_ request: AgreementRequest) throws(LedgerError) -> JournalEntry
    func addPerson(fields: [PersonField: String]) throws(LedgerError) -> JournalEntry
    /// Imports every person of `source`. All or nothing: one bad row rejects them all, and every
    /// bad row is listed. Rows whose id is already in the ledger with the same data are skipped,
    /// so running an import twice is harmless; an id twice in one source is an error.
    /// `progress`, when given, is called now and then with the number of rows read so far.
    func importPersons(from source: any RecordSource<PersonField>, progress: ProgressHandler?) throws(LedgerError) -> ImportSummary
    func addBatch(_ request: BatchRequest) throws(LedgerError) -> (Batch, JournalEntry)
    func voidBatch(id: String, reason: String) throws(LedgerError) -> JournalEntry

    // MARK: Medical commission and named lists

    /// Records a commission's finding, checked by `AssessmentRules`.
    func addAssessment(fields: [AssessmentField: String]) throws(LedgerError) -> JournalEntry
    /// Imports a commission sitting, all or nothing, every bad row listed; findings already
    /// recorded with the same data are skipped.
    func importAssessments(from source: any RecordSource<AssessmentField>) throws(LedgerError) -> ImportSummary
    /// A prisoner's refusal of repatriation (GC III Art. 109), or its withdrawal; `on` nil is today.
    func recordConsent(personID: String, on: Day?, refuses: Bool, witness: String) throws(LedgerError) -> JournalEntry
    /// The priority list of docs/contract.md, in `PriorityOrder`; with `saveAs`, also frozen as a
    /// named list dated `on` (today when nil).
    func priority(_ query: PriorityQuery, saveAs listID: String?, on: Day?) throws(LedgerError) -> (PriorityList, JournalEntry?)
    /// The same list's rows handed over one at a time, in order, as they are read: half a million
    /// prisoners printed without being held in memory. The footer's counts are not made.
    func priority(_ query: PriorityQuery, eachRow: (PriorityRow) -> Void) throws(LedgerError)
    /// Records a list handed over by one party to another; the same list again is harmless.
    func importList(_ request: ListImportRequest, from source: any RecordSource<ListEntryField>) throws(LedgerError) -> ImportSummary
    /// Settles an entry by hand; `entry` is its key on the list or the id of the person it names.
    func resolveListEntry(listID: String, entry: String, outcome: EntryOutcome, note: String, on: Day?) throws(LedgerError) -> JournalEntry

    // MARK: Remains

    /// Records a recovery window, checked by `RecoveryWindow`'s rules.
    func addWindow(id: String, sector: String, from: Day, to: Day, agreedBy: [String]) throws(LedgerError) -> JournalEntry
    /// Records remains, checked by `RemainsRules`.
    func addRemains(fields: [RemainsField: String]) throws(LedgerError) -> JournalEntry
    /// Imports remains, all or nothing, every bad row listed; remains already recorded with the
    /// same data are skipped.
    func importRemains(from source: any RecordSource<RemainsField>) throws(LedgerError) -> ImportSummary
    /// A DNA sample taken from remains; `on` nil is today.
    func sampleRemains(id: String, sampleID: String, on: Day?) throws(LedgerError) -> JournalEntry
    /// An identification; a person identified becomes deceased in the same transaction.
    func identifyRemains(_ request: IdentificationRequest) throws(LedgerError) -> JournalEntry

    // MARK: Proofs for the other side (docs/proofs.md)

    /// Records the ledger's origin, the name its checkpoints carry; once only.
    func recordOrigin(_ origin: String) throws(LedgerError) -> JournalEntry
    /// Records a public key: the log's own, which signs checkpoints, or a witness's.
    func addKey(_ text: String, role: LogKey.Role) throws(LedgerError) -> JournalEntry
    func logIdentity() throws(LedgerError) -> LogIdentity
    /// The Merkle tree over the journal at `size` entries, or as it stands when nil.
    func tree(size: Int?) throws(LedgerError) -> LogTree
    /// The entry `seq` and its inclusion path in the tree of `size` entries.
    func inclusionProof(seq: Int64, size: Int) throws(LedgerError) -> (entry: JournalEntry, path: [TreeHash])
    /// The hashes proving the tree of `newSize` entries extends that of `oldSize`.
    func consistencyProof(from oldSize: Int, to newSize: Int) throws(LedgerError) -> [TreeHash]

    // MARK: Reads

    func parties() throws(LedgerError) -> [Party]
    func quotaProgress(agreementID: String?) throws(LedgerError) -> [QuotaProgress]
    func batches(agreementID: String?) throws(LedgerError) -> [RecordedBatch]
    /// The ids of every agreement, by date then id.
    func agreementIDs() throws(LedgerError) -> [String]
    /// What the rules of a batch under `agreementID` know before a manifest is read: the agreement
    /// (nil when unknown), the parties, its batches so far and today. No person or remains, and no
    /// batch id: those facts come with the write, which checks everything again.
    func batchFacts(agreementID: String) throws(LedgerError) -> BatchFacts
    func persons(_ filter: PersonFilter, _ body: (Person) throws -> Void) throws(LedgerError)
    func person(id: String) throws(LedgerError) -> PersonRecord
    /// Every assessment of a person, newest first.
    func assessments(personID: String) throws(LedgerError) -> [RecordedAssessment]
    func lists() throws(LedgerError) -> [ListRecord]
    /// Agreed against delivered, lists, remains and medical lines (docs/commands.md, "Reconciliation"); with an agreement,
    /// that agreement and its remains lines only.
    /// With `against`, also matches a counterparty's list against the persons of the standing
    /// batches with that party.
    func reconciliation(agreementID: String?, overdueAfterDays: Int, against: CounterpartyList?) throws(LedgerError) -> Reconciliation
    func list(id: String) throws(LedgerError) -> ListRecord
    /// The register of remains, by id.
    func remains(_ filter: RemainsFilter) throws(LedgerError) -> [RemainsRecord]
    /// The remains and every journal entry that concerns them: recorded, carried, sampled, identified.
    func remains(id: String) throws(LedgerError) -> (record: RemainsRecord, history: [JournalEntry])
    /// Every recovery window, by first day, with the report line of its remains.
    func windows() throws(LedgerError) -> [WindowRecord]
    /// The remains report: per agreement (only `agreementID` when given) and party, then per
    /// window (every window when no agreement is given).
    func remainsReport(agreementID: String?) throws(LedgerError) -> [RemainsReportLine]
    /// Calls `body` for each entry from `since` on (all when nil), of `kind` when given, in order.
    func journal(since: Int64?, kind: String?, _ body: (JournalEntry) throws -> Void) throws(LedgerError)
    func head() throws(LedgerError) -> JournalEntry?
    /// Recomputes the hash chain, replays the journal into a fresh database and compares every
    /// projection with the stored one; with `expectedHead`, also proves that entry is unchanged.
    /// `progress`, when given, is called now and then with the number of entries checked so far.
    func verify(expectedHead: ExpectedHead?, progress: ProgressHandler?) throws(LedgerError) -> VerifyReport
    /// Writes a consistent copy of the ledger to `destination`, a new file, while others may write,
    /// and checks the copy with the full `verify`; on any failure, nothing is left behind.
    func backup(to destination: String, progress: ProgressHandler?) throws(LedgerError) -> VerifyReport
}

/// Told how far a long piece of work has gone: rows read, entries checked.
public typealias ProgressHandler = (Int) -> Void

/// How often long work reports progress.
public let progressInterval = 10_000
