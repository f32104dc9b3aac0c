import Testing
@testable import LedgerProofs

@Suite("Cosignatures")
struct CosignatureTests {
    static let body = LogFixture.checkpoint(size: 5).body

    static func refusal(_ note: SignedNote, keys: [VerifierKey], required: Int) -> ProofError? {
        do {
            _ = try Cosignature.witnesses(of: note, keys: keys, required: required)
            return nil
        } catch {
            return error
        }
    }

    @Test("the signed message is the one of c2sp.org/tlog-cosignature's example")
    func message() {
        let body = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
        #expect(Cosignature.message(body: body, time: 1_679_315_147)
                == Array("cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n".utf8))
    }

    @Test("the example cosignature line of the specification holds a key id, the time and 64 bytes")
    func specificationExample() throws {
        let note = try SignedNote(parsing: """
            example.com/behind-the-sofa
            20852163
            CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

            — example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
            — witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==

            """)
        let cosignature = note.signatures[1]
        #expect(cosignature.keyName == "witness.example.com/w1")
        #expect(cosignature.signature.count == 8 + 64)
        #expect(cosignature.signature.prefix(8).reduce(0) { $0 << 8 | UInt64($1) } == 1_679_315_147)
    }

    @Test("cosignatures by the given witnesses verify, with their times; the log's line is ignored")
    func verify() throws {
        let note = LogFixture.signedCheckpoint(size: 5, cosigners: 2)
        #expect(note.signatures.count == 3)
        let verified = try Cosignature.witnesses(of: note, keys: LogFixture.witnesses, required: 2)
        #expect(verified.map(\.key.name) == ["witness1.example", "witness2.example"])
        #expect(verified.map(\.timestamp) == [1_750_000_000, 1_750_000_001])
        let reread = try SignedNote(parsing: note.serialized)
        #expect(try Cosignature.witnesses(of: reread, keys: LogFixture.witnesses, required: 2) == verified)
        // Cosigning again replaces the witness's earlier line.
        #expect(note.addingCosignature(by: LogFixture.witnessKeys[0], time: 1_760_000_000).signatures.count == 3)
    }

    @Test("a cosignature by a witness the caller does not know is ignored, and does not count")
    func unknownWitness() throws {
        let stranger = try SigningKey.generate(name: "stranger.example", type: .cosignatureV1)
        let note = LogFixture.signedCheckpoint(size: 5, cosigners: 1).addingCosignature(by: stranger, time: 1_750_000_000)
        #expect(Self.refusal(note, keys: LogFixture.witnesses, required: 2) == .tooFewWitnesses(required: 2, verified: ["witness1.example"]))
        #expect(ProofError.tooFewWitnesses(required: 2, verified: ["witness1.example"]).description
                == "1 of the required 2 witness cosignatures verify (witness1.example)")
    }

    @Test("too few witnesses is a failure, not a malformed file")
    func tooFew() {
        let note = LogFixture.signedCheckpoint(size: 5, cosigners: 2)
        let refusal = Self.refusal(note, keys: LogFixture.witnesses, required: 3)
        #expect(refusal == .tooFewWitnesses(required: 3, verified: ["witness1.example", "witness2.example"]))
        #expect(refusal?.isMalformed == false)
    }

    @Test("a cosignature whose time was changed, or copied from another checkpoint, does not verify")
    func altered() throws {
        let note = LogFixture.signedCheckpoint(size: 5, cosigners: 1)
        let line = note.signatures[1]
        var bytes = line.signature
        bytes[7] ^= 1
        let retimed = try SignedNote(parsing: note.serialized.replacing(line.line, with: NoteSignature(keyName: line.keyName, keyID: line.keyID, signature: bytes).line))
        #expect(Self.refusal(retimed, keys: LogFixture.witnesses, required: 1) == .note(.signatureFails(keyName: "witness1.example")))
        let other = LogFixture.signedCheckpoint(size: 6)
        let copied = try SignedNote(parsing: other.serialized + line.line)
        #expect(Self.refusal(copied, keys: LogFixture.witnesses, required: 1) == .note(.signatureFails(keyName: "witness1.example")))
    }

    @Test("a plain Ed25519 signature under the witness's name and key id does not pass for a cosignature")
    func plainSignatureIsNotACosignature() throws {
        let witness = LogFixture.witnessKeys[0].verifierKey
        let plain = try SignedNote(text: Self.body).addingSignature(by: LogFixture.logKey)
        let forged = NoteSignature(keyName: witness.name, keyID: witness.keyID, signature: plain.signatures[0].signature)
        let note = try SignedNote(parsing: Self.body + "\n" + forged.line)
        #expect(Self.refusal(note, keys: [witness], required: 1) == .note(.signatureFails(keyName: witness.name)))
    }
}
