/// Matches the counterparty's list against ours (docs/commands.md, "The other side's list"). Pure: the same two
/// lists give the same report, whatever the order of the records in them.
///
/// 1. **By id**: a pair is linked when theirs names our id (`otherSideID`) or ours names theirs.
///    Links are taken in byte order of (our id, their id), each record once; a link to an id that
///    is not in the other list is ignored. An id match scores 1 and is a match whatever the names
///    say; fields that disagree put it under `matchedWithConflicts`.
/// 2. **By name and birth date**, among the records left, compared only within blocks
///    (`blockKeys`): keys made of the first consonants of the family name, alone or with a letter
///    of the given name, and of the given name with a letter of the family name, so that a pair
///    with family and given swapped, or with a typo in one name, still shares a key, while no key
///    is a common given name alone. With a birth date the key is paired with the birth year (a
///    year-only date shares the year of every full date in it); a record without a birth date is
///    compared with every record sharing a key, in any year. Dates in different years are in
///    conflict, a strong negative, so they are never compared; a pair whose dates alone keep it
///    under the review threshold is not scored. Our 100,000 records against their 100,000 thus
///    make a few million cheap checks, not 10¹⁰ comparisons.
/// 3. **Assignment**: every compared pair scoring at least the review threshold is a candidate.
///    Candidates are taken greedily, best score first (ties by our id, then theirs), each record
///    at most once. A candidate at or above the match threshold is a match unless another
///    candidate of either of its records, still free, scores within 0.01 of it: then the two lists
///    do not tell which is meant, and it goes to review. Candidates below the match threshold go
///    to review. A pair in review holds both its records, so a rival left free may still match
///    elsewhere or end up only in its list, where a person sees it too. Records left over are only
///    in ours or only in theirs.
///
/// Known limits: a record whose family name has no Latin letter after transliteration has no
/// block key and is matched by id only; one mistyped Cyrillic letter can be several Latin letters
/// (`ж` → `zh`), which can take a pair out of every common block or below the match threshold.
public enum CounterpartyMatcher {
    /// How close a rival candidate must score to make a match ambiguous.
    static let tieMargin = 0.01

    /// The report of matching `theirs` against `ours`. See the type's documentation for the rules.
    public static func match(ours: [MatchRecord], theirs: [MatchRecord], thresholds: MatchThresholds = MatchThresholds()) -> MatchReport {
        var report = MatchReport()
        var ourUsed = [Bool](repeating: false, count: ours.count)
        var theirUsed = [Bool](repeating: false, count: theirs.count)
        var names = NameTable()
        let preparedOurs = ours.map { PreparedRecord($0, names: &names) }
        let preparedTheirs = theirs.map { PreparedRecord($0, names: &names) }

        for (o, t) in idLinks(ours: ours, theirs: theirs) where !ourUsed[o] && !theirUsed[t] {
            ourUsed[o] = true
            theirUsed[t] = true
            let score = PairScore(preparedOurs[o], preparedTheirs[t], names: names)
            add(MatchPair(ours: ours[o].id, theirs: theirs[t].id, outcome: .match, score: 1, rule: "id",
                          conflicts: score.conflicts(reviewThreshold: thresholds.review)), to: &report)
        }

        // Ids compared as ranks in byte order, each id's bytes compared once rather than at every step of the sort.
        let ourRank = byteOrderRanks(ours), theirRank = byteOrderRanks(theirs)
        let candidates = blockedCandidates(preparedOurs, ourUsed, preparedTheirs, theirUsed, names: names, thresholds: thresholds)
            .sorted { a, b in
                if a.score.total != b.score.total { return a.score.total > b.score.total }
                if ourRank[a.ours] != ourRank[b.ours] { return ourRank[a.ours] < ourRank[b.ours] }
                if theirRank[a.theirs] != theirRank[b.theirs] { return theirRank[a.theirs] < theirRank[b.theirs] }
                return (a.ours, a.theirs) < (b.ours, b.theirs)
            }
        // Each record's candidates, best first, as positions in `candidates`.
        var byOurs = [[Int]](repeating: [], count: ours.count), byTheirs = [[Int]](repeating: [], count: theirs.count)
        for (position, candidate) in candidates.enumerated() {
            byOurs[candidate.ours].append(position)
            byTheirs[candidate.theirs].append(position)
        }
        for candidate in candidates where !ourUsed[candidate.ours] && !theirUsed[candidate.theirs] {
            let total = candidate.score.total
            // A rival scores within the margin; the lists are best first, so the search stops below it.
            func hasRival(_ positions: [Int], isFree: (Candidate) -> Bool) -> Bool {
                for position in positions {
                    let other = candidates[position]
                    guard other.score.total >= total - tieMargin else { return false }
                    if isFree(other) { return true }
                }
                return false
            }
            let rivals = hasRival(byOurs[candidate.ours]) { $0.theirs != candidate.theirs && !theirUsed[$0.theirs] }
                || hasRival(byTheirs[candidate.theirs]) { $0.ours != candidate.ours && !ourUsed[$0.ours] }
            ourUsed[candidate.ours] = true
            theirUsed[candidate.theirs] = true
            let outcome: MatchOutcome = total >= thresholds.match && !rivals ? .match : .review
            let rule = rivals ? candidate.score.rule + ", tied with another candidate" : candidate.score.rule
            add(MatchPair(ours: ours[candidate.ours].id, theirs: theirs[candidate.theirs].id, outcome: outcome, score: total, rule: rule,
                          conflicts: candidate.score.conflicts(reviewThreshold: thresholds.review)), to: &report)
        }

        report.onlyInOurs = sortedIDs(ours.indices.filter { !ourUsed[$0] }.map { ours[$0].id })
        report.onlyInTheirs = sortedIDs(theirs.indices.filter { !theirUsed[$0] }.map { theirs[$0].id })
        for keyPath in [\MatchReport.matched, \.matchedWithConflicts, \.needsReview] {
            report[keyPath: keyPath].sort { a, b in a.ours != b.ours ? byteOrder(a.ours, b.ours) : byteOrder(a.theirs, b.theirs) }
        }
        return report
    }

