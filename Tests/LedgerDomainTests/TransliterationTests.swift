import PropertyBased
import Testing
@testable import LedgerDomain

/// The examples of the official tables themselves: the table of Cabinet of Ministers of Ukraine
/// resolution No. 55 of 27 January 2010, and ICAO Doc 9303 part 3 for Russian.
struct TransliterationTests {
    static let ukrainianTableExamples: [(String, String)] = [
        ("Алушта", "Alushta"), ("Андрій", "Andrii"), ("Борщагівка", "Borshchahivka"), ("Борисенко", "Borysenko"),
        ("Вінниця", "Vinnytsia"), ("Володимир", "Volodymyr"), ("Гадяч", "Hadiach"), ("Богдан", "Bohdan"),
        ("Згурський", "Zghurskyi"), ("Ґалаґан", "Galagan"), ("Ґорґани", "Gorgany"), ("Донецьк", "Donetsk"),
        ("Дмитро", "Dmytro"), ("Рівне", "Rivne"), ("Олег", "Oleh"), ("Есмань", "Esman"), ("Єнакієве", "Yenakiieve"),
        ("Гаєвич", "Haievych"), ("Короп'є", "Koropie"), ("Житомир", "Zhytomyr"), ("Жанна", "Zhanna"),
        ("Жежелів", "Zhezheliv"), ("Закарпаття", "Zakarpattia"), ("Казимирчук", "Kazymyrchuk"), ("Медвин", "Medvyn"),
        ("Михайленко", "Mykhailenko"), ("Іванків", "Ivankiv"), ("Іващенко", "Ivashchenko"), ("Їжакевич", "Yizhakevych"),
        ("Кадиївка", "Kadyivka"), ("Мар'їне", "Marine"), ("Йосипівка", "Yosypivka"), ("Стрий", "Stryi"),
        ("Олексій", "Oleksii"), ("Київ", "Kyiv"), ("Коваленко", "Kovalenko"), ("Лебедин", "Lebedyn"), ("Леонід", "Leonid"),
        ("Миколаїв", "Mykolaiv"), ("Маринич", "Marynych"), ("Ніжин", "Nizhyn"), ("Наталія", "Nataliia"), ("Одеса", "Odesa"),
        ("Онищенко", "Onyshchenko"), ("Полтава", "Poltava"), ("Петро", "Petro"), ("Решетилівка", "Reshetylivka"),
        ("Рибчинський", "Rybchynskyi"), ("Суми", "Sumy"), ("Соломія", "Solomiia"), ("Тернопіль", "Ternopil"),
        ("Троць", "Trots"), ("Ужгород", "Uzhhorod"), ("Уляна", "Uliana"), ("Фастів", "Fastiv"), ("Філіпчук", "Filipchuk"),
        ("Харків", "Kharkiv"), ("Христина", "Khrystyna"), ("Біла Церква", "Bila Tserkva"), ("Стеценко", "Stetsenko"),
        ("Чернівці", "Chernivtsi"), ("Шевченко", "Shevchenko"), ("Шостка", "Shostka"), ("Кишеньки", "Kyshenky"),
        ("Щербухи", "Shcherbukhy"), ("Гоща", "Hoshcha"), ("Гаращенко", "Harashchenko"), ("Юрій", "Yurii"),
        ("Корюківка", "Koriukivka"), ("Яготин", "Yahotyn"), ("Ярошенко", "Yaroshenko"), ("Костянтин", "Kostiantyn"),
        ("Знам'янка", "Znamianka"), ("Феодосія", "Feodosiia"), ("Згорани", "Zghorany"), ("Розгон", "Rozghon"),
    ]

    @Test(arguments: ukrainianTableExamples)
    func ukrainianTable(cyrillic: String, latin: String) {
        #expect(TransliterationSystem.ukrainian2010.latin(cyrillic) == latin)
    }

    static let russianExamples: [(String, String)] = [
        ("Юрий", "Iurii"), ("Дмитрий", "Dmitrii"), ("Алексей", "Aleksei"), ("Щукин", "Shchukin"), ("Объедков", "Obieedkov"),
        ("Юлия Щеглова", "Iuliia Shcheglova"), ("Ёлкин", "Elkin"), ("Цветков", "Tsvetkov"), ("Хабаров", "Khabarov"),
        ("Эдуард", "Eduard"), ("Крылов", "Krylov"), ("Игорь", "Igor"), ("Яковлев", "Iakovlev"), ("Жуков", "Zhukov"),
        ("Чайковский", "Chaikovskii"), ("Шишкин", "Shishkin"), ("Ольга", "Olga"), ("Мария", "Mariia"),
    ]

    @Test(arguments: russianExamples)
    func russianICAO(cyrillic: String, latin: String) {
        #expect(TransliterationSystem.russianICAO.latin(cyrillic) == latin)
    }

