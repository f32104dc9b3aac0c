import Foundation
import LedgerTestSupport
import Testing

/// Proofs for the other side, as the three people at the table use them: the office signs
/// checkpoints and hands out receipts, a witness cosigns, and the other side checks a receipt
/// with `ledger check` and no ledger file. Then every way a proof can be wrong, each refused with
/// one line and its exit code.
@Suite struct ProofTests {
    static let origin = "coordination-hq.example/exchanges"

    /// A ledger with an origin, a log key and a witness key recorded, and one count-only batch
    /// (B-5, seq 5); the key files and verifier keys are in the session's folder.
    struct Office {
        let session: Session
        let logKey: String
        let witnessKey: String

        init() throws {
            session = try Session.withAgreements()
            try session.mustSucceed(["add", "--agreement", "IST-2025-05-16", "--from", "RU", "--to", "UA", "--on", "2025-05-23",
                                     "--stage", "1", "--pow", "270", "--civilian", "120"])
            try session.mustSucceed(["origin", "set", ProofTests.origin])
            logKey = try session.ledger("key", "generate", "--name", ProofTests.origin, "--out", "office.key").stdout.trimmingCharacters(in: .newlines)
            witnessKey = try session.ledger("key", "generate", "--name", "icrc.example", "--role", "witness", "--out", "icrc.key")
                .stdout.trimmingCharacters(in: .newlines)
            try session.mustSucceed(["key", "add", logKey, "--role", "log"])
            try session.mustSucceed(["key", "add", witnessKey, "--role", "witness"])
        }

        /// Runs a command that must succeed and gives its output.
        func output(_ arguments: String...) throws -> String {
            let result = try session.ledger(arguments)
            guard result.status == 0 else { throw SetupFailed(result: result) }
            return result.stdout
        }

        /// Runs `ledger check` on `file` with the log's key and these options.
        func check(_ file: String, _ options: [String] = []) throws -> ProcessResult {
            try session.bare(["check", file, "--log-key", logKey] + options)
        }

        func text(_ file: String) throws -> String { try String(contentsOfFile: session.scratch.path(file), encoding: .utf8) }
    }

    @Test func theOfficeSignsTheWitnessCosignsTheOtherSideChecks() throws {
        let office = try Office()
        #expect(try office.session.value("SELECT count(*) FROM journal") == "8")
        let keyMode = try FileManager.default.attributesOfItem(atPath: office.session.scratch.path("office.key"))[.posixPermissions] as? Int
        #expect(keyMode == 0o600)
        #expect(try office.text("office.key").hasPrefix("PRIVATE+KEY+\(Self.origin)+"))

        let checkpoint = try office.output("checkpoint", "--key", "office.key")
        let lines = checkpoint.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == Self.origin[...] && lines[1] == "8" && lines[3].hasPrefix("head 8:") && lines[4] == "")
        #expect(lines[5].hasPrefix("— \(Self.origin) "))
        try office.session.write("checkpoint.txt", checkpoint)

        let cosigned = try office.output("cosign", "checkpoint.txt", "--key", "icrc.key", "--log-key", office.logKey, "--state", "icrc-state")
        #expect(cosigned.hasPrefix(checkpoint) && cosigned.contains("\n— icrc.example "))
        try office.session.write("cosigned.txt", cosigned)

        try office.session.mustSucceed(["receipt", "B-5", "--checkpoint", "cosigned.txt", "--out", "receipt.txt"])
        let receipt = try office.text("receipt.txt")
        #expect(receipt.hasPrefix("c2sp.org/tlog-proof@v1\nextra ") && receipt.contains("\nindex 4\n") && receipt.hasSuffix(cosigned))

