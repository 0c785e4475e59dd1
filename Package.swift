// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "FollowUp",
  products: [
    .library(name: "FollowUpKit", targets: ["FollowUpKit"]),
    .executable(name: "followup", targets: ["followup"]),
  ],
  targets: [
    // All logic: the conversation engine, the interview script, extraction, the composer and the
    // wire formats. Pure: no clock, randomness, printing or file access.
    .target(name: "FollowUpKit"),
    // The thin driver: arguments, the terminal, pipes, JSON lines and files.
    .executableTarget(name: "followup", dependencies: ["FollowUpKit"]),
    .testTarget(name: "FollowUpKitTests", dependencies: ["FollowUpKit"], exclude: ["Data"]),
    .testTarget(name: "DialogueTests", dependencies: ["FollowUpKit", "followup"]),
  ],
  swiftLanguageModes: [.v6]
)
