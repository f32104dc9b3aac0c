import Testing
@testable import LedgerDomain

struct NameComparisonTests {
    private func jw(_ a: String, _ b: String) -> Double { JaroWinkler.similarity(Array(a.utf8), Array(b.utf8)) }
    private func rounded(_ value: Double, _ places: Double = 1000) -> Double { (value * places).rounded() / places }

    /// The values published with the measure (Winkler 1990; the usual textbook table).
    @Test func publishedJaroWinklerValues() {
        #expect(rounded(jw("MARTHA", "MARHTA")) == 0.961)
        #expect(rounded(jw("DWAYNE", "DUANE")) == 0.84)
        #expect(rounded(jw("DIXON", "DICKSONX")) == 0.813)
        #expect(rounded(JaroWinkler.jaro(Array("MARTHA".utf8), Array("MARHTA".utf8))) == 0.944)
        #expect(rounded(JaroWinkler.jaro(Array("DWAYNE".utf8), Array("DUANE".utf8))) == 0.822)
        #expect(rounded(JaroWinkler.jaro(Array("DIXON".utf8), Array("DICKSONX".utf8))) == 0.767)
    }

    @Test func jaroWinklerEdges() {
        #expect(jw("", "") == 1)
        #expect(jw("", "A") == 0)
        #expect(jw("ABC", "XYZ") == 0)
        #expect(jw("SHEVCHENKO", "SHEVCHENKO") == 1)
        #expect(jw("A", "A") == 1)
        // Symmetric.
        #expect(jw("DIXON", "DICKSONX") == jw("DICKSONX", "DIXON"))
    }

    @Test func oneTypingMistakeApart() {
        func near(_ a: String, _ b: String) -> Bool { TypingDistance.atMostOne(Array(a.utf8), Array(b.utf8)) }
        #expect(near("shevchenko", "shevchenko"))
        #expect(near("shevchenko", "shevchneko")) // swapped neighbours
        #expect(near("shevchenko", "shevchenco")) // replaced
        #expect(near("petrenko", "petrnko")) // dropped
        #expect(near("petrnko", "petrenko"))
        #expect(near("petrenko", "petrennko")) // added
        #expect(near("petrenko", "petrenkoo")) // added at the end
        #expect(near("", "a"))
        #expect(!near("shevchenko", "shevchuk"))
        #expect(!near("abc", "bca"))
        #expect(!near("abcd", "badc"))
        #expect(!near("abc", "cab"))
        #expect(!near("", "ab"))
    }

    @Test func keysKeepOnlyLatinLetters() {
        let key = { (text: String) in NameKey(text, system: .ukrainian2010).description }
        #expect(key("O'Neil-Smith") == "oneilsmith")
        #expect(key("  Anna  Maria ") == "annamaria")
        #expect(key("Ševčenko") == "sevcenko")
        #expect(key("Müller Straße") == "mullerstrasse")
        #expect(key("Ærø") == "aero")
        #expect(key("Знам'янка") == "znamianka")
        #expect(key("ЩЕРБУХИ") == "shcherbukhy")
        #expect(key("Jean 2nd") == "jeannd")
        #expect(NameKey("Юрий", system: .russianICAO).description == "iurii")
    }

    @Test func skeletonsOfTheTwoSystemsMeet() {
        func skeleton(_ text: String, _ system: TransliterationSystem) -> String {
            String(decoding: NameKey(text, system: system).skeleton, as: UTF8.self)
        }
        #expect(skeleton("Юрченко", .ukrainian2010) == skeleton("Юрченко", .russianICAO))
        #expect(skeleton("Олег", .ukrainian2010) == "lg")
        #expect(skeleton("Oleg", .russianICAO) == "lg")
        #expect(skeleton("Ия", .russianICAO) == "iia")
    }
}
