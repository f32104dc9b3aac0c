import LedgerDomain

/// Generates clearly fictional persons for the demo. Family names are invented from words for
/// "example", "sample", "fiction" and "template", so nobody mistakes them for real prisoners;
/// given names are common ones, with Latin forms as the passports of each side would write them
/// (Ukrainian national system of 2010, Russian ICAO Doc 9303).
struct FictionalRegister {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private static let ukrainianFamilyNames: [(String, String)] = [
        ("Прикладенко", "Prykladenko"), ("Зразченко", "Zrazchenko"), ("Вигаданчук", "Vyhadanchuk"),
        ("Тестенко", "Testenko"), ("Макетюк", "Maketiuk"), ("Шаблонченко", "Shablonchenko"),
        ("Вимисленко", "Vymyslenko"), ("Умовчук", "Umovchuk"),
    ]
    private static let ukrainianMen: [(String, String)] = [
        ("Тарас", "Taras"), ("Олег", "Oleh"), ("Андрій", "Andrii"), ("Микола", "Mykola"),
        ("Юрій", "Yurii"), ("Богдан", "Bohdan"), ("Ігор", "Ihor"), ("Сергій", "Serhii"),
    ]
    private static let ukrainianWomen: [(String, String)] = [("Оксана", "Oksana"), ("Наталія", "Nataliia"), ("Олена", "Olena")]
    private static let russianFamilyNames: [(String, String)] = [
        ("Примеров", "Primerov"), ("Образцов", "Obraztsov"), ("Вымыслов", "Vymyslov"), ("Тестов", "Testov"),
        ("Макетов", "Maketov"), ("Шаблонов", "Shablonov"), ("Условнов", "Uslovnov"), ("Выдумкин", "Vydumkin"),
    ]
    private static let russianMen: [(String, String)] = [
        ("Иван", "Ivan"), ("Дмитрий", "Dmitrii"), ("Алексей", "Aleksei"), ("Сергей", "Sergei"),
        ("Николай", "Nikolai"), ("Андрей", "Andrei"), ("Павел", "Pavel"), ("Юрий", "Iurii"),
    ]
    private static let russianWomen: [(String, String)] = [("Юлия", "Iuliia"), ("Ольга", "Olga"), ("Мария", "Mariia")]

    /// `count` persons of `party`, held by `holder`, ids `DEMO-<party>-0001` on from `firstNumber`.
    /// Adults are born 1965–2004, children 2008–2019.
    mutating func persons(
        count: Int, firstNumber: Int, party: String, holder: String, category: PersonCategory
    ) -> [[PersonField: String]] {
        let birthYears = category == .child ? 2008...2019 : 1965...2004
        let ukrainian = party == "UA"
        return (0..<count).map { offset in
            let woman = category != .pow && Int.random(in: 0..<3, using: &random) == 0
            let family = pick(ukrainian ? Self.ukrainianFamilyNames : Self.russianFamilyNames)
            let given = pick(ukrainian ? (woman ? Self.ukrainianWomen : Self.ukrainianMen) : (woman ? Self.russianWomen : Self.russianMen))
            let familyName = woman && !ukrainian ? (family.0 + "а", family.1 + "a") : family
            let year = Int.random(in: birthYears, using: &random)
            let birth = Int.random(in: 0..<5, using: &random) == 0
                ? String(year)
                : "\(year)-\(Self.pad(Int.random(in: 1...12, using: &random)))-\(Self.pad(Int.random(in: 1...28, using: &random)))"
            let captured = Day(daysSinceEpoch: Day(year: 2022, month: 3, day: 1)!.daysSinceEpoch + Int.random(in: 0..<1100, using: &random))
            var fields: [PersonField: String] = [
                .id: Self.id(party: party, number: firstNumber + offset),
                .heldBy: holder, .belongsTo: party, .category: category.rawValue,
                .familyName: familyName.0, .givenName: given.0, .familyNameLatin: familyName.1, .givenNameLatin: given.1,
                .sex: woman ? "female" : "male", .birthDate: birth, .capturedOn: captured.description,
                .notes: "Fictional person generated for the demo.",
            ]
            if category == .pow {
                fields[.unit] = "fictional unit \(Int.random(in: 1000...9999, using: &random))"
                fields[.rank] = pick(["private", "junior sergeant", "sergeant", "senior soldier"])
            }
            return fields
        }
    }

    /// `DEMO-UA-0007`: the id of the person numbered `number` of `party`.
    static func id(party: String, number: Int) -> String {
        "DEMO-\(party)-\(String(repeating: "0", count: max(0, 4 - String(number).count)))\(number)"
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
