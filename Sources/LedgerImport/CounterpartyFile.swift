import LedgerDomain

/// The other side's list of persons (`reconcile --against`), read whole, every row checked by
/// `CounterpartyRules`: one bad row rejects the file, and every bad row is listed.
public enum CounterpartyFile {
    public static func read(path: String, party: String, thresholds: MatchThresholds) throws(LedgerError) -> CounterpartyList {
        let source = try CSVRecordFile<CounterpartyField>(path: path, noun: "persons")
        var rules = CounterpartyRules(system: .of(party: party))
        var records: [MatchRecord] = []
        var problems = ProblemList()
        while let item = source.next() {
            switch item {
            case .problem(let problem): problems.add(problem)
            case .row(let row):
                switch rules.check(row) {
                case .success(let record): records.append(record)
                case .failure(let found): problems.add(contentsOf: found.placed(in: row))
                }
            }
        }
        try problems.throwIfAny()
        return CounterpartyList(party: party, records: records, thresholds: thresholds)
    }
}
