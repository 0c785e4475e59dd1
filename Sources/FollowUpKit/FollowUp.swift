/// Facts about FollowUp itself.
public enum FollowUp {
  /// The release, shown by `followup --version`.
  public static let version = "1.0.0"
}
