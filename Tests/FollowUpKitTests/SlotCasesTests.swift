import Foundation
import Testing

@testable import FollowUpKit

/// One labelled answer from `Data/slot-cases.txt`.
struct SlotCase: CustomStringConvertible, Sendable {
  var stage: String
  var text: String
  var expected: [String: String]

  var description: String { "\(stage): \(text)" }

  static func load(_ file: String = "slot-cases.txt") throws -> [SlotCase] {
    try DataFile.lines(file).compactMap { line in
      guard let colon = line.range(of: ": "), let bar = line.range(of: " | ", options: .backwards)
      else { return nil }
      let stage = String(line[..<colon.lowerBound])
      let text = String(line[colon.upperBound..<bar.lowerBound])
      var expected: [String: String] = [:]
      for pair in line[bar.upperBound...].split(separator: ";") {
        let parts = pair.split(separator: "=", maxSplits: 1).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        if parts.count == 2 { expected[parts[0]] = parts[1] }
      }
      return SlotCase(stage: stage, text: text, expected: expected)
    }
  }
}

@Suite("Facts read from free text against the labelled cases")
struct SlotCasesTests {
  static let today = CivilDate(year: 2026, month: 11, day: 27)

  /// The facts as the labels write them.
  static func rendered(_ facts: Facts) -> [String: String] {
    var values: [String: String] = [:]
    if let name = facts.name { values["name"] = name.full }
    if let people = facts.interviewers {
      // A person met but not named (read9) is no interviewer's name: the cases say none.
      let named = people.filter { !$0.isUnnamed }
      if !named.isEmpty { values["interviewer"] = named.map(\.full).joined(separator: " + ") }
    }
    if let company = facts.company { values["company"] = company }
    if let role = facts.role { values["role"] = role }
    if let when = facts.when { values["when"] = when.date?.iso ?? when.phrase }
    if let outcome = facts.outcome { values["outcome"] = outcome.rawValue }
    return values
  }

  static func read(_ item: SlotCase) -> [String: String] {
    guard let today else { return [:] }
    let reader = FactReader(today: today)
    if item.stage == "free" { return rendered(reader.facts(in: item.text)) }
    guard let slot = FactReader.Slot(rawValue: item.stage) else { return [:] }
    guard let facts = reader.answer(item.text, to: slot) else { return [item.stage: "none"] }
    return rendered(facts)
  }

  @Test("the table is big enough and covers every stage")
  func tableSize() throws {
    let cases = try SlotCase.load()
    #expect(cases.count >= 60)
    for stage in ["free", "name", "interviewer", "company", "role", "when", "outcome"] {
      #expect(cases.filter { $0.stage == stage }.count >= 8, "\(stage)")
    }
  }

  @Test("every labelled value is read exactly")
  func values() throws {
    let cases = try SlotCase.load()
    var misses: [String] = []
    var checked = 0
    for item in cases {
      let got = Self.read(item)
      for (key, want) in item.expected {
        checked += 1
        let value = got[key] ?? "none"
        if value != want { misses.append("  \(item)\n    \(key): want \(want), got \(value)") }
      }
      // A free message must not invent facts it doesn't state.
      if item.stage == "free" {
        for key in got.keys where item.expected[key] == nil {
          misses.append("  \(item)\n    \(key): not stated, got \(got[key] ?? "")")
        }
      }
    }
    print("slot values read exactly: \(checked - misses.count)/\(checked)")
    #expect(misses.isEmpty, "\(misses.count) misses:\n\(misses.joined(separator: "\n"))")
  }
}
