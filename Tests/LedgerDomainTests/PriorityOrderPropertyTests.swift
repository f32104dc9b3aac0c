import PropertyBased
import Testing
@testable import LedgerDomain

/// Generated candidates for the priority order (docs/contract.md). Ids come from a small alphabet and are
/// short, so that prefixes (`A`, `AB`) and upper/lower case meet; capture days and birth dates come
/// from a few values, so that ties on every key before the id are common; dates may be unknown,
/// and birth dates partial (`1990`, `1990-01`, `1990-01-01` stand for the same earliest day).
enum PriorityGen {
    static let alphabet: [Character] = ["A", "B", "a", "1", "-"]
    static let id = Gen.int(in: 0...(alphabet.count - 1)).array(of: 1...3).map { String($0.map { alphabet[$0] }) }
    static let captured = Gen.int(in: 0...3).map { Day(daysSinceEpoch: 19_000 + 100 * $0) }.optional
    static let born = zip(Gen.int(in: 0...2), Gen.int(in: 1989...1990), Gen.int(in: 1...2), Gen.int(in: 1...2)).map { shape, year, month, day in
        switch shape {
        case 0: PartialDate.year(year)
        case 1: PartialDate.month(year: year, month: month)
        default: PartialDate.day(Day(year: year, month: month, day: day)!)
        }
    }.optional

    static let candidate = zip(id, Gen<MedicalCategory>.case, Gen.int(in: 1...5), captured, born).map { id, category, severity, captured, born in
        PriorityCandidate(personID: id, familyName: "F", assessedOn: Day(daysSinceEpoch: 20_000), category: category, severity: severity,
                          capturedOn: captured, birthDate: born)
    }

    /// Two or three candidates with distinct ids, as the register has them.
    static let pair = candidate.array(of: 2).filter { $0[0].personID != $0[1].personID }
    static let triple = candidate.array(of: 3).filter { Set($0.map(\.personID)).count == 3 }

    /// Up to 30 candidates: the later of two with the same id is dropped.
    static let register = candidate.array(of: 0...30).map { candidates in
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0.personID).inserted }
    }

    /// docs/contract.md's priority list read key by key, independently of `PriorityOrder`: outcome (direct repatriation,
    /// then neutral country, then not eligible), severity highest first, capture date earliest
    /// first and unknown last, birth date (its earliest day) earliest first and unknown last, then
    /// the person id byte by byte.
    static func specPrecedes(_ a: PriorityCandidate, _ b: PriorityCandidate) -> Bool {
        func outcome(_ category: MedicalCategory) -> Int {
            switch category.rawValue {
            case "incurable", "long-term", "permanent": 0
            case "neutral-recovery", "neutral-threat": 1
            default: 2
            }
        }
        func earliestBirthDay(_ date: PartialDate?) -> Day? {
            switch date {
            case .year(let year)?: Day(year: year, month: 1, day: 1)
            case .month(let year, let month)?: Day(year: year, month: month, day: 1)
            case .day(let day)?: day
            case nil: nil
            }
        }
        func key(_ c: PriorityCandidate) -> (Int, Int, Int, Int, Int, Int) {
            let born = earliestBirthDay(c.birthDate)
            return (outcome(c.category), -c.severity, c.capturedOn == nil ? 1 : 0, c.capturedOn?.daysSinceEpoch ?? 0,
                    born == nil ? 1 : 0, born?.daysSinceEpoch ?? 0)
        }
        let (ka, kb) = (key(a), key(b))
        if ka != kb { return ka < kb }
        return Array(a.personID.utf8).lexicographicallyPrecedes(Array(b.personID.utf8))
    }

    static func ids(_ candidates: [PriorityCandidate]) -> [String] { candidates.map(\.personID) }
}

@Suite("PriorityOrder: properties over generated candidates")
struct PriorityOrderPropertyTests {
    typealias G = PriorityGen

