import Testing
import LedgerProofs

/// Known answers from golang.org/x/mod/sumdb/note (note_test.go: TestNewVerifier, TestNewSigner,
/// TestSign, TestOpen) and from the example of c2sp.org/signed-note.
@Suite("Signed notes and keys")
struct SignedNoteTests {
    static let peterVerifier = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
    static let peterSigner = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
    static let enochVerifier = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
    static let text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
    static let peterSig = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    static let enochSig = "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"

    static func malformedNote(_ text: String) -> NoteError? {
        do {
            _ = try SignedNote(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    static func malformedKey(_ text: String) -> NoteError? {
        do {
            _ = try VerifierKey(parsing: text)
            return nil
        } catch {
            return error
        }
    }

    @Test("the Go verifier and private keys read, agree, and write back the same text")
    func keysRoundTrip() throws {
        let verifier = try VerifierKey(parsing: Self.peterVerifier)
        #expect(verifier.name == "PeterNeumann")
        #expect(verifier.keyID == 0xc74f20a3)
        #expect(verifier.type == .ed25519)
        #expect(verifier.text == Self.peterVerifier)
        let signer = try SigningKey(parsing: Self.peterSigner)
        #expect(signer.verifierKey == verifier)
        #expect(signer.text == Self.peterSigner)
        #expect(!signer.description.contains("AYEKFALV"), "the description does not reveal the key")
    }

    @Test("signing the Go vector's text gives a note that verifies under the Go verifier key")
    func sign() throws {
        let signer = try SigningKey(parsing: Self.peterSigner)
        let note = try SignedNote(text: Self.text).addingSignature(by: signer)
        #expect(note.serialized.hasPrefix(Self.text + "\n— PeterNeumann x08go/"))
        #if !canImport(CryptoKit)
        // Ed25519 as BoringSSL signs is deterministic: the very signature of TestSign. (CryptoKit,
        // on Apple platforms, adds randomness, so there only the prefix and verification hold.)
        #expect(note.serialized == Self.text + "\n" + Self.peterSig)
        #endif
        let verified = try note.verify(keys: [try VerifierKey(parsing: Self.peterVerifier)])
        #expect(verified.map(\.key.name) == ["PeterNeumann"])
        #expect(note.addingSignature(by: signer).signatures.count == 1, "signing again replaces the signature")
    }

    @Test("Go's TestOpen: signatures by known keys verify, unknown ones are ignored")
    func open() throws {
        let peter = try VerifierKey(parsing: Self.peterVerifier)
        let enoch = try VerifierKey(parsing: Self.enochVerifier)
        let note = try SignedNote(parsing: Self.text + "\n" + Self.peterSig + Self.enochSig)
        #expect(note.text == Self.text)
        #expect(note.signatures.map(\.keyName) == ["PeterNeumann", "EnochRoot"])
        #expect(note.signatures.map(\.keyID) == [0xc74f20a3, 0xaf0cfe78])
        #expect(note.serialized == Self.text + "\n" + Self.peterSig + Self.enochSig)
        #expect(try note.verify(keys: [peter]).map(\.key) == [peter])
        #expect(try note.verify(keys: [peter, enoch]).map(\.key) == [peter, enoch])
        #expect(try note.verify(keys: [peter, enoch]).allSatisfy { $0.timestamp == nil })
        #expect(throws: NoteError.noKnownSignature(keyNames: [])) { try note.verify(keys: []) }
    }

    @Test("the example of c2sp.org/signed-note verifies")
    func specificationExample() throws {
        let key = try VerifierKey(parsing: "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        let note = try SignedNote(parsing: """
            This is an example message.

            — example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=

            """)
        #expect(try note.verify(keys: [key]).map(\.key.name) == ["example.com/foo"])
    }

    @Test("a note changed after signing is refused: the known key's signature does not verify")
    func alteredText() throws {
        let peter = try VerifierKey(parsing: Self.peterVerifier)
        let note = try SignedNote(parsing: Self.text.replacing("cryptography", with: "cryptographY", maxReplacements: 1) + "\n" + Self.peterSig)
        #expect(throws: NoteError.signatureFails(keyName: "PeterNeumann")) { try note.verify(keys: [peter]) }
        #expect(NoteError.signatureFails(keyName: "PeterNeumann").description == "signature by PeterNeumann does not verify")
        #expect(!NoteError.signatureFails(keyName: "PeterNeumann").isMalformed)
    }

    @Test("a signature under a known name but another key id is ignored, not failed")
    func sameNameOtherKey() throws {
        let peter = try VerifierKey(parsing: Self.peterVerifier)
        let impostor = try SigningKey.generate(name: "PeterNeumann")
        let note = try SignedNote(text: Self.text).addingSignature(by: impostor)
        #expect(throws: NoteError.noKnownSignature(keyNames: ["PeterNeumann"])) { try note.verify(keys: [peter]) }
    }

    @Test("malformed notes, each with its defect (Go's badMsgs and more)")
    func malformedNotes() {
        let sig = Self.peterSig
        #expect(Self.malformedNote(Self.text) == .malformedNote(line: nil, .missingBlankLine))
        #expect(Self.malformedNote(Self.text + "\n") == .malformedNote(line: 4, .noSignatures))
        #expect(Self.malformedNote(Self.text + "\n" + sig.dropLast()) == .malformedNote(line: nil, .missingFinalNewline))
        #expect(Self.malformedNote("\u{01}" + Self.text + "\n" + sig) == .malformedNote(line: 1, .controlCharacter))
        #expect(Self.malformedNote(Self.text + "\r\n" + sig) == .malformedNote(line: 3, .controlCharacter))
        // The name ends at the first space: the rest must then be the signature.
        #expect(Self.malformedNote(Self.text + "\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")
                == .malformedNote(line: 4, .notBase64(what: "signature", found: "Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")))
        #expect(Self.malformedNote(Self.text + "\n" + sig + "Unexpected line.\n")
                == .malformedNote(line: 5, .expected("— <key name> <signature>", found: "Unexpected line.")))
        #expect(Self.malformedNote(Self.text + "\n— a+b x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")
                == .malformedNote(line: 4, .badKeyName("a+b")))
        #expect(Self.malformedNote(Self.text + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n")
                == .malformedNote(line: 4, .notBase64(what: "signature", found: "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM")))
        #expect(Self.malformedNote(Self.text + "\n— PeterNeumann AAAA\n") == .malformedNote(line: 4, .wrongLength(what: "signature", expected: 68, found: 3)))
        #expect(Self.malformedNote(Self.text + "\n" + String(repeating: sig, count: 101))
                == .malformedNote(line: 104, .tooManySignatures(limit: 100)))
        #expect(Self.malformedNote(Self.text + "\n" + sig) == nil)
        #expect(NoteError.malformedNote(line: 4, .badKeyName("a+b")).description == "signed note: line 4: key name 'a+b' is empty or has a space or a '+'")
    }

    @Test("invalid UTF-8 is refused")
    func notUTF8() {
        var bytes = Array((Self.text + "\n" + Self.peterSig).utf8)
        bytes.insert(0xFF, at: 0)
        #expect(throws: NoteError.malformedNote(line: nil, .notUTF8)) { try SignedNote(parsing: bytes) }
    }

    @Test("malformed verifier keys: each part checked, the key id recomputed (Go's TestNewVerifier)")
    func malformedVerifierKeys() {
        #expect(Self.malformedKey("PeterNeumann+c74f20a3") == .malformedKey(.missing("the '+'-separated key id and key")))
        #expect(Self.malformedKey("+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") == .malformedKey(.badKeyName("")))
        #expect(Self.malformedKey("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") == .malformedKey(.badKeyName("Peter Neumann")))
        #expect(Self.malformedKey("PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") == .malformedKey(.notHex(what: "key id", found: "C74F20A3")))
        #expect(Self.malformedKey("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")
                == .malformedKey(.keyIDMismatch(written: "c74f20a4", computed: "c74f20a3")))
        #expect(Self.malformedKey("PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")?.isMalformed == true)
        #expect(Self.malformedKey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T") == .malformedKey(.notBase64(what: "key", found: "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T")))
        // From TestNewVerifier: a key of the wrong length, and an unknown algorithm, each with
        // its key id adjusted to match. The first is refused sooner here than in Go: its last
        // base64 character leaves unused bits set.
        #expect(Self.malformedKey("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")
                == .malformedKey(.notBase64(what: "key", found: "ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==")))
        #expect(Self.malformedKey("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10Q=")
                == .malformedKey(.wrongLength(what: "key", expected: 32, found: 31)))
        #expect(Self.malformedKey("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW") == .malformedKey(.unknownSignatureType(0x65)))
        #expect(NoteError.malformedKey(.keyIDMismatch(written: "c74f20a4", computed: "c74f20a3")).description
                == "key: key id c74f20a4 does not match the key, which gives c74f20a3")
    }

    @Test("every proper part and every one-byte change of the Go keys is refused (TestNewVerifier, TestNewSigner)")
    func mangledKeys() {
        Self.refusesEveryMangling(Self.peterVerifier) { _ = try VerifierKey(parsing: $0) }
        Self.refusesEveryMangling(Self.peterSigner) { _ = try SigningKey(parsing: $0) }
    }

    static func refusesEveryMangling(_ text: String, _ parse: (String) throws -> Void) {
        let bytes = Array(text.utf8)
        for start in 0..<bytes.count {
            for end in (start + 1)...bytes.count where start != 0 || end != bytes.count {
                let part = String(decoding: bytes[start..<end], as: UTF8.self)
                #expect(throws: NoteError.self, "\(part)") { try parse(part) }
            }
        }
        for i in bytes.indices {
            var changed = bytes
            changed[i] &+= 1
            let mangled = String(decoding: changed, as: UTF8.self)
            #expect(throws: NoteError.self, "\(mangled)") { try parse(mangled) }
        }
    }

    @Test("a generated key pair writes texts that read back and sign notes that verify")
    func generated() throws {
        for type in SignatureType.allCases {
            let key = try SigningKey.generate(name: "icrc.example/ledger", type: type)
            let reread = try SigningKey(parsing: key.text)
            #expect(reread.verifierKey == key.verifierKey)
            #expect(try VerifierKey(parsing: key.verifierKey.text) == key.verifierKey)
            #expect(key.text.hasPrefix("PRIVATE+KEY+icrc.example/ledger+"))
        }
        #expect(throws: NoteError.malformedKey(.badKeyName("a b"))) { try SigningKey.generate(name: "a b") }
    }

    @Test("a private key text must start with PRIVATE+KEY+")
    func privatePrefix() {
        #expect(throws: NoteError.malformedKey(.expected("PRIVATE+KEY+", found: "PeterNeumann"))) { try SigningKey(parsing: Self.peterVerifier) }
    }
}