    @Test func positionDependentLettersFollowTheWordNotTheString() {
        let ukrainian = TransliterationSystem.ukrainian2010
        #expect(ukrainian.latin("Юрій Яковенко-Єрмак") == "Yurii Yakovenko-Yermak")
        #expect(ukrainian.latin("Мар’яна") == "Mariana") // typographic apostrophe
        #expect(ukrainian.latin("Мар\u{02BC}яна") == "Mariana") // modifier letter apostrophe
        #expect(ukrainian.latin("Зграя Розгін") == "Zghraia Rozghin")
    }

    @Test func capitalsAreKept() {
        #expect(TransliterationSystem.ukrainian2010.latin("ЩЕРБУХИ") == "SHCHERBUKHY")
        #expect(TransliterationSystem.ukrainian2010.latin("ЗГОРАНИ") == "ZGHORANY")
        #expect(TransliterationSystem.ukrainian2010.latin("Я") == "Ya")
        #expect(TransliterationSystem.russianICAO.latin("ЩУКИН Юрий") == "SHCHUKIN Iurii")
        #expect(TransliterationSystem.russianICAO.latin("щукин") == "shchukin")
    }

    @Test func latinAndOtherTextPassesUnchanged() {
        for system in TransliterationSystem.allCases {
            #expect(system.latin("O'Neil-Smith 1990") == "O'Neil-Smith 1990")
        }
    }

    @Test func lettersOfTheOtherAlphabetAreNotLost() {
        #expect(TransliterationSystem.ukrainian2010.latin("Крылов Эдуард") == "Krylov Eduard")
        #expect(TransliterationSystem.russianICAO.latin("Їжак Ґалаґан Євген") == "Izhak Galagan Ievgen")
    }

    /// The demo register's Latin forms were written by these systems.
    @Test func demoRegisterSpellings() {
        let ukrainian: [(String, String)] = [
            ("Прикладенко", "Prykladenko"), ("Вигаданчук", "Vyhadanchuk"), ("Макетюк", "Maketiuk"), ("Андрій", "Andrii"),
            ("Микола", "Mykola"), ("Ігор", "Ihor"), ("Сергій", "Serhii"), ("Наталія", "Nataliia"),
        ]
        let russian: [(String, String)] = [
            ("Образцов", "Obraztsov"), ("Вымыслов", "Vymyslov"), ("Выдумкин", "Vydumkin"), ("Николай", "Nikolai"),
            ("Андрей", "Andrei"), ("Сергей", "Sergei"), ("Юлия", "Iuliia"), ("Ольга", "Olga"),
        ]
        for (cyrillic, latin) in ukrainian { #expect(TransliterationSystem.ukrainian2010.latin(cyrillic) == latin) }
        for (cyrillic, latin) in russian { #expect(TransliterationSystem.russianICAO.latin(cyrillic) == latin) }
    }
}

/// The fast path of name keys (`TransliterationSystem.latinLetters`, straight from UTF-8 through a
/// table) against the general one (`NameKey.letters(of:system:)`, through `latin`).
@Suite("Name keys: the fast path gives the letters of the general one")
struct FastNameKeyTests {
    /// Both alphabets in both cases, the letters no system spells (ў ђ), every apostrophe inside
    /// and outside words, Latin with and without diacritics, digits, spaces and hyphens.
    static let alphabet = Array("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэўђАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭЎЂazAZ'’ʼ`- 09")
    static let name = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...14).map { String($0.map { alphabet[$0] }) }

    @Test("on names of the alphabets it reads, the fast path gives exactly the general path's letters")
    func fastPathAgreesWithTheGeneralOne() async {
        await propertyCheck(count: 2_000, input: Self.name, NameGen.system) { name, system in
            let fast = system.latinLetters(name)
            #expect(fast != nil, "\(name)")
            #expect(fast == NameKey.letters(of: name, system: system), "\(name)")
        }
    }

    @Test(arguments: TransliterationSystem.allCases)
    func everyLetterAtEveryPlaceOfAWord(system: TransliterationSystem) {
        let letters = Self.alphabet.filter(\.isLetter).map(String.init)
        for first in letters {
            for second in letters + ["'", "’", "ʼ", " "] {
                for name in [first + second, second + first, "з" + first + second, first + second + "г"] {
                    #expect(system.latinLetters(name) == NameKey.letters(of: name, system: system), "\(name)")
                }
            }
        }
    }

    @Test func textItDoesNotReadTakesTheGeneralPath() {
        #expect(TransliterationSystem.russianICAO.latinLetters("Ševčenko") == nil)
        #expect(TransliterationSystem.russianICAO.latinLetters("Ѣлкин") == nil)
        #expect(NameKey("Ševčenko", system: .russianICAO).description == "sevcenko")
        #expect(NameKey("Шевченко", system: .ukrainian2010).description == "shevchenko")
        #expect(NameKey("Знам’янка", system: .ukrainian2010).description == "znamianka")
    }
}
