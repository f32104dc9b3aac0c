import ArgumentParser
import LedgerDomain

// The domain's enumerations as command-line values: `--help` lists them and a typo is a usage error.
extension PersonCategory: ExpressibleByArgument {}
extension PersonStatus: ExpressibleByArgument {}
extension Sex: ExpressibleByArgument {}
