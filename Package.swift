// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "FollowUp",
  // Linux is built and tested on every change; macOS 13 is the oldest with the String
  // algorithms and `ContinuousClock` the code uses, and is expected to build.
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "FollowUpKit", targets: ["FollowUpKit"]),
    .executable(name: "followup", targets: ["followup"]),
    .executable(name: "followup-irc", targets: ["followup-irc"]),
  ],
  targets: [
    // All logic: the conversation engine, the interview script, extraction, the composer and the
    // wire formats. Pure: no clock, randomness, printing or file access.
    .target(name: "FollowUpKit"),
    // The thin driver: arguments, the terminal, pipes, JSON lines and files.
    .executableTarget(name: "followup", dependencies: ["FollowUpKit"]),
    // The reference bridge: FollowUp as an IRC bot, driving `followup --jsonl` over pipes as a
    // bridge in any language would. Sockets from the C library, no package.
    .executableTarget(name: "followup-irc"),
    // Benchmarks, run on demand in release: `swift run -c release followup-bench`.
    .executableTarget(name: "followup-bench", dependencies: ["FollowUpKit"]),
    // Values shared by the test targets.
    .target(name: "FollowUpTestSupport", dependencies: ["FollowUpKit"], path: "Tests/Support"),
    .testTarget(
      name: "FollowUpKitTests", dependencies: ["FollowUpKit", "FollowUpTestSupport"],
      exclude: ["Data", "Fixtures"]),
    .testTarget(
      name: "DialogueTests",
      dependencies: ["FollowUpKit", "FollowUpTestSupport", "followup", "followup-irc"]),
  ],
  swiftLanguageModes: [.v6]
)
