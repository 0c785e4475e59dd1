import FollowUpTestSupport
import Foundation
import Testing

@testable import FollowUpKit

/// One labelled draft from `Data/review-cases.txt`.
struct ReviewCase: CustomStringConvertible, Sendable {
  var interviewers: [PersonName]
  var company: String?
  var codes: Set<Finding.Code>
  var comments: [String]
  var draft: String
  /// The block's position in the file, counted from 1, for messages.
  var number: Int

  var description: String {
    "case \(number) (\(interviewers.map(\.full).joined(separator: " + ")))"
  }

  /// Blocks separated by `---` lines: header lines (`interviewer:`, `company:`, `codes:`, `#`
  /// comments), a blank line, then the draft.
  static func load(_ file: String = "review-cases.txt") throws -> [ReviewCase] {
    let text = try DataFile.text(file)
    var blocks: [[String]] = [[]]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces) == "---" {
        blocks.append([])
      } else {
        blocks[blocks.count - 1].append(String(line))
      }
    }
    var cases: [ReviewCase] = []
    for (index, block) in blocks.enumerated() {
      var lines = block[...]
      while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty {
        lines.removeFirst()
      }
      guard !lines.isEmpty else { continue }
      var item = ReviewCase(
        interviewers: [], company: nil, codes: [], comments: [], draft: "", number: index + 1)
      var sawCodes = false
      while let line = lines.first, !line.trimmingCharacters(in: .whitespaces).isEmpty {
        lines.removeFirst()
        if line.hasPrefix("#") {
          item.comments.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
        } else if let value = Self.value(line, "interviewer:") {
          item.interviewers = value.components(separatedBy: " + ").compactMap {
            PersonName(parsing: $0)
          }
        } else if let value = Self.value(line, "company:") {
          item.company = value
        } else if let value = Self.value(line, "codes:") {
          sawCodes = true
          if value != "none" {
            for raw in value.split(separator: ",") {
              let name = raw.trimmingCharacters(in: .whitespaces)
              guard let code = Finding.Code(rawValue: name) else {
                Issue.record("case \(item.number): unknown code \(name)")
                continue
              }
              item.codes.insert(code)
            }
          }
        } else {
          Issue.record("case \(item.number): unexpected header line \(line)")
        }
      }
      if !sawCodes { Issue.record("case \(item.number) has no codes: line") }
      item.draft = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
      cases.append(item)
    }
    return cases
  }

  private static func value(_ line: String, _ key: String) -> String? {
    guard line.lowercased().hasPrefix(key) else { return nil }
    return String(line.dropFirst(key.count)).trimmingCharacters(in: .whitespaces)
  }
}

/// Precision and recall of one code over the labelled drafts.
struct CodeScore {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0

  /// Precision with no predictions, or recall with no labels, counts as perfect: nothing was
  /// wrongly flagged, nothing was missed.
  var precision: Double {
    let predicted = truePositives + falsePositives
    return predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
  }
  var recall: Double {
    let labelled = truePositives + falseNegatives
    return labelled == 0 ? 1 : Double(truePositives) / Double(labelled)
  }
}

/// A score with two decimals, for the report.
func twoDecimals(_ value: Double) -> String { String(format: "%.2f", value) }

/// The quotes (text between “ and ”) in a finding's message.
func findingQuotes(in message: String) -> [String] {
  var results: [String] = []
  var rest = Substring(message)
  while let open = rest.firstIndex(of: "\u{201C}") {
    let after = rest.index(after: open)
    guard let close = rest[after...].firstIndex(of: "\u{201D}") else { break }
    results.append(String(rest[after..<close]))
    rest = rest[rest.index(after: close)...]
  }
  return results
}

@Suite("Draft review against the labelled cases")
struct ReviewCasesTests {
  let cases: [ReviewCase]

  init() throws {
    cases = try ReviewCase.load()
  }

  private func findings(_ item: ReviewCase) -> [Finding] {
    DraftReviewer.review(item.draft, interviewers: item.interviewers, company: item.company)
  }

  @Test("the labelled set is loaded whole and covers every code")
  func setShape() {
    #expect(cases.count == 54)
    let labelled = cases.reduce(into: Set<Finding.Code>()) { $0.formUnion($1.codes) }
    #expect(labelled == Set(Finding.Code.allCases))
    #expect(cases.filter(\.codes.isEmpty).count >= 15, "enough good drafts to catch false alarms")
    for item in cases {
      #expect(!item.draft.isEmpty, "\(item) has no draft")
      #expect(!item.interviewers.isEmpty, "\(item) has no interviewer")
    }
  }

