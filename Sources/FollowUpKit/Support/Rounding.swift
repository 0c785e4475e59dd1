import Foundation

extension Double {
  /// Rounded to two decimal places, as scores are shown and compared.
  var roundedToHundredths: Double { (self * 100).rounded() / 100 }
}
