#if DEBUG
import Foundation
#endif

/* outer /* nested */ comment */
@objc public final class Site: NSObject, Codable {
    private(set) var pages: [String] = []
    unowned(safe) let owner: Owner
    static let shared = Site()

    func render(page name: String, count: Int = 3) throws -> String? {
        let greeting = "Hello \(name.uppercased()) \(count * 2)!\n"
        let (a, b) = (1, 2.5e3)
        var hex = 0xFF_FF
        guard !pages.isEmpty else { return nil }
        for p in pages where p.hasPrefix("a") {
            print(p, a, b, hex, $0)
        }
        let sel = #selector(viewDidLoad)
        return try? String(contentsOf: url) ?? greeting
    }
}
enum Color: Int { case red = 1, green }
let `default` = Color.red