    @Test("total and irreflexive: of two persons exactly one comes first; nobody comes before themselves")
    func total() async {
        await propertyCheck(count: 500, input: G.pair) { pair in
            let (a, b) = (pair[0], pair[1])
            #expect(PriorityOrder.precedes(a, b) != PriorityOrder.precedes(b, a))
            #expect(!PriorityOrder.precedes(a, a))
            #expect(!PriorityOrder.precedes(b, b))
        }
    }

    @Test("transitive: a before b and b before c puts a before c")
    func transitive() async {
        await propertyCheck(count: 500, input: G.triple) { triple in
            for a in triple {
                for b in triple where PriorityOrder.precedes(a, b) {
                    for c in triple where PriorityOrder.precedes(b, c) {
                        #expect(PriorityOrder.precedes(a, c), "\(a.personID) < \(b.personID) < \(c.personID)")
                    }
                }
            }
            // The same, with the premise always true: sorted, each comes before every later one.
            let sorted = PriorityOrder.sorted(triple)
            #expect(PriorityOrder.precedes(sorted[0], sorted[1]) && PriorityOrder.precedes(sorted[1], sorted[2]))
            #expect(PriorityOrder.precedes(sorted[0], sorted[2]))
        }
    }

    @Test("deterministic and independent of input order: any shuffle sorts to the same sequence")
    func shuffleIndependent() async {
        await propertyCheck(count: 300, input: G.register, Gen.int(in: 0...Int.max)) { register, seed in
            var generator = SplitMix64(seed: UInt64(seed))
            let sorted = PriorityOrder.sorted(register)
            #expect(PriorityOrder.sorted(register.shuffled(using: &generator)) == sorted)
            #expect(PriorityOrder.sorted(register.reversed()) == sorted)
            #expect(PriorityOrder.sorted(sorted) == sorted)
            // A permutation of the input, strictly increasing.
            #expect(Set(sorted) == Set(register) && sorted.count == register.count)
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { PriorityOrder.precedes($0, $1) })
        }
    }

    @Test("the order is the documented one key by key")
    func matchesSpec() async {
        await propertyCheck(count: 300, input: G.register) { register in
            #expect(G.ids(PriorityOrder.sorted(register)) == G.ids(register.sorted(by: G.specPrecedes)))
        }
    }

    /// Where the candidate of `id` stands once sorted.
    static func place(of id: String, in candidates: [PriorityCandidate]) -> Int {
        G.ids(PriorityOrder.sorted(candidates)).firstIndex(of: id)!
    }

    @Test("monotone in severity: raising one person's severity never moves them down, nor reorders the others")
    func monotoneSeverity() async {
        await propertyCheck(count: 300, input: G.register.filter { !$0.isEmpty }, Gen.int(in: 0...29), Gen.int(in: 1...4)) {
            register, pick, raise in
            let index = pick % register.count
            var raised = register
            raised[index].severity = min(5, raised[index].severity + raise)
            let id = register[index].personID
            #expect(Self.place(of: id, in: raised) <= Self.place(of: id, in: register))
            let others = { (candidates: [PriorityCandidate]) in G.ids(PriorityOrder.sorted(candidates)).filter { $0 != id } }
            #expect(others(raised) == others(register))
        }
    }

    @Test("monotone in outcome: a category with a better outcome never moves a person down; one with the same outcome leaves them in place")
    func monotoneCategory() async {
        await propertyCheck(count: 300, input: G.register.filter { !$0.isEmpty }, Gen.int(in: 0...29), Gen<MedicalCategory>.case) {
            register, pick, category in
            let index = pick % register.count
            var changed = register
            changed[index].category = category
            let id = register[index].personID
            let (before, after) = (Self.place(of: id, in: register), Self.place(of: id, in: changed))
            switch category.outcome {
            case let new where new < register[index].category.outcome: #expect(after <= before)
            case let new where new > register[index].category.outcome: #expect(after >= before)
            default: #expect(after == before)
            }
        }
    }
}