  @Test("exact code sets on at least 90% of drafts; every code at precision and recall >= 0.8")
  func accuracy() {
    var scores: [Finding.Code: CodeScore] = [:]
    var exact = 0
    var misses: [String] = []
    for item in cases {
      let found = Set(findings(item).map(\.code))
      if found == item.codes {
        exact += 1
      } else {
        let missing = item.codes.subtracting(found).map(\.rawValue).sorted()
        let extra = found.subtracting(item.codes).map(\.rawValue).sorted()
        misses.append("  \(item): missing \(missing), extra \(extra)")
      }
      for code in Finding.Code.allCases {
        switch (item.codes.contains(code), found.contains(code)) {
        case (true, true): scores[code, default: CodeScore()].truePositives += 1
        case (false, true): scores[code, default: CodeScore()].falsePositives += 1
        case (true, false): scores[code, default: CodeScore()].falseNegatives += 1
        case (false, false): break
        }
      }
    }
    var report = ["review exact match: \(exact)/\(cases.count)"]
    for code in Finding.Code.allCases {
      let score = scores[code] ?? CodeScore()
      report.append(
        "  \(code.rawValue): precision \(twoDecimals(score.precision)) recall "
          + "\(twoDecimals(score.recall)) (tp \(score.truePositives), fp "
          + "\(score.falsePositives), fn \(score.falseNegatives))")
    }
    print(report.joined(separator: "\n"))
    if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil {
      print(misses.joined(separator: "\n"))
    }
    #expect(
      Double(exact) >= 0.9 * Double(cases.count),
      "exact \(exact)/\(cases.count); misses:\n\(misses.joined(separator: "\n"))")
    for code in Finding.Code.allCases {
      let score = scores[code] ?? CodeScore()
      #expect(score.precision >= 0.8, "\(code.rawValue) precision \(score.precision)")
      #expect(score.recall >= 0.8, "\(code.rawValue) recall \(score.recall)")
    }
  }

  @Test("every quote in a finding is words from the draft")
  func quotesComeFromTheDraft() {
    var failures: [String] = []
    for item in cases {
      let draft = item.draft.lowercased()
      for finding in findings(item) {
        for quote in findingQuotes(in: finding.message) {
          if quote.isEmpty || !draft.contains(quote.lowercased()) {
            failures.append("  \(item) \(finding.code.rawValue): “\(quote)”")
          }
        }
      }
    }
    #expect(failures.isEmpty, "quotes not in the draft:\n\(failures.joined(separator: "\n"))")
  }

  @Test("a finding about particular words quotes them")
  func phraseFindingsQuote() {
    let quoting: Set<Finding.Code> = [
      .desperation, .apology, .coverLetter, .cliche, .wrongName, .pressure, .severalPoints,
    ]
    var failures: [String] = []
    for item in cases {
      for finding in findings(item) where quoting.contains(finding.code) {
        if findingQuotes(in: finding.message).isEmpty {
          failures.append("  \(item) \(finding.code.rawValue): \(finding.message)")
        }
      }
    }
    #expect(failures.isEmpty, "findings without a quote:\n\(failures.joined(separator: "\n"))")
  }

  @Test("findings come in the fixed order of codes, each code at most once")
  func order() {
    let rank = Dictionary(
      uniqueKeysWithValues: Finding.Code.allCases.enumerated().map { ($1, $0) })
    for item in cases {
      let codes = findings(item).map(\.code)
      let ranks = codes.compactMap { rank[$0] }
      #expect(ranks == ranks.sorted() && Set(codes).count == codes.count, "\(item): \(codes)")
    }
  }

  @Test("one rule per code, run in the order of codes")
  func rules() {
    #expect(DraftReviewer.rules.map { type(of: $0).code } == Finding.Code.allCases)
    #expect(
      DraftReviewer.sentenceRules.map { type(of: $0).code }
        == [.desperation, .apology, .coverLetter, .cliche, .pressure])
  }
}

@Suite("The rewrite offered after a review")
struct ReviewRewriteTests {
  @Test("names come from the draft only when they look like names")
  func implausibleNames() throws {
    let long = String(repeating: "x", count: 200)
    let draft =
      "Hi S'6666666666666666666666666666666666666why,\n\nSorry I was so nervous. Thank you for "
      + "telling me about your plans for the new depot in Leeds.\n\n\(long)"
    var conversation = Conversation(today: Fixture.today, surface: .remote)
    let outputs = conversation.receive(.userReplied("review\n" + draft))
    var notes: [Note] = []
    for case .showNote(let note) in outputs { notes.append(note) }
    #expect(notes.allSatisfy { !$0.body.contains(long) })
    for note in notes {
      #expect(note.fits(ChannelLimits.of(note.channel, freeAccount: false)))
    }
    // With plausible names the rewrite is offered, signed with the draft's own name.
    let plain =
      "Hi Priya,\n\nSorry I was so nervous. Thank you for telling me about your plans for the new "
      + "depot in Leeds.\n\nJordan Lee"
    var other = Conversation(today: Fixture.today, surface: .remote)
    let rewritten = other.receive(.userReplied("review\n" + plain))
    var shown: [Note] = []
    for case .showNote(let note) in rewritten { shown.append(note) }
    let note = try #require(shown.first)
    #expect(note.body.contains("Priya") && note.body.contains("Jordan"))
  }
}
