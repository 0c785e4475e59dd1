/// An office, a qualification or a team written in capitals before an interviewer's name: "CA
/// Rohit Malhotra" (a chartered accountant), "HOD maths Mr Joseph", "HR Priya Nair".
///
/// Such a word is who the interviewer is, not what they are called: greeting "Dear CA," or
/// naming a second person "Hod" loses the name the person gave beside it. A word typed all in
/// capitals, in a message that is not, is read as one when it is three letters or more, or when
/// a given and a family name follow it; two capitals before a single name ("JJ Abrams", "AJ
/// Khan") are initials and stay the name.
enum OfficeInitials {
  /// The people read from `text`, with any office word in capitals moved from the name to the
  /// job, and the name the job then holds ("maths Mr Joseph") made the person's.
  static func separated(_ people: [PersonName], typed text: String) -> [PersonName] {
    let typed = text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(
      String.init)
    // A message typed in capitals throughout says nothing by its capitals.
    let lower = typed.filter { $0.contains(where: \.isLowercase) }.count
    guard lower * 2 >= typed.count else { return people }
    return people.map { person in
      guard person.title == nil, let given = person.given,
        typed.contains(where: { $0 == given.uppercased() && $0.lowercased() == given.lowercased() }
        ),
        given.count >= 2, given.allSatisfy(\.isLetter)
      else { return person }
      let office = given.uppercased()
      let rest = (person.family ?? "").split(separator: " ").map(String.init)
      // "SARAH JONES" typed in capitals is a name shouted, not an office before one.
      if let next = rest.first, typed.contains(next.uppercased()), next.count > 1 {
        return person
      }
      if rest.count >= 2 || office.count >= 3 && !rest.isEmpty {
        var named = person
        named.given = rest[0]
        named.family = rest.count > 1 ? rest.dropFirst().joined(separator: " ") : nil
        named.job = [office, person.job].compactMap { $0 }.joined(separator: ", ")
        return named
      }
      guard rest.isEmpty, office.count >= 3 || person.job != nil else { return person }
      // "HOD maths Mr Joseph": the name is in what was read as the job.
      if let job = person.job, var inJob = VouchedName.inDescription(job) {
        let description = inJob.job.map { " " + $0 } ?? ""
        inJob.job = (office + description).trimming(" ")
        return inJob
      }
      return person
    }
  }
}
