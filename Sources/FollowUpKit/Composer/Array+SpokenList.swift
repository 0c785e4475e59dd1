extension Array where Element == String {
  /// The items as a sentence lists them: "Sam", "Sam and Ola", "Dana Patel, Raj Mehta and Li
  /// Wei"; empty for no items.
  ///
  /// The composer's own, so a review message can name the interviewers without reaching into
  /// the interview's wording.
  var spokenList: String {
    switch count {
    case 0: return ""
    case 1: return self[0]
    default: return dropLast().joined(separator: ", ") + " and " + (last ?? "")
    }
  }
}