    /// The outcome, score and rule of one of ours against one of theirs by name and birth date,
    /// as the matcher would see them if they met in a block (ids, blocks and rival candidates
    /// aside). Useful to explain a pair the report did not pair.
    public static func compare(_ ours: MatchRecord, _ theirs: MatchRecord, thresholds: MatchThresholds = MatchThresholds()) -> MatchPair {
        var names = NameTable()
        let score = PairScore(PreparedRecord(ours, names: &names), PreparedRecord(theirs, names: &names), names: names)
        let total = score.total
        let outcome: MatchOutcome = total >= thresholds.match ? .match : total >= thresholds.review ? .review : .noMatch
        return MatchPair(ours: ours.id, theirs: theirs.id, outcome: outcome, score: total, rule: score.rule,
                         conflicts: score.conflicts(reviewThreshold: thresholds.review))
    }

    /// The block keys of a record, from the consonant skeleton (`NameKey.skeleton`) of every form
    /// of its family name F and given name G:
    /// - F's first three letters alone (a typo in G, or no G at all);
    /// - F's first three with G's first letter, and G's first three with F's first letter;
    /// - F's first three with G's second and third letters, or with its third and fourth; and G's
    ///   first three with F's likewise.
    /// All but the first are the same set when F and G are swapped, and one of them survives a
    /// typo in either name: elsewhere than its first letter, the keys with its first letter; in its
    /// first letter, those with two of the next (replaced, swapped, dropped or added, the letters
    /// after it stay, one place further or nearer). None is a given name alone, which would make
    /// large blocks of common names.
    static func blockKeys(_ record: PreparedRecord, names: NameTable) -> Set<UInt64> {
        func key(_ tag: UInt64, _ name: [UInt8], _ other: ArraySlice<UInt8>) -> UInt64 {
            (name.prefix(3) + other).reduce(tag) { $0 << 8 | UInt64($1) }
        }
        func skeletons(_ name: Int32?) -> [[UInt8]] { name.map { names.skeletons[Int($0)] } ?? [] }
        var keys: Set<UInt64> = []
        let givens = skeletons(record.given)
        for family in skeletons(record.family) {
            keys.insert(key(1, family, []))
            for given in givens {
                keys.insert(key(2, family, given.prefix(1)))
                keys.insert(key(2, given, family.prefix(1)))
                for skipped in 1...2 {
                    keys.insert(key(3, family, given.dropFirst(skipped).prefix(2)))
                    keys.insert(key(3, given, family.dropFirst(skipped).prefix(2)))
                }
            }
        }
        return keys
    }

    private struct Candidate {
        let ours: Int
        let theirs: Int
        let score: PairScore
    }

