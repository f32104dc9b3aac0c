import Testing
@testable import LedgerDomain

@Suite("Commission: members and vote (GC III Annex II)")
struct CommissionTests {
    static let roleHelp = "write each member as NAME (neutral) or NAME (detaining)"

    static func composition(_ count: Int, neutral: Int) -> String {
        "a mixed medical commission has 3 members, two neutral and one named by the detaining party (GC III Annex II); "
            + "got \(count): \(neutral) neutral, \(count - neutral) detaining"
    }

    @Test("members are read in the order given, names trimmed, separated by commas, semicolons or spaces", arguments: [
        (MedicalFixture.membersText, ["Dr A", "Dr B", "Dr C"]),
        ("Dr A (neutral); Dr B (neutral); Dr C (detaining)", ["Dr A", "Dr B", "Dr C"]),
        ("Dr A (neutral);Dr B (neutral) ,Dr C (detaining);", ["Dr A", "Dr B", "Dr C"]),
        ("  Dr A ( neutral )\tDr B (neutral)\nDr C (detaining)  ", ["Dr A", "Dr B", "Dr C"]),
        ("Dr C (detaining), Dr A (neutral), Dr B (neutral)", ["Dr C", "Dr A", "Dr B"]),
    ])
    func accepted(text: String, names: [String]) throws {
        let members = try Commission.members(text).get()
        #expect(members.map(\.name) == names)
        #expect(members.map(\.role) == names.map { $0 == "Dr C" ? .detaining : .neutral })
    }

