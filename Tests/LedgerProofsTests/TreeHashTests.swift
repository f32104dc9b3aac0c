import Testing
import LedgerProofs

@Suite("Hashes in hex and base64")
struct TreeHashTests {
    static let leaf0 = "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0="

    @Test("hex and base64 read and write the same 32 bytes")
    func roundTrip() throws {
        let hash = try #require(TreeHash(base64: Self.leaf0))
        #expect(hash.hex == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
        #expect(TreeHash(hex: hash.hex) == hash)
        #expect(hash.base64 == Self.leaf0)
        for count in 0...40 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 37 + count) }
            #expect(TreeHash(bytes: bytes) == (count == 32 ? TreeHash(bytes: bytes) : nil))
        }
    }

    @Test("base64 is read strictly: unused bits zero, padding in place, no whitespace, right length")
    func strictBase64() {
        #expect(TreeHash(base64: "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB1=") == nil, "non-zero unused bits")
        #expect(TreeHash(base64: "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0") == nil, "missing padding")
        #expect(TreeHash(base64: "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0==") == nil, "extra padding")
        #expect(TreeHash(base64: " bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=") == nil, "leading space")
        #expect(TreeHash(base64: "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=\n") == nil, "newline")
        #expect(TreeHash(base64: "bjQLnP-zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=") == nil, "URL alphabet")
        #expect(TreeHash(base64: "bjQL=P+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=") == nil, "padding inside")
        #expect(TreeHash(base64: "AAAA") == nil, "3 bytes")
    }

    @Test("hex is read strictly: 64 lowercase digits")
    func strictHex() {
        #expect(TreeHash(hex: "6E340B9CFFB37A989CA544E6BB780A2C78901D3FB33738768511A30617AFA01D") == nil)
        #expect(TreeHash(hex: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01") == nil)
        #expect(TreeHash(hex: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01g") == nil)
    }
}