    private static func blockedCandidates(_ ours: [PreparedRecord], _ ourUsed: [Bool], _ theirs: [PreparedRecord], _ theirUsed: [Bool],
                                          names: NameTable, thresholds: MatchThresholds) -> [Candidate] {
        var byYearAndKey: [UInt64: [Int]] = [:]
        var undatedByKey: [UInt64: [Int]] = [:]
        var byKey: [UInt64: [Int]] = [:]
        for (t, record) in theirs.enumerated() where !theirUsed[t] {
            for key in blockKeys(record, names: names) {
                byKey[key, default: []].append(t)
                if let year = record.birthDate?.year {
                    byYearAndKey[UInt64(year) << 48 | key, default: []].append(t)
                } else {
                    undatedByKey[key, default: []].append(t)
                }
            }
        }
        var candidates: [Candidate] = []
        var seenFor = [Int](repeating: -1, count: theirs.count)
        var familyRow = SimilarityRow(names: names), givenRow = SimilarityRow(names: names), patronymicRow = SimilarityRow(names: names)
        // Ours in the order of their names, so that the rows' remembered similarities serve the next record too.
        let order = ours.indices.filter { !ourUsed[$0] }.sorted { a, b in
            (ours[a].family ?? -1, ours[a].given ?? -1, ours[a].patronymic ?? -1, a) < (ours[b].family ?? -1, ours[b].given ?? -1, ours[b].patronymic ?? -1, b)
        }
        for o in order {
            let record = ours[o]
            func scorePairs(in block: [Int]?) {
                for t in block ?? [] where seenFor[t] != o {
                    seenFor[t] = o
                    let other = theirs[t]
                    // A pair whose dates alone keep it under review is not scored.
                    let date = DateEvidence(record, other)
                    guard 1 + date.adjustment >= thresholds.review else { continue }
                    let score = PairScore(date: date, names: NameSimilarities(
                        family: familyRow.similarity(of: record.family, to: other.family, in: names),
                        given: givenRow.similarity(of: record.given, to: other.given, in: names),
                        familyToGiven: familyRow.similarity(of: record.family, to: other.given, in: names),
                        givenToFamily: givenRow.similarity(of: record.given, to: other.family, in: names),
                        patronymic: patronymicRow.similarity(of: record.patronymic, to: other.patronymic, in: names)))
                    if score.total >= thresholds.review { candidates.append(Candidate(ours: o, theirs: t, score: score)) }
                }
            }
            for key in blockKeys(record, names: names) {
                if let year = record.birthDate?.year {
                    scorePairs(in: byYearAndKey[UInt64(year) << 48 | key])
                    scorePairs(in: undatedByKey[key])
                } else {
                    scorePairs(in: byKey[key])
                }
            }
        }
        return candidates
    }

    /// Each record's place in the byte order of the ids; ids of the same bytes share a place.
    private static func byteOrderRanks(_ records: [MatchRecord]) -> [Int] {
        let order = records.indices.sorted { byteOrder(records[$0].id, records[$1].id) }
        var ranks = [Int](repeating: 0, count: records.count)
        for (position, index) in order.enumerated() {
            let previous = position > 0 ? order[position - 1] : nil
            ranks[index] = previous.map { records[$0].id.utf8.elementsEqual(records[index].id.utf8) ? ranks[$0] : position } ?? position
        }
        return ranks
    }

    /// Pairs (our index, their index) that name each other's ids, in byte order of the ids.
    private static func idLinks(ours: [MatchRecord], theirs: [MatchRecord]) -> [(Int, Int)] {
        var ourIndex: [String: Int] = [:], theirIndex: [String: Int] = [:]
        for (index, record) in ours.enumerated() where ourIndex[record.id] == nil { ourIndex[record.id] = index }
        for (index, record) in theirs.enumerated() where theirIndex[record.id] == nil { theirIndex[record.id] = index }
        var links: Set<[Int]> = []
        for (t, record) in theirs.enumerated() { if let o = record.otherSideID.flatMap({ ourIndex[$0] }) { links.insert([o, t]) } }
        for (o, record) in ours.enumerated() { if let t = record.otherSideID.flatMap({ theirIndex[$0] }) { links.insert([o, t]) } }
        return links.map { ($0[0], $0[1]) }.sorted { a, b in
            if ours[a.0].id != ours[b.0].id { return byteOrder(ours[a.0].id, ours[b.0].id) }
            if theirs[a.1].id != theirs[b.1].id { return byteOrder(theirs[a.1].id, theirs[b.1].id) }
            return a < b
        }
    }

    private static func add(_ pair: MatchPair, to report: inout MatchReport) {
        switch pair.outcome {
        case .match where pair.conflicts.isEmpty: report.matched.append(pair)
        case .match: report.matchedWithConflicts.append(pair)
        case .review, .noMatch: report.needsReview.append(pair)
        }
    }

    private static func sortedIDs(_ ids: [String]) -> [String] { ids.sorted(by: byteOrder) }

    /// Ids are ordered byte by byte, as everywhere in the ledger, not by `String`'s Unicode order.
    private static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
