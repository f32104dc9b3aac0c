/// Sex as recorded on a list; absent when the list does not say.
public enum Sex: String, Sendable, Hashable, CaseIterable {
    case male
    case female
}