        // The other side: no ledger file, only the receipt and the keys it was handed.
        let result = try office.check("receipt.txt", ["--witness-key", office.witnessKey, "--witnesses", "1"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        #expect(result.stdout == "ok: seq 5, batch B-5: 390 from RU to UA on 2025-05-23, stage 1 — included in \(Self.origin) at size 8, cosigned by icrc.example\n")
        let json = try office.check("receipt.txt", ["--format", "json"])
        #expect(json.status == 0 && json.stdout.contains(#""summary":"batch B-5: 390 from RU to UA on 2025-05-23, stage 1""#), "\(json)")

        // And the office, later: its journal still holds the tree the checkpoint signed.
        let verified = try office.session.ledger("verify", "--checkpoint", "cosigned.txt", "--log-key", office.logKey)
        #expect(verified.status == 0 && verified.stdout.contains("; checkpoint of 8 entries holds;"), "\(verified)")
    }

    @Test func theWitnessCosignsAGrownLogOnlyWithItsConsistencyProofAndNeverASmallerOne() throws {
        let office = try Office()
        try office.session.write("first.txt", try office.output("checkpoint", "--key", "office.key"))
        let cosign = ["--key", "icrc.key", "--log-key", office.logKey, "--state", "icrc-state"]
        try office.session.mustSucceed(["cosign", "first.txt"] + cosign)
        try office.session.mustSucceed(["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-24", "--pow", "307"])
        try office.session.write("second.txt", try office.output("checkpoint", "--key", "office.key"))

        let unproven = try office.session.ledger(["cosign", "second.txt"] + cosign)
        #expect(unproven.status == 1 && unproven.stdout.isEmpty)
        #expect(unproven.errorLines == ["cosign failed: second.txt: the checkpoint of 9 entries needs a consistency proof from the 8 cosigned before (ledger prove --from) (cosigned before: icrc-state/coordination-hq.example%2Fexchanges.checkpoint)"])

        try office.session.mustSucceed(["prove", "--from", "first.txt", "--checkpoint", "second.txt", "--out", "consistency.txt"])
        #expect(try office.text("consistency.txt").hasPrefix("ledger consistency proof\nold 8 "))
        let proven = try office.session.ledger(["cosign", "second.txt", "--proof", "consistency.txt"] + cosign)
        #expect(proven.status == 0 && proven.stdout.contains("— icrc.example "), "\(proven)")

        // A cosignature that could not be written out is not made: the state stays where it was.
        let state = try office.text("icrc-state/coordination-hq.example%2Fexchanges.checkpoint")
        let taken = try office.session.ledger(["cosign", "second.txt", "--proof", "consistency.txt", "--out", "first.txt"] + cosign)
        #expect(taken.status == 64 && taken.errorLines == ["error: --out first.txt exists; it is not replaced (see --help)"], "\(taken)")
        #expect(try office.text("icrc-state/coordination-hq.example%2Fexchanges.checkpoint") == state)
        let nowhere = try office.session.ledger(["cosign", "second.txt", "--proof", "consistency.txt", "--out", "missing/cosigned.txt"] + cosign)
        #expect(nowhere.status == 74 && nowhere.errorLines == ["error: missing/cosigned.txt: cannot write: no such file or directory"], "\(nowhere)")
        #expect(try office.text("icrc-state/coordination-hq.example%2Fexchanges.checkpoint") == state)

        let smaller = try office.session.ledger(["cosign", "first.txt"] + cosign)
        #expect(smaller.status == 1)
        #expect(smaller.errorLines.first?.hasPrefix("cosign failed: first.txt: the log shows 8 entries, fewer than the 9 already cosigned: its history was rewritten") == true, "\(smaller)")
        let backwards = try office.session.ledger("prove", "--from", "second.txt", "--checkpoint", "first.txt")
        #expect(backwards.status == 65 && backwards.errorLines == ["error: second.txt: the checkpoint of 9 entries is larger than --checkpoint's 8; give the older one with --from"], "\(backwards)")
    }

    /// Two ledgers that share a past and the office's key but not their last entry: a log that
    /// shows one history to the witness and another later is caught at the same size.
    @Test func aForkedHistoryIsRefusedByTheWitnessAndByVerify() throws {
        let office = try Office()
        let fork = office.session.scratch.path("fork.sqlite")
        try FileManager.default.copyItem(atPath: office.session.db, toPath: fork)
        try office.session.mustSucceed(["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-24", "--pow", "307"])
        #expect(try office.session.ledger(["add", "--agreement", "IST-2025-05-16", "--from", "UA", "--to", "RU", "--on", "2025-05-24", "--pow", "30"], db: fork).status == 0)
        try office.session.write("honest.txt", try office.output("checkpoint", "--key", "office.key"))
        let forked = try office.session.ledger(["checkpoint", "--key", "office.key"], db: fork)
        try office.session.write("forked.txt", forked.stdout)

        let cosign = ["--key", "icrc.key", "--log-key", office.logKey, "--state", "icrc-state"]
        try office.session.mustSucceed(["cosign", "honest.txt"] + cosign)
        let refused = try office.session.ledger(["cosign", "forked.txt"] + cosign)
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.errorLines.first?.contains("the log shows 9 entries with root") == true && refused.errorLines.first?.contains("its history was rewritten") == true, "\(refused)")

        let verify = try office.session.ledger(["verify", "--checkpoint", "honest.txt", "--log-key", office.logKey], db: fork)
        #expect(verify.status == 1)
        #expect(verify.errorLines.first?.hasPrefix("verify failed: honest.txt: the journal's first 9 entries have root") == true, "\(verify)")
        // A ledger cut back to before the checkpoint has lost entries it signed.
        let older = office.session.scratch.path("older.sqlite")
        try sqlite3(office.session.db, ".backup '\(older)'")
        #expect(try tamper(older, "DELETE FROM batches WHERE id = 'B-9'; DELETE FROM batch_counts WHERE batch_id = 'B-9'; DELETE FROM journal WHERE seq = 9").status == 0)
        let cut = try office.session.ledger(["verify", "--checkpoint", "honest.txt", "--log-key", office.logKey], db: older)
        #expect(cut.status == 1 && cut.errorLines == ["verify failed: honest.txt: the checkpoint signed 9 entries; the journal has 8: entries were removed"], "\(cut)")
    }

