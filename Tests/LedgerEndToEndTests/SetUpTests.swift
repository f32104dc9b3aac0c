import Foundation
import Testing

/// The README's set-up commands are the ones a newcomer and CI run: two of them, the second the
/// script that installs what the tests need, and CI calling that same script.
@Suite struct SetUpTests {
    /// The indented command lines of the README's "Set up" section, without their comments.
    static func setUpCommands() throws -> [String] {
        let readme = Documentation.file("README.md")
        let start = try #require(readme.range(of: "## Set up\n"))
        let end = readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex)?.lowerBound ?? readme.endIndex
        return readme[start.upperBound..<end].split(separator: "\n").filter { $0.hasPrefix("    ") }.map {
            $0.components(separatedBy: " # ")[0].trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func theReadmeGivesTwoCommandsTheSecondOfThemTheTestScript() throws {
        #expect(try Self.setUpCommands() == ["swift run ledger demo", "scripts/test"])
        #expect(FileManager.default.isExecutableFile(atPath: Documentation.repository.appendingPathComponent("scripts/test").path))
    }

    @Test func ciRunsTheReadmesTestCommand() throws {
        let commands = Documentation.file(".ci/run").split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(commands.last == "exec scripts/test")
    }

    /// Every program the tests run besides the binary they build is one the script installs.
    @Test func theTestScriptInstallsWhatTheTestsRun() throws {
        let script = Documentation.file("scripts/test")
        for package in ["libsqlite3-dev", "sqlite3", "chromium", "tmux"] {
            #expect(script.contains("missing+=(\(package))"), "scripts/test does not install \(package)")
        }
        #expect(script.contains("exec swift test \"$@\""))
    }
}
