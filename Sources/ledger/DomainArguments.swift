import ArgumentParser
import LedgerDomain

// The domain's enumerations as command-line values: `--help` lists them and a typo is a usage error.
extension PersonCategory: ExpressibleByArgument {}
extension PersonStatus: ExpressibleByArgument {}
extension Sex: ExpressibleByArgument {}
extension MedicalCategory: ExpressibleByArgument {}
extension RemainsStatus: ExpressibleByArgument {}
extension IdentificationMethod: ExpressibleByArgument {}
extension EntryOutcome: ExpressibleByArgument {
    /// `released` is left to batches; `--help` offers what an operator may choose.
    public static var allValueStrings: [String] { allCases.filter { $0 != .released }.map(\.rawValue) }
}
extension LogKey.Role: ExpressibleByArgument {}