    /// Every single proof a checker can be handed wrongly, each refused with one line: 1 for a
    /// proof that does not hold, 65 for a file that is not one, 64 for a key typed wrong.
    @Test func everyWrongProofIsRefusedNamingWhatFails() throws {
        let office = try Office()
        try office.session.write("checkpoint.txt", try office.output("checkpoint", "--key", "office.key"))
        try office.session.write("cosigned.txt", try office.output("cosign", "checkpoint.txt", "--key", "icrc.key", "--log-key", office.logKey, "--state", "icrc-state"))
        let receipt = try office.output("receipt", "B-5", "--checkpoint", "cosigned.txt")
        let lines = receipt.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        func refusal(_ name: String, _ text: String, _ options: [String] = []) throws -> ProcessResult {
            try office.session.write(name, text)
            return try office.check(name, options)
        }
        func replacing(line index: Int, with line: String) -> String {
            var changed = lines
            changed[index] = line
            return changed.joined(separator: "\n")
        }
        let checkpointStart = try #require(lines.firstIndex(of: Self.origin))

        var result = try refusal("size.txt", replacing(line: checkpointStart + 1, with: "10"))
        #expect(result.status == 1 && result.errorLines == ["check failed: size.txt: signature by \(Self.origin) does not verify"], "\(result)")
        result = try refusal("root.txt", replacing(line: checkpointStart + 2, with: String(repeating: "A", count: 43) + "="))
        #expect(result.status == 1 && result.errorLines == ["check failed: root.txt: signature by \(Self.origin) does not verify"], "\(result)")
        result = try refusal("origin.txt", replacing(line: checkpointStart, with: "other.example/log"))
        #expect(result.status == 1 && result.errorLines.first?.hasPrefix("check failed: origin.txt: checkpoint is for origin 'other.example/log'") == true, "\(result)")
        // The largest index a proof can write: refused as another index, never a crash.
        result = try refusal("huge.txt", replacing(line: 2, with: "index 9223372036854775807"))
        #expect(result.status == 1 && result.errorLines.first?.hasPrefix("check failed: huge.txt: the entry is seq 5 but the proof is for leaf 9223372036854775807") == true, "\(result)")
        result = try refusal("index.txt", replacing(line: 2, with: "index 3"))
        #expect(result.status == 1 && result.errorLines == ["check failed: index.txt: the entry is seq 5 but the proof is for leaf 3: leaf n holds seq n + 1"], "\(result)")

        // The entry changed in the proof: its hash no longer fits; rehashed, it is not in the tree.
        let extra = try #require(Data(base64Encoded: String(lines[1].dropFirst("extra ".count))))
        let entry = String(decoding: extra, as: UTF8.self)
        let altered = entry.replacingOccurrences(of: #"\"pow\":270"#, with: #"\"pow\":27"#)
        #expect(altered != entry)
        result = try refusal("entry.txt", replacing(line: 1, with: "extra " + Data(altered.utf8).base64EncodedString()))
        #expect(result.status == 1 && result.errorLines.first?.hasPrefix("check failed: entry.txt: seq 5: the entry's hash is not the hash of its fields") == true, "\(result)")

        let otherWitness = try office.session.ledger("key", "generate", "--name", "witness.example", "--role", "witness", "--out", "other.key").stdout
            .trimmingCharacters(in: .newlines)
        try office.session.write("receipt-ok.txt", receipt)
        result = try office.check("receipt-ok.txt", ["--witness-key", otherWitness, "--witnesses", "1"])
        #expect(result.status == 1 && result.errorLines == ["check failed: receipt-ok.txt: 0 of the required 1 witness cosignatures verify"], "\(result)")
        result = try office.check("receipt-ok.txt", ["--witness-key", office.witnessKey, "--witness-key", otherWitness, "--witnesses", "2"])
        #expect(result.status == 1 && result.errorLines.first?.hasSuffix(": 1 of the required 2 witness cosignatures verify (icrc.example)") == true, "\(result)")

        // The log's own signature is no witness's.
        result = try office.check("receipt-ok.txt", ["--witness-key", office.logKey, "--witnesses", "1"])
        #expect(result.status == 64 && result.errorLines == ["error: --witness-key \(Self.origin) is not a witness's key (cosignature/v1, made by `ledger key generate --role witness`)"], "\(result)")

        let impostor = try office.session.ledger("key", "generate", "--name", Self.origin, "--out", "impostor.key").stdout.trimmingCharacters(in: .newlines)
        result = try office.session.bare(["check", "receipt-ok.txt", "--log-key", impostor])
        #expect(result.status == 1 && result.errorLines.first?.contains("checkpoint is not signed by the log key \(Self.origin)") == true, "\(result)")
        let signedByImpostor = try office.session.ledger("checkpoint", "--key", "impostor.key")
        #expect(signedByImpostor.status == 65 && signedByImpostor.errorLines.first?.contains("is not a log key of this ledger") == true, "\(signedByImpostor)")

        // Files that are not proofs at all, and keys typed wrong.
        result = try refusal("junk.txt", "not a proof\n")
        #expect(result.status == 65 && result.errorLines.count == 1 && result.errorLines[0].hasPrefix("error: junk.txt: tlog proof: line 1:"), "\(result)")
        result = try refusal("blank.txt", replacing(line: checkpointStart + 4, with: "x"))
        #expect(result.status == 65 && result.errorLines.count == 1, "\(result)")
        result = try office.session.bare(["check", "missing.txt", "--log-key", office.logKey])
        #expect(result.status == 66 && result.errorLines.count == 1 && result.errorLines[0].hasPrefix("error: missing.txt:"), "\(result)")
        result = try office.session.bare(["check", "receipt-ok.txt", "--log-key", "not+a+key"])
        #expect(result.status == 64 && result.errorLines.count == 1 && result.errorLines[0].hasPrefix("error: --log-key: key:"), "\(result)")
        try office.session.write("broken.key", "PRIVATE+KEY+nonsense\n")
        result = try office.session.ledger("checkpoint", "--key", "broken.key")
        #expect(result.status == 65 && result.errorLines.count == 1 && result.errorLines[0].hasPrefix("error: broken.key: not a private key:"), "\(result)")
        try office.session.write("broken-note.txt", try office.text("checkpoint.txt").replacingOccurrences(of: "\n\n", with: "\n"))
        result = try office.session.ledger("cosign", "broken-note.txt", "--key", "icrc.key", "--log-key", office.logKey, "--state", "icrc-state")
        #expect(result.status == 65 && result.errorLines.count == 1 && result.errorLines[0].hasPrefix("error: broken-note.txt: "), "\(result)")
    }

    @Test func keysAndTheOriginFollowTheirRules() throws {
        let session = try Session.withAgreements()
        let early = try session.ledger("key", "generate", "--name", Self.origin, "--out", "office.key").stdout.trimmingCharacters(in: .newlines)
        var result = try session.ledger("key", "add", early, "--role", "log")
        #expect(result.status == 65 && result.errorLines == ["error: record the ledger's origin first (`ledger origin set ORIGIN`): the checkpoints this key signs carry it"], "\(result)")
        result = try session.ledger("origin", "set", "with space")
        #expect(result.status == 65 && result.errorLines == ["error: the origin 'with space' contains U+0020; use letters, digits and punctuation without spaces or '+', e.g. coordination-hq.example/exchanges"], "\(result)")
        try session.mustSucceed(["origin", "set", Self.origin])
        result = try session.ledger("origin", "set", "another.example")
        #expect(result.status == 65 && result.errorLines == ["error: this ledger's origin is already \(Self.origin); a ledger has one origin for all its checkpoints"], "\(result)")
        result = try session.ledger("key", "add", early, "--role", "witness")
        #expect(result.status == 65 && result.errorLines.first?.contains("a witness key is of type 0x04") == true, "\(result)")
        try session.mustSucceed(["key", "add", early, "--role", "log"])
        result = try session.ledger("key", "add", early, "--role", "log")
        #expect(result.status == 65 && result.errorLines.first?.contains("is already recorded") == true, "\(result)")
        let misnamed = try session.ledger("key", "generate", "--name", "office.example", "--out", "misnamed.key").stdout.trimmingCharacters(in: .newlines)
        result = try session.ledger("key", "add", misnamed, "--role", "log")
        #expect(result.status == 65 && result.errorLines == ["error: a log key is named after the ledger's origin, \(Self.origin); this one is named office.example"], "\(result)")
        result = try session.ledger("key", "generate", "--name", "x", "--out", "office.key")
        #expect(result.status == 74 && result.errorLines.first?.contains("the file exists; it is not replaced") == true, "\(result)")
        #expect(try session.ledger("verify").status == 0)
    }
}