    @Test("a name may hold a comma: a member ends at the closing parenthesis of their role")
    func commaInName() throws {
        let members = try Commission.members("Hartmann, MD (neutral), Олена Коваль (neutral), Dr C (detaining)").get()
        #expect(members == [
            CommissionMember(name: "Hartmann, MD", role: .neutral), CommissionMember(name: "Олена Коваль", role: .neutral),
            CommissionMember(name: "Dr C", role: .detaining),
        ])
        #expect(Assessment(personID: "P", on: MedicalFixture.today, category: .incurable, severity: 5, members: members,
                           vote: CommissionVote(inFavour: 3, against: 0), findings: "f").membersText
            == "Hartmann, MD (neutral), Олена Коваль (neutral), Dr C (detaining)")
    }

    @Test("a member's name may be up to 200 characters")
    func longestName() throws {
        let name = String(repeating: "я", count: 200)
        #expect(try Commission.members("\(name) (neutral), Dr B (neutral), Dr C (detaining)").get()[0].name == name)
    }

    @Test("a commission of the wrong size or make-up", arguments: [
        ("Dr A (neutral), Dr B (neutral)", composition(2, neutral: 2)),
        ("Dr A (neutral), Dr B (neutral), Dr C (detaining), Dr D (detaining)", composition(4, neutral: 2)),
        ("Dr A (neutral), Dr B (neutral), Dr C (neutral), Dr D (detaining)", composition(4, neutral: 3)),
        ("Dr A (neutral), Dr B (neutral), Dr C (neutral)", composition(3, neutral: 3)),
        ("Dr A (neutral), Dr B (detaining), Dr C (detaining)", composition(3, neutral: 1)),
        ("Dr A (detaining)", composition(1, neutral: 0)),
        ("", composition(0, neutral: 0)),
        // Without its role, A runs into B's name: one member "Dr A, Dr B", so the count is wrong.
        ("Dr A, Dr B (neutral), Dr C (detaining)", composition(2, neutral: 1)),
    ])
    func wrongComposition(text: String, message: String) {
        #expect(Commission.members(text) == .failure(MessageProblem(message)))
    }

    @Test("a member without a role, with an unknown role, without a name, or named twice", arguments: [
        ("Dr A (neutral), Dr B (neutral), Dr C", "'Dr C' has no role; \(roleHelp)"),
        ("Dr A (neutral), Dr B (neutral), Dr C (detaining", "'Dr C (detaining' has no role; \(roleHelp)"),
        ("Dr A (neutral), Dr B (neutral), Dr C\u{7} ", "'Dr C\\u{0007}' has no role; \(roleHelp)"),
        ("Dr A (observer), Dr B (neutral), Dr C (detaining)", "role 'observer' of Dr A is not neutral or detaining"),
        ("Dr A (Neutral), Dr B (neutral), Dr C (detaining)", "role 'Neutral' of Dr A is not neutral or detaining"),
        ("Dr A (), Dr B (neutral), Dr C (detaining)", "role '' of Dr A is not neutral or detaining"),
        ("Dr A (neutral), Dr B (neutral), Dr C (det\u{1B}aining)", "role 'det\\u{001B}aining' of Dr C is not neutral or detaining"),
        ("(neutral), Dr B (neutral), Dr C (detaining)", "a neutral member has no name"),
        ("Dr A (neutral), Dr B (neutral),  (detaining)", "a detaining member has no name"),
        ("Dr A (neutral), DR a (neutral), Dr C (detaining)", "a member is named twice"),
        ("Dr A (neutral), Dr\u{7}B (neutral), Dr C (detaining)", "member name contains the control character U+0007"),
        ("Dr A (neutral), Dr \u{202E}B (neutral), Dr C (detaining)", "member name contains the invisible direction mark U+202E"),
        ("\(String(repeating: "я", count: 201)) (neutral), Dr B (neutral), Dr C (detaining)", "member name is longer than 200 characters"),
    ])
    func badMember(text: String, message: String) {
        #expect(Commission.members(text) == .failure(MessageProblem(message)))
    }

    @Test("an error message never prints a member's name raw: control characters are shown escaped")
    func nameEscapedInMessages() {
        #expect(Commission.members("Dr\u{1B}[2JA (observer), Dr B (neutral), Dr C (detaining)")
            == .failure(MessageProblem("role 'observer' of Dr\\u{001B}[2JA is not neutral or detaining")))
    }

    @Test("a doubled separator never ends up in a member's name", arguments: [
        "Dr A (neutral),, Dr B (neutral), Dr C (detaining)",
        "Dr A (neutral); ; Dr B (neutral); Dr C (detaining)",
    ])
    func doubledSeparator(text: String) {
        // Separators and blanks between members, however many, are only separators.
        #expect((try? Commission.members(text).get())?.map(\.name) == ["Dr A", "Dr B", "Dr C"])
    }

    @Test("votes for the finding by a majority of all three members", arguments: [("3-0", 3, 0), ("2-1", 2, 1), (" 2-1\t", 2, 1)])
    func majority(text: String, inFavour: Int, against: Int) throws {
        let vote = try Commission.vote(text).get()
        #expect(vote == CommissionVote(inFavour: inFavour, against: against))
        #expect(vote.description == "\(inFavour)-\(against)")
    }

    @Test("a vote that is not a majority for the finding", arguments: ["1-2", "0-3"])
    func notAMajority(text: String) {
        #expect(Commission.vote(text)
            == .failure(MessageProblem("vote \(text) is not a majority for the finding; the commission decides by majority (GC III Annex II)")))
    }

    @Test("a vote in which not every member votes, or more than the members do", arguments: [("2-0", 2), ("1-1", 2), ("3-1", 4), ("0-0", 0), ("9-9", 18)])
    func wrongCount(text: String, counted: Int) {
        #expect(Commission.vote(text) == .failure(MessageProblem("vote \(text) counts \(counted) votes; all 3 members vote")))
    }

    @Test("text that is not a vote", arguments: ["2:1", "21", "", "2-", "-1", "2-1-0", "02-1", "2-01", "2 - 1", "+2-1", "two-one", "٢-١", "2–1"])
    func notAVote(text: String) {
        #expect(Commission.vote(text) == .failure(MessageProblem("'\(text)' is not a vote; write votes for and against, e.g. 2-1")))
    }

    @Test("a member and a vote print back in the form they are typed")
    func descriptions() {
        #expect(CommissionMember(name: "Hartmann, MD", role: .detaining).description == "Hartmann, MD (detaining)")
        #expect(CommissionVote(inFavour: 3, against: 0).description == "3-0")
        #expect(MedicalFixture.assessment.membersText == MedicalFixture.membersText)
    }
}
