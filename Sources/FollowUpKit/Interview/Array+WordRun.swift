extension Array where Element == String {
  /// Whether these words hold `run` as consecutive whole words: "k" is no word of "Mark".
  func containsRun(_ run: [String]) -> Bool {
    guard !run.isEmpty, run.count <= count else { return false }
    return (0...(count - run.count)).contains { Array(self[$0..<($0 + run.count)]) == run }
  }
}
