@testable import LedgerDomain

/// A generated, labelled pair of lists for the matcher, the same for a seed on every machine.
///
/// Ours: Ukrainian and Russian persons in Cyrillic, with patronymic and a full birth date. Theirs:
/// - for each of `positives` of ours, the same person written another way (labelled a match):
///   in Latin letters by the person's own system or by the other side's, with a typo in the
///   family name, with family and given names swapped, with only the birth year, without the
///   patronymic, or several of these at once;
/// - for each of `negatives` other persons of ours, a different person with a similar name
///   (labelled no match): the same name born another year, the same name another day of the same
///   year, the family name with a typo and another birth date, swapped names born another year.
struct MatchingSet {
    var ours: [MatchRecord] = []
    var theirs: [MatchRecord] = []
    /// (our id, their id) of every pair labelled a match.
    var matches: Set<[String]> = []
    /// (our id, their id) of every pair labelled no match.
    var nonMatches: Set<[String]> = []

    static let ukrainianStems = ["Шевч", "Коваль", "Бондар", "Ткач", "Кравч", "Мельнич", "Олійн", "Гончар", "Лисен", "Руден",
                                 "Савч", "Марч", "Петр", "Павл", "Гриц", "Кузьм", "Левч", "Мороз", "Костен", "Тимош",
                                 "Яковл", "Єрем", "Зінч", "Щерб", "Юрч", "Їжак", "Згурск", "Деркач", "Бабич", "Литвин"]
    static let ukrainianSuffixes = ["енко", "ук", "ишин", "ак", "ович"]
    static let ukrainianGiven = ["Олександр", "Андрій", "Сергій", "Володимир", "Дмитро", "Юрій", "Олег", "Богдан", "Тарас", "Микола",
                                 "Ігор", "Василь", "Іван", "Петро", "Євген", "Ярослав", "Віталій", "Максим", "Роман", "Степан"]
    static let ukrainianPatronymics = ["Олександрович", "Андрійович", "Сергійович", "Володимирович", "Дмитрович", "Юрійович",
                                       "Олегович", "Богданович", "Тарасович", "Миколайович", "Іванович", "Петрович"]
    static let russianStems = ["Иван", "Смирн", "Кузнец", "Поп", "Соколь", "Лебед", "Козл", "Новик", "Морозк", "Волк",
                               "Соловь", "Васильк", "Зайц", "Павл", "Семён", "Голуб", "Виноград", "Богдан", "Воробь", "Фёдор",
                               "Михайл", "Беляк", "Тарас", "Белоус", "Комар", "Орл", "Киселёв", "Макар", "Андре", "Ковал"]
    static let russianSuffixes = ["ов", "ин", "ев", "цов", "ский"]
    static let russianGiven = ["Александр", "Андрей", "Сергей", "Владимир", "Дмитрий", "Юрий", "Олег", "Иван", "Николай", "Алексей",
                               "Евгений", "Павел", "Михаил", "Игорь", "Артём", "Максим", "Роман", "Виктор", "Константин", "Илья"]
    static let russianPatronymics = ["Александрович", "Андреевич", "Сергеевич", "Владимирович", "Дмитриевич", "Юрьевич",
                                     "Олегович", "Иванович", "Николаевич", "Алексеевич", "Павлович", "Михайлович"]

    static func generate(seed: UInt64, positives: Int, negatives: Int) -> MatchingSet {
        var random = SplitMix64(seed: seed)
        var set = MatchingSet()
        for number in 0..<(positives + negatives) {
            let person = Self.person(id: "OUR-\(number)", using: &random)
            set.ours.append(person)
            let theirID = "THEIR-\(number)"
            if number < positives {
                set.theirs.append(variant(of: person, id: theirID, using: &random))
                set.matches.insert([person.id, theirID])
            } else {
                set.theirs.append(decoy(of: person, id: theirID, using: &random))
                set.nonMatches.insert([person.id, theirID])
            }
        }
        return set
    }

    private static func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    private static func person(id: String, using random: inout SplitMix64) -> MatchRecord {
        let ukrainian = Bool.random(using: &random)
        let family = ukrainian ? pick(ukrainianStems, &random) + pick(ukrainianSuffixes, &random)
            : pick(russianStems, &random) + pick(russianSuffixes, &random)
        let given = pick(ukrainian ? ukrainianGiven : russianGiven, &random)
        let patronymic = pick(ukrainian ? ukrainianPatronymics : russianPatronymics, &random)
        let birth = PartialDate.day(Day(year: Int.random(in: 1965...2004, using: &random), month: Int.random(in: 1...12, using: &random),
                                        day: Int.random(in: 1...28, using: &random))!)
        return MatchRecord(id: id, familyName: family, givenName: given, patronymic: patronymic, birthDate: birth,
                           system: ukrainian ? .ukrainian2010 : .russianICAO)
    }

    /// The same person as the other side might write it: one to three changes at once.
    private static func variant(of person: MatchRecord, id: String, using random: inout SplitMix64) -> MatchRecord {
        var record = person
        record.id = id
        let changes = Set((0..<Int.random(in: 1...3, using: &random)).map { _ in Int.random(in: 0..<6, using: &random) })
        if changes.contains(0) || changes.contains(1) {
            // In Latin letters: by the person's own system, or by the other side's.
            let system = changes.contains(1) ? (person.system == .ukrainian2010 ? TransliterationSystem.russianICAO : .ukrainian2010) : person.system
            record.familyName = system.latin(record.familyName)
            record.givenName = record.givenName.map(system.latin)
            record.patronymic = record.patronymic.map(system.latin)
        }
        if changes.contains(2) { record.familyName = typo(in: record.familyName, using: &random) }
        if changes.contains(3) { (record.familyName, record.givenName) = (record.givenName!, record.familyName) }
        if changes.contains(4) { record.birthDate = .year(person.birthDate!.year) }
        if changes.contains(5) { record.patronymic = nil }
        return record
    }

    /// Another person whose name is like this one's.
    private static func decoy(of person: MatchRecord, id: String, using random: inout SplitMix64) -> MatchRecord {
        var record = person
        record.id = id
        let birth = person.birthDate!.earliest
        let otherYear = birth.year + pick([-3, -2, -1, 1, 2, 3], &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            record.birthDate = .day(Day(year: otherYear, month: birth.month, day: birth.day)!)
        case 1:
            let month = birth.month % 12 + 1
            record.birthDate = .day(Day(year: birth.year, month: month, day: Int.random(in: 1...28, using: &random))!)
        case 2:
            record.familyName = typo(in: record.familyName, using: &random)
            record.birthDate = .year(otherYear)
        default:
            (record.familyName, record.givenName) = (record.givenName!, record.familyName)
            record.birthDate = .day(Day(year: otherYear, month: Int.random(in: 1...12, using: &random), day: birth.day)!)
        }
        return record
    }

    /// One typing mistake after the first letter: a letter replaced, dropped, doubled, or swapped
    /// with the next.
    static func typo(in name: String, using random: inout SplitMix64) -> String {
        var letters = Array(name)
        guard letters.count > 2 else { return name }
        let at = Int.random(in: 1..<(letters.count - 1), using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let alphabet = Array(letters[0].unicodeScalars.first!.isASCII ? "abcdefghiklmnoprstuvyz" : "абвгдежзиклмнопрстуфхцчшщ")
            letters[at] = pick(alphabet, &random)
        case 1: letters.remove(at: at)
        case 2: letters.insert(letters[at], at: at)
        default: letters.swapAt(at, at + 1)
        }
        return String(letters)
    }
}
